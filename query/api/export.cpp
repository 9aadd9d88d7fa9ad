// The export API (include/kgq/export.h): picks what to write (the whole graph or the subgraph of a
// query's rows) and hands it to the writers in graph/export/, writing every file atomically.
//
// The writers work on a PropertyGraph. Database keeps its graph private to Connection, so the
// graph is read through the public API (MATCH (n) RETURN n, MATCH ()-[r]->() RETURN r) into a
// snapshot; relationships are ordered by their handle, which is their index in the graph, so the
// snapshot keeps the graph's order.
#include <kgq/export.h>

#include "graph/atomic_file.h"
#include "graph/export/csv_writer.h"
#include "graph/export/cypher_writer.h"
#include "graph/export/dot_writer.h"
#include "graph/export/graphml_writer.h"
#include "graph/export/graphviz_render.h"
#include "graph/json_writer.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace kgq {
namespace {

using exportgraph::GraphSelection;

struct Snapshot {
  PropertyGraph graph;
  std::unordered_map<std::uint64_t, EdgeIndex> edgeByHandle;
};

PropertyBag toBag(PropertyGraph& graph, const Map& properties) {
  PropertyBag bag;
  for (const auto& [key, value] : properties)
    if (!value.isNull()) bag.push_back(Property{graph.keyNames().intern(key), value});
  return bag;
}

std::unique_ptr<Snapshot> takeSnapshot(Database& db) {
  auto snap = std::make_unique<Snapshot>();
  Connection connection(db);
  Result nodes = connection.run("MATCH (n) RETURN n");
  for (const auto& row : nodes.rows()) {
    const Node& n = row[0].asNode();
    std::vector<LabelId> labels;
    for (const std::string& l : n.labels) labels.push_back(snap->graph.labelNames().intern(l));
    snap->graph.addNode(n.id, std::move(labels), toBag(snap->graph, n.properties));
  }
  Result edges = connection.run("MATCH ()-[r]->() RETURN r");
  std::vector<const Relationship*> rels;
  for (const auto& row : edges.rows()) rels.push_back(&row[0].asRelationship());
  std::stable_sort(rels.begin(), rels.end(),
                   [](const Relationship* a, const Relationship* b) { return a->handle < b->handle; });
  for (const Relationship* r : rels) {
    auto from = snap->graph.findNode(r->from), to = snap->graph.findNode(r->to);
    if (!from || !to) continue;  // cannot happen: both ends are nodes of the graph
    EdgeIndex e = snap->graph.addEdge(snap->graph.typeNames().intern(r->type), *from, *to,
                                      toBag(snap->graph, r->properties));
    snap->edgeByHandle.emplace(r->handle, e);
  }
  return snap;
}

// The nodes and relationships in a query's rows, in order of first appearance.
class SelectionBuilder {
 public:
  explicit SelectionBuilder(const Snapshot& snap) : snap_(snap) {}
  void add(const Value& v) {
    switch (v.kind()) {
      case ValueKind::Node: addNode(v.asNode().id); break;
      case ValueKind::Relationship: addRelationship(v.asRelationship()); break;
      case ValueKind::Path:
        for (const Node& n : v.asPath().nodes) addNode(n.id);
        for (const Relationship& r : v.asPath().relationships) addRelationship(r);
        break;
      case ValueKind::List:
        for (const Value& item : v.asList()) add(item);
        break;
      case ValueKind::Map:
        for (const auto& entry : v.asMap()) add(entry.second);
        break;
      default: break;
    }
  }
  GraphSelection take() { return std::move(selection_); }

