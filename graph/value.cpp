#include <kgq/value.h>

namespace kgq {

const char* kindName(ValueKind kind) {
  switch (kind) {
    case ValueKind::Null: return "NULL";
    case ValueKind::Bool: return "BOOLEAN";
    case ValueKind::Int: return "INTEGER";
    case ValueKind::Float: return "FLOAT";
    case ValueKind::String: return "STRING";
    case ValueKind::List: return "LIST";
    case ValueKind::Map: return "MAP";
    case ValueKind::Node:
    case ValueKind::NodeRef: return "NODE";
    case ValueKind::Relationship:
    case ValueKind::EdgeRef: return "RELATIONSHIP";
    case ValueKind::Path:
    case ValueKind::PathRef: return "PATH";
    case ValueKind::Date: return "DATE";
    case ValueKind::LocalTime: return "LOCAL TIME";
    case ValueKind::Time: return "ZONED TIME";
    case ValueKind::LocalDateTime: return "LOCAL DATETIME";
    case ValueKind::DateTime: return "ZONED DATETIME";
    case ValueKind::Duration: return "DURATION";
  }
  return "UNKNOWN";
}

static bool sameNode(const Node& a, const Node& b) {
  return a.id == b.id && a.labels == b.labels && a.properties == b.properties;
}

static bool sameRelationship(const Relationship& a, const Relationship& b) {
  return a.handle == b.handle && a.type == b.type && a.from == b.from && a.to == b.to &&
         a.properties == b.properties;
}

bool operator==(const Value& a, const Value& b) {
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case ValueKind::Null: return true;
    case ValueKind::Bool: return a.asBool() == b.asBool();
    case ValueKind::Int: return a.asInt() == b.asInt();
    case ValueKind::Float: return a.asFloat() == b.asFloat();
    case ValueKind::String: return a.asString() == b.asString();
    case ValueKind::List: return a.asList() == b.asList();
    case ValueKind::Map: return a.asMap() == b.asMap();
    case ValueKind::Node: return sameNode(a.asNode(), b.asNode());
    case ValueKind::Relationship: return sameRelationship(a.asRelationship(), b.asRelationship());
    case ValueKind::Path: {
      const Path& p = a.asPath();
      const Path& q = b.asPath();
      if (p.nodes.size() != q.nodes.size() || p.relationships.size() != q.relationships.size()) return false;
      for (std::size_t i = 0; i < p.nodes.size(); ++i)
        if (!sameNode(p.nodes[i], q.nodes[i])) return false;
      for (std::size_t i = 0; i < p.relationships.size(); ++i)
        if (!sameRelationship(p.relationships[i], q.relationships[i])) return false;
      return true;
    }
    case ValueKind::NodeRef: return a.asNodeRef().index == b.asNodeRef().index;
    case ValueKind::EdgeRef: return a.asEdgeRef().index == b.asEdgeRef().index;
    case ValueKind::PathRef:
      return a.asPathRef().nodes == b.asPathRef().nodes && a.asPathRef().edges == b.asPathRef().edges;
    case ValueKind::Date: return a.asDate().days == b.asDate().days;
    case ValueKind::LocalTime: return a.asLocalTime().nanos == b.asLocalTime().nanos;
    case ValueKind::Time:
      return a.asTime().nanos == b.asTime().nanos && a.asTime().offsetSeconds == b.asTime().offsetSeconds;
    case ValueKind::LocalDateTime:
      return a.asLocalDateTime().seconds == b.asLocalDateTime().seconds && a.asLocalDateTime().nanos == b.asLocalDateTime().nanos;
    case ValueKind::DateTime: {
      const DateTime& x = a.asDateTime();
      const DateTime& y = b.asDateTime();
      return x.seconds == y.seconds && x.nanos == y.nanos && x.offsetSeconds == y.offsetSeconds && x.zone == y.zone;
    }
    case ValueKind::Duration: {
      const Duration& x = a.asDuration();
      const Duration& y = b.asDuration();
      return x.months == y.months && x.days == y.days && x.seconds == y.seconds && x.nanos == y.nanos;
    }
  }
  return false;
}

}  // namespace kgq
