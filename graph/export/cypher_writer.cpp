#include "graph/export/cypher_writer.h"

#include "graph/temporal.h"
#include "graph/value_render.h"

#include <cmath>

namespace kgq::exportgraph {
namespace {

std::string literal(const Value& v) {
  switch (v.kind()) {
    case ValueKind::Null: return "null";
    case ValueKind::Bool: return v.asBool() ? "true" : "false";
    case ValueKind::Int: return std::to_string(v.asInt());
    case ValueKind::Float: {
      double d = v.asFloat();
      if (std::isnan(d)) return "0.0/0.0";
      if (std::isinf(d)) return d > 0 ? "1.0/0.0" : "-1.0/0.0";
      return formatFloat(d);
    }
    case ValueKind::String: return quoteString(v.asString());
    case ValueKind::List: {
      std::string out = "[";
      for (const Value& item : v.asList()) out += (out.size() > 1 ? ", " : "") + literal(item);
      return out + "]";
    }
    default:
      // date('2024-03-01'), datetime('2024-03-01T10:00+08:00[Asia/Shanghai]'), duration('P1Y'), ...
      if (v.isTemporal()) return std::string(temporal::constructorName(v.kind())) + "(" + quoteString(temporal::toIso(v)) + ")";
      return "null";
  }
}

// A node's properties as a map literal; `key`, if given, as one more entry `keyName: key`.
std::string propertyMap(const PropertyGraph& graph, const PropertyBag& bag, const std::string* keyName = nullptr,
                        const std::string* key = nullptr) {
  std::string out;
  if (key) out = *keyName + ": " + quoteString(*key);
  for (const Property& p : bag) {
    if (p.value.isNull()) continue;
    if (!out.empty()) out += ", ";
    out += quoteName(graph.keyNames().name(p.key)) + ": " + literal(p.value);
  }
  return out.empty() ? "" : " {" + out + "}";
}

// The script finds a node again by its `id` when every node's `id` is its key (the script a user
// would write); else by a temporary property holding the key, removed at the script's end (an
// `id` that is not the key may be missing, of any type, or shared).
const std::string kIdName = "id";
const std::string kTemporaryKeyName = "`_kgq_key`";

std::string matchNode(const PropertyGraph& graph, NodeIndex n, const char* variable, const std::string& keyName) {
  std::string out = std::string("(") + variable;
  if (!graph.nodeLabels(n).empty()) out += ":" + quoteName(graph.labelNames().name(graph.nodeLabels(n)[0]));
  return out + " {" + keyName + ": " + quoteString(graph.nodeId(n)) + "})";
}

}  // namespace

void writeCypherScript(const PropertyGraph& graph, const GraphSelection& selection, std::ostream& out) {
  const bool byId = graph.idPropertiesAreKeys();
  const std::string& keyName = byId ? kIdName : kTemporaryKeyName;
  out << "// Written by kgq: " << selection.nodes.size() << " nodes, " << selection.edges.size() << " relationships. "
      << (byId ? "Each node's id is its property `id`" : "Nodes are found by a temporary property `_kgq_key`, removed at the end")
      << "; on a large graph, index it first\n// (Neo4j: CREATE INDEX FOR (n:Label) ON (n." << keyName
      << ")) so the MATCHes below stay fast.\n";
  for (NodeIndex n : selection.nodes) {
    out << "CREATE (";
    for (LabelId l : graph.nodeLabels(n)) out << ":" << quoteName(graph.labelNames().name(l));
    // By id: the `id` property is the key, which propertyMap writes first.
    PropertyBag properties = byId ? graph.nodePropertiesBesideKey(n) : graph.nodeProperties(n);
    const std::string key(graph.nodeId(n));
    out << propertyMap(graph, properties, &keyName, &key) << ");\n";
  }
  for (EdgeIndex e : selection.edges) {
    out << "MATCH " << matchNode(graph, graph.edgeSource(e), "a", keyName) << ", "
        << matchNode(graph, graph.edgeTarget(e), "b", keyName) << " CREATE (a)-[:"
        << quoteName(graph.typeNames().name(graph.edgeType(e))) << propertyMap(graph, graph.edgeProperties(e)) << "]->(b);\n";
  }
  if (!byId && !selection.nodes.empty())
    out << "MATCH (n) WHERE n." << kTemporaryKeyName << " IS NOT NULL REMOVE n." << kTemporaryKeyName << ";\n";
}

}  // namespace kgq::exportgraph
