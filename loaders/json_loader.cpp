#include "loaders/json_loader.h"

#include "graph/temporal.h"
#include "graph/utf8.h"
#include "loaders/bulk_load.h"
#include "loaders/json_value.h"

#include <kgq/kgq.h>

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <limits>
#include <unordered_set>
#include <utility>
#include <vector>

namespace kgq {
namespace {

// No kParseValidateEncodingFlag: RapidJSON checks UTF-8 through a transcoder byte by byte, which
// took a sixth of a large load; the handler checks each string token's raw bytes instead
// (Handler::validText), with an ASCII fast path, reporting the same error at the same offset.
// Numbers are passed as text and converted by jsonNumberValue: RapidJSON 1.1.0's full-precision
// conversion crashes on a long run of zeros (0.000...01). The handler's state machine refuses
// any array or object deeper than the format's own, so the recursive parser stays shallow.
constexpr unsigned kParseFlags = rapidjson::kParseNumbersAsStringsFlag;

enum class Kind { Null, Boolean, Integer, Float, String, Array, Object };

const char* kindWord(Kind k) {
  switch (k) {
    case Kind::Null: return "null";
    case Kind::Boolean: return "boolean";
    case Kind::Integer: return "integer";
    case Kind::Float: return "float";
    case Kind::String: return "string";
    case Kind::Array: return "array";
    case Kind::Object: return "object";
  }
  return "?";
}

// `s` in single quotes for a message: quotes, backslashes and control bytes escaped, cut after
// ~120 bytes (at a UTF-8 character boundary) so a huge value cannot make a huge message.
std::string quoted(std::string_view s) {
  constexpr std::size_t kMax = 120;
  bool cut = false;
  if (s.size() > kMax) {
    std::size_t n = kMax;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    s = s.substr(0, n);
    cut = true;
  }
  std::string out = "'";
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (ch == '\'' || ch == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20 || c == 0x7F) {
      static const char hex[] = "0123456789abcdef";
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += ch;
    }
  }
  out += cut ? "...'" : "'";
  return out;
}

// Appends one RFC 6901 reference token.
void appendSegment(std::string& p, std::string_view seg) {
  p += '/';
  for (char c : seg) {
    if (c == '~') p += "~0";
    else if (c == '/') p += "~1";
    else p += c;
  }
}
void appendSegment(std::string& p, std::size_t index) {
  p += '/';
  p += std::to_string(index);
}

struct PendingEdge {
  TypeId type;
  std::string from, to;
  std::size_t fromPos, toPos;  // where the from/to values start (search origin, see start())
  std::size_t ordinal;          // index in the file's "edges" array
  PropertyBag properties;
};

enum Field : unsigned {
  kFieldId = 1, kFieldLabels = 2, kFieldProperties = 4, kFieldType = 8, kFieldFrom = 16, kFieldTo = 32
};
enum TopKey : unsigned { kTopFormat = 1, kTopVersion = 2, kTopNodes = 4, kTopEdges = 8 };

// The SAX handler: a state machine that follows the document's structure and builds the graph
// as it goes. Every callback returns false after recording an error (message and offset).
class Handler {
 public:
  // `consumed(offset)`, if given, is told from time to time that the parser is past `offset`.
  Handler(PropertyGraph& g, const rapidjson::MemoryStream& is, std::string_view text, std::size_t baseNodes,
          const std::function<void(std::size_t)>& consumed)
      : g_(g), is_(is), text_(text), baseNodes_(baseNodes), consumed_(consumed) {}

