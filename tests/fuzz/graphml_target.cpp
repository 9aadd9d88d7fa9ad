// Fuzz target `graphml`: the input is a GraphML document, loaded (loaders/graphml_loader.h) into
// a small graph that already holds nodes, edges and a property index. A failed load must leave
// the graph exactly as it was, a successful one a consistent graph (fuzz_checks.h).
#include "fuzz_checks.h"

#include "loaders/graphml_loader.h"
#include "loaders/json_loader.h"

#include <cstdint>

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

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > kgq::fuzz::kMaxInputBytes) return -1;
  kgq::PropertyGraph& graph = kgq::fuzz::loaderBaseGraph(kBase, loadBase);
  kgq::fuzz::checkLoad("graphml", graph, std::string_view(reinterpret_cast<const char*>(data), size), load);
  return 0;
}
