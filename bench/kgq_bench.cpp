// kgq-bench — the standard benchmark runner: loads a generated graph (../shared/bench/gen.py),
// then times the seven standard queries end to end through Connection::run (parse + plan +
// execute + materialize), checks each answer against params.json and prints a table.
//
//   kgq-bench DIR [--json FILE] [--runs N] [--write-runs N] [--timeout-s S] [--only Q3,W2]
//
// DIR holds graph.json and params.json. Each query runs once to warm up, then N times (default 7,
// at least 5); the table shows median and min wall time and the median split parse/plan/execute.
// A query the engine rejects is reported `unsupported` with the engine's message; a wrong answer
// is reported as a MISMATCH (a fast wrong answer is a bug). Peak RSS is the process high-water
// mark (getrusage ru_maxrss) after the load and after the queries. A watchdog interrupts any one
// query run that exceeds --timeout-s (default 300). --only runs a subset (e.g. for a profiler;
// --only none measures just the load). Then the workloads W1-W6 of issue 13 (workloads.h), when
// DIR also holds workloads.json (kgq-gen --workloads). Timings never belong in a test: this is a tool.
#include <kgq/kgq.h>

#include "bench_common.h"
#include "bfs_floors.h"
#include "query/api/database_impl.h"
#include "standard_queries.h"
#include "workloads.h"

#include <rapidjson/document.h>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

using bench::Clock;
using bench::median;
using bench::minimum;
using bench::msSince;
using bench::Watchdog;

// Peak resident set size of this process so far, in MiB (Linux: ru_maxrss is in KiB).
double peakRssMib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// Current resident set size in MiB, from /proc/self/status (0 if unavailable).
double currentRssMib() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::strtod(line.c_str() + 6, nullptr) / 1024.0;
  }
  return 0;
}

std::optional<std::string> readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string jsonEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out;
}

// What params.json gives: the query parameters and the expected answers (each optional).
struct Params {
  std::string source;
  std::string target;
  std::optional<std::int64_t> q2, q5, q6;
  std::optional<std::map<std::string, std::int64_t>> q7;
};

std::optional<std::int64_t> intMember(const rapidjson::Value& obj, const char* name) {
  if (!obj.IsObject() || !obj.HasMember(name)) return std::nullopt;
  const rapidjson::Value& v = obj[name];
  if (v.IsInt64()) return v.GetInt64();
  return std::nullopt;
}

bool readParams(const std::string& path, Params& out, std::string& error) {
  std::optional<std::string> text = readFile(path);
  if (!text) {
    error = "cannot read " + path;
    return false;
  }
  rapidjson::Document doc;
  doc.Parse(text->c_str(), text->size());
  if (doc.HasParseError() || !doc.IsObject()) {
    error = path + ": not a JSON object";
    return false;
  }
  if (!doc.HasMember("q_source") || !doc["q_source"].IsString() || !doc.HasMember("q6_target") ||
      !doc["q6_target"].IsString()) {
    error = path + ": missing string q_source / q6_target";
    return false;
  }
  out.source = doc["q_source"].GetString();
  out.target = doc["q6_target"].GetString();
  if (doc.HasMember("expected") && doc["expected"].IsObject()) {
    const rapidjson::Value& exp = doc["expected"];
    out.q2 = intMember(exp, "Q2");
    out.q5 = intMember(exp, "Q5");
    out.q6 = intMember(exp, "Q6");
    if (exp.HasMember("Q7") && exp["Q7"].IsObject()) {
      std::map<std::string, std::int64_t> counts;
      bool good = true;
      for (auto it = exp["Q7"].MemberBegin(); it != exp["Q7"].MemberEnd(); ++it) {
        if (!it->name.IsString() || !it->value.IsInt64()) {
          good = false;
          break;
        }
        counts[it->name.GetString()] = it->value.GetInt64();
      }
      if (good) out.q7 = std::move(counts);
    }
  }
  return true;
}

std::string show(const kgq::Value& v) { return v.toCypher(); }

// Checks a single-cell integer answer. Returns an empty string when it matches.
std::string checkScalar(const kgq::Result& r, std::int64_t expected) {
  if (r.size() != 1 || r.rows()[0].size() != 1) {
    return "expected 1 row x 1 column = " + std::to_string(expected) + ", got " + std::to_string(r.size()) + " rows";
  }
  const kgq::Value& v = r.at(0, 0);
  if (v.isInt() && v.asInt() == expected) return {};
  return "expected " + std::to_string(expected) + ", got " + show(v);
}