  // ---- rapidjson::Reader handler interface ----
  bool Null() {
    step();
    if (st_ == State::PropValue) {  // null = absent: the key was checked for repeats, nothing stored
      st_ = State::PropKey;
      return true;
    }
    if (st_ == State::PropListElem) {
      list_.emplace_back();
      ++listIndex_;
      return true;
    }
    return wrongKind(Kind::Null);
  }
  bool Bool(bool b) {
    step();
    if (st_ == State::PropValue) return addProperty(Value(b));
    if (st_ == State::PropListElem) return addListElement(Value(b));
    return wrongKind(Kind::Boolean);
  }
  // Numbers arrive as their text (kParseNumbersAsStringsFlag), never as these.
  bool Int(int) { return internal(); }
  bool Uint(unsigned) { return internal(); }
  bool Int64(std::int64_t) { return internal(); }
  bool Uint64(std::uint64_t) { return internal(); }
  bool Double(double) { return internal(); }
  bool RawNumber(const char* str, rapidjson::SizeType len, bool) {
    step();
    std::optional<Value> v = jsonNumberValue(std::string_view(str, len));
    if (!v) return overflow();
    if (v->isInt()) return integer(v->asInt());
    if (st_ != State::PropValue && st_ != State::PropListElem) return wrongKind(Kind::Float);
    // Beyond the double range the number reads as infinity, which kgq-graph JSON cannot hold:
    // the graph would load but never save.
    if (!std::isfinite(v->asFloat()))
      return fail(start(), st_ == State::PropValue ? propPtr() : listPtr(),
                  "number " + shownToken() + " is out of range (floats must fit in a 64-bit double: magnitude below about 1.8e308)");
    return st_ == State::PropValue ? addProperty(std::move(*v)) : addListElement(std::move(*v));
  }
  bool String(const char* str, rapidjson::SizeType len, bool) {
    step();
    if (!validText(str, len)) return false;
    std::string_view s(str, len);
    switch (st_) {
      case State::Format:
        if (s != "kgq-graph") return fail(start(), "/format", "expected the string 'kgq-graph', found " + quoted(s));
        st_ = State::TopKey;
        return true;
      case State::NodeId:
        if (s.empty()) return fail(start(), fieldPtr(), "expected a non-empty string, found the empty string");
        id_.assign(s);
        idPos_ = evBegin_;
        st_ = State::NodeKey;
        return true;
      case State::LabelsElem: {
        if (s.empty()) return fail(start(), labelPtr(), "expected a non-empty string, found the empty string");
        LabelId label = internCached(g_.labelNames(), lastLabel_, s);
        // Seen in this node already? A mark per label id, not a search of the node's labels
        // (quadratic: a node with 10^6 labels took minutes).
        if (label >= labelMark_.size()) labelMark_.resize(label + 1, 0);
        if (labelMark_[label] == nodeMark_) return fail(start(), labelPtr(), "duplicate label " + quoted(s));
        labelMark_[label] = nodeMark_;
        labels_.push_back(label);
        ++labelIndex_;
        return true;
      }
      case State::EdgeType:
        if (s.empty()) return fail(start(), fieldPtr(), "expected a non-empty string, found the empty string");
        type_ = internCached(g_.typeNames(), lastType_, s);
        st_ = State::EdgeKey;
        return true;
      case State::EdgeFrom:
        from_.assign(s);
        fromPos_ = evBegin_;
        st_ = State::EdgeKey;
        return true;
      case State::EdgeTo:
        to_.assign(s);
        toPos_ = evBegin_;
        st_ = State::EdgeKey;
        return true;
      case State::PropValue: return addProperty(Value(std::string(s)));
      case State::PropListElem: return addListElement(Value(std::string(s)));
      case State::TaggedValue: return taggedText(s);
      default: return wrongKind(Kind::String);
    }
  }
  bool Key(const char* str, rapidjson::SizeType len, bool) {
    step();
    if (!validText(str, len)) return false;
    std::string_view k(str, len);
    switch (st_) {
      case State::TopKey: return topKey(k);
      case State::NodeKey: return elementKey(k, false);
      case State::EdgeKey: return elementKey(k, true);
      case State::PropKey: {
        KeyId key = g_.keyNames().intern(k);
        propKey_ = key;
        if (keySeen(key)) return fail(start(), propPtr(), "duplicate property key " + quoted(k));
        st_ = State::PropValue;
        return true;
      }
      case State::TaggedKey: return taggedKey(k);
      case State::TaggedEnd:
        return fail(start(), tagPtr(), "a tagged temporal value has one key, found a second: " + quoted(k));
      default: return internal();
    }
  }
  bool StartObject() {
    step();
    switch (st_) {
      case State::Root:
        topPos_ = evBegin_;
        st_ = State::TopKey;
        return true;
      case State::NodesElem:
      case State::EdgesElem:
        elementPos_ = evBegin_;
        fieldsSeen_ = 0;
        if (propKeys_.size() >= kSmallKeys) propKeySet_.clear();
        propKeys_.clear();  // an element without "properties" has none seen
        st_ = st_ == State::NodesElem ? State::NodeKey : State::EdgeKey;
        return true;
      case State::PropsStart:
        if (propKeys_.size() >= kSmallKeys) propKeySet_.clear();
        propKeys_.clear();
        st_ = State::PropKey;
        return true;
      case State::PropValue:
      case State::PropListElem:  // a tagged temporal value: {"$date": "2024-03-01"}
        tagInList_ = st_ == State::PropListElem;
        tagPos_ = evBegin_;
        st_ = State::TaggedKey;
        return true;
      default: return wrongKind(Kind::Object);
    }
  }
  bool EndObject(rapidjson::SizeType) {
    step();
    switch (st_) {
      case State::PropKey:
        st_ = section_ == Section::Nodes ? State::NodeKey : State::EdgeKey;
        return true;
      case State::NodeKey: return finishNode();
      case State::EdgeKey: return finishEdge();
      case State::TaggedKey: return fail(start(tagPos_), tagPtr(), taggedExpected() + ", found an empty object");
      case State::TaggedEnd:
        st_ = tagInList_ ? State::PropListElem : State::PropValue;
        return tagInList_ ? addListElement(std::move(tagged_)) : addProperty(std::move(tagged_));
      case State::TopKey:
        if (!(topSeen_ & kTopFormat)) return fail(start(topPos_), "", "missing required top-level key 'format'");
        if (!(topSeen_ & kTopVersion)) return fail(start(topPos_), "", "missing required top-level key 'version'");
        st_ = State::Done;
        return true;
      default: return internal();
    }
  }
  bool StartArray() {
    step();
    switch (st_) {
      case State::NodesStart:
      case State::EdgesStart:
        element_ = 0;
        st_ = st_ == State::NodesStart ? State::NodesElem : State::EdgesElem;
        return true;
      case State::NodeLabels:
        labelIndex_ = 0;
        st_ = State::LabelsElem;
        return true;
      case State::PropValue:
        list_.clear();
        listIndex_ = 0;
        st_ = State::PropListElem;
        return true;
      default: return wrongKind(Kind::Array);
    }
  }
  bool EndArray(rapidjson::SizeType) {
    step();
    switch (st_) {
      case State::NodesElem:
        nodesDone_ = true;
        st_ = State::TopKey;
        return true;
      case State::EdgesElem: st_ = State::TopKey; return true;
      case State::LabelsElem: st_ = State::NodeKey; return true;
      case State::PropListElem: {
        Value v(std::move(list_));
        list_ = List();
        return addProperty(std::move(v));
      }
      default: return internal();
    }
  }

