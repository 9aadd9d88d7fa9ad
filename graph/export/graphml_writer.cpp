#include "graph/export/graphml_writer.h"

#include "graph/value_render.h"

#include <kgq/kgq.h>

#include <cstring>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace kgq::exportgraph {
namespace {

// Escapes `s` for XML 1.0 element content (attribute = false) or a double-quoted attribute,
// appending to *out (nullptr: only counts). Returns how many characters were replaced by U+FFFD
// (characters XML 1.0 cannot hold, invalid UTF-8).
std::size_t escapeXml(std::string_view s, bool attribute, std::string* out) {
  std::size_t replaced = 0;
  auto put = [&](const char* text) {
    if (out) *out += text;
  };
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    std::uint32_t cp;
    if (!decodeUtf8(s, i, cp)) {
      put("\xEF\xBF\xBD");
      ++replaced;
      continue;
    }
    switch (cp) {
      case '&': put("&amp;"); continue;
      case '<': put("&lt;"); continue;
      case '>': put("&gt;"); continue;
      case '"': put(attribute ? "&quot;" : "\""); continue;
      case '\r': put("&#13;"); continue;
      case '\n': put(attribute ? "&#10;" : "\n"); continue;
      case '\t': put(attribute ? "&#9;" : "\t"); continue;
      default: break;
    }
    if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF) {
      put("\xEF\xBF\xBD");
      ++replaced;
      continue;
    }
    if (out) out->append(s, start, i - start);
  }
  return replaced;
}

// Escaping into strings, counting what it replaced (for the keys, written before the count is known).
class XmlEscaper {
 public:
  std::string operator()(std::string_view s, bool attribute) {
    std::string out;
    out.reserve(s.size());
    replaced += escapeXml(s, attribute, &out);
    return out;
  }
  std::size_t replaced = 0;
};

// Text to escape on its way into an ElementSink, and a property value to write as text.
struct Escaped {
  std::string_view text;
  bool attribute;
};
struct PropertyValue {
  const Value& value;
};

// Where the <node> and <edge> elements go. They go out twice: first to a sink without a stream,
// which only counts the characters escaping replaces (the comment at the top of the document
// says how many), then to the file. Markup passes through as is; Escaped text is escaped.
class ElementSink {
 public:
  explicit ElementSink(std::ostream* out) : out_(out) {}
  template <class T>
  ElementSink& operator<<(const T& markup) {
    if (out_) *out_ << markup;
    return *this;
  }
  ElementSink& operator<<(const Escaped& e) {
    buffer_.clear();
    replaced += escapeXml(e.text, e.attribute, out_ ? &buffer_ : nullptr);
    if (out_) *out_ << buffer_;
    return *this;
  }
  ElementSink& operator<<(const PropertyValue& p) {
    const Value& v = p.value;
    // Counting: booleans and numbers are ASCII text (propertyText), so nothing in them is replaced.
    if (!out_ && !v.isString() && !v.isList()) return *this;
    return *this << Escaped{v.isString() ? std::string_view(v.asString()) : std::string_view(propertyText(v)), false};
  }
  std::size_t replaced = 0;

 private:
  std::ostream* out_;
  std::string buffer_;
};

// The node's labels as a JSON list of strings: ["Region", "a:b"], [] for none.
std::string labelList(const PropertyGraph& graph, NodeIndex node) {
  List labels;
  for (LabelId l : graph.nodeLabels(node)) labels.push_back(Value(graph.labelNames().name(l)));
  return jsonText(Value(std::move(labels)));
}

// "--" may not appear in an XML comment (nor end it with "-").
std::string commentText(std::string s) {
  std::size_t p;
  while ((p = s.find("--")) != std::string::npos) s.replace(p, 2, "- -");
  if (!s.empty() && s.back() == '-') s += ' ';
  return s;
}

bool isNmtoken(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
              c == '_' || c == ':';
    if (!ok) return false;
  }
  return true;
}

