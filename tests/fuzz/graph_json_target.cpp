// Fuzz target `graph_json`: the input is a kgq-graph JSON document, loaded (loaders/json_loader.h)
// into a small graph that already holds nodes, edges and a property index. A failed load must
// leave the graph exactly as it was, a successful one a consistent graph (fuzz_checks.h) that
// saves as a document which loads back to the same graph: saving that gives the same text.
#include "fuzz_checks.h"

#include "graph/json_writer.h"
#include "loaders/json_loader.h"

#include <sstream>

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

std::string saved(const kgq::PropertyGraph& graph) {
  std::ostringstream out;
  kgq::writeGraphJson(graph, out);
  return out.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > kgq::fuzz::kMaxInputBytes) return -1;
  kgq::PropertyGraph& graph = kgq::fuzz::loaderBaseGraph(kBase, load);
  std::string_view input(reinterpret_cast<const char*>(data), size);
  kgq::fuzz::checkLoad("graph_json", graph, input, load, [&](const kgq::PropertyGraph& loaded) {
    std::string first = saved(loaded);
    kgq::PropertyGraph again;
    try {
      kgq::loadGraphJson(again, first, "saved.json");
    } catch (const kgq::Error& e) {
      kgq::fuzz::violation("graph_json", std::string("the loaded graph saves but does not load: ") + e.what(), input);
    }
    if (saved(again) != first) kgq::fuzz::violation("graph_json", "the saved graph loads back as another graph", input);
  });
  return 0;
}