// Q7: rows (type, count) ordered by type, exactly the expected map (std::map iterates sorted,
// which is also the byte order Cypher's string ORDER BY gives for these ASCII names).
std::string checkTypeCounts(const kgq::Result& r, const std::map<std::string, std::int64_t>& expected) {
  std::ostringstream err;
  if (r.size() != expected.size()) err << "expected " << expected.size() << " rows, got " << r.size() << "; ";
  std::size_t i = 0;
  for (const auto& [type, count] : expected) {
    if (i >= r.size()) {
      err << "missing " << type << "; ";
      ++i;
      continue;
    }
    const auto& row = r.rows()[i++];
    if (row.size() != 2 || !row[0].isString() || row[0].asString() != type || !row[1].isInt() ||
        row[1].asInt() != count) {
      err << "row " << (i - 1) << ": expected ('" << type << "', " << count << "), got (";
      for (std::size_t c = 0; c < row.size(); ++c) err << (c ? ", " : "") << show(row[c]);
      err << "); ";
    }
  }
  return err.str();
}


struct Outcome {
  std::string name;
  enum class Status { Ok, Mismatch, Unsupported, Error } status = Status::Ok;
  std::string message;  // mismatch detail or engine error
  std::vector<double> wallMs, parseMs, planMs, execMs;  // end to end, cold: parsed and planned each run
  std::vector<double> cachedMs;                         // the plan from the query cache
  std::size_t rows = 0;
  bool checked = false;  // an expected answer was compared
};

// The hand-written floors of Q5 and Q6 (bfs_floors.h), timed like the queries (a warm-up, then
// `runs` runs), checked against params.json, and printed beside the queries' medians with the
// ratios (end to end, and with the plan cached).
void printFloors(kgq::Database& db, const Params& params, const std::vector<Outcome>& outcomes, int runs) {
  const kgq::PropertyGraph& g = kgq::DatabaseInternals::of(db).graph;
  auto src = g.findNode(params.source), tgt = g.findNode(params.target);
  auto type = g.typeNames().find("PARTNERS_WITH");
  auto label = g.labelNames().find("Company");
  if (!src || !tgt || !type || !label) return;
  bench_floors::Floors floors(g);
  auto timeFloor = [&](auto&& run, std::int64_t& answer) {
    std::vector<double> us;
    answer = run();
    for (int i = 0; i < runs; ++i) {
      auto start = Clock::now();
      answer = run();
      us.push_back(msSince(start) * 1000.0);
    }
    return median(us);
  };
  std::printf("\nfloors (hand-written over the same storage):\n");
  std::printf("%-4s %12s %9s %14s %10s %14s %10s\n", "q", "floor us", "answer", "query med us", "ratio",
              "cached med us", "ratio");
  for (const Outcome& o : outcomes) {
    if (o.name != "Q5" && o.name != "Q6") continue;
    std::int64_t answer = 0;
    double us = o.name == "Q5" ? timeFloor([&] { return floors.q5(*src, *type, *label); }, answer)
                               : timeFloor([&] { return floors.q6(*src, *tgt, *type); }, answer);
    std::optional<std::int64_t> expected = o.name == "Q5" ? params.q5 : params.q6;
    double query = median(o.wallMs) * 1000.0, cached = median(o.cachedMs) * 1000.0;
    std::printf("%-4s %12.2f %9lld %14.2f %9.1fx %14.2f %9.1fx%s\n", o.name.c_str(), us,
                static_cast<long long>(answer), query, us > 0 ? query / us : 0, cached, us > 0 ? cached / us : 0,
                expected && *expected != answer ? "  FLOOR MISMATCH" : "");
  }
}

