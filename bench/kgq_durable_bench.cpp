// kgq-durable-bench — figures of the durable database (bench/README.md, "Durable database"):
//
//   kgq-durable-bench load-json FILE            time to load a kgq-graph JSON file, peak RSS after
//   kgq-durable-bench make-db FILE DIR          load FILE into a new database directory DIR
//   kgq-durable-bench open DIR                  time to open DIR (snapshot + log), peak RSS after
//   kgq-durable-bench commit DIR full|relaxed N latency of N single-node CREATE commits
//   kgq-durable-bench read DIR PARAMS THREADS S queries/s of Q1-Q4 with THREADS threads for S s
//
// Each measurement is its own process, so that peak RSS (getrusage ru_maxrss) is that of one
// step. Timings never belong in a test: this is a tool.
#include <kgq/kgq.h>

#include "standard_queries.h"

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

long peakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

// "q_source" of params.json, found by hand (the file is small and flat).
std::string sourceParam(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  std::string text = s.str();
  std::size_t key = text.find("\"q_source\"");
  std::size_t open = text.find('"', text.find(':', key) + 1);
  std::size_t close = text.find('"', open + 1);
  if (key == std::string::npos || open == std::string::npos || close == std::string::npos) {
    std::cerr << "no q_source in " << path << "\n";
    std::exit(1);
  }
  return text.substr(open + 1, close - open - 1);
}

int commitLatency(const std::string& dir, bool relaxed, int n) {
  kgq::DurabilityOptions options;
  if (relaxed) options.sync = kgq::DurabilityOptions::Sync::Relaxed;
  kgq::Database db;
  db.open(dir, options);
  kgq::Connection c(db);
  std::vector<double> micros;
  for (int i = 0; i < n; ++i) {
    auto start = Clock::now();
    c.run("CREATE (:Bench {i: $i})", {{"i", kgq::Value(i)}});
    micros.push_back(secondsSince(start) * 1e6);
  }
  std::sort(micros.begin(), micros.end());
  std::printf("commit %s: %d single-node CREATEs, median %.1f us, p90 %.1f us, p99 %.1f us, max %.1f us\n",
              relaxed ? "relaxed" : "full (fsync)", n, micros[micros.size() / 2], micros[micros.size() * 9 / 10],
              micros[micros.size() * 99 / 100], micros.back());
  return 0;
}

int readThroughput(const std::string& dir, const std::string& params, int threads, double seconds) {
  kgq::Database db;
  auto start = Clock::now();
  db.open(dir);
  std::printf("opened in %.3f s\n", secondsSince(start));
  kgq::Params p{{"src", kgq::Value(sourceParam(params))}};
  for (int q = 0; q < 4; ++q) {
    const QuerySpec& spec = kQueries[q];
    std::atomic<bool> stop{false};
    std::atomic<long> done{0};
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t)
      workers.emplace_back([&] {
        kgq::Connection c(db);
        c.run(spec.text, p);  // warm up: plan cached, indexes built
        while (!stop.load()) {
          c.run(spec.text, p);
          done.fetch_add(1);
        }
      });
    auto begin = Clock::now();
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop.store(true);
    for (auto& w : workers) w.join();
    std::printf("%s with %d thread(s): %.0f queries/s\n", spec.name, threads, done.load() / secondsSince(begin));
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  try {
    if (args.size() == 2 && args[0] == "load-json") {
      kgq::Database db;
      auto start = Clock::now();
      db.loadJsonFile(args[1]);
      std::printf("JSON load: %.3f s, %zu nodes, %zu relationships, peak RSS %ld MB\n", secondsSince(start),
                  db.nodeCount(), db.edgeCount(), peakRssMb());
      return 0;
    }
    if (args.size() == 3 && args[0] == "make-db") {
      kgq::Database db;
      db.open(args[2]);
      auto start = Clock::now();
      db.loadJsonFile(args[1]);
      std::printf("load + first checkpoint: %.3f s\n", secondsSince(start));
      return 0;
    }
    if (args.size() == 2 && args[0] == "open") {
      kgq::Database db;
      auto start = Clock::now();
      db.open(args[1]);
      double opened = secondsSince(start);
      std::printf("open: %.3f s, %zu nodes, %zu relationships, peak RSS %ld MB\n", opened, db.nodeCount(),
                  db.edgeCount(), peakRssMb());
      return 0;
    }
    if (args.size() == 4 && args[0] == "commit") return commitLatency(args[1], args[2] == "relaxed", std::atoi(args[3].c_str()));
    if (args.size() == 5 && args[0] == "read")
      return readThroughput(args[1], args[2], std::atoi(args[3].c_str()), std::atof(args[4].c_str()));
  } catch (const kgq::Error& e) {
    std::cerr << "kgq-durable-bench: " << e.what() << "\n";
    return 1;
  }
  std::cerr << "usage: kgq-durable-bench load-json FILE | make-db FILE DIR | open DIR | commit DIR full|relaxed N |"
               " read DIR PARAMS THREADS SECONDS\n";
  return 2;
}
