// Fuzz target `graphml`: the input is a GraphML document, loaded (loaders/graphml_loader.h) into
// a small graph that already holds nodes, edges and a property index. A failed load must leave
// the graph exactly as it was, a successful one a consistent graph (fuzz_checks.h) whose own
// GraphML export loads back with the same node ids, labels, edge ends and types.
#include "fuzz_checks.h"

#include "graph/export/graphml_writer.h"
#include "loaders/graphml_loader.h"
#include "loaders/json_loader.h"

#include <algorithm>
#include <cstdint>
#include <sstream>

namespace {

constexpr const char* kBase = R"({"format": "kgq-graph", "version": 1,
 "nodes": [
  {"id": "n0", "labels": ["Person"], "properties": {"name": "Ann", "age": 30, "id": 5}},
  {"id": "n1", "labels": ["Person", "City"], "properties": {"age": 30.0}},
  {"id": "n2", "labels": [], "properties": {}}
 ],
 "edges": [
  {"type": "KNOWS", "from": "n0", "to": "n1", "properties": {"since": 2001}},
  {"type": "KNOWS", "from": "n1", "to": "n1"}
 ]}
)";

void loadBase(kgq::PropertyGraph& graph, std::string_view text) { kgq::loadGraphJson(graph, text, "base.json"); }
void load(kgq::PropertyGraph& graph, std::string_view text) { kgq::loadGraphML(graph, text, "fuzz.graphml"); }

// What a GraphML round trip keeps exactly: node ids with their label names, edges' end ids and
// types (property types may change: lists become JSON text, keys of mixed kinds strings).
std::string shape(const kgq::PropertyGraph& graph) {
  std::ostringstream out;
  for (kgq::NodeIndex n = 0; n < graph.nodeSlots(); ++n) {
    if (!graph.nodeIsLive(n)) continue;
    std::vector<std::string> labels;
    for (kgq::LabelId label : graph.nodeLabels(n)) labels.push_back(graph.labelNames().name(label));
    std::sort(labels.begin(), labels.end());
    out << kgq::quoteString(graph.nodeId(n));
    for (const std::string& label : labels) out << " :" << kgq::quoteString(label);
    out << '\n';
  }
  for (kgq::EdgeIndex e = 0; e < graph.edgeSlots(); ++e)
    if (graph.edgeIsLive(e))
      out << kgq::quoteString(graph.nodeId(graph.edgeSource(e))) << " -" << kgq::quoteString(graph.typeNames().name(graph.edgeType(e)))
          << "-> " << kgq::quoteString(graph.nodeId(graph.edgeTarget(e))) << '\n';
  return out.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > kgq::fuzz::kMaxInputBytes) return -1;
  kgq::PropertyGraph& graph = kgq::fuzz::loaderBaseGraph(kBase, loadBase);
  std::string_view input(reinterpret_cast<const char*>(data), size);
  kgq::fuzz::checkLoad("graphml", graph, input, load, [&](const kgq::PropertyGraph& loaded) {
    std::ostringstream exported;
    kgq::exportgraph::writeGraphML(loaded, kgq::exportgraph::selectAll(loaded), exported);
    kgq::PropertyGraph again;
    try {
      kgq::loadGraphML(again, exported.str(), "exported.graphml");
    } catch (const kgq::Error& e) {
      kgq::fuzz::violation("graphml", std::string("the loaded graph's GraphML export does not load: ") + e.what(), input);
    }
    if (shape(again) != shape(loaded))
      kgq::fuzz::violation("graphml", "the GraphML export loads back with other ids, labels or edges:\n" + shape(loaded) +
                                          "came back as\n" + shape(again), input);
  });
  return 0;
}
