// Runner (see runner.h).
#include "runner.h"

#include "executor.h"
#include "gherkin.h"
#include "skip_list.h"
#include "tck_value.h"

#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace tck {
namespace {

struct Counts {
  int passed = 0, failed = 0, skipped = 0;
};

// --- Child-process isolation -----------------------------------------------------------------

void putField(std::string& buf, const std::string& s) {
  buf += std::to_string(s.size());
  buf += ':';
  buf += s;
}

bool getField(const std::string& buf, std::size_t& pos, std::string& s) {
  std::size_t colon = buf.find(':', pos);
  if (colon == std::string::npos) return false;
  std::size_t n = 0;
  try {
    n = std::stoul(buf.substr(pos, colon - pos));
  } catch (const std::exception&) {
    return false;
  }
  if (colon + 1 + n > buf.size()) return false;
  s = buf.substr(colon + 1, n);
  pos = colon + 1 + n;
  return true;
}

std::string serialize(const Outcome& o) {
  std::string buf;
  putField(buf, o.passed ? "1" : "0");
  putField(buf, o.timedOut ? "1" : "0");
  putField(buf, o.reason);
  putField(buf, o.details);
  putField(buf, o.errorMessage);
  putField(buf, o.query);
  return buf;
}

bool deserialize(const std::string& buf, Outcome& o) {
  std::size_t pos = 0;
  std::string passed, timedOut;
  if (!getField(buf, pos, passed) || !getField(buf, pos, timedOut) || !getField(buf, pos, o.reason) ||
      !getField(buf, pos, o.details) || !getField(buf, pos, o.errorMessage) || !getField(buf, pos, o.query))
    return false;
  o.passed = passed == "1";
  o.timedOut = timedOut == "1";
  return true;
}

Outcome runIsolated(const Scenario& sc, const ExecOptions& opt) {
  std::cout.flush();
  std::cerr.flush();
  int fds[2];
  if (pipe(fds) != 0) return runScenario(sc, opt);
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return runScenario(sc, opt);
  }
  if (pid == 0) {
    close(fds[0]);
    Outcome o = runScenario(sc, opt);
    std::string buf = serialize(o);
    std::size_t off = 0;
    while (off < buf.size()) {
      ssize_t n = write(fds[1], buf.data() + off, buf.size() - off);
      if (n < 0) {
        if (errno == EINTR) continue;
        _exit(3);
      }
      off += static_cast<std::size_t>(n);
    }
    close(fds[1]);
    _exit(0);
  }
  close(fds[1]);
  // The child interrupts its own query at the limit; this is the backstop for code that does not
  // look at the interrupt flag.
  const auto hardDeadline = std::chrono::steady_clock::now() +
                            std::chrono::milliseconds(static_cast<long long>(opt.timeoutSeconds * 1000) + 5000);
  std::string buf;
  bool killed = false;
  char chunk[65536];
  while (true) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(hardDeadline - std::chrono::steady_clock::now()).count();
    if (left <= 0) {
      kill(pid, SIGKILL);
      killed = true;
      break;
    }
    pollfd p{fds[0], POLLIN, 0};
    int r = poll(&p, 1, static_cast<int>(std::min<long long>(left, 1000)));
    if (r < 0 && errno != EINTR) break;
    if (r <= 0) continue;
    ssize_t n = read(fds[0], chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    buf.append(chunk, static_cast<std::size_t>(n));
  }
  close(fds[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  Outcome o;
  if (killed) {
    o.timedOut = true;
    o.reason = "timed out after " + formatDouble(opt.timeoutSeconds) + " s (the query did not stop when interrupted)";
    return o;
  }
  if (WIFSIGNALED(status)) {
    o.reason = "crashed: signal " + std::to_string(WTERMSIG(status)) + " (" + strsignal(WTERMSIG(status)) + ")";
    return o;
  }
  if (!deserialize(buf, o)) {
    o = Outcome();
    o.reason = "the scenario process ended without a result (exit status " +
               std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) + ")";
  }
  return o;
}

// --- Discovery -------------------------------------------------------------------------------

std::string tckRootFor(const fs::path& featureFile, const fs::path& fallback) {
  std::error_code ec;
  for (fs::path dir = featureFile.parent_path(); !dir.empty(); dir = dir.parent_path()) {
    if (fs::is_directory(dir / "graphs", ec)) return dir.string();
    if (dir == dir.parent_path()) break;
  }
  return fallback.string();
}

struct FeatureRef {
  fs::path file;
  std::string root;
  std::string relative;
};

std::vector<FeatureRef> discover(const std::vector<std::string>& inputs, std::ostream& err, bool& ok) {
  std::vector<FeatureRef> out;
  std::set<std::string> seen;
  for (const auto& input : inputs) {
    std::error_code ec;
    fs::path in = fs::weakly_canonical(fs::absolute(input, ec), ec);
    std::vector<fs::path> files;
    fs::path fallback;
    if (fs::is_regular_file(in, ec)) {
      files.push_back(in);
      fallback = in.parent_path();
    } else if (fs::is_directory(in, ec)) {
      fallback = in;
      for (auto it = fs::recursive_directory_iterator(in, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && it->path().extension() == ".feature") files.push_back(it->path());
      }
    } else {
      err << "kgq-tck: no such file or directory: " << input << "\n";
      ok = false;
      continue;
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      if (!seen.insert(f.string()).second) continue;
      FeatureRef ref;
      ref.file = f;
      ref.root = tckRootFor(f, fallback);
      ref.relative = f.lexically_relative(ref.root).generic_string();
      if (ref.relative.empty()) ref.relative = f.filename().string();
      out.push_back(ref);
    }
  }
  return out;
}

std::string dirOf(const std::string& relative) {
  auto slash = relative.rfind('/');
  return slash == std::string::npos ? "." : relative.substr(0, slash);
}

}  // namespace

