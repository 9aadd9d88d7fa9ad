// kgq-point-query: the latency of one small query through the C++ API, for comparison with the
// same query through the Python module (bench/python_bench.py). A tool, not a test.
//
//   kgq-point-query GRAPH.json QUERY [NAME=STRING] [--each NAME=PREFIX] [--cold] [--runs N]
//
// Loads GRAPH, runs QUERY once to warm the query cache, then N times (default 20000) on one
// Connection, and prints the median and minimum wall time per run in microseconds. --each gives
// parameter NAME the value PREFIX followed by the run's number (0, 1, ...), as a loop of
// one-row statements from an application would (`MERGE (c:Company {id: $id})` with id=c0, c1,
// ...); the warm-up takes PREFIX alone. --cold empties the query cache before every run, so each
// one parses and plans.
#include <kgq/kgq.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: kgq-point-query GRAPH.json QUERY [NAME=STRING] [--each NAME=PREFIX] [--cold] [--runs N]\n");
    return 2;
  }
  kgq::Params params;
  std::string eachName, eachPrefix;
  bool cold = false;
  int runs = 20000;
  for (int i = 3; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--cold") {
      cold = true;
    } else if (a == "--each" && i + 1 < argc && std::string(argv[i + 1]).find('=') != std::string::npos) {
      std::string each = argv[++i];
      eachName = each.substr(0, each.find('='));
      eachPrefix = each.substr(each.find('=') + 1);
      params[eachName] = kgq::Value(eachPrefix);
    } else if (auto eq = a.find('='); eq != std::string::npos) {
      params[a.substr(0, eq)] = kgq::Value(a.substr(eq + 1));
    } else {
      std::fprintf(stderr, "kgq-point-query: unexpected argument %s\n", a.c_str());
      return 2;
    }
  }
  try {
    kgq::Database db;
    db.loadJsonFile(argv[1]);
    kgq::Connection conn(db);
    std::size_t rows = conn.run(argv[2], params).size();
    std::vector<double> micros;
    micros.reserve(static_cast<std::size_t>(runs));
    for (int i = 0; i < runs; ++i) {
      if (!eachName.empty()) params[eachName] = kgq::Value(eachPrefix + std::to_string(i));
      if (cold) db.clearQueryCache();
      auto start = std::chrono::steady_clock::now();
      kgq::Result r = conn.run(argv[2], params);
      micros.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(micros.begin(), micros.end());
    std::printf("{\"rows\": %zu, \"runs\": %d, \"median_us\": %.3f, \"min_us\": %.3f}\n", rows, runs, micros[micros.size() / 2],
                micros.front());
  } catch (const kgq::Error& e) {
    std::fprintf(stderr, "kgq-point-query: %s\n", e.what());
    return 1;
  }
  return 0;
}
