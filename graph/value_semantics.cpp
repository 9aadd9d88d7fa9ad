#include "graph/value_semantics.h"

#include "graph/value_nesting.h"

#include "graph/temporal.h"

#include <cmath>
#include <cstring>
#include <functional>

namespace kgq {
namespace {

bool isNumber(const Value& v) { return v.isInt() || v.isFloat(); }

// -1/0/+1 for two numbers, exact for int/int and int/float (no rounding of large ints).
int compareNumbers(const Value& a, const Value& b) {
  if (a.isInt() && b.isInt()) return a.asInt() < b.asInt() ? -1 : a.asInt() > b.asInt() ? 1 : 0;
  if (a.isFloat() && b.isFloat()) return a.asFloat() < b.asFloat() ? -1 : a.asFloat() > b.asFloat() ? 1 : 0;
  // int vs float: compare as long double, which holds every int64 exactly on x86-64.
  long double x = a.isInt() ? static_cast<long double>(a.asInt()) : a.asFloat();
  long double y = b.isInt() ? static_cast<long double>(b.asInt()) : b.asFloat();
  return x < y ? -1 : x > y ? 1 : 0;
}

bool isNaN(const Value& v) { return v.isFloat() && std::isnan(v.asFloat()); }

int kindRank(const Value& v) {
  switch (v.kind()) {
    case ValueKind::Map: return 0;
    case ValueKind::Node:
    case ValueKind::NodeRef: return 1;
    case ValueKind::Relationship:
    case ValueKind::EdgeRef: return 2;
    case ValueKind::List: return 3;
    case ValueKind::Path:
    case ValueKind::PathRef: return 4;
    case ValueKind::DateTime: return 5;
    case ValueKind::LocalDateTime: return 6;
    case ValueKind::Date: return 7;
    case ValueKind::Time: return 8;
    case ValueKind::LocalTime: return 9;
    case ValueKind::Duration: return 10;
    case ValueKind::String: return 11;
    case ValueKind::Bool: return 12;
    case ValueKind::Int:
    case ValueKind::Float: return 13;
    case ValueKind::Null: return 15;
  }
  return 14;
}

}  // namespace

Value cypherEquals(const Value& a, const Value& b) {
  if (a.isNull() || b.isNull()) return Value();
  if (isNumber(a) && isNumber(b)) {
    if (isNaN(a) || isNaN(b)) return Value(false);
    return Value(compareNumbers(a, b) == 0);
  }
  if (a.kind() != b.kind()) return Value(false);
  switch (a.kind()) {
    case ValueKind::List: {
      ValueNestingGuard guard("compare");
      const List& x = a.asList();
      const List& y = b.asList();
      if (x.size() != y.size()) return Value(false);
      bool unknown = false;
      for (std::size_t i = 0; i < x.size(); ++i) {
        Value e = cypherEquals(x[i], y[i]);
        if (e.isNull()) unknown = true;
        else if (!e.asBool()) return Value(false);
      }
      return unknown ? Value() : Value(true);
    }
    case ValueKind::Map: {
      ValueNestingGuard guard("compare");
      const Map& x = a.asMap();
      const Map& y = b.asMap();
      if (x.size() != y.size()) return Value(false);
      bool unknown = false;
      for (auto ix = x.begin(), iy = y.begin(); ix != x.end(); ++ix, ++iy) {
        if (ix->first != iy->first) return Value(false);
        Value e = cypherEquals(ix->second, iy->second);
        if (e.isNull()) unknown = true;
        else if (!e.asBool()) return Value(false);
      }
      return unknown ? Value() : Value(true);
    }
    default:
      return Value(a == b);
  }
}

bool cypherCompare(const Value& a, const Value& b, int& result) {
  if (a.isNull() || b.isNull()) return false;
  if (isNumber(a) && isNumber(b)) {
    if (isNaN(a) || isNaN(b)) return false;
    result = compareNumbers(a, b);
    return true;
  }
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case ValueKind::String: {
      int c = a.asString().compare(b.asString());
      result = c < 0 ? -1 : c > 0 ? 1 : 0;
      return true;
    }
    case ValueKind::Bool:
      result = a.asBool() == b.asBool() ? 0 : a.asBool() ? 1 : -1;
      return true;
    case ValueKind::List: {
      ValueNestingGuard guard("compare");
      const List& x = a.asList();
      const List& y = b.asList();
      for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
        Value eq = cypherEquals(x[i], y[i]);
        if (eq.isNull()) return false;
        if (eq.asBool()) continue;
        return cypherCompare(x[i], y[i], result);
      }
      result = x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
      return true;
    }
    case ValueKind::Date:
    case ValueKind::LocalTime:
    case ValueKind::Time:
    case ValueKind::LocalDateTime:
    case ValueKind::DateTime:
      result = temporal::compare(a, b);
      return true;
    default:  // durations have no order (a month is not a fixed number of days)
      return false;
  }
}

