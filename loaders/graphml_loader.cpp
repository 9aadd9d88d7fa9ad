#include "loaders/graphml_loader.h"
#include "loaders/json_value.h"

#include "graph/temporal.h"

#include <kgq/kgq.h>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include <cerrno>
#include <cstdlib>
#include <map>
#include <sstream>

namespace kgq {
namespace {

using boost::property_tree::ptree;

enum class KeyType { Bool, Int, Float, String, List };

struct Key {
  std::string domain;  // node, edge, graph, all
  std::string name;
  KeyType type = KeyType::String;
  // kgq's GraphML describes a temporal key ("DATE as ISO 8601 text", "list (LIST<DATE>) as JSON
  // text"): its values are read back as that kind.
  ValueKind temporal = ValueKind::Null;
  bool hasDefault = false;
  std::string defaultText;
};

[[noreturn]] void fail(const std::string& source, const std::string& what) {
  throw Error(ErrorKind::Load, source + ": " + what);
}

// A list property written as JSON text; nullopt unless it is a JSON array of scalars.
std::optional<Value> parseJsonList(const std::string& text) {
  std::optional<Value> value = parseJsonValue(text, true);
  if (!value || !value->isList()) return std::nullopt;
  for (const Value& item : value->asList())
    if (item.isList() || item.isMap()) return std::nullopt;
  return value;
}

std::string trim(const std::string& s) {
  std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

Value convert(const Key& key, const std::string& text, const std::string& source, const std::string& where) {
  auto bad = [&](const char* expected) -> Value {
    fail(source, where + ": key '" + key.name + "' expects " + expected + ", got '" + text + "'");
  };
  switch (key.type) {
    case KeyType::String:
      if (key.temporal != ValueKind::Null) {
        try {
          return temporal::parse(key.temporal, text);
        } catch (const temporal::TemporalError& e) {
          fail(source, where + ": key '" + key.name + "': " + e.what());
        }
      }
      return Value(text);
    case KeyType::Bool: {
      std::string t = trim(text);
      for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (t == "true" || t == "1") return Value(true);
      if (t == "false" || t == "0") return Value(false);
      return bad("a boolean");
    }
    case KeyType::Int: {
      std::string t = trim(text);
      errno = 0;
      char* end = nullptr;
      long long v = std::strtoll(t.c_str(), &end, 10);
      if (t.empty() || *end != '\0' || errno == ERANGE) return bad("an integer");
      return Value(static_cast<std::int64_t>(v));
    }
    case KeyType::Float: {
      std::string t = trim(text);
      char* end = nullptr;
      double v = std::strtod(t.c_str(), &end);
      if (t.empty() || *end != '\0') return bad("a number");
      return Value(v);
    }
    case KeyType::List: {
      auto list = parseJsonList(text);
      if (!list) return bad("a JSON list");
      if (key.temporal == ValueKind::Null) return *list;
      List items;
      for (const Value& item : list->asList()) {
        if (!item.isString()) return bad("a JSON list of ISO 8601 strings");
        try {
          items.push_back(temporal::parse(key.temporal, item.asString()));
        } catch (const temporal::TemporalError& e) {
          fail(source, where + ": key '" + key.name + "': " + e.what());
        }
      }
      return Value(std::move(items));
    }
  }
  return Value(text);
}

const ptree* child(const ptree& t, const char* name) {
  auto it = t.find(name);
  return it == t.not_found() ? nullptr : &it->second;
}

std::string attribute(const ptree& element, const char* name) {
  const ptree* attrs = child(element, "<xmlattr>");
  if (!attrs) return "";
  auto it = attrs->find(name);  // find, not get: get reads "attr.name" as a path
  return it == attrs->not_found() ? "" : it->second.data();
}

bool hasAttribute(const ptree& element, const char* name) {
  const ptree* attrs = child(element, "<xmlattr>");
  return attrs && attrs->find(name) != attrs->not_found();
}

// Labels as kgq writes them (":A:B") or as a JSON list.
std::vector<std::string> parseLabels(const std::string& text) {
  std::vector<std::string> labels;
  if (!text.empty() && text[0] == '[') {
    if (auto list = parseJsonList(text))
      for (const Value& v : list->asList())
        if (v.isString()) labels.push_back(v.asString());
    return labels;
  }
  std::string current;
  for (char c : text) {
    if (c == ':') {
      if (!current.empty()) labels.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) labels.push_back(current);
  return labels;
}

}  // namespace

GraphMLReport loadGraphML(PropertyGraph& graph, std::string_view text, const std::string& source) {
  ptree doc;
  try {
    std::istringstream in{std::string(text)};
    boost::property_tree::read_xml(in, doc);
  } catch (const boost::property_tree::xml_parser_error& e) {
    fail(source, "line " + std::to_string(e.line()) + ": malformed XML: " + e.message());
  }
  const ptree* root = child(doc, "graphml");
  if (!root) fail(source, "not a GraphML document (no <graphml> element)");

  std::map<std::string, Key> keys;
  bool kgqNodeLabels = false, kgqEdgeTypes = false;
  for (const auto& [name, element] : *root) {
    if (name != "key") continue;
    Key key;
    key.domain = attribute(element, "for");
    if (key.domain.empty()) key.domain = "all";
    key.name = attribute(element, "attr.name");
    if (key.name.empty()) key.name = attribute(element, "id");
    std::string type = attribute(element, "attr.type");
    std::string desc;
    if (const ptree* d = child(element, "desc")) desc = d->data();
    if (type == "boolean") key.type = KeyType::Bool;
    else if (type == "int" || type == "long") key.type = KeyType::Int;
    else if (type == "float" || type == "double") key.type = KeyType::Float;
    else if (desc.rfind("list", 0) == 0) key.type = KeyType::List;
    for (ValueKind k : {ValueKind::Date, ValueKind::LocalTime, ValueKind::Time, ValueKind::LocalDateTime,
                        ValueKind::DateTime, ValueKind::Duration})
      if (type == "string" && (desc == std::string(kindName(k)) + " as ISO 8601 text" ||
                               desc == std::string("list (LIST<") + kindName(k) + ">) as JSON text"))
        key.temporal = k;
    if (const ptree* d = child(element, "default")) {
      key.hasDefault = true;
      key.defaultText = d->data();
    }
    if (key.domain == "node" && key.name == "labels") kgqNodeLabels = true;
    if (key.domain == "edge" && key.name == "type") kgqEdgeTypes = true;
    keys[attribute(element, "id")] = key;
  }
  const ptree* graphElement = child(*root, "graph");
  if (!graphElement) fail(source, "no <graph> element");

  PropertyGraph::Mark mark = graph.mark();
  GraphMLReport report;
  try {
    std::map<std::string, NodeIndex> byXmlId;
    // The data of one element: key name -> text, defaults first, then its <data> elements.
    auto collect = [&](const ptree& element, const char* domain, const std::string& where) {
      std::map<std::string, std::pair<const Key*, std::string>> data;
      for (const auto& [id, key] : keys)
        if (key.hasDefault && (key.domain == domain || key.domain == "all")) data[key.name] = {&key, key.defaultText};
      for (const auto& [name, d] : element) {
        if (name == "hyperedge") fail(source, "hyperedges are not supported");
        if (name != "data") continue;
        if (d.size() > (child(d, "<xmlattr>") ? 1u : 0u)) continue;  // a tool's own markup (yFiles)
        std::string keyId = attribute(d, "key");
        auto it = keys.find(keyId);
        if (it == keys.end()) fail(source, where + ": <data> refers to undeclared key '" + keyId + "'");
        data[it->second.name] = {&it->second, d.data()};
      }
      return data;
    };
    auto addProperty = [&](PropertyBag& bag, const Key& key, std::string name, const std::string& text,
                           const std::string& where, std::initializer_list<const char*> reserved) {
      for (const char* r : reserved)
        if (name == std::string("property.") + r) name = r;
      Value v = convert(key, text, source, where);
      if (v.isNull()) return;
      bag.push_back(Property{graph.keyNames().intern(name), std::move(v)});
    };
    for (const auto& [name, element] : *graphElement) {
      if (name == "hyperedge") fail(source, "hyperedges are not supported");
      if (name != "node") continue;
      std::string xmlId = attribute(element, "id");
      std::string where = "node '" + xmlId + "'";
      auto data = collect(element, "node", where);
      std::string id = xmlId;
      std::vector<std::string> labelNames;
      PropertyBag bag;
      for (const auto& [keyName, entry] : data) {
        if (keyName == "id") {
          id = entry.second;
        } else if (kgqNodeLabels && keyName == "labels") {
          labelNames = parseLabels(entry.second);
        } else if (kgqNodeLabels && keyName == "label") {
          // the display name kgq derives; not a property
        } else {
          addProperty(bag, *entry.first, keyName, entry.second, where, {"labels", "label"});
        }
      }
      if (labelNames.empty()) labelNames.push_back("Node");
      if (byXmlId.count(xmlId) || graph.findNode(id)) fail(source, where + ": node id '" + id + "' used twice");
      std::vector<LabelId> labels;
      for (const std::string& l : labelNames) {
        LabelId lid = graph.labelNames().intern(l);
        if (std::find(labels.begin(), labels.end(), lid) == labels.end()) labels.push_back(lid);
      }
      byXmlId[xmlId] = graph.addNode(id, std::move(labels), std::move(bag));
      ++report.nodes;
    }
    std::size_t edgeNumber = 0;
    for (const auto& [name, element] : *graphElement) {
      if (name != "edge") continue;
      std::string where = "edge " + (hasAttribute(element, "id") ? "'" + attribute(element, "id") + "'"
                                                                   : "#" + std::to_string(edgeNumber));
      ++edgeNumber;
      auto from = byXmlId.find(attribute(element, "source"));
      auto to = byXmlId.find(attribute(element, "target"));
      if (from == byXmlId.end()) fail(source, where + ": no node '" + attribute(element, "source") + "'");
      if (to == byXmlId.end()) fail(source, where + ": no node '" + attribute(element, "target") + "'");
      auto data = collect(element, "edge", where);
      std::string type;
      PropertyBag bag;
      for (const auto& [keyName, entry] : data) {
        if (kgqEdgeTypes && keyName == "type") type = entry.second;
        else if (kgqEdgeTypes && keyName == "label") continue;
        else if (!kgqEdgeTypes && keyName == "label" && entry.first->type == KeyType::String) type = entry.second;
        else addProperty(bag, *entry.first, keyName, entry.second, where, {"type", "label"});
      }
      if (type.empty()) type = "RELATED_TO";
      graph.addEdge(graph.typeNames().intern(type), from->second, to->second, std::move(bag));
      ++report.edges;
    }
  } catch (...) {
    graph.rollback(mark);
    throw;
  }
  return report;
}

}  // namespace kgq
