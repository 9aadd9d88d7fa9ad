#include "loaders/graphml_loader.h"

#include "loaders/bulk_load.h"
#include "loaders/json_value.h"

#include "graph/temporal.h"

#include <expat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <type_traits>
#include <vector>

namespace kgq {
namespace {

// ---- What the document says, as read (the graph is filled only once all of it is read, since
// GraphML lets keys, nodes and edges come in any order) ----

enum class KeyType { Bool, Int, Float, String, List };

struct Key {
  std::string xmlId;
  std::string domain;  // node, edge, graph, all
  std::string name;
  KeyType type = KeyType::String;
  // kgq's GraphML describes a temporal key ("DATE as ISO 8601 text", "list (LIST<DATE>) as JSON
  // text"): its values are read back as that kind.
  ValueKind temporal = ValueKind::Null;
  bool hasDefault = false;
  std::string defaultText;
  std::size_t defaultLine = 0;
};

struct DataElement {
  std::string key;  // the key's XML id
  std::string text;
  std::size_t line = 0;
  bool markup = false;  // holds elements of a tool's own (yFiles): not kgq's to read
};

// A <node>, <edge> or <hyperedge> of the graph, or a <hyperedge> inside a node or edge.
struct Element {
  enum Kind { Node, Edge, Hyperedge } kind = Node;
  std::size_t line = 0;
  bool hasId = false;
  std::string id, source, target;
  std::vector<DataElement> data;
  std::size_t hyperedgeLine = 0;  // a <hyperedge> inside it (0: none)
};

std::string quoteAttribute(const char* name, const std::string& value) {
  return std::string(" ") + name + "=\"" + value + "\"";
}

// The start tag that identifies an element in a message.
std::string describe(const Element& e) {
  switch (e.kind) {
    case Element::Node: return "<node" + quoteAttribute("id", e.id) + ">";
    case Element::Edge:
      return e.hasId ? "<edge" + quoteAttribute("id", e.id) + ">"
                     : "<edge" + quoteAttribute("source", e.source) + quoteAttribute("target", e.target) + ">";
    case Element::Hyperedge: break;
  }
  return "<hyperedge>";
}

class LoadFailure {
 public:
  explicit LoadFailure(const std::string& source) : source_(source) {}
  [[noreturn]] void at(std::size_t line, const std::string& element, const std::string& what) const {
    throw Error(ErrorKind::Load, source_ + ":" + std::to_string(line) + ": " + element + ": " + what);
  }
  [[noreturn]] void malformed(std::size_t line, std::size_t column, const std::string& what) const {
    throw Error(ErrorKind::Load,
                source_ + ":" + std::to_string(line) + ":" + std::to_string(column) + ": malformed XML: " + what);
  }

 private:
  const std::string& source_;
};

// Reads the XML with Expat into keys and elements, keeping the line of each. Expat is C: its
// callbacks record a failure and stop the parser rather than throw through it.
class DocumentReader {
 public:
  explicit DocumentReader(const LoadFailure& fail) : fail_(fail), parser_(XML_ParserCreate(nullptr)) {
    if (!parser_) throw std::bad_alloc();
    XML_SetUserData(parser_.get(), this);
    XML_SetElementHandler(parser_.get(), &DocumentReader::onStart, &DocumentReader::onEnd);
    XML_SetCharacterDataHandler(parser_.get(), &DocumentReader::onText);
  }

  // Feeds the next piece of the document (`last`: it is the end).
  void feed(const char* bytes, std::size_t size, bool last) {
    if (XML_Parse(parser_.get(), bytes, static_cast<int>(size), last) != XML_STATUS_OK) {
      if (failure_) fail_.at(failure_->line, failure_->element, failure_->what);
      fail_.malformed(XML_GetCurrentLineNumber(parser_.get()), XML_GetCurrentColumnNumber(parser_.get()) + 1,
                      XML_ErrorString(XML_GetErrorCode(parser_.get())));
    }
    if (last && !graphLine_) fail_.at(rootLine_, "<graphml>", "no <graph> element");
  }

  std::map<std::string, Key> keys;  // by XML id; a later declaration of an id replaces the earlier
  std::vector<Element> elements;    // of the first <graph>, in document order

 private:
  struct Failure {
    std::size_t line;
    std::string element, what;
  };
  struct FreeParser {
    void operator()(XML_Parser p) const { XML_ParserFree(p); }
  };

