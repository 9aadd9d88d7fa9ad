#include <kgq/value.h>

#include "graph/value_nesting.h"

#include <vector>

namespace kgq {

namespace {

// The list or map a value holds, when the value is its only owner (so dropping `v` frees it).
template <class Container>
const Container* soleContainer(const std::shared_ptr<const Container>* held) {
  return held && *held && held->use_count() == 1 ? held->get() : nullptr;
}

}  // namespace

// Dropping the last owner of a list frees its elements, which may free their lists, and so on:
// by recursion, one level of the call stack per level of nesting. Instead, before a solely owned
// list or map is freed, the solely owned lists and maps inside it get a second owner on a heap
// stack; freeing the container then only drops those owners to one, and each is taken apart the
// same way when its turn on the stack comes. Values that are shared or flat cost a scan.
void Value::releaseNested() noexcept {
  std::vector<Value> pending;
  auto adopt = [&pending](const Value& v) {
    auto keep = [&pending](const Value& item) {
      if (const auto* list = std::get_if<std::shared_ptr<const List>>(&item.v_)) {
        if (*list && list->use_count() == 1) pending.push_back(item);
      } else if (const auto* map = std::get_if<std::shared_ptr<const Map>>(&item.v_)) {
        if (*map && map->use_count() == 1) pending.push_back(item);
      }
    };
    if (const List* list = soleContainer(std::get_if<std::shared_ptr<const List>>(&v.v_))) {
      for (const Value& item : *list) keep(item);
    } else if (const Map* map = soleContainer(std::get_if<std::shared_ptr<const Map>>(&v.v_))) {
      for (const auto& entry : *map) keep(entry.second);
    }
  };
  adopt(*this);
  if (pending.empty()) return;  // nothing nested to free: the ordinary destructor does the rest
  v_ = std::monostate{};
  while (!pending.empty()) {
    Value next = std::move(pending.back());
    pending.pop_back();
    adopt(next);
    next.v_ = std::monostate{};
  }
}

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
    case ValueKind::List: {
      ValueNestingGuard guard("compare");
      return a.asList() == b.asList();
    }
    case ValueKind::Map: {
      ValueNestingGuard guard("compare");
      return a.asMap() == b.asMap();
    }
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
