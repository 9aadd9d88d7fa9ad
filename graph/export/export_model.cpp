#include "graph/export/export_model.h"

#include "graph/temporal.h"
#include "graph/value_render.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <unordered_map>

namespace kgq::exportgraph {

GraphSelection selectAll(const PropertyGraph& graph) {
  GraphSelection s;
  for (NodeIndex n = 0; n < graph.nodeSlots(); ++n)
    if (graph.nodeIsLive(n)) s.nodes.push_back(n);
  for (EdgeIndex e = 0; e < graph.edgeSlots(); ++e)
    if (graph.edgeIsLive(e)) s.edges.push_back(e);
  return s;
}

bool PropertyColumn::mixed() const { return (kinds & (kinds - 1)) != 0; }

bool PropertyColumn::homogeneousList(ValueKind* kind) const {
  if (kinds != kindBit(ValueKind::List)) return false;
  unsigned k = elementKinds;
  if (k == 0) {
    *kind = ValueKind::Null;
    return true;
  }
  if ((k & (k - 1)) != 0 || k == kindBit(ValueKind::Null)) return false;
  for (ValueKind candidate : {ValueKind::Bool, ValueKind::Int, ValueKind::Float, ValueKind::String, ValueKind::Date,
                              ValueKind::LocalTime, ValueKind::Time, ValueKind::LocalDateTime, ValueKind::DateTime,
                              ValueKind::Duration})
    if (k == kindBit(candidate)) {
      *kind = candidate;
      return true;
    }
  return false;
}

namespace {

class ColumnCollector {
 public:
  explicit ColumnCollector(const PropertyGraph& graph) : graph_(graph) {}
  void add(const PropertyBag& bag) {
    for (const Property& p : bag) {
      if (p.value.isNull()) continue;
      auto [it, added] = index_.emplace(p.key, columns_.size());
      if (added) {
        columns_.emplace_back();
        columns_.back().key = p.key;
        columns_.back().name = graph_.keyNames().name(p.key);
      }
      PropertyColumn& c = columns_[it->second];
      ++c.count;
      c.kinds |= kindBit(p.value.kind());
      if (p.value.isList()) {
        if (p.value.asList().empty()) ++c.emptyLists;
        for (const Value& item : p.value.asList()) c.elementKinds |= kindBit(item.kind());
      }
    }
  }
  std::vector<PropertyColumn> take() { return std::move(columns_); }

 private:
  const PropertyGraph& graph_;
  std::unordered_map<KeyId, std::size_t> index_;
  std::vector<PropertyColumn> columns_;
};

std::string kindsText(unsigned kinds) {
  std::string out;
  for (ValueKind k : {ValueKind::Bool, ValueKind::Int, ValueKind::Float, ValueKind::String, ValueKind::Date,
                      ValueKind::LocalTime, ValueKind::Time, ValueKind::LocalDateTime, ValueKind::DateTime,
                      ValueKind::Duration, ValueKind::List, ValueKind::Map, ValueKind::Null}) {
    if (!(kinds & kindBit(k))) continue;
    if (!out.empty()) out += " | ";
    out += k == ValueKind::List ? "LIST" : kindName(k);
  }
  return out;
}

}  // namespace

std::vector<PropertyColumn> nodeColumns(const PropertyGraph& graph, const std::vector<NodeIndex>& nodes) {
  ColumnCollector c(graph);
  for (NodeIndex n : nodes) c.add(graph.nodePropertiesBesideKey(n));
  return c.take();
}

std::vector<PropertyColumn> edgeColumns(const PropertyGraph& graph, const std::vector<EdgeIndex>& edges) {
  ColumnCollector c(graph);
  for (EdgeIndex e : edges) c.add(graph.edgeProperties(e));
  return c.take();
}

std::string describeKinds(const PropertyColumn& column) {
  std::string out = kindsText(column.kinds & ~kindBit(ValueKind::List));
  if (column.kinds & kindBit(ValueKind::List)) {
    if (!out.empty()) out += " | ";
    unsigned items = column.elementKinds;
    out += items == 0 ? std::string("LIST") : "LIST<" + kindsText(items) + ">";
  }
  return out;
}

namespace {

void writeJsonValue(rapidjson::Writer<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::UTF8<>,
                                      rapidjson::CrtAllocator, rapidjson::kWriteNanAndInfFlag>& w,
                    const Value& v) {
  switch (v.kind()) {
    case ValueKind::Null: w.Null(); break;
    case ValueKind::Bool: w.Bool(v.asBool()); break;
    case ValueKind::Int: w.Int64(v.asInt()); break;
    case ValueKind::Float: w.Double(v.asFloat()); break;
    case ValueKind::String:
      w.String(v.asString().c_str(), static_cast<rapidjson::SizeType>(v.asString().size()));
      break;
    case ValueKind::List:
      w.StartArray();
      for (const Value& item : v.asList()) writeJsonValue(w, item);
      w.EndArray();
      break;
    default:
      if (v.isTemporal()) {  // as its ISO 8601 string
        std::string text = temporal::toIso(v);
        w.String(text.c_str(), static_cast<rapidjson::SizeType>(text.size()));
      } else {
        w.Null();  // properties hold no other kinds
      }
      break;
  }
}

}  // namespace

std::string jsonText(const Value& v) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::UTF8<>, rapidjson::CrtAllocator,
                    rapidjson::kWriteNanAndInfFlag>
      w(buffer);
  writeJsonValue(w, v);
  return buffer.GetString();
}

std::string propertyText(const Value& v) {
  switch (v.kind()) {
    case ValueKind::Bool: return v.asBool() ? "true" : "false";
    case ValueKind::Int: return std::to_string(v.asInt());
    case ValueKind::Float: return formatFloat(v.asFloat());
    case ValueKind::String: return v.asString();
    default: return v.isTemporal() ? temporal::toIso(v) : jsonText(v);
  }
}

std::string displayName(const PropertyGraph& graph, NodeIndex node) {
  for (const char* key : {"name", "title"}) {
    auto id = graph.keyNames().find(key);
    if (!id) continue;
    Value v = graph.nodeProperty(node, *id);
    if (v.isString() && !v.asString().empty()) return v.asString();
  }
  const std::string id(graph.nodeId(node));
  return id.empty() ? std::string("(no id)") : id;
}

std::string joinedLabels(const PropertyGraph& graph, NodeIndex node) {
  std::string out;
  for (LabelId l : graph.nodeLabels(node)) out += ":" + graph.labelNames().name(l);
  return out;
}

bool decodeUtf8(std::string_view s, std::size_t& i, std::uint32_t& cp) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) {
    cp = c;
    ++i;
    return true;
  }
  int extra;
  std::uint32_t min;
  if ((c & 0xE0) == 0xC0) extra = 1, cp = c & 0x1F, min = 0x80;
  else if ((c & 0xF0) == 0xE0) extra = 2, cp = c & 0x0F, min = 0x800;
  else if ((c & 0xF8) == 0xF0) extra = 3, cp = c & 0x07, min = 0x10000;
  else {
    ++i;
    return false;
  }
  for (int k = 1; k <= extra; ++k) {
    if (i + k >= s.size() || (byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return false;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return false;
  }
  i += extra + 1;
  return true;
}

}  // namespace kgq::exportgraph
