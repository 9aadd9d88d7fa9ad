// Helpers of the durability tests: a temporary directory removed afterwards, whole-file read and
// write, a graph's JSON export as text, and running code in a child process that then dies
// without closing anything (as a crash would leave the database directory).
#pragma once

#include <kgq/kgq.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

namespace kgq::testing {

struct TempDir {
  std::string path;
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "kgq-durable-XXXXXX").string();
    path = ::mkdtemp(pattern.data());
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string operator/(const std::string& name) const { return path + "/" + name; }
};

inline std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void writeFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

// The graph as kgq-graph JSON (Database::saveJsonFile), which lists every live element.
inline std::string exportJson(const Database& db, const std::string& scratch) {
  db.saveJsonFile(scratch);
  return readFile(scratch);
}

// Ends the process at once, as a crash would: no destructor runs, so an open database is left as
// a killed process leaves it (log written, no checkpoint, lock released by the kernel).
[[noreturn]] inline void dieHere() { ::_exit(0); }

// Runs `work`, which must end with dieHere() (its databases still open), in a forked child.
// Returns the child's exit status: 0 when it reached dieHere(), 1 when it threw, 2 when it
// returned (and so closed what it opened, which is no crash).
inline int inCrashingChild(const std::function<void()>& work) {
  pid_t pid = ::fork();
  if (pid == 0) {
    int status = 2;
    try {
      work();
    } catch (const std::exception& e) {
      std::fprintf(stderr, "child: %s\n", e.what());
      status = 1;
    } catch (...) {
      status = 1;
    }
    ::_exit(status);
  }
  int status = -1;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace kgq::testing
