// kgq-shapes: the time of each query of a file on one graph, for shapes the standard bench does
// not hold (bench/shapes/*.cypher; bench/README.md reports them). A tool, not a test: it checks no
// answer, it prints them.
//
//   kgq-shapes GRAPH.json QUERIES.cypher [--timeout-s S]
//
// Loads GRAPH, then runs each line of QUERIES (blank lines and lines starting with // skipped) on
// a fresh Connection, twice: the first time parses and plans it (and builds any index it is the
// first to use), the second reuses the plan. A writing query changes the graph the later lines
// see, the second run included. Prints both wall times in ms, the resident memory after them, the
// row count and the first value — or the error.
#include "bench/bench_common.h"

#include <kgq/kgq.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

namespace {

long residentMiB() {
  std::FILE* status = std::fopen("/proc/self/status", "r");
  if (!status) return -1;
  char line[256];
  long kib = -1;
  while (std::fgets(line, sizeof line, status))
    if (std::strncmp(line, "VmRSS:", 6) == 0) kib = std::atol(line + 6);
  std::fclose(status);
  return kib < 0 ? -1 : kib / 1024;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: kgq-shapes GRAPH.json QUERIES.cypher [--timeout-s S]\n");
    return 2;
  }
  double timeoutS = 60;
  for (int i = 3; i < argc; ++i) {
    if (std::strcmp(argv[i], "--timeout-s") == 0 && i + 1 < argc) {
      timeoutS = std::atof(argv[++i]);
    } else {
      std::fprintf(stderr, "kgq-shapes: unknown argument '%s'\n", argv[i]);
      return 2;
    }
  }
  std::ifstream queries(argv[2]);
  if (!queries) {
    std::fprintf(stderr, "kgq-shapes: cannot read %s\n", argv[2]);
    return 2;
  }
  kgq::Database db;
  try {
    auto start = bench::Clock::now();
    db.loadJsonFile(argv[1]);
    std::printf("loaded %s in %.0f ms, %ld MiB resident\n", argv[1], bench::msSince(start), residentMiB());
  } catch (const kgq::Error& e) {
    std::fprintf(stderr, "kgq-shapes: %s\n", e.what());
    return 1;
  }
  std::printf("%10s %10s %8s  %-44s %s\n", "first ms", "cached ms", "RSS MiB", "result", "query");
  std::string query;
  while (std::getline(queries, query)) {
    if (query.empty() || query.rfind("//", 0) == 0) continue;
    db.clearQueryCache();  // the first run parses and plans, whatever ran before
    kgq::Connection conn(db);
    conn.setTimeout(std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::duration<double>(timeoutS)));
    double ms[2] = {0, 0};
    std::string result;
    for (double& run : ms) {
      try {
        auto start = bench::Clock::now();
        kgq::Result r = conn.run(query);
        run = bench::msSince(start);
        result = std::to_string(r.size()) + " rows";
        if (r.size() > 0 && !r.columns().empty()) result += ", first " + r.at(0, 0).toCypher().substr(0, 30);
      } catch (const kgq::Error& e) {
        result = std::string("error: ") + e.what();
        break;
      }
    }
    std::printf("%10.2f %10.2f %8ld  %-44s %s\n", ms[0], ms[1], residentMiB(), result.c_str(), query.c_str());
    std::fflush(stdout);
  }
  return 0;
}