  // ---- after a successful parse ----
  // Adds the edges that wait for their endpoints, in file order. False on a dangling endpoint.
  bool resolvePending() {
    // Endpoints are looked up in one batch: ten million random probes of the id index are the
    // bulk of a large load, and batching lets their cache misses overlap.
    ids_.clear();
    for (const PendingEdge& e : pending_) {
      ids_.push_back(e.from);
      ids_.push_back(e.to);
    }
    found_.resize(ids_.size());
    g_.findNodes(ids_.data(), ids_.size(), found_.data());
    for (std::size_t i = 0; i < pending_.size(); ++i) {
      PendingEdge& e = pending_[i];
      auto from = found_[2 * i], to = found_[2 * i + 1];
      if (!from) return dangling(e.fromPos, e.ordinal, "from", e.from);
      if (!to) return dangling(e.toPos, e.ordinal, "to", e.to);
      g_.addEdge(e.type, *from, *to, e.properties);
      ++edgesAdded_;
    }
    pending_.clear();
    return true;
  }

  bool failed() const { return failed_; }
  std::size_t errorOffset() const { return errorOffset_; }
  const std::string& errorMessage() const { return errorMessage_; }
  LoadStats report() const { return LoadStats{nodesAdded_, edgesAdded_}; }

 private:
  enum class State : std::uint8_t {
    Root, TopKey, Format, Version, NodesStart, EdgesStart,
    NodesElem, NodeKey, NodeId, NodeLabels, LabelsElem,
    EdgesElem, EdgeKey, EdgeType, EdgeFrom, EdgeTo,
    PropsStart, PropKey, PropValue, PropListElem, TaggedKey, TaggedValue, TaggedEnd, Done
  };
  enum class Section : std::uint8_t { None, Nodes, Edges };
  static constexpr std::size_t kSmallKeys = 16;

