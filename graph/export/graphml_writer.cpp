#include "graph/export/graphml_writer.h"

#include "graph/value_render.h"

#include <kgq/kgq.h>

#include <cstring>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace kgq::exportgraph {
namespace {

// Escapes text for XML 1.0 element content (attribute = false) or a double-quoted attribute.
class XmlEscaper {
 public:
  std::string operator()(std::string_view s, bool attribute) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
      std::size_t start = i;
      std::uint32_t cp;
      if (!decodeUtf8(s, i, cp)) {
        out += "\xEF\xBF\xBD";
        ++replaced;
        continue;
      }
      switch (cp) {
        case '&': out += "&amp;"; continue;
        case '<': out += "&lt;"; continue;
        case '>': out += "&gt;"; continue;
        case '"': out += attribute ? "&quot;" : "\""; continue;
        case '\r': out += "&#13;"; continue;
        case '\n': out += attribute ? "&#10;" : "\n"; continue;
        case '\t': out += attribute ? "&#9;" : "\t"; continue;
        default: break;
      }
      if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF) {
        out += "\xEF\xBF\xBD";
        ++replaced;
        continue;
      }
      out.append(s, start, i - start);
    }
    return out;
  }
  std::size_t replaced = 0;
};

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
  std::ostringstream body;  // everything after the header comment, which needs the counts

  std::vector<PropertyColumn> nodeCols = nodeColumns(graph, selection.nodes);
  std::vector<PropertyColumn> edgeCols = edgeColumns(graph, selection.edges);

  // XML ids of the nodes: the kgq id when it is an NMTOKEN, else a safe, unique stand-in.
  std::unordered_map<NodeIndex, std::string> xmlIds;
  std::unordered_set<std::string> used;
  bool anyRenamed = false;
  for (NodeIndex n : selection.nodes)
    if (isNmtoken(graph.nodeId(n))) used.insert(graph.nodeId(n));
  for (NodeIndex n : selection.nodes) {
    const std::string& id = graph.nodeId(n);
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
    body << "  <key id=\"" << id << "\" for=\"" << domain << "\" attr.name=\"" << esc(name, true)
         << "\" attr.type=\"" << type << "\"";
    if (desc.empty()) {
      body << "/>\n";
    } else {
      body << ">\n    <desc>" << esc(desc, false) << "</desc>\n  </key>\n";
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
        body << "  <!-- " << commentText(text) << " -->\n";
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
  auto nodeKeyIds = propertyKeys(nodeCols, "node", {"labels", "label"});
  auto edgeKeyIds = propertyKeys(edgeCols, "edge", {"type", "label"});

  body << "  <graph id=\"G\" edgedefault=\"directed\">\n";
  auto writeData = [&](const std::string& key, const std::string& text) {
    body << "      <data key=\"" << key << "\">" << esc(text, false) << "</data>\n";
  };
  for (NodeIndex n : selection.nodes) {
    body << "    <node id=\"" << esc(xmlIds[n], true) << "\">\n";
    writeData(kLabels, joinedLabels(graph, n));
    writeData(kNodeLabel, displayName(graph, n));
    if (!kNodeId.empty() && xmlIds[n] != graph.nodeId(n)) writeData(kNodeId, graph.nodeId(n));
    for (const Property& p : graph.nodeProperties(n))
      if (!p.value.isNull()) writeData(nodeKeyIds[p.key], propertyText(p.value));
    body << "    </node>\n";
  }
  std::size_t edgeNumber = 0;
  for (EdgeIndex e : selection.edges) {
    body << "    <edge id=\"e" << edgeNumber++ << "\" source=\"" << esc(xmlIds[graph.edgeSource(e)], true)
         << "\" target=\"" << esc(xmlIds[graph.edgeTarget(e)], true) << "\">\n";
    const std::string& type = graph.typeNames().name(graph.edgeType(e));
    writeData(kType, type);
    writeData(kEdgeLabel, type);
    for (const Property& p : graph.edgeProperties(e))
      if (!p.value.isNull()) writeData(edgeKeyIds[p.key], propertyText(p.value));
    body << "    </edge>\n";
  }
  body << "  </graph>\n</graphml>\n";

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<!-- Written by kgq: " << selection.nodes.size() << " nodes, " << selection.edges.size()
      << " relationships. Lists are JSON text; keys holding values of several types are strings. -->\n";
  if (esc.replaced > 0)
    out << "<!-- " << esc.replaced << (esc.replaced == 1 ? " character" : " characters")
        << " that XML 1.0 cannot hold (control characters, invalid UTF-8) were replaced by U+FFFD. -->\n";
  out << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
      << body.str();
}

}  // namespace kgq::exportgraph