  static const char* attribute(const XML_Char** attributes, const char* name, bool* found = nullptr) {
    for (const XML_Char** a = attributes; *a; a += 2)
      if (std::strcmp(a[0], name) == 0) {
        if (found) *found = true;
        return a[1];
      }
    if (found) *found = false;
    return "";
  }

  std::size_t line() const { return XML_GetCurrentLineNumber(parser_.get()); }

  static void onStart(void* self, const XML_Char* name, const XML_Char** attributes) {
    static_cast<DocumentReader*>(self)->start(name, attributes);
  }
  static void onEnd(void* self, const XML_Char*) { static_cast<DocumentReader*>(self)->end(); }
  static void onText(void* self, const XML_Char* text, int length) {
    static_cast<DocumentReader*>(self)->characters(text, static_cast<std::size_t>(length));
  }

  // Where text goes: the element it belongs to, if kgq reads its text.
  enum class Open { Other, Root, Key, KeyDesc, KeyDefault, Graph, Element, Data, Ignored };

  // Once stopped, no handler does anything: the load fails with failure_.
  void start(const char* name, const XML_Char** attributes) {
    if (failure_) return;
    Open parent = open_.empty() ? Open::Other : open_.back();
    Open kind = Open::Ignored;
    std::string tag = name;
    if (open_.empty()) {
      rootLine_ = line();
      if (tag != "graphml") stop(line(), "<" + tag + ">", "not a GraphML document (the root element is not <graphml>)");
      kind = Open::Root;
    } else if (parent == Open::Root && tag == "key") {
      Key key;
      key.xmlId = attribute(attributes, "id");
      key.domain = attribute(attributes, "for");
      if (key.domain.empty()) key.domain = "all";
      key.name = attribute(attributes, "attr.name");
      if (key.name.empty()) key.name = key.xmlId;
      std::string type = attribute(attributes, "attr.type");
      if (type == "boolean") key.type = KeyType::Bool;
      else if (type == "int" || type == "long") key.type = KeyType::Int;
      else if (type == "float" || type == "double") key.type = KeyType::Float;
      key_ = std::move(key);
      keyType_ = type;
      keyDesc_.clear();
      seenDesc_ = false;
      kind = Open::Key;
    } else if (parent == Open::Key && tag == "desc" && !seenDesc_) {
      seenDesc_ = true;  // the first <desc> counts
      kind = Open::KeyDesc;
    } else if (parent == Open::Key && tag == "default" && !key_.hasDefault) {
      key_.hasDefault = true;  // the first <default> counts
      key_.defaultLine = line();
      kind = Open::KeyDefault;
    } else if (parent == Open::Root && tag == "graph" && !graphLine_) {
      graphLine_ = line();  // the first <graph> is the one read
      kind = Open::Graph;
    } else if (parent == Open::Graph && (tag == "node" || tag == "edge" || tag == "hyperedge")) {
      Element e;
      e.kind = tag == "node" ? Element::Node : tag == "edge" ? Element::Edge : Element::Hyperedge;
      e.line = line();
      e.id = attribute(attributes, "id", &e.hasId);
      e.source = attribute(attributes, "source");
      e.target = attribute(attributes, "target");
      elements.push_back(std::move(e));
      kind = Open::Element;
    } else if (parent == Open::Element && tag == "data") {
      DataElement d;
      d.key = attribute(attributes, "key");
      d.line = line();
      elements.back().data.push_back(std::move(d));
      kind = Open::Data;
    } else if (parent == Open::Element && tag == "graph") {
      // GraphML lets a node or edge hold a graph of its own; kgq's graph is flat, and skipping
      // it would drop its nodes and edges without a word.
      stop(line(), "<graph> in " + describe(elements.back()), "nested graphs are not supported");
    } else if (parent == Open::Element && tag == "hyperedge") {
      if (!elements.back().hyperedgeLine) elements.back().hyperedgeLine = line();
    } else if (parent == Open::Data) {
      elements.back().data.back().markup = true;
    }
    open_.push_back(kind);
  }