  // Every callback starts here: remembers where the previous token ended, which is where the
  // search for this token's start begins (only done when an error is reported).
  void step() {
    evBegin_ = lastEnd_;
    lastEnd_ = is_.Tell();
    if (lastEnd_ >= nextReport_ && consumed_) {
      consumed_(evBegin_);
      nextReport_ = lastEnd_ + kReportEvery;
    }
  }
  static constexpr std::size_t kReportEvery = std::size_t{32} << 20;
  // The offset of the first token at or after `from`: between two tokens there are only
  // whitespace, ',' and ':'.
  std::size_t start(std::size_t from) const {
    while (from < text_.size()) {
      char c = text_[from];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ',' && c != ':') break;
      ++from;
    }
    return from;
  }
  std::size_t start() const { return start(evBegin_); }
  std::string_view tokenText() const {
    std::size_t b = start(), e = std::min(lastEnd_, text_.size());
    return b < e ? text_.substr(b, e - b) : std::string_view();
  }

  bool fail(std::size_t offset, const std::string& pointer, const std::string& what) {
    failed_ = true;
    errorOffset_ = offset;
    errorMessage_ = pointer.empty() ? what : "at " + pointer + ": " + what;
    return false;
  }
  bool internal() { return fail(start(), "", "internal error: unexpected JSON event"); }
  // Interns `name`, remembering the last one: files list many nodes of one label and many edges
  // of one type in a row, so most calls skip the interner's hash lookup.
  struct LastName {
    std::string name;
    NameId id = 0;
    bool valid = false;
  };
  static NameId internCached(Interner& names, LastName& last, std::string_view name) {
    if (last.valid && name == last.name) return last.id;
    last.id = names.intern(name);
    last.name.assign(name);
    last.valid = true;
    return last.id;
  }
  // Whether the current (string) token's raw bytes are UTF-8; escapes are ASCII, so this is the
  // same as checking the decoded string, and it gives the offending byte's offset.
  // `decoded` is the token's string: when it is all ASCII so is the raw token.
  bool validText(const char* decoded, std::size_t length) {
    if (firstInvalidUtf8(std::string_view(decoded, length)) == std::string_view::npos) return true;
    std::size_t b = start(), e = std::min(lastEnd_, text_.size());
    if (b >= e) return true;
    std::size_t bad = firstInvalidUtf8(text_.substr(b, e - b));
    if (bad == std::string_view::npos) return true;
    return fail(b + bad, "", std::string("malformed JSON: ") +
                                 rapidjson::GetParseError_En(rapidjson::kParseErrorStringInvalidEncoding));
  }

  // ---- JSON pointers, built only for messages ----
  std::string elementPtr() const {
    std::string p = section_ == Section::Nodes ? "/nodes" : "/edges";
    appendSegment(p, element_);
    return p;
  }
  std::string fieldPtr() const {
    std::string p = elementPtr();
    appendSegment(p, field_);
    return p;
  }
  std::string labelPtr() const {
    std::string p = fieldPtr();
    appendSegment(p, labelIndex_);
    return p;
  }
  std::string propPtr() const {
    std::string p = fieldPtr();
    appendSegment(p, g_.keyNames().name(propKey_));
    return p;
  }
  std::string listPtr() const {
    std::string p = propPtr();
    appendSegment(p, listIndex_);
    return p;
  }

