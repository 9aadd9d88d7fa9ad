// kgq::Value — one Cypher value: what a property holds, what a parameter passes in and what a
// query returns. Property values are null, bool, int64, float64, string and lists of these;
// queries also produce maps, nodes, relationships and paths. The temporal kinds (Date, LocalTime,
// Time, LocalDateTime, DateTime, Duration) are plain fields here; their calendar and time-zone
// rules (construction, ISO strings, arithmetic) live in the engine.
//
// Promises: a Value is a regular type (copyable, comparable with ==, which is structural identity,
// not Cypher's three-valued `=`; see query semantics for that). Results returned by the API hold
// only the materialized kinds (Node, Relationship, Path); the *Ref kinds are engine-internal
// handles that never leave a query.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace kgq {

class Value;
using List = std::vector<Value>;
using Map = std::map<std::string, Value>;

// A node as a query result shows it: its id, labels and stored properties.
struct Node {
  std::string id;
  std::vector<std::string> labels;
  Map properties;
};

// A relationship as a query result shows it: type, the ids of its endpoints and its properties.
// `handle` tells apart two relationships that are otherwise equal (same type, ends, properties).
struct Relationship {
  std::string type;
  std::string from;
  std::string to;
  Map properties;
  std::uint64_t handle = 0;
};

// A path: nodes[0] -rels[0]- nodes[1] ... ; rels.size() + 1 == nodes.size().
struct Path {
  std::vector<Node> nodes;
  std::vector<Relationship> relationships;
};

// Engine-internal handles (index into the graph's node/edge tables).
struct NodeRef { std::uint32_t index; };
struct EdgeRef { std::uint32_t index; };
struct PathRef {
  std::vector<std::uint32_t> nodes;
  std::vector<std::uint32_t> edges;
};

// Temporal values as openCypher and Neo4j define them. Days count from 1970-01-01 in the proleptic
// Gregorian calendar (year 0 exists; years -999999999..999999999); times count nanoseconds.
struct Date {
  std::int64_t days = 0;  // since 1970-01-01
};
struct LocalTime {
  std::int64_t nanos = 0;  // since midnight, in [0, 86400 * 10^9)
};
struct Time {
  std::int64_t nanos = 0;           // local time of day, since midnight
  std::int32_t offsetSeconds = 0;   // its offset from UTC
};
struct LocalDateTime {
  std::int64_t seconds = 0;  // local wall-clock seconds since 1970-01-01T00:00
  std::int32_t nanos = 0;    // in [0, 10^9)
};
struct DateTime {
  std::int64_t seconds = 0;        // the instant: UTC seconds since 1970-01-01T00:00Z
  std::int32_t nanos = 0;          // in [0, 10^9)
  std::int32_t offsetSeconds = 0;  // the zone's offset from UTC at that instant
  std::string zone;                // an IANA zone name ("Europe/Stockholm"), or "" for a fixed offset
};
// A duration keeps months, days and seconds apart (a month or a day has no fixed length).
struct Duration {
  std::int64_t months = 0;
  std::int64_t days = 0;
  std::int64_t seconds = 0;
  std::int32_t nanos = 0;  // in [0, 10^9): -0.5 s is seconds -1, nanos 500000000
};

enum class ValueKind : std::uint8_t {
  Null, Bool, Int, Float, String, List, Map, Node, Relationship, Path, NodeRef, EdgeRef, PathRef,
  Date, LocalTime, Time, LocalDateTime, DateTime, Duration
};

// The user-facing name of a kind ("INTEGER", "STRING", ...), as used in error messages.
const char* kindName(ValueKind kind);