void usage() {
  std::cerr << "usage: kgq-bench DIR [--json FILE] [--runs N] [--write-runs N] [--timeout-s S] [--only Q1,W2,...|none]\n"
               "  DIR holds graph.json and params.json written by ../shared/bench/gen.py\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir, jsonPath, only;
  int runs = 7;
  int writeRuns = 3;
  double timeoutS = 300;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if ((a == "--json" || a == "--runs" || a == "--timeout-s" || a == "--only" || a == "--write-runs") &&
        i + 1 < argc) {
      std::string v = argv[++i];
      if (a == "--write-runs") {
        writeRuns = std::max(1, std::atoi(v.c_str()));
      } else if (a == "--only") {
        only = "," + v + ",";
      } else if (a == "--json") {
        jsonPath = v;
      } else if (a == "--runs") {
        runs = std::atoi(v.c_str());
      } else {
        timeoutS = std::atof(v.c_str());
      }
    } else if (a == "-h" || a == "--help") {
      usage();
      return 0;
    } else if (!a.empty() && a[0] != '-' && dir.empty()) {
      dir = a;
    } else {
      usage();
      return 2;
    }
  }
  if (dir.empty()) {
    usage();
    return 2;
  }
  if (runs < 5) {
    std::cerr << "kgq-bench: --runs " << runs << " raised to the minimum of 5\n";
    runs = 5;
  }
  if (timeoutS <= 0) timeoutS = 300;

  Params params;
  std::string perr;
  if (!readParams(dir + "/params.json", params, perr)) {
    std::cerr << "kgq-bench: " << perr << "\n";
    return 2;
  }

  // ---- Load ----
  kgq::Database db;
  double rssBefore = currentRssMib();
  double loadMs = 0;
  kgq::LoadStats stats;
  try {
    auto start = Clock::now();
    stats = db.loadJsonFile(dir + "/graph.json");
    loadMs = msSince(start);
  } catch (const std::exception& e) {
    std::cerr << "kgq-bench: load failed: " << e.what() << "\n";
    return 1;
  }
  double peakAfterLoad = peakRssMib();
  double rssAfterLoad = currentRssMib();
  std::printf("loaded %s/graph.json: %zu nodes, %zu edges in %.1f ms\n", dir.c_str(), stats.nodes, stats.edges,
              loadMs);
  std::printf("RSS: %.1f MiB before load, %.1f MiB after load (graph ~%.1f MiB), peak %.1f MiB\n", rssBefore,
              rssAfterLoad, rssAfterLoad - rssBefore, peakAfterLoad);
  std::printf("params: $src=%s $tgt=%s; %d timed runs per query after 1 warm-up\n\n", params.source.c_str(),
              params.target.c_str(), runs);
  std::fflush(stdout);

  // ---- Queries ----
  kgq::Connection conn(db);
  Watchdog watchdog(conn, timeoutS);
  std::vector<Outcome> outcomes;
  for (const QuerySpec& q : kQueries) {
    if (!only.empty() && only.find(std::string(",") + q.name + ",") == std::string::npos) continue;
    Outcome out;
    out.name = q.name;
    kgq::Params qp;
    if (q.usesSrc) qp["src"] = kgq::Value(params.source);
    if (q.usesTgt) qp["tgt"] = kgq::Value(params.target);

    auto check = [&](const kgq::Result& r) -> std::string {
      std::string name = q.name;
      if (name == "Q2" && params.q2) return out.checked = true, checkScalar(r, *params.q2);
      if (name == "Q5" && params.q5) return out.checked = true, checkScalar(r, *params.q5);
      if (name == "Q6" && params.q6) return out.checked = true, checkScalar(r, *params.q6);
      if (name == "Q7" && params.q7) return out.checked = true, checkTypeCounts(r, *params.q7);
      return {};
    };

    // A warm-up, then `runs` runs with the plan from the query cache one after another (as the
    // floors are timed), then `runs` end to end, cold: each with the query cache emptied and a
    // fresh connection, so it parses and plans.
    for (int i = 0; i <= 2 * runs; ++i) {
      try {
        const bool cold = i > runs;
        std::optional<kgq::Connection> fresh;
        if (cold) {
          db.clearQueryCache();
          fresh.emplace(db);
        }
        watchdog.arm();
        auto start = Clock::now();
        kgq::Result r = (cold ? *fresh : conn).run(q.text, qp);
        double wall = msSince(start);
        watchdog.disarm();
        std::string mismatch = check(r);
        out.rows = r.size();
        if (!mismatch.empty()) {
          out.status = Outcome::Status::Mismatch;
          if (out.message.empty()) out.message = mismatch;
        }
        if (i == 0) continue;
        if (!cold) {
          out.cachedMs.push_back(wall);
          continue;
        }
        out.wallMs.push_back(wall);
        out.parseMs.push_back(r.timing().parseMicros / 1000.0);
        out.planMs.push_back(r.timing().planMicros / 1000.0);
        out.execMs.push_back(r.timing().executeMicros / 1000.0);
      } catch (const kgq::Error& e) {
        watchdog.disarm();
        bool rejected = e.kind() == kgq::ErrorKind::Syntax || e.kind() == kgq::ErrorKind::Semantic;
        out.status = rejected ? Outcome::Status::Unsupported : Outcome::Status::Error;
        out.message = e.what();
        break;
      } catch (const std::exception& e) {
        watchdog.disarm();
        out.status = Outcome::Status::Error;
        out.message = std::string("unexpected exception: ") + e.what();
        break;
      }
    }
    const char* status = out.status == Outcome::Status::Ok          ? "ok"
                         : out.status == Outcome::Status::Mismatch  ? "MISMATCH"
                         : out.status == Outcome::Status::Unsupported ? "unsupported"
                                                                      : "ERROR";
    std::fprintf(stderr, "%s %s\n", q.name, status);
    if (out.status == Outcome::Status::Mismatch) {
      std::fprintf(stderr, "*** %s MISMATCH: %s\n", q.name, out.message.c_str());
    }
    outcomes.push_back(std::move(out));
  }
  double peakAfterStandard = peakRssMib();


  // ---- Table ----
  std::printf("%-4s %12s %12s %10s %10s %12s %12s %7s  %s\n", "q", "median ms", "min ms", "parse ms", "plan ms",
              "exec ms", "cached ms", "rows", "status");
  for (const Outcome& o : outcomes) {
    if (o.status == Outcome::Status::Unsupported || o.status == Outcome::Status::Error) {
      std::printf("%-4s %12s %12s %10s %10s %12s %12s %7s  %s: %s\n", o.name.c_str(), "-", "-", "-", "-", "-", "-", "-",
                  o.status == Outcome::Status::Unsupported ? "unsupported" : "ERROR", o.message.c_str());
      continue;
    }
    const char* status = o.status == Outcome::Status::Mismatch ? "MISMATCH" : (o.checked ? "ok (checked)" : "ok");
    std::printf("%-4s %12.3f %12.3f %10.3f %10.3f %12.3f %12.3f %7zu  %s", o.name.c_str(), median(o.wallMs),
                minimum(o.wallMs), median(o.parseMs), median(o.planMs), median(o.execMs), median(o.cachedMs), o.rows,
                status);
    if (o.status == Outcome::Status::Mismatch) std::printf(": %s", o.message.c_str());
    std::printf("\n");
  }
  printFloors(db, params, outcomes, runs);
  // ---- Workloads W1-W6 (workloads.cpp) ----
  WorkloadReport workloads;
  bool anyWorkload = only.empty();
  for (const char* w : {"W1", "W2", "W3", "W4", "W5", "W6"})
    anyWorkload |= only.find(std::string(",") + w + ",") != std::string::npos;
  if (anyWorkload) workloads = runWorkloads(db, WorkloadOptions{dir, only, runs, writeRuns, timeoutS});
  double peakAfterQueries = peakRssMib();
  std::printf("\nload %.1f ms; peak RSS %.1f MiB after load, %.1f MiB after Q1-Q7, %.1f MiB after the workloads"
              " (each writing run loads its own copy of the graph)\n",
              loadMs, peakAfterLoad, peakAfterStandard, peakAfterQueries);

  // ---- JSON ----
  if (!jsonPath.empty()) {
    std::ofstream js(jsonPath);
    if (!js) {
      std::cerr << "kgq-bench: cannot write " << jsonPath << "\n";
      return 1;
    }
    char buf[64];
    auto num = [&](double x) {
      std::snprintf(buf, sizeof buf, "%.6g", x);
      return std::string(buf);
    };
    // peak_rss_mib keeps its meaning (the standard queries on the one loaded graph); the writing
    // workloads load copies of their own, counted apart.
    js << "{\"load_ms\": " << num(loadMs) << ", \"peak_rss_mib\": " << num(peakAfterStandard)
       << ", \"peak_rss_after_workloads_mib\": " << num(peakAfterQueries)
       << ", \"peak_rss_after_load_mib\": " << num(peakAfterLoad) << ", \"nodes\": " << stats.nodes
       << ", \"edges\": " << stats.edges << ", \"runs\": " << runs << ", \"queries\": {";
    bool first = true;
    for (const Outcome& o : outcomes) {
      js << (first ? "" : ", ") << "\"" << o.name << "\": {";
      first = false;
      bool timed = o.status == Outcome::Status::Ok || o.status == Outcome::Status::Mismatch;
      if (timed)
        js << "\"median_ms\": " << num(median(o.wallMs)) << ", \"min_ms\": " << num(minimum(o.wallMs))
           << ", \"cached_median_ms\": " << num(median(o.cachedMs)) << ", ";
      js << "\"ok\": " << (o.status == Outcome::Status::Ok ? "true" : "false");
      if (o.status == Outcome::Status::Mismatch) js << ", \"mismatch\": \"" << jsonEscape(o.message) << "\"";
      if (o.status == Outcome::Status::Unsupported) js << ", \"unsupported\": true";
      if (!timed) js << ", \"error\": \"" << jsonEscape(o.message) << "\"";
      js << "}";
    }
    js << "}";
    if (anyWorkload) js << ", \"workloads\": " << workloads.json;
    js << "}\n";
  }

  bool anyMismatch = false;
  for (const Outcome& o : outcomes) anyMismatch |= o.status == Outcome::Status::Mismatch;
  anyMismatch |= workloads.anyMismatch;
  return anyMismatch ? 3 : 0;
}