  bool wrongKind(Kind found) {
    std::string k = kindWord(found);
    std::size_t at = start();
    switch (st_) {
      case State::Root: return fail(at, "", "expected a top-level object, found " + k);
      case State::Format: return fail(at, "/format", "expected the string 'kgq-graph', found " + k);
      case State::Version: return fail(at, "/version", "expected the integer 1, found " + k);
      case State::NodesStart: return fail(at, "/nodes", "expected an array, found " + k);
      case State::EdgesStart: return fail(at, "/edges", "expected an array, found " + k);
      case State::NodesElem: return fail(at, elementPtr(), "expected a node object, found " + k);
      case State::EdgesElem: return fail(at, elementPtr(), "expected an edge object, found " + k);
      case State::NodeId:
      case State::EdgeType: return fail(at, fieldPtr(), "expected a non-empty string, found " + k);
      case State::EdgeFrom:
      case State::EdgeTo: return fail(at, fieldPtr(), "expected a string (a node id), found " + k);
      case State::NodeLabels: return fail(at, fieldPtr(), "expected an array of labels, found " + k);
      case State::LabelsElem: return fail(at, labelPtr(), "expected a non-empty string, found " + k);
      case State::PropsStart: return fail(at, fieldPtr(), "expected an object, found " + k);
      case State::PropValue:
        return fail(at, propPtr(), "expected null, boolean, integer, float, string or array, found " + k);
      case State::PropListElem:
        return fail(at, listPtr(),
                    "expected null, boolean, integer, float or string as a list element, found " + k);
      case State::TaggedKey:
      case State::TaggedEnd: return internal();
      case State::TaggedValue: return fail(at, tagPtr(), "expected the value's ISO 8601 string, found " + k);
      default: return internal();
    }
  }

  bool integer(std::int64_t v) {
    switch (st_) {
      case State::Version:
        if (v != 1) return fail(start(), "/version", "expected the integer 1, found " + std::to_string(v));
        st_ = State::TopKey;
        return true;
      case State::PropValue: return addProperty(Value(v));
      case State::PropListElem: return addListElement(Value(v));
      default: return wrongKind(Kind::Integer);
    }
  }
  // An integer that does not fit in int64: an error where an integer is allowed, else a kind error.
  bool overflow() {
    if (st_ != State::Version && st_ != State::PropValue && st_ != State::PropListElem)
      return wrongKind(Kind::Integer);
    std::string ptr = st_ == State::Version ? "/version" : st_ == State::PropValue ? propPtr() : listPtr();
    return fail(start(), ptr,
                "integer " + shownToken() + " is out of range (integers must fit in 64 bits: -2^63 .. 2^63-1)");
  }
  // The current token's text for a message: its first 40 bytes.
  std::string shownToken() const {
    std::string_view t = tokenText();
    return std::string(t.substr(0, 40)) + (t.size() > 40 ? "..." : "");
  }

  std::string taggedExpected() const {
    return tagInList_ ? "expected null, boolean, integer, float, string or a tagged temporal value such as {\"$date\": \"2024-03-01\"} as a list element"
                      : "expected null, boolean, integer, float, string, array or a tagged temporal value such as {\"$date\": \"2024-03-01\"}";
  }
  // ---- tagged temporal values (data/SCHEMA.md): {"$date": "..."}, {"$datetime": "..."}, ... ----
  std::string tagPtr() const {
    std::string p = tagInList_ ? listPtr() : propPtr();
    if (!tagName_.empty()) appendSegment(p, tagName_);
    return p;
  }
  bool taggedKey(std::string_view k) {
    static const std::pair<const char*, ValueKind> tags[] = {
        {"$date", ValueKind::Date}, {"$localtime", ValueKind::LocalTime}, {"$time", ValueKind::Time},
        {"$localdatetime", ValueKind::LocalDateTime}, {"$datetime", ValueKind::DateTime}, {"$duration", ValueKind::Duration}};
    for (const auto& [name, kind] : tags)
      if (k == name) {
        tagName_ = name;
        tagKind_ = kind;
        st_ = State::TaggedValue;
        return true;
      }
    tagName_.clear();
    return fail(start(tagPos_), tagPtr(), taggedExpected() + ", found an object with the key " + quoted(k));
  }
  bool taggedText(std::string_view text) {
    try {
      tagged_ = temporal::parse(tagKind_, text);
    } catch (const temporal::TemporalError& e) {
      return fail(start(), tagPtr(), e.what());
    }
    tagName_.clear();
    st_ = State::TaggedEnd;
    return true;
  }

