// kgq export and import API (SPEC §5): writes the whole graph, or the subgraph a query returned,
// as GraphML, kgq-graph JSON, Neo4j-importer CSV, a Cypher CREATE script, Graphviz DOT, or a
// picture (SVG, PNG) rendered by Graphviz; reads GraphML back; describes the schema (labels,
// relationship types, property keys).
//
//   kgq::Connection conn(db);
//   kgq::Result r = conn.run("MATCH (p:Province {name: 'Hubei'})-[e]-(x) RETURN p, e, x");
//   kgq::exportResult(db, r, kgq::ExportFormat::GraphML, "hubei.graphml");
//
// Promises: every file is written atomically (a temporary file renamed over the target), so a
// failed export leaves no partial file and an existing file untouched; failures throw
// kgq::Error(Io). A query's subgraph is every node and relationship that appears in its rows
// (also inside lists, maps and paths), plus the two end nodes of each relationship. Exports are
// deterministic: the same graph and selection give the same bytes.
#pragma once

#include <kgq/kgq.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kgq {

enum class ExportFormat { GraphML, Json, Csv, Cypher, Dot, Svg, Png };

// "graphml", "json", "csv", "cypher", "dot", "svg", "png" (case-insensitive).
std::optional<ExportFormat> parseExportFormat(std::string_view name);
const char* exportFormatName(ExportFormat format);

struct ExportReport {
  std::size_t nodes = 0;
  std::size_t relationships = 0;
  std::vector<std::string> files;  // what was written (CSV: a nodes file and an edges file)
  std::string note;                // advice for the reader of the files (empty or one line)
};

// CSV writes two files: for FILE "out.csv" or "out", "out.nodes.csv" and "out.edges.csv".
ExportReport exportGraph(Database& db, ExportFormat format, const std::string& path);
ExportReport exportResult(Database& db, const Result& result, ExportFormat format, const std::string& path);

// Reads a GraphML file (kgq's own, or another tool's) into the database, adding to what is there.
// All or nothing, like loadJsonFile: on any error throws Error(Load) "FILE:LINE: <element ...>: WHAT"
// (e.g. `g.graphml:12: <edge id="e3">: target 'n9' is not a declared node`), or Error(Io) if the
// file cannot be read, and the graph is unchanged. kgq's `kgq.labels` (the labels exactly, as a JSON
// list: a label may hold ':', a node may have none), `type` and list keys are read back to the
// same graph; `labels` (":A:B", for people and other tools) is read only when `kgq.labels` is
// not declared; from other tools' files, nodes without labels get the label `Node` and edges
// without a `type` key take their `label`, else the type `RELATED_TO`.
LoadStats loadGraphMLFile(Database& db, const std::string& path);

// A property key as the graph uses it.
struct PropertyKeyInfo {
  bool onNodes = true;      // false: on relationships
  std::string key;
  std::size_t count = 0;    // how many nodes (relationships) hold it
  std::string types;        // e.g. "STRING", "INTEGER | FLOAT", "LIST<STRING>"
};
// Every property key, node keys first, each group sorted by key.
std::vector<PropertyKeyInfo> describePropertyKeys(const Database& db);

// A label or relationship type with how many nodes (relationships) have it.
struct NameCount {
  std::string name;
  std::size_t count = 0;
};
// The labels (relationship types) in use, sorted by name (byte order, as ORDER BY sorts strings).
std::vector<NameCount> describeLabels(const Database& db);
std::vector<NameCount> describeRelationshipTypes(const Database& db);

}  // namespace kgq
