// kgq-crash-test WRITER WORKDIR ITERATIONS SEED — the crash test of the durable database: starts
// the writer (crash_writer.cpp) on a database directory again and again, kills it with SIGKILL
// after a random 0-30 ms (during start-up, recovery, a commit, a checkpoint...), and now and then
// reopens the directory itself to check that every acknowledged commit is there, whole (both of
// its nodes and the counter), and nothing else: at most the one commit in flight when each kill
// came, which may have reached the log before its acknowledgement was printed (so each writer run
// since the last acknowledged commit may add one). It also checks
// that the directory cannot be opened while the writer holds it. Exit status 0 when every check
// held; otherwise the first failure is printed.
#include <kgq/kgq.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <thread>

namespace {

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "crash test FAILED: %s\n", what.c_str());
  std::exit(1);
}

// Reads what the writer acknowledged (one number a line) until end of file; returns the largest.
std::int64_t lastAcknowledged(int fd, std::string& pending) {
  std::int64_t last = 0;
  char buffer[4096];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n <= 0) break;
    pending.append(buffer, static_cast<std::size_t>(n));
  }
  std::size_t start = 0;
  for (std::size_t nl; (nl = pending.find('\n', start)) != std::string::npos; start = nl + 1)
    last = std::max<std::int64_t>(last, std::stoll(pending.substr(start, nl - start)));
  return last;
}

// Opens the directory and checks it holds exactly commits 1..k, each whole; returns k.
std::int64_t verify(const std::string& dir) {
  kgq::Database db;
  db.open(dir);
  kgq::Connection c(db);
  kgq::Result counter = c.run("MATCH (c:Counter) RETURN c.value");
  std::int64_t k = counter.size() == 0 ? 0 : counter.at(0, 0).asInt();
  if (counter.size() > 1) fail("more than one counter node");
  kgq::Result nodes = c.run("MATCH (w:W) RETURN w.seq, w.part");
  std::map<std::int64_t, int> parts;
  for (const auto& row : nodes.rows()) parts[row[0].asInt()] |= 1 << row[1].asInt();
  if (nodes.size() != static_cast<std::size_t>(2 * k))
    fail("counter says " + std::to_string(k) + " commits but there are " + std::to_string(nodes.size()) + " nodes");
  for (std::int64_t i = 1; i <= k; ++i)
    if (parts[i] != 6) fail("commit " + std::to_string(i) + " is not there whole");
  return k;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: kgq-crash-test WRITER WORKDIR ITERATIONS SEED\n");
    return 2;
  }
  std::string writer = argv[1], dir = std::string(argv[2]) + "/db";
  int iterations = std::atoi(argv[3]);
  std::mt19937 random(static_cast<unsigned>(std::atoi(argv[4])));
  std::system(("rm -rf '" + dir + "'").c_str());
  std::int64_t acknowledged = 0;  // every commit up to here must be in the database
  std::int64_t inFlight = 0;      // runs since then that may have left one unacknowledged commit
  int kills = 0, refusals = 0, checks = 0;
  for (int it = 0; it < iterations; ++it) {
    int pipeFds[2];
    if (::pipe(pipeFds) != 0) fail("pipe");
    const char* mode = it % 3 == 2 ? "relaxed" : "full";
    pid_t pid = ::fork();
    if (pid == 0) {
      ::dup2(pipeFds[1], 1);
      ::close(pipeFds[0]);
      ::close(pipeFds[1]);
      ::execl(writer.c_str(), writer.c_str(), dir.c_str(), mode, static_cast<char*>(nullptr));
      ::_exit(127);
    }
    ::close(pipeFds[1]);
    std::string pending;
    if (it % 25 == 5) {
      // Wait for the writer's first acknowledgement: it holds the directory now.
      pollfd p{pipeFds[0], POLLIN, 0};
      if (::poll(&p, 1, 5000) != 1) fail("the writer acknowledged nothing within 5 s");
      char byte;
      if (::read(pipeFds[0], &byte, 1) == 1) pending.push_back(byte);
      kgq::Database probe;
      try {
        probe.open(dir);
        fail("a second process opened the directory while the writer had it");
      } catch (const kgq::Error& e) {
        if (std::string(e.what()).find("in use by process") == std::string::npos) fail(std::string("unclear refusal: ") + e.what());
        ++refusals;
      }
    }
    std::this_thread::sleep_for(std::chrono::microseconds(std::uniform_int_distribution<int>(0, 30000)(random)));
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (!WIFSIGNALED(status)) fail("the writer ended by itself (status " + std::to_string(status) + ")");
    ++kills;
    std::int64_t last = lastAcknowledged(pipeFds[0], pending);
    if (last > acknowledged) {
      acknowledged = last;
      inFlight = 1;
    } else {
      ++inFlight;
    }
    ::close(pipeFds[0]);
    if (it % 5 == 4 || it == iterations - 1) {
      std::int64_t k = verify(dir);
      if (k < acknowledged) fail("commit " + std::to_string(acknowledged) + " was acknowledged, only " + std::to_string(k) + " survived");
      if (k > acknowledged + inFlight)
        fail(std::to_string(k) + " commits survived, only " + std::to_string(acknowledged) + " were acknowledged (and " +
             std::to_string(inFlight) + " in flight)");
      acknowledged = k;  // the commits in flight that survived must stay from now on
      inFlight = 0;
      ++checks;
    }
  }
  std::printf("crash test: %d kills, %d checks, %lld commits acknowledged, %d second openers refused\n", kills, checks,
              static_cast<long long>(acknowledged), refusals);
  return acknowledged > 0 ? 0 : 1;
}
