#include "graph/export/graphviz_render.h"

#include <kgq/kgq.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

extern char** environ;

namespace kgq::exportgraph {
namespace {

std::string readAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Removes the private directory and what is in it.
struct TempDir {
  std::string path;
  std::vector<std::string> files;
  ~TempDir() {
    for (const std::string& f : files) std::remove((path + "/" + f).c_str());
    if (!path.empty()) rmdir(path.c_str());
  }
};

}  // namespace

std::string renderWithGraphviz(const std::string& dotText, const std::string& format) {
  if (format != "svg" && format != "png") throw Error(ErrorKind::Io, "cannot render " + format + " (svg or png)");
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/kgq-render-XXXXXX";
  TempDir dir;
  if (mkdtemp(pattern.data()) == nullptr) throw Error(ErrorKind::Io, "cannot create a temporary directory in " + pattern);
  dir.path = pattern;
  dir.files = {"graph.dot", "graph.out", "errors.txt"};
  std::string in = dir.path + "/graph.dot", out = dir.path + "/graph.out", errors = dir.path + "/errors.txt";
  {
    std::ofstream f(in, std::ios::binary);
    f << dotText;
    if (!f.flush()) throw Error(ErrorKind::Io, "cannot write " + in);
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, errors.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  std::string typeArg = "-T" + format, outArg = "-o" + out;
  std::vector<char*> argv = {const_cast<char*>("dot"), typeArg.data(), outArg.data(), in.data(), nullptr};
  pid_t pid;
  int spawned = posix_spawnp(&pid, "dot", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0)
    throw Error(ErrorKind::Io, "cannot run Graphviz's dot (install the Debian package graphviz)");
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) throw Error(ErrorKind::Io, "lost track of Graphviz's dot");
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::string message = readAll(errors);
    while (!message.empty() && (message.back() == '\n' || message.back() == '\r')) message.pop_back();
    if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
      throw Error(ErrorKind::Io, "cannot run Graphviz's dot (install the Debian package graphviz)");
    throw Error(ErrorKind::Io, "Graphviz's dot failed" + (message.empty() ? std::string() : ": " + message));
  }
  return readAll(out);
}

}  // namespace kgq::exportgraph
