// kgq-algo: runs one procedure (algo.*, db.*) on a kgq-graph JSON file and prints its rows, for
// the NetworkX cross-checks (tests/analytics/) and the igraph side-by-side benchmark
// (bench/analytics_bench.py). A tool, not a test: it asserts nothing.
//
//   kgq-algo GRAPH.json PROCEDURE [ARGS] [PROCEDURE [ARGS] ...] [--repeat N] [--quiet]
//
// ARGS is a JSON array of the procedure's arguments; {"node": "ID"} stands for the node with that
// id. Rows print as tab-separated values, nodes as their id, relationships as their index in
// the file's edge list, paths as ids joined by `>`. With --repeat N the call runs N times and the
// time of each (the procedure alone: projection, algorithm and rows, not the load) goes to
// stderr as `time_ms <procedure> <t>`. Several procedures run one after the other on the one
// loaded graph; the rows printed are the last one's.
#include "loaders/json_loader.h"
#include "loaders/json_value.h"
#include "query/procedures/registry.h"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

namespace {

int usage() {
  std::cerr << "usage: kgq-algo GRAPH.json PROCEDURE [ARGS_JSON] [PROCEDURE [ARGS_JSON] ...] [--repeat N] [--quiet]\n";
  return 2;
}

kgq::Value resolveNodes(const kgq::Value& v, const kgq::PropertyGraph& g) {
  if (v.isMap() && v.asMap().size() == 1 && v.asMap().count("node") && v.asMap().at("node").isString()) {
    auto n = g.findNode(v.asMap().at("node").asString());
    if (!n) throw kgq::Error(kgq::ErrorKind::Runtime, "no node with id " + v.asMap().at("node").asString());
    return kgq::Value(kgq::NodeRef{*n});
  }
  return v;
}

std::string cell(const kgq::Value& v, const kgq::PropertyGraph& g) {
  char buffer[64];
  switch (v.kind()) {
    case kgq::ValueKind::NodeRef: return std::string(g.nodeId(v.asNodeRef().index));
    case kgq::ValueKind::EdgeRef: return std::to_string(v.asEdgeRef().index);
    case kgq::ValueKind::PathRef: {
      std::string s;
      for (auto n : v.asPathRef().nodes) s += (s.empty() ? "" : ">") + std::string(g.nodeId(n));
      return s;
    }
    case kgq::ValueKind::Float:
      std::snprintf(buffer, sizeof buffer, "%.17g", v.asFloat());
      return buffer;
    case kgq::ValueKind::String: return v.asString();
    default: return v.toCypher();
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> positional;
  int repeat = 0;
  bool quiet = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--repeat" && i + 1 < argc) repeat = std::stoi(argv[++i]);
    else if (a == "--quiet") quiet = true;
    else if (a.rfind("--", 0) == 0) return usage();
    else positional.push_back(a);
  }
  if (positional.size() < 2) return usage();
  try {
    kgq::PropertyGraph graph;
    kgq::loadGraphJsonFile(graph, positional[0]);
    kgq::ProcedureRegistry registry;
    kgq::registerBuiltinProcedures(registry);
    kgq::ProcedureContext context{graph, nullptr};
    kgq::CollectedRows rows;
    for (std::size_t at = 1; at < positional.size();) {
      const std::string& name = positional[at++];
      const kgq::Procedure* procedure = registry.find(name);
      if (!procedure) throw kgq::Error(kgq::ErrorKind::Semantic, "There is no procedure named " + name);
      std::vector<kgq::Value> args;
      if (at < positional.size() && positional[at].rfind("[", 0) == 0) {
        auto parsed = kgq::parseJsonValue(positional[at++]);
        if (!parsed || !parsed->isList()) throw kgq::Error(kgq::ErrorKind::Runtime, "ARGS must be a JSON array");
        for (const auto& v : parsed->asList()) args.push_back(resolveNodes(v, graph));
      }
      for (int r = 0; r < std::max(repeat, 1); ++r) {
        rows.rows.clear();
        auto start = std::chrono::steady_clock::now();
        kgq::ProcedureRegistry::call(*procedure, context, args, rows);
        double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        if (repeat) std::cerr << "time_ms " << name << " " << ms << "\n";
      }
    }
    if (quiet) return 0;
    std::string out;
    for (const auto& row : rows.rows) {
      for (std::size_t i = 0; i < row.size(); ++i) out += (i ? "\t" : "") + cell(row[i], graph);
      out += '\n';
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
  } catch (const std::exception& e) {
    std::cerr << "kgq-algo: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
