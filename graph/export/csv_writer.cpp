#include "graph/export/csv_writer.h"

#include "graph/temporal.h"

#include "graph/value_render.h"

#include <string_view>
#include <unordered_map>

namespace kgq::exportgraph {
namespace {

bool containsChar(const Value& v, char c) {
  if (v.isString()) return v.asString().find(c) != std::string::npos;
  if (v.isList())
    for (const Value& item : v.asList())
      if (containsChar(item, c)) return true;
  return false;
}

std::string quote(std::string_view s, CsvLayout& layout) {
  if (s.find_first_of("\r\n") != std::string_view::npos) layout.multilineFields = true;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// neo4j-admin import names temporal column types as Cypher's constructors: date, datetime, ...
std::string temporalType(ValueKind kind) { return temporal::constructorName(kind); }

struct Column {
  const PropertyColumn* column;
  std::string type;  // Neo4j type name
  bool array;
};

std::vector<Column> typedColumns(const std::vector<PropertyColumn>& cols, const PropertyGraph& graph,
                                 const GraphSelection& selection, bool nodes, char delimiter) {
  std::vector<Column> out;
  for (const PropertyColumn& c : cols) {
    Column col{&c, "string", false};
    ValueKind item;
    if (!c.mixed() && c.kinds == kindBit(ValueKind::Bool)) col.type = "boolean";
    else if (!c.mixed() && c.kinds == kindBit(ValueKind::Int)) col.type = "long";
    else if (!c.mixed() && c.kinds == kindBit(ValueKind::Float)) col.type = "double";
    else if (!c.mixed() && c.kinds >= kindBit(ValueKind::Date))
      col.type = temporalType(static_cast<ValueKind>(__builtin_ctz(c.kinds)));  // :date, :datetime, ...
    else if (c.homogeneousList(&item)) {
      bool clash = false;
      if (item == ValueKind::String || item == ValueKind::Null) {
        auto check = [&](const PropertyBag& bag) {
          for (const Property& p : bag)
            if (p.key == c.key && containsChar(p.value, delimiter)) clash = true;
        };
        if (nodes)
          for (NodeIndex n : selection.nodes) check(graph.nodePropertiesBesideKey(n));
        else
          for (EdgeIndex e : selection.edges) check(graph.edgeProperties(e));
      }
      if (!clash) {
        col.array = true;
        col.type = item == ValueKind::Bool    ? "boolean[]"
                   : item == ValueKind::Int   ? "long[]"
                   : item == ValueKind::Float ? "double[]"
                   : item >= ValueKind::Date  ? temporalType(item) + "[]"
                                              : "string[]";
      }
    }
    out.push_back(col);
  }
  return out;
}

std::string field(const Value& v, const Column& col, char delimiter, CsvLayout& layout) {
  if (col.array) {
    std::string joined;
    bool first = true;
    for (const Value& item : v.asList()) {
      if (!first) joined += delimiter;
      first = false;
      joined += propertyText(item);
    }
    // An empty list cannot be told from an absent property in Neo4j's format: "" at least keeps
    // string[] columns distinct.
    return col.type == "string[]" || joined.empty() ? quote(joined, layout) : joined;
  }
  if (col.type == "string") return quote(propertyText(v), layout);
  return propertyText(v);
}

void writeRow(const PropertyBag& bag, const std::vector<Column>& cols, char delimiter, CsvLayout& layout,
              std::ostream& out) {
  std::unordered_map<KeyId, const Value*> values;
  for (const Property& p : bag) values[p.key] = &p.value;
  for (const Column& c : cols) {
    out << ',';
    auto it = values.find(c.column->key);
    if (it != values.end() && !it->second->isNull()) out << field(*it->second, c, delimiter, layout);
  }
  out << '\n';
}

std::string header(const std::string& name, const std::string& type, CsvLayout& layout) {
  return quote(name + ":" + type, layout);
}

}  // namespace

CsvLayout chooseCsvLayout(const PropertyGraph& graph, const GraphSelection& selection) {
  CsvLayout layout;
  for (char candidate : {';', '|'}) {
    bool used = false;
    for (NodeIndex n : selection.nodes) {
      for (LabelId l : graph.nodeLabels(n))
        if (graph.labelNames().name(l).find(candidate) != std::string::npos) used = true;
      for (const Property& p : graph.nodePropertiesBesideKey(n))
        if (p.value.isList() && containsChar(p.value, candidate)) used = true;
    }
    for (EdgeIndex e : selection.edges)
      for (const Property& p : graph.edgeProperties(e))
        if (p.value.isList() && containsChar(p.value, candidate)) used = true;
    if (!used) {
      layout.arrayDelimiter = candidate;
      return layout;
    }
  }
  return layout;  // ';' with the clashing list columns as JSON text
}

void writeNodesCsv(const PropertyGraph& graph, const GraphSelection& selection, CsvLayout& layout, std::ostream& out) {
  std::vector<PropertyColumn> cols = nodeColumns(graph, selection.nodes);
  std::vector<Column> typed = typedColumns(cols, graph, selection, true, layout.arrayDelimiter);
  out << "id:ID,:LABEL";
  for (const Column& c : typed) out << ',' << header(c.column->name, c.type, layout);
  out << '\n';
  for (NodeIndex n : selection.nodes) {
    std::string labels;
    for (LabelId l : graph.nodeLabels(n)) {
      if (!labels.empty()) labels += layout.arrayDelimiter;
      labels += graph.labelNames().name(l);
    }
    out << quote(graph.nodeId(n), layout) << ',' << quote(labels, layout);
    writeRow(graph.nodePropertiesBesideKey(n), typed, layout.arrayDelimiter, layout, out);
  }
}

void writeEdgesCsv(const PropertyGraph& graph, const GraphSelection& selection, CsvLayout& layout, std::ostream& out) {
  std::vector<PropertyColumn> cols = edgeColumns(graph, selection.edges);
  std::vector<Column> typed = typedColumns(cols, graph, selection, false, layout.arrayDelimiter);
  out << ":START_ID,:END_ID,:TYPE";
  for (const Column& c : typed) out << ',' << header(c.column->name, c.type, layout);
  out << '\n';
  for (EdgeIndex e : selection.edges) {
    out << quote(graph.nodeId(graph.edgeSource(e)), layout) << ',' << quote(graph.nodeId(graph.edgeTarget(e)), layout)
        << ',' << quote(graph.typeNames().name(graph.edgeType(e)), layout);
    writeRow(graph.edgeProperties(e), typed, layout.arrayDelimiter, layout, out);
  }
}

}  // namespace kgq::exportgraph
