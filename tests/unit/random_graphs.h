// Test support: small random graphs in the kgq-graph JSON format, for comparing two ways of
// answering the same query (a rewrite against the plan it replaces, a search against a full walk).
#pragma once

#include <random>
#include <string>

namespace kgq::testing {

// A random graph: `nodes` nodes n0.. labelled A, B, both or neither; `edges` edges of type R or
// S with a property w of 1 or 2, between random ends (so self-loops and parallel edges occur).
inline std::string randomGraph(unsigned seed, int nodes, int edges) {
  std::mt19937 random(seed);
  std::string json = R"({"format": "kgq-graph", "version": 1, "nodes": [)";
  for (int i = 0; i < nodes; ++i) {
    unsigned labels = random() % 4;
    std::string list = std::string(labels & 1 ? "\"A\"" : "") + (labels == 3 ? ", " : "") + (labels & 2 ? "\"B\"" : "");
    json += std::string(i ? ", " : "") + R"({"id": "n)" + std::to_string(i) + R"(", "labels": [)" + list + "]}";
  }
  json += R"(], "edges": [)";
  for (int i = 0; i < edges; ++i) {
    int from = static_cast<int>(random() % nodes), to = static_cast<int>(random() % nodes);
    if (random() % 8 == 0) to = from;
    json += std::string(i ? ", " : "") + R"({"type": ")" + (random() % 3 ? "R" : "S") + R"(", "from": "n)" +
            std::to_string(from) + R"(", "to": "n)" + std::to_string(to) + R"(", "properties": {"w": )" +
            std::to_string(1 + random() % 2) + "}}";
  }
  return json + "]}";
}

}  // namespace kgq::testing