class Value {
 public:
  Value() = default;
  Value(std::nullptr_t) {}
  Value(bool b) : v_(b) {}
  Value(int i) : v_(static_cast<std::int64_t>(i)) {}
  Value(std::int64_t i) : v_(i) {}
  Value(double d) : v_(d) {}
  Value(const char* s) : v_(std::string(s)) {}
  Value(std::string s) : v_(std::move(s)) {}
  Value(List l) : v_(std::make_shared<const List>(std::move(l))) {}
  Value(Map m) : v_(std::make_shared<const Map>(std::move(m))) {}
  Value(Node n) : v_(std::make_shared<const Node>(std::move(n))) {}
  Value(Relationship r) : v_(std::make_shared<const Relationship>(std::move(r))) {}
  Value(Path p) : v_(std::make_shared<const Path>(std::move(p))) {}
  Value(NodeRef n) : v_(n) {}
  Value(EdgeRef e) : v_(e) {}
  Value(PathRef p) : v_(std::make_shared<const PathRef>(std::move(p))) {}
  Value(Date d) : v_(d) {}
  Value(LocalTime t) : v_(t) {}
  Value(Time t) : v_(t) {}
  Value(LocalDateTime t) : v_(t) {}
  Value(DateTime t) : v_(std::make_shared<const DateTime>(std::move(t))) {}
  Value(Duration d) : v_(d) {}
  Value(const Value&) = default;
  Value(Value&&) noexcept = default;
  Value& operator=(const Value&) = default;
  Value& operator=(Value&&) noexcept = default;
  // A list or map nested 100,000 deep (built by reduce(), say) is taken apart without recursion.
  ~Value() {
    if (kind() == ValueKind::List || kind() == ValueKind::Map) releaseNested();
  }

  ValueKind kind() const { return static_cast<ValueKind>(v_.index()); }
  bool isNull() const { return kind() == ValueKind::Null; }
  bool isBool() const { return kind() == ValueKind::Bool; }
  bool isInt() const { return kind() == ValueKind::Int; }
  bool isFloat() const { return kind() == ValueKind::Float; }
  bool isNumber() const { return isInt() || isFloat(); }
  bool isString() const { return kind() == ValueKind::String; }
  bool isList() const { return kind() == ValueKind::List; }
  bool isMap() const { return kind() == ValueKind::Map; }
  // Date, LocalTime, Time, LocalDateTime, DateTime or Duration.
  bool isTemporal() const { return kind() >= ValueKind::Date; }

  // Accessors: the caller must have checked the kind (they throw std::bad_variant_access).
  bool asBool() const { return std::get<bool>(v_); }
  std::int64_t asInt() const { return std::get<std::int64_t>(v_); }
  double asFloat() const { return std::get<double>(v_); }
  // An Int or Float as double.
  double asNumber() const { return isInt() ? static_cast<double>(asInt()) : asFloat(); }
  const std::string& asString() const { return std::get<std::string>(v_); }
  const List& asList() const { return *std::get<std::shared_ptr<const List>>(v_); }
  const Map& asMap() const { return *std::get<std::shared_ptr<const Map>>(v_); }
  const Node& asNode() const { return *std::get<std::shared_ptr<const Node>>(v_); }
  const Relationship& asRelationship() const { return *std::get<std::shared_ptr<const Relationship>>(v_); }
  const Path& asPath() const { return *std::get<std::shared_ptr<const Path>>(v_); }
  NodeRef asNodeRef() const { return std::get<NodeRef>(v_); }
  EdgeRef asEdgeRef() const { return std::get<EdgeRef>(v_); }
  const PathRef& asPathRef() const { return *std::get<std::shared_ptr<const PathRef>>(v_); }
  const Date& asDate() const { return std::get<Date>(v_); }
  const LocalTime& asLocalTime() const { return std::get<LocalTime>(v_); }
  const Time& asTime() const { return std::get<Time>(v_); }
  const LocalDateTime& asLocalDateTime() const { return std::get<LocalDateTime>(v_); }
  const DateTime& asDateTime() const { return *std::get<std::shared_ptr<const DateTime>>(v_); }
  const Duration& asDuration() const { return std::get<Duration>(v_); }

  // Structural identity: same kind and same contents (1 != 1.0, null == null). Cypher's `=`
  // is in the query engine.
  friend bool operator==(const Value& a, const Value& b);
  friend bool operator!=(const Value& a, const Value& b) { return !(a == b); }

  // The value in Cypher literal notation: 'text', 12, 1.5, [1, 'a'], {k: 1}, (:L {p: 1}); a
  // temporal value as its ISO 8601 string, unquoted (2015-07-21, PT1H30M), as Neo4j prints it.
  std::string toCypher() const;

 private:
  void releaseNested() noexcept;

  std::variant<std::monostate, bool, std::int64_t, double, std::string, std::shared_ptr<const List>,
               std::shared_ptr<const Map>, std::shared_ptr<const Node>, std::shared_ptr<const Relationship>,
               std::shared_ptr<const Path>, NodeRef, EdgeRef, std::shared_ptr<const PathRef>, Date, LocalTime, Time,
               LocalDateTime, std::shared_ptr<const DateTime>, Duration>
      v_;
};

}  // namespace kgq
