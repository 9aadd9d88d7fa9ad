// What every fuzz target checks after an input, and how it reports a violation: a message on
// stderr naming the target, the broken promise and the input (escaped, cut short), then abort(),
// which libFuzzer and the replay test both treat as a finding.
#pragma once

#include "graph/property_graph.h"
#include "graph/value_render.h"

#include <kgq/kgq.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace kgq::fuzz {

// Inputs longer than this are skipped. It is large enough for the reproducers of deep nesting
// kept in the corpora; a fuzzing run bounds the length of what it generates with -max_len.
constexpr std::size_t kMaxInputBytes = 256 * 1024;

[[noreturn]] inline void violation(const char* target, const std::string& what, std::string_view input) {
  std::string shown = quoteString(input.substr(0, 600));
  std::fprintf(stderr, "fuzz target %s: %s\n  input (%zu bytes): %s%s\n", target, what.c_str(), input.size(),
               shown.c_str(), input.size() > 600 ? " ..." : "");
  std::abort();
}

// The graph's invariants hold (PropertyGraph::consistencyProblem).
inline void requireConsistent(const char* target, const PropertyGraph& graph, std::string_view input) {
  std::string problem = graph.consistencyProblem();
  if (!problem.empty()) violation(target, "the graph is inconsistent: " + problem, input);
}

// A failed operation left the graph exactly as it was.
inline void requireUnchanged(const char* target, const PropertyGraph& graph, const std::string& before,
                             const std::string& what, std::string_view input) {
  if (graph.fingerprint() != before) violation(target, what + " changed the graph", input);
}

}  // namespace kgq::fuzz

namespace kgq::fuzz {

// The graph the loader targets load into: a few nodes and edges already there (so that an input
// can reuse their ids, labels, types and keys), with a built property index and an id property
// that is not the node's key.
inline PropertyGraph& loaderBaseGraph(std::string_view json, void (*load)(PropertyGraph&, std::string_view)) {
  static PropertyGraph* graph = [&] {
    auto* g = new PropertyGraph;  // never destroyed: lives as long as the fuzzing process
    load(*g, json);
    LabelId person = g->labelNames().intern("Person");
    KeyId age = g->keyNames().intern("age");
    g->createIndex(person, age);
    g->indexLookup(person, age, Value(std::int64_t{30}));  // builds it: loads must keep it current
    return g;
  }();
  return *graph;
}

// One load of `input` into `graph`: if it fails, the graph is exactly as before; if it succeeds,
// the graph is consistent, passes the target's own check `loaded`, and rolling the load back
// restores it exactly (the undo a failed load relies on). Exceptions other than kgq::Error
// escape, and libFuzzer reports them.
template <class Load, class Check>
void checkLoad(const char* target, PropertyGraph& graph, std::string_view input, Load&& load, Check&& loaded) {
  static const std::string base = graph.fingerprint();
  PropertyGraph::Mark mark = graph.mark();
  try {
    load(graph, input);
  } catch (const Error& e) {
    requireUnchanged(target, graph, base, std::string("a load that failed (") + e.what() + ")", input);
    requireConsistent(target, graph, input);
    return;
  }
  requireConsistent(target, graph, input);
  loaded(graph);
  graph.rollback(mark);
  requireUnchanged(target, graph, base, "rolling back a load that succeeded", input);
  requireConsistent(target, graph, input);
}

}  // namespace kgq::fuzz
