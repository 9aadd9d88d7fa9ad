// The export API (include/kgq/export.h): picks what to write (the whole graph or the subgraph of a
// query's rows) and hands it to the writers in graph/export/, writing every file atomically.
//
// The writers read the database's own graph (DatabaseInternals): a selection is a list of node and
// edge indexes over that one graph, never a copy of it.
#include <kgq/export.h>

#include "graph/atomic_file.h"
#include "graph/export/csv_writer.h"
#include "graph/export/cypher_writer.h"
#include "graph/export/dot_writer.h"
#include "graph/export/graphml_writer.h"
#include "graph/export/graphviz_render.h"
#include "graph/json_writer.h"
#include "query/api/database_impl.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <unordered_set>

namespace kgq {
namespace {

using exportgraph::GraphSelection;

// The nodes and relationships in a query's rows, in order of first appearance, each relationship
// preceded by its end nodes. A relationship's handle is its EdgeIndex; a node is found by its id.
// Elements deleted since the query ran are left out.
class SelectionBuilder {
 public:
  explicit SelectionBuilder(const PropertyGraph& graph) : graph_(graph) {}
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
    auto n = graph_.findNode(id);
    if (n && seenNodes_.insert(*n).second) selection_.nodes.push_back(*n);
  }
  void addRelationship(const Relationship& r) {
    if (r.handle >= graph_.edgeSlots()) return;
    auto e = static_cast<EdgeIndex>(r.handle);
    if (!graph_.edgeIsLive(e) || seenEdges_.count(e)) return;
    // The handle names this relationship only if the graph still holds it as the query saw it.
    if (graph_.nodeId(graph_.edgeSource(e)) != r.from || graph_.nodeId(graph_.edgeTarget(e)) != r.to ||
        graph_.typeNames().name(graph_.edgeType(e)) != r.type)
      return;
    seenEdges_.insert(e);
    addNode(r.from);
    addNode(r.to);
    selection_.edges.push_back(e);
  }
  const PropertyGraph& graph_;
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
      writeFilesAtomically(
          {{nodesFile, [&](std::ostream& out) { exportgraph::writeNodesCsv(graph, selection, layout, out); }},
           {edgesFile, [&](std::ostream& out) { exportgraph::writeEdgesCsv(graph, selection, layout, out); }}});
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
  const PropertyGraph& graph = DatabaseInternals::of(db).graph;
  return write(graph, exportgraph::selectAll(graph), format, path);
}

ExportReport exportResult(Database& db, const Result& result, ExportFormat format, const std::string& path) {
  const PropertyGraph& graph = DatabaseInternals::of(db).graph;
  SelectionBuilder builder(graph);
  for (const auto& row : result.rows())
    for (const Value& v : row) builder.add(v);
  return write(graph, builder.take(), format, path);
}

}  // namespace kgq
