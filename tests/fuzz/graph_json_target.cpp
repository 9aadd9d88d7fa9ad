// Fuzz target `graph_json`: the input is a kgq-graph JSON document, loaded (loaders/json_loader.h)
// into a small graph that already holds nodes, edges and a property index. A failed load must
// leave the graph exactly as it was, a successful one a consistent graph (fuzz_checks.h).
#include "fuzz_checks.h"

#include "loaders/json_loader.h"

#include <cstdint>

namespace {

constexpr const char* kBase = R"({"format": "kgq-graph", "version": 1,
 "nodes": [
  {"id": "a", "labels": ["Person"], "properties": {"name": "Ann", "age": 30, "id": 5}},
  {"id": "b", "labels": ["Person", "City"], "properties": {"age": 30.0, "tags": ["x", "y"]}},
  {"id": "c", "labels": [], "properties": {}}
 ],
 "edges": [
  {"type": "KNOWS", "from": "a", "to": "b", "properties": {"since": 2001}},
  {"type": "KNOWS", "from": "b", "to": "b"}
 ]}
)";

void load(kgq::PropertyGraph& graph, std::string_view text) { kgq::loadGraphJson(graph, text, "fuzz.json"); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > kgq::fuzz::kMaxInputBytes) return -1;
  kgq::PropertyGraph& graph = kgq::fuzz::loaderBaseGraph(kBase, load);
  kgq::fuzz::checkLoad("graph_json", graph, std::string_view(reinterpret_cast<const char*>(data), size), load);
  return 0;
}