  void end() {
    if (failure_) return;  // Expat may still report an end after the parser was stopped
    if (open_.back() == Open::Key) {
      if (keyType_ != "boolean" && keyType_ != "int" && keyType_ != "long" && keyType_ != "float" &&
          keyType_ != "double" && keyDesc_.rfind("list", 0) == 0)
        key_.type = KeyType::List;
      for (ValueKind k : {ValueKind::Date, ValueKind::LocalTime, ValueKind::Time, ValueKind::LocalDateTime,
                          ValueKind::DateTime, ValueKind::Duration})
        if (keyType_ == "string" && (keyDesc_ == std::string(kindName(k)) + " as ISO 8601 text" ||
                                     keyDesc_ == std::string("list (LIST<") + kindName(k) + ">) as JSON text"))
          key_.temporal = k;
      std::string id = key_.xmlId;
      keys[id] = std::move(key_);
      key_ = Key();
    }
    open_.pop_back();
  }

  void characters(const char* text, std::size_t length) {
    if (failure_ || open_.empty()) return;
    switch (open_.back()) {
      case Open::KeyDesc: keyDesc_.append(text, length); break;
      case Open::KeyDefault: key_.defaultText.append(text, length); break;
      case Open::Data: elements.back().data.back().text.append(text, length); break;
      default: break;
    }
  }

  void stop(std::size_t line, std::string element, std::string what) {
    failure_ = Failure{line, std::move(element), std::move(what)};
    XML_StopParser(parser_.get(), XML_FALSE);
  }

