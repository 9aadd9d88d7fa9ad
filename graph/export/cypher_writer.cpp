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

std::string propertyMap(const PropertyGraph& graph, const PropertyBag& bag, const std::string* id) {
  std::string out;
  if (id) out = "id: " + quoteString(*id);
  for (const Property& p : bag) {
    if (p.value.isNull()) continue;
    if (!out.empty()) out += ", ";
    out += quoteName(graph.keyNames().name(p.key)) + ": " + literal(p.value);
  }
  return out.empty() ? "" : " {" + out + "}";
}

std::string matchNode(const PropertyGraph& graph, NodeIndex n, const char* variable) {
  std::string out = std::string("(") + variable;
  if (!graph.nodeLabels(n).empty()) out += ":" + quoteName(graph.labelNames().name(graph.nodeLabels(n)[0]));
  return out + " {id: " + quoteString(graph.nodeId(n)) + "})";
}

}  // namespace

void writeCypherScript(const PropertyGraph& graph, const GraphSelection& selection, std::ostream& out) {
  out << "// Written by kgq: " << selection.nodes.size() << " nodes, " << selection.edges.size()
      << " relationships. Each node's id is its property `id`; on a large graph, index it first\n"
         "// (Neo4j: CREATE INDEX FOR (n:Label) ON (n.id)) so the MATCHes below stay fast.\n";
  for (NodeIndex n : selection.nodes) {
    out << "CREATE (";
    for (LabelId l : graph.nodeLabels(n)) out << ":" << quoteName(graph.labelNames().name(l));
    out << propertyMap(graph, graph.nodePropertiesBesideKey(n), &graph.nodeId(n)) << ");\n";
  }
  for (EdgeIndex e : selection.edges) {
    out << "MATCH " << matchNode(graph, graph.edgeSource(e), "a") << ", " << matchNode(graph, graph.edgeTarget(e), "b")
        << " CREATE (a)-[:" << quoteName(graph.typeNames().name(graph.edgeType(e)))
        << propertyMap(graph, graph.edgeProperties(e), nullptr) << "]->(b);\n";
  }
}

}  // namespace kgq::exportgraph
