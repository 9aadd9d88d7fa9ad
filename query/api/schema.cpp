// The schema description (include/kgq/export.h): labels, relationship types and property keys with
// their counts, read from the database's graph (its label index, type counts and property
// columns) without running a query.
#include <kgq/export.h>

#include "graph/export/export_model.h"
#include "query/api/database_impl.h"

#include <algorithm>

namespace kgq {
namespace {

bool byName(const NameCount& a, const NameCount& b) { return a.name < b.name; }

}  // namespace

std::vector<NameCount> describeLabels(const Database& db) {
  const PropertyGraph& graph = DatabaseInternals::of(db).graph;
  std::vector<NameCount> out;
  for (LabelId l = 0; l < graph.labelNames().size(); ++l)
    if (std::size_t count = graph.nodesWithLabel(l).size()) out.push_back({graph.labelNames().name(l), count});
  std::sort(out.begin(), out.end(), byName);
  return out;
}

std::vector<NameCount> describeRelationshipTypes(const Database& db) {
  const PropertyGraph& graph = DatabaseInternals::of(db).graph;
  std::vector<NameCount> out;
  for (TypeId t = 0; t < graph.typeNames().size(); ++t)
    if (std::size_t count = graph.edgeCountOfType(t)) out.push_back({graph.typeNames().name(t), count});
  std::sort(out.begin(), out.end(), byName);
  return out;
}

std::vector<PropertyKeyInfo> describePropertyKeys(const Database& db) {
  const PropertyGraph& graph = DatabaseInternals::of(db).graph;
  exportgraph::GraphSelection all = exportgraph::selectAll(graph);
  std::vector<PropertyKeyInfo> out;
  for (bool onNodes : {true, false}) {
    auto columns = onNodes ? exportgraph::nodeColumns(graph, all.nodes) : exportgraph::edgeColumns(graph, all.edges);
    std::sort(columns.begin(), columns.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    for (const auto& c : columns) out.push_back({onNodes, c.name, c.count, exportgraph::describeKinds(c)});
  }
  return out;
}

}  // namespace kgq