int orderCompare(const Value& a, const Value& b) {
  int ra = kindRank(a), rb = kindRank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (a.kind()) {
    case ValueKind::Null: return 0;
    case ValueKind::Int:
    case ValueKind::Float:
      if (isNaN(a) || isNaN(b)) return isNaN(a) == isNaN(b) ? 0 : isNaN(a) ? 1 : -1;
      return compareNumbers(a, b);
    case ValueKind::String: {
      int c = a.asString().compare(b.asString());
      return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    case ValueKind::Bool: return a.asBool() == b.asBool() ? 0 : a.asBool() ? 1 : -1;
    case ValueKind::List: {
      ValueNestingGuard guard("compare");
      const List& x = a.asList();
      const List& y = b.asList();
      for (std::size_t i = 0; i < x.size() && i < y.size(); ++i)
        if (int c = orderCompare(x[i], y[i])) return c;
      return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
    }
    case ValueKind::Map: {
      ValueNestingGuard guard("compare");
      const Map& x = a.asMap();
      const Map& y = b.asMap();
      auto ix = x.begin();
      auto iy = y.begin();
      for (; ix != x.end() && iy != y.end(); ++ix, ++iy) {
        if (int c = ix->first.compare(iy->first)) return c < 0 ? -1 : 1;
        if (int c = orderCompare(ix->second, iy->second)) return c;
      }
      return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
    }
    case ValueKind::NodeRef: {
      auto x = a.asNodeRef().index, y = b.asNodeRef().index;
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case ValueKind::EdgeRef: {
      auto x = a.asEdgeRef().index, y = b.asEdgeRef().index;
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case ValueKind::PathRef: {
      const PathRef& x = a.asPathRef();
      const PathRef& y = b.asPathRef();
      if (x.nodes != y.nodes) return x.nodes < y.nodes ? -1 : 1;
      if (x.edges != y.edges) return x.edges < y.edges ? -1 : 1;
      return 0;
    }
    case ValueKind::Date:
    case ValueKind::LocalTime:
    case ValueKind::Time:
    case ValueKind::LocalDateTime:
    case ValueKind::DateTime:
    case ValueKind::Duration: return temporal::compare(a, b);
    default:
      // Materialized entities only appear in results, never in ORDER BY.
      return 0;
  }
}

bool equivalent(const Value& a, const Value& b) {
  if (isNumber(a) && isNumber(b)) {
    if (isNaN(a) || isNaN(b)) return isNaN(a) && isNaN(b);
    return compareNumbers(a, b) == 0;
  }
  if (a.kind() != b.kind()) return false;
  if (a.isList()) {
    ValueNestingGuard guard("compare");
    const List& x = a.asList();
    const List& y = b.asList();
    if (x.size() != y.size()) return false;
    for (std::size_t i = 0; i < x.size(); ++i)
      if (!equivalent(x[i], y[i])) return false;
    return true;
  }
  if (a.isMap()) {
    ValueNestingGuard guard("compare");
    const Map& x = a.asMap();
    const Map& y = b.asMap();
    if (x.size() != y.size()) return false;
    for (auto ix = x.begin(), iy = y.begin(); ix != x.end(); ++ix, ++iy)
      if (ix->first != iy->first || !equivalent(ix->second, iy->second)) return false;
    return true;
  }
  return a == b;
}

std::size_t equivalenceHash(const Value& v) {
  auto mix = [](std::size_t seed, std::size_t h) { return seed ^ (h + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2)); };
  switch (v.kind()) {
    case ValueKind::Null: return 0x51;
    case ValueKind::Bool: return v.asBool() ? 0x71 : 0x70;
    case ValueKind::Int: return std::hash<std::int64_t>()(v.asInt());
    case ValueKind::Float: {
      double d = v.asFloat();
      if (std::isnan(d)) return 0x7ff8;
      // An integral float hashes like the equal integer (1.0 is equivalent to 1).
      if (d == std::floor(d) && std::abs(d) < 9.2e18) return std::hash<std::int64_t>()(static_cast<std::int64_t>(d));
      return std::hash<double>()(d);
    }
    case ValueKind::String: return std::hash<std::string>()(v.asString());
    case ValueKind::List: {
      ValueNestingGuard guard("hash");
      std::size_t h = 0x11;
      for (const Value& e : v.asList()) h = mix(h, equivalenceHash(e));
      return h;
    }
    case ValueKind::Map: {
      ValueNestingGuard guard("hash");
      std::size_t h = 0x22;
      for (const auto& [k, e] : v.asMap()) h = mix(mix(h, std::hash<std::string>()(k)), equivalenceHash(e));
      return h;
    }
    case ValueKind::NodeRef: return mix(0x33, v.asNodeRef().index);
    case ValueKind::EdgeRef: return mix(0x44, v.asEdgeRef().index);
    case ValueKind::PathRef: {
      std::size_t h = 0x55;
      for (auto n : v.asPathRef().nodes) h = mix(h, n);
      for (auto e : v.asPathRef().edges) h = mix(h, e);
      return h;
    }
    default:
      if (v.isTemporal()) return temporal::hash(v);
      return 0x66;
  }
}

std::size_t ValuesHash::operator()(const std::vector<Value>& values) const {
  std::size_t h = values.size();
  for (const Value& v : values) h = h * 31 + equivalenceHash(v);
  return h;
}

bool ValuesEquivalent::operator()(const std::vector<Value>& a, const std::vector<Value>& b) const {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!equivalent(a[i], b[i])) return false;
  return true;
}

}  // namespace kgq