  const LoadFailure& fail_;
  std::unique_ptr<std::remove_pointer_t<XML_Parser>, FreeParser> parser_;
  std::vector<Open> open_;
  std::size_t rootLine_ = 1, graphLine_ = 0;
  Key key_;  // the <key> being read
  std::string keyType_, keyDesc_;
  bool seenDesc_ = false;
  std::optional<Failure> failure_;
};

// ---- From what was read to the graph ----

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

// The value `text` stands for under `key`, or nullopt (and `expected` says what it should be).
// A temporal key's value: the ISO 8601 text of its kind (nullopt if it is not).
std::optional<Value> temporalValue(const Key& key, const std::string& text) {
  try {
    return temporal::parse(key.temporal, text);
  } catch (const temporal::TemporalError&) {
    return std::nullopt;
  }
}

std::optional<Value> convert(const Key& key, const std::string& text, const char** expected) {
  switch (key.type) {
    case KeyType::String:
      if (key.temporal == ValueKind::Null) return Value(text);
      *expected = "an ISO 8601 temporal value of the kind its description names";
      return temporalValue(key, text);
    case KeyType::Bool: {
      *expected = "a boolean";
      std::string t = trim(text);
      for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (t == "true" || t == "1") return Value(true);
      if (t == "false" || t == "0") return Value(false);
      return std::nullopt;
    }
    case KeyType::Int: {
      *expected = "an integer";
      std::string t = trim(text);
      errno = 0;
      char* end = nullptr;
      long long v = std::strtoll(t.c_str(), &end, 10);
      if (t.empty() || *end != '\0' || errno == ERANGE) return std::nullopt;
      return Value(static_cast<std::int64_t>(v));
    }
    case KeyType::Float: {
      *expected = "a number";
      std::string t = trim(text);
      char* end = nullptr;
      double v = std::strtod(t.c_str(), &end);
      if (t.empty() || *end != '\0') return std::nullopt;
      return Value(v);
    }
    case KeyType::List: {
      *expected = key.temporal == ValueKind::Null ? "a JSON list" : "a JSON list of ISO 8601 temporal values";
      std::optional<Value> list = parseJsonList(text);
      if (!list || key.temporal == ValueKind::Null) return list;
      List items;
      for (const Value& item : list->asList()) {
        std::optional<Value> v = item.isString() ? temporalValue(key, item.asString()) : std::nullopt;
        if (!v) return std::nullopt;
        items.push_back(std::move(*v));
      }
      return Value(std::move(items));
    }
  }
  return Value(text);
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

// One datum of an element: its key, its text and where the text was written (a <data>, or the
// key's <default>), for messages.
struct Datum {
  const Key* key;
  std::string text;
  std::size_t line;
  std::string element;
};

class GraphBuilder {
 public:
  GraphBuilder(PropertyGraph& graph, const DocumentReader& document, const LoadFailure& fail, NodeIndex firstNew)
      : graph_(graph), document_(document), fail_(fail), firstNew_(firstNew) {
    for (const auto& [id, key] : document.keys) {
      if (key.domain == "node" && key.name == "labels") kgqNodeLabels_ = true;
      if (key.domain == "node" && key.name == "kgq.labels") exactLabels_ = true;
      if (key.domain == "edge" && key.name == "type") kgqEdgeTypes_ = true;
    }
  }

  LoadStats build() {
    LoadStats stats;
    for (const Element& e : document_.elements) {
      if (e.kind == Element::Hyperedge) fail_.at(e.line, "<hyperedge>", "hyperedges are not supported");
      if (e.kind == Element::Node) {
        addNode(e);
        ++stats.nodes;
      }
    }
    for (const Element& e : document_.elements)
      if (e.kind == Element::Edge) {
        addEdge(e);
        ++stats.edges;
      }
    return stats;
  }

 private:
  // Key name -> datum: the defaults of the element's domain first, then its <data>.
  std::map<std::string, Datum> collect(const Element& e, const char* domain) {
    if (e.hyperedgeLine) fail_.at(e.hyperedgeLine, "<hyperedge> in " + describe(e), "hyperedges are not supported");
    std::map<std::string, Datum> data;
    for (const auto& [id, key] : document_.keys)
      if (key.hasDefault && (key.domain == domain || key.domain == "all"))
        data[key.name] = Datum{&key, key.defaultText, key.defaultLine,
                               "<default> of <key" + quoteAttribute("id", key.xmlId) + "> (for " + describe(e) + ")"};
    for (const DataElement& d : e.data) {
      if (d.markup) continue;
      std::string element = "<data" + quoteAttribute("key", d.key) + "> of " + describe(e);
      auto it = document_.keys.find(d.key);
      if (it == document_.keys.end()) fail_.at(d.line, element, "key '" + d.key + "' is not declared");
      data[it->second.name] = Datum{&it->second, d.text, d.line, std::move(element)};
    }
    return data;
  }

  void addProperty(PropertyBag& bag, std::string name, const Datum& datum,
                   std::initializer_list<const char*> reserved) {
    for (const char* r : reserved)
      if (name == std::string("property.") + r) name = r;
    const char* expected = "";
    std::optional<Value> v = convert(*datum.key, datum.text, &expected);
    if (!v)
      fail_.at(datum.line, datum.element,
               "key '" + datum.key->name + "' expects " + expected + ", got '" + datum.text + "'");
    if (v->isNull()) return;
    bag.push_back(Property{graph_.keyNames().intern(name), std::move(*v)});
  }

  void addNode(const Element& e) {
    std::map<std::string, Datum> data = collect(e, "node");
    std::string id = e.id;
    std::vector<std::string> labelNames;
    PropertyBag bag;
    bool exact = false;
    for (const auto& [keyName, datum] : data) {
      if (keyName == "id") {
        id = datum.text;
      } else if (exactLabels_ && keyName == "kgq.labels") {
        labelNames = exactLabels(datum);
        exact = true;
      } else if (exactLabels_ && keyName == "labels") {
        // kgq wrote both: the exact list above wins, this one is for people
      } else if (kgqNodeLabels_ && keyName == "labels") {
        labelNames = parseLabels(datum.text);
      } else if (kgqNodeLabels_ && keyName == "label") {
        // the display name kgq derives; not a property
      } else {
        addProperty(bag, keyName, datum, {"labels", "label", "kgq.labels", "id"});
      }
    }
    // A node of a file that says nothing about labels gets one; kgq's own files say "no labels"
    // (exactly, in kgq.labels, or, in files of earlier versions, by their kgq keys).
    if (labelNames.empty() && !exact && !kgqNodeLabels_) labelNames.push_back("Node");
    // (GraphML requires a node id; an empty one could not be saved and loaded again.)
    if (id.empty()) fail_.at(e.line, describe(e), e.hasId ? "the node's id is empty" : "a node needs an id attribute");
    auto first = byXmlId_.find(e.id);
    if (first != byXmlId_.end())
      fail_.at(e.line, describe(e),
               "node id '" + e.id + "' is declared twice (first at line " + std::to_string(first->second.line) + ")");
    if (auto existing = graph_.findNode(id))
      fail_.at(e.line, describe(e),
               *existing >= firstNew_ ? "node id '" + id + "' is used twice in this file"
                                      : "the graph already has a node with id '" + id + "'");
    std::vector<LabelId> labels;
    ++nodeMark_;
    for (const std::string& l : labelNames) {
      LabelId lid = graph_.labelNames().intern(l);
      // A repeated label counts once; a mark per label id keeps 10^6 labels linear.
      if (lid >= labelMark_.size()) labelMark_.resize(lid + 1, 0);
      if (labelMark_[lid] == nodeMark_) continue;
      labelMark_[lid] = nodeMark_;
      labels.push_back(lid);
    }
    defaultIdProperty(bag, id, graph_.idKey());
    byXmlId_[e.id] = Declared{graph_.addNode(id, std::move(labels), std::move(bag)), e.line};
  }

  // The labels kgq wrote exactly: a JSON list of non-empty strings.
  std::vector<std::string> exactLabels(const Datum& datum) const {
    std::optional<Value> list = parseJsonList(datum.text);
    std::vector<std::string> labels;
    if (list)
      for (const Value& v : list->asList()) {
        if (!v.isString() || v.asString().empty()) {
          list.reset();
          break;
        }
        labels.push_back(v.asString());
      }
    if (!list)
      fail_.at(datum.line, datum.element,
               "key 'kgq.labels' expects a JSON list of non-empty strings, got '" + datum.text + "'");
    return labels;
  }

  void addEdge(const Element& e) {
    auto from = byXmlId_.find(e.source);
    auto to = byXmlId_.find(e.target);
    if (from == byXmlId_.end()) fail_.at(e.line, describe(e), "source '" + e.source + "' is not a declared node");
    if (to == byXmlId_.end()) fail_.at(e.line, describe(e), "target '" + e.target + "' is not a declared node");
    std::map<std::string, Datum> data = collect(e, "edge");
    std::string type;
    PropertyBag bag;
    for (const auto& [keyName, datum] : data) {
      if (kgqEdgeTypes_ && keyName == "type") type = datum.text;
      else if (kgqEdgeTypes_ && keyName == "label") continue;
      else if (!kgqEdgeTypes_ && keyName == "label" && datum.key->type == KeyType::String) type = datum.text;
      else addProperty(bag, keyName, datum, {"type", "label"});
    }
    if (type.empty()) type = "RELATED_TO";
    graph_.addEdge(graph_.typeNames().intern(type), from->second.node, to->second.node, std::move(bag));
  }

  struct Declared {
    NodeIndex node;
    std::size_t line;
  };
  PropertyGraph& graph_;
  const DocumentReader& document_;
  const LoadFailure& fail_;
  NodeIndex firstNew_;  // nodes from here on were added by this load
  bool kgqNodeLabels_ = false, kgqEdgeTypes_ = false, exactLabels_ = false;
  std::vector<std::uint64_t> labelMark_;  // per label id: the nodeMark_ of the last node naming it
  std::uint64_t nodeMark_ = 0;
  std::map<std::string, Declared> byXmlId_;
};

LoadStats fill(PropertyGraph& graph, const DocumentReader& document, const LoadFailure& fail) {
  BulkLoad load(graph);  // rolls everything back unless it reaches commit()
  LoadStats stats = GraphBuilder(graph, document, fail, static_cast<NodeIndex>(load.mark().nodes)).build();
  load.commit();
  return stats;
}

}  // namespace

LoadStats loadGraphML(PropertyGraph& graph, std::string_view text, const std::string& sourceName) {
  LoadFailure fail(sourceName);
  DocumentReader document(fail);
  constexpr std::size_t kPiece = 1 << 30;  // XML_Parse takes an int length
  do {
    std::size_t piece = std::min(text.size(), kPiece);
    document.feed(text.data(), piece, piece == text.size());
    text.remove_prefix(piece);
  } while (!text.empty());
  return fill(graph, document, fail);
}

LoadStats loadGraphMLFile(PropertyGraph& graph, const std::string& path) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) throw Error(ErrorKind::Io, "cannot read " + path + ": " + std::strerror(errno));
  LoadFailure fail(path);
  DocumentReader document(fail);
  std::vector<char> buffer(1 << 20);
  for (;;) {
    std::size_t got = std::fread(buffer.data(), 1, buffer.size(), file.get());
    if (got < buffer.size() && std::ferror(file.get()))
      throw Error(ErrorKind::Io, "cannot read " + path + ": " + std::strerror(errno));
    bool last = got < buffer.size();
    document.feed(buffer.data(), got, last);
    if (last) break;
  }
  return fill(graph, document, fail);
}

}  // namespace kgq