  bool addProperty(Value v) {
    props_.push_back(Property{propKey_, std::move(v)});
    st_ = State::PropKey;
    return true;
  }
  bool addListElement(Value v) {
    list_.push_back(std::move(v));
    ++listIndex_;
    return true;
  }
  // Whether `key` already occurred in the current properties object; records it if not.
  bool keySeen(KeyId key) {
    if (propKeys_.size() < kSmallKeys) {
      if (std::find(propKeys_.begin(), propKeys_.end(), key) != propKeys_.end()) return true;
      propKeys_.push_back(key);
      if (propKeys_.size() == kSmallKeys) propKeySet_.insert(propKeys_.begin(), propKeys_.end());
      return false;
    }
    return !propKeySet_.insert(key).second;
  }

  bool topKey(std::string_view k) {
    unsigned bit;
    State next;
    if (k == "format") bit = kTopFormat, next = State::Format;
    else if (k == "version") bit = kTopVersion, next = State::Version;
    else if (k == "nodes") bit = kTopNodes, next = State::NodesStart;
    else if (k == "edges") bit = kTopEdges, next = State::EdgesStart;
    else {
      std::string p;
      appendSegment(p, k);
      return fail(start(), p, "unknown top-level key " + quoted(k) + " (expected format, version, nodes, edges)");
    }
    if (topSeen_ & bit) {
      std::string p;
      appendSegment(p, k);
      return fail(start(), p, "duplicate key " + quoted(k));
    }
    topSeen_ |= bit;
    if (bit == kTopNodes) section_ = Section::Nodes;
    if (bit == kTopEdges) section_ = Section::Edges;
    st_ = next;
    return true;
  }

  bool elementKey(std::string_view k, bool edge) {
    unsigned bit = 0;
    State next = State::Done;
    if (k == "properties") bit = kFieldProperties, next = State::PropsStart, field_ = "properties";
    else if (!edge && k == "id") bit = kFieldId, next = State::NodeId, field_ = "id";
    else if (!edge && k == "labels") bit = kFieldLabels, next = State::NodeLabels, field_ = "labels";
    else if (edge && k == "type") bit = kFieldType, next = State::EdgeType, field_ = "type";
    else if (edge && k == "from") bit = kFieldFrom, next = State::EdgeFrom, field_ = "from";
    else if (edge && k == "to") bit = kFieldTo, next = State::EdgeTo, field_ = "to";
    if (bit == 0 || (fieldsSeen_ & bit)) {
      std::string p = elementPtr();
      appendSegment(p, k);
      if (bit) return fail(start(), p, "duplicate key " + quoted(k));
      return fail(start(), p,
                  "unknown key " + quoted(k) +
                      (edge ? " (expected type, from, to, properties)" : " (expected id, labels, properties)"));
    }
    fieldsSeen_ |= bit;
    st_ = next;
    return true;
  }