 private:
  void addNode(const std::string& id) {
    auto n = snap_.graph.findNode(id);
    if (n && seenNodes_.insert(*n).second) selection_.nodes.push_back(*n);
  }
  void addRelationship(const Relationship& r) {
    auto it = snap_.edgeByHandle.find(r.handle);
    if (it == snap_.edgeByHandle.end() || !seenEdges_.insert(it->second).second) return;
    addNode(r.from);
    addNode(r.to);
    selection_.edges.push_back(it->second);
  }
  const Snapshot& snap_;
  GraphSelection selection_;
  std::unordered_set<NodeIndex> seenNodes_;
  std::unordered_set<EdgeIndex> seenEdges_;
};

std::string csvBase(const std::string& path) {
  const std::string suffix = ".csv";
  if (path.size() > suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0)
    return path.substr(0, path.size() - suffix.size());
  return path;
}

ExportReport write(const PropertyGraph& graph, const GraphSelection& selection, ExportFormat format,
                   const std::string& path) {
  ExportReport report;
  report.nodes = selection.nodes.size();
  report.relationships = selection.edges.size();
  switch (format) {
    case ExportFormat::GraphML:
      writeFileAtomically(path, [&](std::ostream& out) { exportgraph::writeGraphML(graph, selection, out); });
      break;
    case ExportFormat::Json:
      writeFileAtomically(path, [&](std::ostream& out) { writeGraphJson(graph, selection.nodes, selection.edges, out); });
      break;
    case ExportFormat::Cypher:
      writeFileAtomically(path, [&](std::ostream& out) { exportgraph::writeCypherScript(graph, selection, out); });
      break;
    case ExportFormat::Dot:
      writeFileAtomically(path, [&](std::ostream& out) { exportgraph::writeDot(graph, selection, out); });
      break;
    case ExportFormat::Svg:
    case ExportFormat::Png: {
      std::ostringstream dot;
      exportgraph::writeDot(graph, selection, dot);
      std::string bytes = exportgraph::renderWithGraphviz(dot.str(), exportFormatName(format));
      writeFileAtomically(path, [&](std::ostream& out) { out << bytes; });
      break;
    }
    case ExportFormat::Csv: {
      std::string base = csvBase(path);
      std::string nodesFile = base + ".nodes.csv", edgesFile = base + ".edges.csv";
      exportgraph::CsvLayout layout = exportgraph::chooseCsvLayout(graph, selection);
      writeFileAtomically(nodesFile, [&](std::ostream& out) { exportgraph::writeNodesCsv(graph, selection, layout, out); });
      writeFileAtomically(edgesFile, [&](std::ostream& out) { exportgraph::writeEdgesCsv(graph, selection, layout, out); });
      report.files = {nodesFile, edgesFile};
      report.note = std::string("Neo4j: neo4j-admin database import full --nodes=") + nodesFile +
                    " --relationships=" + edgesFile + " --array-delimiter='" + layout.arrayDelimiter + "'" +
                    (layout.multilineFields ? " --multiline-fields=true" : "") + " DATABASE";
      return report;
    }
  }
  report.files = {path};
  return report;
}

}  // namespace

std::optional<ExportFormat> parseExportFormat(std::string_view name) {
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  for (ExportFormat f : {ExportFormat::GraphML, ExportFormat::Json, ExportFormat::Csv, ExportFormat::Cypher,
                         ExportFormat::Dot, ExportFormat::Svg, ExportFormat::Png})
    if (lower == exportFormatName(f)) return f;
  return std::nullopt;
}

const char* exportFormatName(ExportFormat format) {
  switch (format) {
    case ExportFormat::GraphML: return "graphml";
    case ExportFormat::Json: return "json";
    case ExportFormat::Csv: return "csv";
    case ExportFormat::Cypher: return "cypher";
    case ExportFormat::Dot: return "dot";
    case ExportFormat::Svg: return "svg";
    case ExportFormat::Png: return "png";
  }
  return "?";
}

ExportReport exportGraph(Database& db, ExportFormat format, const std::string& path) {
  std::unique_ptr<Snapshot> snap = takeSnapshot(db);
  return write(snap->graph, exportgraph::selectAll(snap->graph), format, path);
}

ExportReport exportResult(Database& db, const Result& result, ExportFormat format, const std::string& path) {
  std::unique_ptr<Snapshot> snap = takeSnapshot(db);
  SelectionBuilder builder(*snap);
  for (const auto& row : result.rows())
    for (const Value& v : row) builder.add(v);
  return write(snap->graph, builder.take(), format, path);
}

std::vector<PropertyKeyInfo> describePropertyKeys(Database& db) {
  std::unique_ptr<Snapshot> snap = takeSnapshot(db);
  GraphSelection all = exportgraph::selectAll(snap->graph);
  std::vector<PropertyKeyInfo> out;
  for (bool onNodes : {true, false}) {
    auto columns = onNodes ? exportgraph::nodeColumns(snap->graph, all.nodes) : exportgraph::edgeColumns(snap->graph, all.edges);
    std::sort(columns.begin(), columns.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    for (const auto& c : columns) out.push_back({onNodes, c.name, c.count, exportgraph::describeKinds(c)});
  }
  return out;
}

}  // namespace kgq