const char* attrType(const PropertyColumn& c) {
  if (c.mixed()) return "string";
  if (c.kinds == kindBit(ValueKind::Bool)) return "boolean";
  if (c.kinds == kindBit(ValueKind::Int)) return "long";
  if (c.kinds == kindBit(ValueKind::Float)) return "double";
  return "string";
}

struct KeyOut {
  std::string id;
  const PropertyColumn* column;
};

}  // namespace

void writeGraphML(const PropertyGraph& graph, const GraphSelection& selection, std::ostream& out) {
  XmlEscaper esc;
  std::ostringstream keys;  // the <key> elements (few): written after the header, which needs the counts

  std::vector<PropertyColumn> nodeCols = nodeColumns(graph, selection.nodes);
  std::vector<PropertyColumn> edgeCols = edgeColumns(graph, selection.edges);

  // XML ids of the nodes: the kgq id when it is an NMTOKEN, else a safe, unique stand-in.
  std::unordered_map<NodeIndex, std::string> xmlIds;
  std::unordered_set<std::string> used;
  bool anyRenamed = false;
  for (NodeIndex n : selection.nodes)
    if (isNmtoken(graph.nodeId(n))) used.emplace(graph.nodeId(n));
  for (NodeIndex n : selection.nodes) {
    const std::string id(graph.nodeId(n));
    if (isNmtoken(id)) {
      xmlIds[n] = id;
      continue;
    }
    anyRenamed = true;
    std::string safe = "_";
    for (char c : id) safe += isNmtoken(std::string_view(&c, 1)) ? c : '_';
    std::string candidate = safe;
    for (int k = 2; used.count(candidate); ++k) candidate = safe + "." + std::to_string(k);
    used.insert(candidate);
    xmlIds[n] = candidate;
  }

  // Keys.
  int nextKey = 0;
  auto newKeyId = [&] { return "d" + std::to_string(nextKey++); };
  auto writeKey = [&](const std::string& id, const char* domain, const std::string& name, const char* type,
                      const std::string& desc) {
    keys << "  <key id=\"" << id << "\" for=\"" << domain << "\" attr.name=\"" << esc(name, true)
         << "\" attr.type=\"" << type << "\"";
    if (desc.empty()) {
      keys << "/>\n";
    } else {
      keys << ">\n    <desc>" << esc(desc, false) << "</desc>\n  </key>\n";
    }
  };
  std::string kLabels = newKeyId(), kNodeLabel = newKeyId(), kType = newKeyId(), kEdgeLabel = newKeyId();
  writeKey(kLabels, "node", "labels", "string", "the node's labels, as :Label1:Label2");
  writeKey(kNodeLabel, "node", "label", "string", "display name: the name property, else title, else the id");
  writeKey(kType, "edge", "type", "string", "the relationship type");
  writeKey(kEdgeLabel, "edge", "label", "string", "display name: the relationship type");
  std::string kNodeId;
  if (anyRenamed) {
    kNodeId = newKeyId();
    writeKey(kNodeId, "node", "id", "string", "the node's kgq id, where it is not a valid GraphML node id");
  }
  auto propertyKeys = [&](const std::vector<PropertyColumn>& cols, const char* domain,
                          std::initializer_list<const char*> reserved) {
    std::unordered_map<KeyId, std::string> ids;
    for (const PropertyColumn& c : cols) {
      std::string name = c.name;
      for (const char* r : reserved)
        if (name == r) name = "property." + name;
      std::string desc;
      if (c.mixed()) {
        desc = "mixed types (" + describeKinds(c) + "): every value written as text";
        std::string text = esc(std::string(domain) + " property " + c.name + ": " + desc, false);
        for (auto [from, to] : {std::pair<const char*, const char*>{"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}})
          for (std::size_t p; (p = text.find(from)) != std::string::npos;) text.replace(p, std::strlen(from), to);
        keys << "  <!-- " << commentText(text) << " -->\n";
      } else if (c.kinds == kindBit(ValueKind::List)) {
        desc = "list (" + describeKinds(c) + ") as JSON text";
      } else if (c.kinds >= kindBit(ValueKind::Date)) {
        desc = describeKinds(c) + " as ISO 8601 text";
      }
      if (name != c.name) desc = (desc.empty() ? "" : desc + "; ") + "the property " + c.name + ", renamed";
      std::string id = newKeyId();
      writeKey(id, domain, name, attrType(c), desc);
      ids[c.key] = id;
    }
    return ids;
  };
  // (`id` too: the reader takes a node key named `id` for the node's kgq id.)
  auto nodeKeyIds = propertyKeys(nodeCols, "node", {"labels", "label", "kgq.labels", "id"});
  auto edgeKeyIds = propertyKeys(edgeCols, "edge", {"type", "label"});
  // `labels` (":A:B") is for people and other tools; it cannot say "no labels" apart from an
  // absent key, nor a label containing ':'. kgq reads the labels back from this exact form.
  std::string kExactLabels = newKeyId();
  writeKey(kExactLabels, "node", "kgq.labels", "string", "the node's labels exactly, as a JSON list of strings (what kgq reads back)");

  // The graph: counted first, then written straight to `out` after the header.
  auto writeElements = [&](ElementSink& sink) {
    sink << "  <graph id=\"G\" edgedefault=\"directed\">\n";
    for (NodeIndex n : selection.nodes) {
      sink << "    <node id=\"" << Escaped{xmlIds[n], true} << "\">\n";
      sink << "      <data key=\"" << kLabels << "\">" << Escaped{joinedLabels(graph, n), false} << "</data>\n";
      sink << "      <data key=\"" << kNodeLabel << "\">" << Escaped{displayName(graph, n), false} << "</data>\n";
      sink << "      <data key=\"" << kExactLabels << "\">" << Escaped{labelList(graph, n), false} << "</data>\n";
      if (!kNodeId.empty() && xmlIds[n] != graph.nodeId(n))
        sink << "      <data key=\"" << kNodeId << "\">" << Escaped{graph.nodeId(n), false} << "</data>\n";
      for (const Property& p : graph.nodePropertiesBesideKey(n))
        if (!p.value.isNull())
          sink << "      <data key=\"" << nodeKeyIds[p.key] << "\">" << PropertyValue{p.value} << "</data>\n";
      sink << "    </node>\n";
    }
    std::size_t edgeNumber = 0;
    for (EdgeIndex e : selection.edges) {
      sink << "    <edge id=\"e" << edgeNumber++ << "\" source=\"" << Escaped{xmlIds[graph.edgeSource(e)], true}
           << "\" target=\"" << Escaped{xmlIds[graph.edgeTarget(e)], true} << "\">\n";
      const std::string& type = graph.typeNames().name(graph.edgeType(e));
      sink << "      <data key=\"" << kType << "\">" << Escaped{type, false} << "</data>\n";
      sink << "      <data key=\"" << kEdgeLabel << "\">" << Escaped{type, false} << "</data>\n";
      for (const Property& p : graph.edgeProperties(e))
        if (!p.value.isNull())
          sink << "      <data key=\"" << edgeKeyIds[p.key] << "\">" << PropertyValue{p.value} << "</data>\n";
      sink << "    </edge>\n";
    }
    sink << "  </graph>\n</graphml>\n";
  };
  ElementSink counter(nullptr);
  writeElements(counter);
  const std::size_t replaced = esc.replaced + counter.replaced;

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<!-- Written by kgq: " << selection.nodes.size() << " nodes, " << selection.edges.size()
      << " relationships. Lists are JSON text; keys holding values of several types are strings. -->\n";
  if (replaced > 0)
    out << "<!-- " << replaced << (replaced == 1 ? " character" : " characters")
        << " that XML 1.0 cannot hold (control characters, invalid UTF-8) were replaced by U+FFFD. -->\n";
  out << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
      << keys.str();
  ElementSink writer(&out);
  writeElements(writer);
}

}  // namespace kgq::exportgraph