  bool finishNode() {
    if (!(fieldsSeen_ & kFieldId)) return fail(start(elementPos_), elementPtr(), "missing required key 'id'");
    if (auto existing = g_.findNode(id_)) {
      field_ = "id";
      std::string what = "duplicate node id " + quoted(id_);
      if (*existing >= baseNodes_)
        what += " (first defined at /nodes/" + std::to_string(*existing - baseNodes_) + ")";
      else
        what += " (already in the graph)";
      return fail(start(idPos_), fieldPtr(), what);
    }
    // No `id` property given (a null one is absent, but given): the node's key is its id.
    if (!keySeen(g_.idKey())) props_.push_back(Property{g_.idKey(), Value(id_)});
    g_.addNode(std::move(id_), std::move(labels_), std::move(props_));
    id_.clear();
    labels_.clear();
    ++nodeMark_;
    props_.clear();
    ++nodesAdded_;
    ++element_;
    st_ = State::NodesElem;
    return true;
  }

  bool finishEdge() {
    const char* missing = !(fieldsSeen_ & kFieldType) ? "type"
                          : !(fieldsSeen_ & kFieldFrom) ? "from"
                          : !(fieldsSeen_ & kFieldTo)   ? "to"
                                                        : nullptr;
    if (missing)
      return fail(start(elementPos_), elementPtr(), std::string("missing required key '") + missing + "'");
    // Edges wait until the nodes section is over (edges may come first) and are then resolved
    // in batches.
    pending_.push_back(PendingEdge{type_, std::move(from_), std::move(to_), fromPos_, toPos_, element_,
                                   std::move(props_)});
    if (nodesDone_ && pending_.size() >= kEdgeBatch && !resolvePending()) return false;
    from_.clear();
    to_.clear();
    props_.clear();
    ++element_;
    st_ = State::EdgesElem;
    return true;
  }

  bool dangling(std::size_t pos, std::size_t ordinal, const char* which, const std::string& id) {
    std::string p = "/edges";
    appendSegment(p, ordinal);
    appendSegment(p, which);
    return fail(start(pos), p, "no node with id " + quoted(id));
  }

  PropertyGraph& g_;
  const rapidjson::MemoryStream& is_;
  std::string_view text_;
  std::size_t baseNodes_;
  const std::function<void(std::size_t)>& consumed_;
  std::size_t nextReport_ = kReportEvery;

  State st_ = State::Root;
  std::size_t evBegin_ = 0, lastEnd_ = 0;

  unsigned topSeen_ = 0;
  std::size_t topPos_ = 0;
  Section section_ = Section::None;
  bool nodesDone_ = false;
  std::size_t element_ = 0;  // index of the current node/edge in its array
  std::size_t elementPos_ = 0;
  unsigned fieldsSeen_ = 0;
  std::string_view field_ = "";

  std::string id_;
  std::size_t idPos_ = 0;
  std::vector<LabelId> labels_;
  std::vector<std::uint64_t> labelMark_;  // per label id: the nodeMark_ of the last node naming it
  std::uint64_t nodeMark_ = 1;
  std::size_t labelIndex_ = 0;

  TypeId type_ = 0;
  LastName lastLabel_, lastType_;
  std::string from_, to_;
  std::size_t fromPos_ = 0, toPos_ = 0;

  PropertyBag props_;
  KeyId propKey_ = 0;
  std::vector<KeyId> propKeys_;
  std::unordered_set<KeyId> propKeySet_;
  List list_;
  std::size_t listIndex_ = 0;
  bool tagInList_ = false;
  std::size_t tagPos_ = 0;
  std::string tagName_;
  ValueKind tagKind_ = ValueKind::Null;
  Value tagged_;

  std::vector<PendingEdge> pending_;
  static constexpr std::size_t kEdgeBatch = 4096;
  std::vector<std::string_view> ids_;            // resolvePending's lookups
  std::vector<std::optional<NodeIndex>> found_;  // and their answers
  std::size_t nodesAdded_ = 0, edgesAdded_ = 0;

  bool failed_ = false;
  std::size_t errorOffset_ = 0;
  std::string errorMessage_;
};

Error loadError(const std::string& source, std::string_view text, std::size_t offset, const std::string& what) {
  offset = std::min(offset, text.size());
  std::string_view before = text.substr(0, offset);
  std::size_t line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
  std::size_t lastNewline = before.rfind('\n');
  std::size_t column = offset - (lastNewline == std::string_view::npos ? 0 : lastNewline + 1) + 1;
  return Error(ErrorKind::Load,
               source + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + what);
}