int runAll(const RunnerOptions& opt, std::ostream& out, std::ostream& err) {
  SkipList skips;
  if (!opt.skipListPath.empty()) {
    std::string error;
    skips = readSkipList(opt.skipListPath, &error);
    if (!error.empty()) {
      err << "kgq-tck: " << error << "\n";
      return 2;
    }
    for (const auto& p : skips.problems) err << "kgq-tck: " << opt.skipListPath << ": " << p << "\n";
    if (!skips.problems.empty()) {
      err << "kgq-tck: every skip-list entry needs a one-line reason naming the unsupported feature\n";
      return 2;
    }
  }
  bool ok = true;
  std::vector<FeatureRef> features = discover(opt.inputs, err, ok);
  if (!ok) return 2;
  if (features.empty()) {
    err << "kgq-tck: no .feature files found\n";
    return 2;
  }

  std::map<std::string, Counts> perDir;
  Counts total;
  std::vector<SkipEntry> newSkips;
  std::set<std::string> usedSkips;
  std::vector<std::string> nowPassing;
  const bool runSkipped = opt.checkSkips || !opt.writeSkipListPath.empty();

  for (const auto& f : features) {
    std::string readError;
    Feature feature = readFeatureFile(f.file.string(), &readError);
    Counts& dir = perDir[dirOf(f.relative)];
    if (!readError.empty()) {
      out << "FAIL " << f.relative << ":0 (feature file): " << readError << "\n";
      ++dir.failed;
      ++total.failed;
      continue;
    }
    ExecOptions exec;
    exec.tckRoot = f.root;
    exec.timeoutSeconds = opt.timeoutSeconds;
    for (const Scenario& sc : feature.scenarios) {
      const std::string key = scenarioKey(f.relative, sc.name, sc.exampleIndex);
      auto skip = skips.entries.find(key);
      const bool skipped = skip != skips.entries.end();
      if (skipped) usedSkips.insert(key);
      if (skipped && !runSkipped) {
        ++dir.skipped;
        ++total.skipped;
        continue;
      }
      Outcome o = opt.isolate ? runIsolated(sc, exec) : runScenario(sc, exec);
      if (!o.passed && !opt.writeSkipListPath.empty()) {
        SkipEntry e;
        e.key = key;
        // The reason the failure shows now wins; a hand-written reason is kept where none can be inferred.
        e.reason = inferSkipReason(o);
        if (e.reason.empty() && skipped) e.reason = skip->second.reason;
        if (e.reason.empty()) e.reason = "TODO: categorise (" + o.reason.substr(0, 150) + ")";
        if (std::find(sc.tags.begin(), sc.tags.end(), "ignore") != sc.tags.end() &&
            e.reason.find("@ignore") == std::string::npos)
          e.reason = "marked @ignore in the TCK; " + e.reason;
        newSkips.push_back(e);
      }
      if (skipped) {
        ++dir.skipped;
        ++total.skipped;
        if (o.passed) nowPassing.push_back(key);
        continue;
      }
      if (o.passed) {
        ++dir.passed;
        ++total.passed;
        continue;
      }
      ++dir.failed;
      ++total.failed;
      std::string name = sc.name;
      if (sc.exampleIndex > 0) name += " [example " + std::to_string(sc.exampleIndex) + "]";
      out << "FAIL " << f.relative << ":" << sc.line << " " << name << ": " << o.reason << "\n";
      if (opt.verbose && !o.details.empty()) out << o.details;
    }
  }

  if (opt.checkSkips) {
    for (const auto& k : nowPassing) out << "SKIPPED BUT PASSES " << k << "\n";
    for (const auto& [k, e] : skips.entries)
      if (!usedSkips.count(k)) out << "SKIP ENTRY MATCHES NO SCENARIO (line " << e.line << ") " << k << "\n";
  }
  if (!opt.writeSkipListPath.empty()) {
    if (!writeSkipList(opt.writeSkipListPath, newSkips)) {
      err << "kgq-tck: cannot write " << opt.writeSkipListPath << "\n";
    } else {
      err << "kgq-tck: wrote " << newSkips.size() << " entries to " << opt.writeSkipListPath << "\n";
    }
  }
  for (const auto& [dir, c] : perDir) {
    int all = c.passed + c.failed + c.skipped;
    out << dir << ": " << c.passed << " passed, " << c.failed << " failed, " << c.skipped << " skipped";
    if (all > 0) {
      std::ostringstream rate;
      rate << std::fixed << std::setprecision(1) << 100.0 * c.passed / all;
      out << " (" << rate.str() << "% of " << all << ")";
    }
    out << "\n";
  }
  out << total.passed << " passed, " << total.failed << " failed, " << total.skipped << " skipped\n";
  out.flush();
  return total.failed > 0 ? 1 : 0;
}

}  // namespace tck
