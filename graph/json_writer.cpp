#include "graph/json_writer.h"

#include "graph/temporal.h"

#include <kgq/kgq.h>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>

namespace kgq {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void writeString(Writer& w, const std::string& s) { w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size())); }

void writeValue(Writer& w, const Value& v, const std::string& where) {
  switch (v.kind()) {
    case ValueKind::Null: w.Null(); break;
    case ValueKind::Bool: w.Bool(v.asBool()); break;
    case ValueKind::Int: w.Int64(v.asInt()); break;
    case ValueKind::Float:
      if (!std::isfinite(v.asFloat()))
        throw Error(ErrorKind::Io, "cannot write " + v.toCypher() + " as JSON (" + where + ")");
      w.Double(v.asFloat());
      break;
    case ValueKind::String: writeString(w, v.asString()); break;
    case ValueKind::List:
      w.StartArray();
      for (const Value& item : v.asList()) writeValue(w, item, where);
      w.EndArray();
      break;
    default:
      if (v.isTemporal()) {  // tagged: {"$date": "2024-03-01"} (data/SCHEMA.md)
        w.StartObject();
        writeString(w, std::string("$") + temporal::constructorName(v.kind()));
        writeString(w, temporal::toIso(v));
        w.EndObject();
        break;
      }
      throw Error(ErrorKind::Io, std::string("cannot write a ") + kindName(v.kind()) + " property as JSON (" + where + ")");
  }
}

void writeProperties(Writer& w, const PropertyGraph& g, const PropertyBag& bag, const std::string& owner) {
  w.StartObject();
  for (const Property& p : bag) {
    const std::string& key = g.keyNames().name(p.key);
    writeString(w, key);
    writeValue(w, p.value, owner + ", property " + key);
  }
  w.EndObject();
}

// Each element is written into its own buffer so the document keeps one element per line.
void flushLine(rapidjson::StringBuffer& buffer, std::ostream& out, bool& first) {
  out << (first ? "\n  " : ",\n  ") << buffer.GetString();
  buffer.Clear();
  first = false;
}

}  // namespace

void writeGraphJson(const PropertyGraph& graph, const std::vector<NodeIndex>& nodes,
                    const std::vector<EdgeIndex>& edges, std::ostream& out) {
  out << "{\"format\": \"kgq-graph\", \"version\": 1,\n \"nodes\": [";
  rapidjson::StringBuffer buffer;
  bool first = true;
  for (NodeIndex n : nodes) {
    Writer w(buffer);
    w.StartObject();
    w.Key("id");
    writeString(w, std::string(graph.nodeId(n)));
    w.Key("labels");
    w.StartArray();
    for (LabelId l : graph.nodeLabels(n)) writeString(w, graph.labelNames().name(l));
    w.EndArray();
    w.Key("properties");
    bool hasId = true;
    PropertyBag properties = graph.nodePropertiesBesideKey(n, &hasId);
    // A node with no `id` at all says so: without it, reading the file back would give it its key.
    if (!hasId) properties.push_back(Property{graph.idKey(), Value()});
    writeProperties(w, graph, properties, "node " + std::string(graph.nodeId(n)));
    w.EndObject();
    flushLine(buffer, out, first);
  }
  out << (first ? "],\n \"edges\": [" : "\n ],\n \"edges\": [");
  first = true;
  for (EdgeIndex e : edges) {
    Writer w(buffer);
    w.StartObject();
    w.Key("type");
    writeString(w, graph.typeNames().name(graph.edgeType(e)));
    w.Key("from");
    writeString(w, std::string(graph.nodeId(graph.edgeSource(e))));
    w.Key("to");
    writeString(w, std::string(graph.nodeId(graph.edgeTarget(e))));
    w.Key("properties");
    writeProperties(w, graph, graph.edgeProperties(e),
                    "relationship " + std::string(graph.nodeId(graph.edgeSource(e))) + "->" + std::string(graph.nodeId(graph.edgeTarget(e))));
    w.EndObject();
    flushLine(buffer, out, first);
  }
  out << (first ? "]\n}\n" : "\n ]\n}\n");
}

void writeGraphJson(const PropertyGraph& graph, std::ostream& out) {
  std::vector<NodeIndex> nodes;
  std::vector<EdgeIndex> edges;
  for (std::size_t n = 0; n < graph.nodeSlots(); ++n)
    if (graph.nodeIsLive(static_cast<NodeIndex>(n))) nodes.push_back(static_cast<NodeIndex>(n));
  for (std::size_t e = 0; e < graph.edgeSlots(); ++e)
    if (graph.edgeIsLive(static_cast<EdgeIndex>(e))) edges.push_back(static_cast<EdgeIndex>(e));
  writeGraphJson(graph, nodes, edges, out);
}

}  // namespace kgq