// A file's bytes, mapped read-only when it is a regular file (so a 500 MB graph is paged in as it
// is parsed, and pages already parsed can be dropped), else read into memory (pipes, /dev/stdin).
class FileText {
 public:
  // Returns 0 or an errno value.
  int open(const std::string& path) {
    int fd;
    do fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) return errno;
    struct stat st;
    if (::fstat(fd, &st) == 0) {
      if (S_ISDIR(st.st_mode)) {
        ::close(fd);
        return EISDIR;
      }
      if (S_ISREG(st.st_mode) && st.st_size > 0) {
        void* p = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (p != MAP_FAILED) {
          ::close(fd);
          map_ = static_cast<const char*>(p);
          size_ = static_cast<std::size_t>(st.st_size);
          ::madvise(p, size_, MADV_SEQUENTIAL);
          return 0;
        }
      }
    }
    int err = readAll(fd);
    ::close(fd);
    return err;
  }
  ~FileText() {
    if (map_) ::munmap(const_cast<char*>(map_), size_);
  }
  std::string_view text() const { return map_ ? std::string_view(map_, size_) : std::string_view(buffer_); }
  // Gives back the memory of the pages before `offset`; reading them again later (an error
  // message's line count) pages them back in from the file.
  void release(std::size_t offset) {
    if (!map_) return;
    static const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    std::size_t end = offset / page * page;
    if (end > released_) ::madvise(const_cast<char*>(map_) + released_, end - released_, MADV_DONTNEED);
    released_ = std::max(released_, end);
  }

 private:
  int readAll(int fd) {
    char buf[1 << 16];
    for (;;) {
      ssize_t n = ::read(fd, buf, sizeof buf);
      if (n < 0) {
        if (errno == EINTR) continue;
        return errno;
      }
      if (n == 0) return 0;
      buffer_.append(buf, static_cast<std::size_t>(n));
    }
  }
  const char* map_ = nullptr;
  std::size_t size_ = 0;
  std::size_t released_ = 0;
  std::string buffer_;
};

LoadStats load(PropertyGraph& graph, std::string_view text, const std::string& sourceName,
               const std::function<void(std::size_t)>& consumed) {
  BulkLoad load(graph);  // rolls everything back unless it reaches commit()
  const char* data = text.data() ? text.data() : "";
  rapidjson::MemoryStream is(data, text.size());  // bounded: `text` need not be NUL-terminated
  Handler handler(graph, is, std::string_view(data, text.size()), load.mark().nodes, consumed);
  rapidjson::Reader reader;
  rapidjson::ParseResult result = reader.Parse<kParseFlags>(is, handler);
  if (result.IsError()) {
    if (handler.failed()) throw loadError(sourceName, text, handler.errorOffset(), handler.errorMessage());
    throw loadError(sourceName, text, result.Offset(),
                    std::string("malformed JSON: ") + rapidjson::GetParseError_En(result.Code()));
  }
  // The stream reads a NUL byte as the end of input: anything left after it is trailing garbage.
  if (is.Tell() != text.size())
    throw loadError(sourceName, text, is.Tell(),
                    std::string("malformed JSON: ") +
                        rapidjson::GetParseError_En(rapidjson::kParseErrorDocumentRootNotSingular));
  if (!handler.resolvePending()) throw loadError(sourceName, text, handler.errorOffset(), handler.errorMessage());
  load.commit();
  return handler.report();
}

}  // namespace

LoadStats loadGraphJson(PropertyGraph& graph, std::string_view text, const std::string& sourceName) {
  return load(graph, text, sourceName, nullptr);
}

LoadStats loadGraphJsonFile(PropertyGraph& graph, const std::string& path) {
  FileText file;
  if (int err = file.open(path)) throw Error(ErrorKind::Io, "cannot read " + path + ": " + std::strerror(err));
  return load(graph, file.text(), path, [&](std::size_t offset) { file.release(offset); });
}

}  // namespace kgq
