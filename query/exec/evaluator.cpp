#include "query/exec/evaluator.h"

#include "query/exec/column_comparison.h"
#include "query/exec/subquery.h"
#include "query/exec/temporal_operators.h"
#include "query/function/function_registry.h"
#include "graph/value_semantics.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>

namespace kgq {

EvalContext::EvalContext(const PropertyGraph& g, const std::vector<Value>& params, QueryGuard& queryGuard)
    : graph(g), parameters(params), guard(queryGuard) {}

EvalContext::~EvalContext() = default;

void typeMismatch(const std::string& expected, const Value& got, const BoundExpr& where) {
  throw Error(ErrorKind::Runtime, "Type mismatch: expected " + expected + " but was " + kindName(got.kind()) +
                                      " in `" + where.text + "`");
}

namespace {

[[noreturn]] void runtimeError(const std::string& message, const BoundExpr& where) {
  throw Error(ErrorKind::Runtime, message + " in `" + where.text + "`");
}

// Three-valued logic: a boolean, or null for unknown.
enum class Truth { False, True, Unknown };

Truth truthOf(const Value& v, const BoundExpr& where) {
  if (v.isNull()) return Truth::Unknown;
  if (!v.isBool()) typeMismatch("BOOLEAN", v, where);
  return v.asBool() ? Truth::True : Truth::False;
}

Value fromTruth(Truth t) { return t == Truth::Unknown ? Value() : Value(t == Truth::True); }

Value arithmetic(BinaryOp op, const Value& a, const Value& b, const BoundExpr& e) {
  if (a.isNull() || b.isNull()) return Value();
  if ((a.isTemporal() || b.isTemporal()) && !a.isList() && !b.isList()) return temporalArithmetic(op, a, b, e);
  if (op == BinaryOp::Add) {
    if (a.isString() && b.isString()) return Value(a.asString() + b.asString());
    if (a.isString() && (b.isNumber() || b.isBool())) return Value(a.asString() + (b.isBool() ? (b.asBool() ? "true" : "false") : b.isInt() ? std::to_string(b.asInt()) : b.toCypher()));
    if (b.isString() && (a.isNumber() || a.isBool())) return Value((a.isBool() ? (a.asBool() ? "true" : "false") : a.isInt() ? std::to_string(a.asInt()) : a.toCypher()) + b.asString());
    if (a.isList() && b.isList()) {
      List out = a.asList();
      out.insert(out.end(), b.asList().begin(), b.asList().end());
      return Value(std::move(out));
    }
    if (a.isList()) {
      List out = a.asList();
      out.push_back(b);
      return Value(std::move(out));
    }
    if (b.isList()) {
      List out;
      out.reserve(b.asList().size() + 1);
      out.push_back(a);
      out.insert(out.end(), b.asList().begin(), b.asList().end());
      return Value(std::move(out));
    }
  }
  if (!a.isNumber()) typeMismatch("INTEGER or FLOAT", a, e);
  if (!b.isNumber()) typeMismatch("INTEGER or FLOAT", b, e);
  if (op == BinaryOp::Pow) return Value(std::pow(a.asNumber(), b.asNumber()));
  if (a.isInt() && b.isInt()) {
    std::int64_t x = a.asInt(), y = b.asInt(), r = 0;
    switch (op) {
      case BinaryOp::Add:
        if (__builtin_add_overflow(x, y, &r)) runtimeError("Integer overflow", e);
        return Value(r);
      case BinaryOp::Sub:
        if (__builtin_sub_overflow(x, y, &r)) runtimeError("Integer overflow", e);
        return Value(r);
      case BinaryOp::Mul:
        if (__builtin_mul_overflow(x, y, &r)) runtimeError("Integer overflow", e);
        return Value(r);
      case BinaryOp::Div:
        if (y == 0) runtimeError("Division by zero", e);
        if (x == INT64_MIN && y == -1) runtimeError("Integer overflow", e);
        return Value(x / y);
      case BinaryOp::Mod:
        if (y == 0) runtimeError("Division by zero", e);
        if (y == -1) return Value(std::int64_t{0});
        return Value(x % y);
      default: break;
    }
  }
  double x = a.asNumber(), y = b.asNumber();
  switch (op) {
    case BinaryOp::Add: return Value(x + y);
    case BinaryOp::Sub: return Value(x - y);
    case BinaryOp::Mul: return Value(x * y);
    case BinaryOp::Div: return Value(x / y);
    case BinaryOp::Mod: return Value(std::fmod(x, y));
    default: return Value();
  }
}

Value inList(const Value& needle, const Value& haystack, const BoundExpr& e) {
  if (haystack.isNull()) return Value();
  if (!haystack.isList()) typeMismatch("LIST", haystack, e);
  bool unknown = false;
  for (const Value& item : haystack.asList()) {
    Value eq = cypherEquals(needle, item);
    if (eq.isNull()) unknown = true;
    else if (eq.asBool()) return Value(true);
  }
  return unknown ? Value() : Value(false);
}

Value regexMatch(const Value& text, const Value& pattern, const BoundExpr& e, EvalContext& ctx) {
  if (text.isNull() || pattern.isNull()) return Value();
  if (!pattern.isString()) typeMismatch("STRING", pattern, e);
  if (!text.isString()) return Value();
  auto& compiled = ctx.regexes[pattern.asString()];
  if (!compiled) {
    RE2::Options options;
    options.set_log_errors(false);
    compiled = std::make_unique<RE2>(pattern.asString(), options);
  }
  if (!compiled->ok()) {
    std::string error = compiled->error();
    ctx.regexes.erase(pattern.asString());
    runtimeError("Invalid regular expression " + pattern.toCypher() + ": " + error, e);
  }
  return Value(RE2::FullMatch(text.asString(), *compiled));
}

Value binary(const BoundExpr& e, Row& row, EvalContext& ctx) {

  switch (e.op) {
    case BinaryOp::And: {
      Truth a = truthOf(evaluate(*e.children[0], row, ctx), e);
      if (a == Truth::False) return Value(false);
      Truth b = truthOf(evaluate(*e.children[1], row, ctx), e);
      if (b == Truth::False) return Value(false);
      return fromTruth(a == Truth::True && b == Truth::True ? Truth::True : Truth::Unknown);
    }
    case BinaryOp::Or: {
      Truth a = truthOf(evaluate(*e.children[0], row, ctx), e);
      if (a == Truth::True) return Value(true);
      Truth b = truthOf(evaluate(*e.children[1], row, ctx), e);
      if (b == Truth::True) return Value(true);
      return fromTruth(a == Truth::False && b == Truth::False ? Truth::False : Truth::Unknown);
    }
    case BinaryOp::Xor: {
      Truth a = truthOf(evaluate(*e.children[0], row, ctx), e);
      Truth b = truthOf(evaluate(*e.children[1], row, ctx), e);
      if (a == Truth::Unknown || b == Truth::Unknown) return Value();
      return Value((a == Truth::True) != (b == Truth::True));
    }
    default: break;
  }
  Value a = evaluate(*e.children[0], row, ctx);
  Value b = evaluate(*e.children[1], row, ctx);
  switch (e.op) {
    case BinaryOp::Eq: return cypherEquals(a, b);
    case BinaryOp::Neq: {
      Value eq = cypherEquals(a, b);
      return eq.isNull() ? eq : Value(!eq.asBool());
    }
    case BinaryOp::Lt:
    case BinaryOp::Gt:
    case BinaryOp::Le:
    case BinaryOp::Ge: {
      int c = 0;
      // NaN is unordered: every comparison with it is false (not null, as for other mismatches).
      if ((a.isFloat() && std::isnan(a.asFloat()) && b.isNumber()) || (b.isFloat() && std::isnan(b.asFloat()) && a.isNumber()))
        return Value(false);
      if (!cypherCompare(a, b, c)) return Value();
      switch (e.op) {
        case BinaryOp::Lt: return Value(c < 0);
        case BinaryOp::Gt: return Value(c > 0);
        case BinaryOp::Le: return Value(c <= 0);
        default: return Value(c >= 0);
      }
    }
    case BinaryOp::In: return inList(a, b, e);
    case BinaryOp::StartsWith:
    case BinaryOp::EndsWith:
    case BinaryOp::Contains: {
      if (!a.isString() || !b.isString()) return Value();
      const std::string& s = a.asString();
      const std::string& t = b.asString();
      if (e.op == BinaryOp::StartsWith) return Value(s.compare(0, t.size(), t) == 0 && s.size() >= t.size());
      if (e.op == BinaryOp::EndsWith) return Value(s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0);
      return Value(s.find(t) != std::string::npos);
    }
    case BinaryOp::RegexMatch: return regexMatch(a, b, e, ctx);
    case BinaryOp::Add:
      // String and list concatenation grow without bound in a loop (reduce, repeated +):
      // checked against the memory limit before the result is built.
      if (a.isString() && b.isString()) ctx.guard.checkGrowth(a.asString().size() + b.asString().size());
      else if (a.isList() || b.isList())
        ctx.guard.checkGrowth(((a.isList() ? a.asList().size() : 1) + (b.isList() ? b.asList().size() : 1)) *
                              sizeof(Value));
      return arithmetic(e.op, a, b, e);
    default: return arithmetic(e.op, a, b, e);
  }
}

Value property(const BoundExpr& e, Row& row, EvalContext& ctx) {
  Value base = evaluate(*e.children[0], row, ctx);
  switch (base.kind()) {
    case ValueKind::Null: return Value();
    case ValueKind::NodeRef: {
      NodeIndex n = base.asNodeRef().index;
      if (!ctx.graph.nodeIsLive(n))
        throw Error(ErrorKind::Runtime, "The node '" + std::string(ctx.graph.nodeId(n)) + "' was deleted earlier in this query: `" +
                                            e.text + "` cannot be read");
      return ctx.graph.nodeProperty(n, e.key);
    }
    case ValueKind::EdgeRef: {
      EdgeIndex r = base.asEdgeRef().index;
      if (!ctx.graph.edgeIsLive(r))
        throw Error(ErrorKind::Runtime, "The relationship was deleted earlier in this query: `" + e.text + "` cannot be read");
      return ctx.graph.edgeProperty(r, e.key);
    }
    case ValueKind::Map: {
      auto it = base.asMap().find(e.name);
      return it == base.asMap().end() ? Value() : it->second;
    }
    default:
      if (base.isTemporal()) return temporalComponent(base, e.name, e);
      typeMismatch("MAP, NODE or RELATIONSHIP", base, e);
  }
}

// A list index: negative counts from the end; out of range is null.
Value indexValue(const BoundExpr& e, Row& row, EvalContext& ctx) {
  Value base = evaluate(*e.children[0], row, ctx);
  Value index = evaluate(*e.children[1], row, ctx);
  if (base.isNull() || index.isNull()) return Value();
  if (base.isList()) {
    if (!index.isInt()) typeMismatch("INTEGER", index, e);
    const List& list = base.asList();
    std::int64_t i = index.asInt();
    std::int64_t size = static_cast<std::int64_t>(list.size());
    if (i < 0) i += size;
    if (i < 0 || i >= size) return Value();
    return list[static_cast<std::size_t>(i)];
  }
  if (base.isMap() || base.kind() == ValueKind::NodeRef || base.kind() == ValueKind::EdgeRef) {
    if (!index.isString()) typeMismatch("STRING", index, e);
    BoundExpr lookup;
    lookup.kind = BoundExprKind::Property;
    lookup.text = e.text;
    lookup.name = index.asString();
    lookup.key = ctx.graph.keyNames().find(lookup.name).value_or(kMissingName);
    auto constant = std::make_unique<BoundExpr>();
    constant->kind = BoundExprKind::Constant;
    constant->constant = base;
    lookup.children.push_back(std::move(constant));
    return property(lookup, row, ctx);
  }
  typeMismatch("LIST or MAP", base, e);
}

Value sliceValue(const BoundExpr& e, Row& row, EvalContext& ctx) {
  Value base = evaluate(*e.children[0], row, ctx);
  Value from = e.children[1] ? evaluate(*e.children[1], row, ctx) : Value();
  Value to = e.children[2] ? evaluate(*e.children[2], row, ctx) : Value();
  if (base.isNull()) return Value();
  if ((e.children[1] && from.isNull()) || (e.children[2] && to.isNull())) return Value();
  if (!base.isList()) typeMismatch("LIST", base, e);
  if (e.children[1] && !from.isInt()) typeMismatch("INTEGER", from, e);
  if (e.children[2] && !to.isInt()) typeMismatch("INTEGER", to, e);
  const List& list = base.asList();
  std::int64_t size = static_cast<std::int64_t>(list.size());
  auto clamp = [size](std::int64_t i) {
    if (i < 0) i += size;
    return std::max<std::int64_t>(0, std::min(i, size));
  };
  std::int64_t begin = e.children[1] ? clamp(from.asInt()) : 0;
  std::int64_t end = e.children[2] ? clamp(to.asInt()) : size;
  if (begin >= end) return Value(List{});
  return Value(List(list.begin() + begin, list.begin() + end));
}

Value caseValue(const BoundExpr& e, Row& row, EvalContext& ctx) {
  std::size_t i = 0;
  Value subject;
  if (e.hasSubject) subject = evaluate(*e.children[i++], row, ctx);
  std::size_t alternativesEnd = e.children.size() - (e.hasElse ? 1 : 0);
  for (; i < alternativesEnd; i += 2) {
    Value when = evaluate(*e.children[i], row, ctx);
    bool hit;
    if (e.hasSubject) {
      Value eq = cypherEquals(subject, when);
      hit = !eq.isNull() && eq.asBool();
    } else {
      hit = truthOf(when, e) == Truth::True;
    }
    if (hit) return evaluate(*e.children[i + 1], row, ctx);
  }
  return e.hasElse ? evaluate(*e.children.back(), row, ctx) : Value();
}

Value comprehension(const BoundExpr& e, Row& row, EvalContext& ctx) {
  Value list = evaluate(*e.children[0], row, ctx);
  if (list.isNull()) return Value();
  if (!list.isList()) typeMismatch("LIST", list, e);
  Value saved = row[e.slot];
  if (e.kind == BoundExprKind::ListComprehension) {
    List out;
    HeldBytes held;  // while the list grows
    for (const Value& item : list.asList()) {
      ctx.guard.tick();
      row[e.slot] = item;
      if (e.children[1] && !evaluatePredicate(*e.children[1], row, ctx)) continue;
      out.push_back(e.children[2] ? evaluate(*e.children[2], row, ctx) : item);
      held.add(ctx.guard, estimatedValueBytes(out.back()));
    }
    row[e.slot] = saved;
    return Value(std::move(out));
  }
  std::size_t trues = 0, unknowns = 0, total = list.asList().size();
  for (const Value& item : list.asList()) {
    row[e.slot] = item;
    Truth t = truthOf(evaluate(*e.children[1], row, ctx), e);
    if (t == Truth::True) ++trues;
    else if (t == Truth::Unknown) ++unknowns;
  }
  row[e.slot] = saved;
  std::size_t falses = total - trues - unknowns;
  switch (e.quantifier) {
    case QuantifierKind::All: return falses ? Value(false) : unknowns ? Value() : Value(true);
    case QuantifierKind::Any: return trues ? Value(true) : unknowns ? Value() : Value(false);
    case QuantifierKind::None: return trues ? Value(false) : unknowns ? Value() : Value(true);
    case QuantifierKind::Single:
      if (trues > 1) return Value(false);
      if (unknowns) return Value();
      return Value(trues == 1);
  }
  return Value();
}

}  // namespace

Map entityProperties(const Value& entity, const PropertyGraph& graph) {
  Map out;
  PropertyBag bag;
  if (entity.kind() == ValueKind::NodeRef) bag = graph.nodeProperties(entity.asNodeRef().index);
  if (entity.kind() == ValueKind::EdgeRef) bag = graph.edgeProperties(entity.asEdgeRef().index);
  for (Property& p : bag) out.emplace(graph.keyNames().name(p.key), std::move(p.value));
  return out;
}

namespace {

Value mapProjection(const BoundExpr& e, Row& row, EvalContext& ctx) {
  Value base = evaluate(*e.children[0], row, ctx);
  if (base.isNull()) return Value();
  bool entity = base.kind() == ValueKind::NodeRef || base.kind() == ValueKind::EdgeRef;
  if (!entity && !base.isMap()) typeMismatch("MAP, NODE or RELATIONSHIP", base, e);
  Map out;
  for (const MapProjectionEntry& entry : e.entries) {
    switch (entry.kind) {
      case kPropertySelector: {
        Value v;
        if (entity) {
          if (base.kind() == ValueKind::NodeRef && entry.key == "id") v = Value(std::string(ctx.graph.nodeId(base.asNodeRef().index)));
          else if (base.kind() == ValueKind::NodeRef) v = ctx.graph.nodeProperty(base.asNodeRef().index, entry.keyId);
          else v = ctx.graph.edgeProperty(base.asEdgeRef().index, entry.keyId);
        } else {
          auto it = base.asMap().find(entry.key);
          if (it != base.asMap().end()) v = it->second;
        }
        out[entry.key] = v;
        break;
      }
      case kAllProperties: {
        Map all = entity ? entityProperties(base, ctx.graph) : base.asMap();
        for (auto& [k, v] : all) out[k] = v;
        break;
      }
      default:
        out[entry.key] = evaluate(*entry.value, row, ctx);
        break;
    }
  }
  return Value(std::move(out));
}

bool patternStep(const BoundExpr& e, std::size_t step, NodeIndex at, Row& row, EvalContext& ctx,
                 std::vector<EdgeIndex>& used) {
  if (step == e.pattern.size()) return true;
  const PatternStep& s = e.pattern[step];
  const PropertyGraph& g = ctx.graph;
  bool found = false;
  auto visit = [&](EdgeIndex edge, NodeIndex other, TypeId type) {
    if (found) return;
    if (!s.types.empty() && std::find(s.types.begin(), s.types.end(), type) == s.types.end()) return;
    if (std::find(used.begin(), used.end(), edge) != used.end()) return;
    if (s.relSlot >= 0) {
      const Value& r = row[s.relSlot];
      if (r.kind() != ValueKind::EdgeRef || r.asEdgeRef().index != edge) return;
    }
    if (s.nodeSlot >= 0) {
      const Value& n = row[s.nodeSlot];
      if (n.kind() != ValueKind::NodeRef || n.asNodeRef().index != other) return;
    }
    for (LabelId l : s.nodeLabels)
      if (!g.nodeHasLabel(other, l)) return;
    // (The binder makes a pattern with a property map an EXISTS { }: these maps are for patterns
    // built otherwise.)
    if (s.relProperties && !hasProperties(Value(EdgeRef{edge}), evaluate(*s.relProperties, row, ctx), e, ctx)) return;
    if (s.nodeProperties && !hasProperties(Value(NodeRef{other}), evaluate(*s.nodeProperties, row, ctx), e, ctx))
      return;
    used.push_back(edge);
    found = patternStep(e, step + 1, other, row, ctx, used);
    used.pop_back();
  };
  if (s.direction != Direction::Incoming) g.forEachOutEdge(at, visit);
  if (s.direction != Direction::Outgoing && !found)
    g.forEachInEdge(at, [&](EdgeIndex edge, NodeIndex other, TypeId type) {
      if (s.direction == Direction::Both && other == at) return;  // self-loop already seen
      visit(edge, other, type);
    });
  return found;
}

Value patternPredicate(const BoundExpr& e, Row& row, EvalContext& ctx) {
  const Value& start = row[e.patternStart];
  if (start.isNull()) return Value();
  if (start.kind() != ValueKind::NodeRef) typeMismatch("NODE", start, e);
  NodeIndex n = start.asNodeRef().index;
  for (LabelId l : e.labels)
    if (!ctx.graph.nodeHasLabel(n, l)) return Value(false);
  if (e.children[0] && !hasProperties(start, evaluate(*e.children[0], row, ctx), e, ctx)) return Value(false);
  std::vector<EdgeIndex> used;
  return Value(patternStep(e, 0, n, row, ctx, used));
}

}  // namespace

PropertyMapTest::PropertyMapTest(const Value& wanted, const BoundExpr& where, const PropertyGraph& graph) {
  if (wanted.isNull()) {
    never_ = true;
    return;
  }
  if (!wanted.isMap()) typeMismatch("MAP", wanted, where);
  for (const auto& [key, value] : wanted.asMap()) {
    std::optional<KeyId> id = graph.keyNames().find(key);
    if (!id || value.isNull()) {  // no element has the key, or null = anything is never true
      never_ = true;
      return;
    }
    entries_.emplace_back(*id, value);
  }
}

bool PropertyMapTest::matches(const Value& entity, const PropertyGraph& graph) const {
  if (never_) return false;
  for (const auto& [key, value] : entries_) {
    if (auto column = ColumnComparison::equality(key, value))  // without boxing the element's value
      if (auto answer = column->decide(entity, graph)) {
        if (!*answer) return false;
        continue;
      }
    Value actual = entity.kind() == ValueKind::NodeRef ? graph.nodeProperty(entity.asNodeRef().index, key)
                                                       : graph.edgeProperty(entity.asEdgeRef().index, key);
    Value eq = cypherEquals(actual, value);
    if (eq.isNull() || !eq.asBool()) return false;
  }
  return true;
}

bool hasProperties(const Value& entity, const Value& wanted, const BoundExpr& e, EvalContext& ctx) {
  return PropertyMapTest(wanted, e, ctx.graph).matches(entity, ctx.graph);
}

namespace {

Value propertiesMatch(const BoundExpr& e, Row& row, EvalContext& ctx) {
  Value entity = evaluate(*e.children[0], row, ctx);
  return Value(hasProperties(entity, evaluate(*e.children[1], row, ctx), e, ctx));
}

// reduce(acc = init, x IN list | step): the accumulator and the element live in their own slots.
Value reduceValue(const BoundExpr& e, Row& row, EvalContext& ctx) {
  Value accumulator = evaluate(*e.children[0], row, ctx);
  Value list = evaluate(*e.children[1], row, ctx);
  if (list.isNull()) return Value();
  if (!list.isList()) typeMismatch("LIST", list, *e.children[1]);
  for (const Value& element : list.asList()) {
    ctx.guard.tick();
    row[static_cast<std::size_t>(e.slot)] = std::move(accumulator);
    row[static_cast<std::size_t>(e.elementSlot)] = element;
    accumulator = evaluate(*e.children[2], row, ctx);
  }
  return accumulator;
}

}  // namespace

Value evaluate(const BoundExpr& e, Row& row, EvalContext& ctx) {
  switch (e.kind) {
    case BoundExprKind::Constant: return e.constant;
    case BoundExprKind::Parameter: return ctx.parameters[static_cast<std::size_t>(e.parameterIndex)];
    case BoundExprKind::Slot: return row[static_cast<std::size_t>(e.slot)];
    case BoundExprKind::Property: return property(e, row, ctx);
    case BoundExprKind::ListLiteral: {
      List out;
      out.reserve(e.children.size());
      for (const auto& child : e.children) out.push_back(evaluate(*child, row, ctx));
      return Value(std::move(out));
    }
    case BoundExprKind::MapLiteral: {
      Map out;
      for (std::size_t i = 0; i < e.children.size(); ++i) out[e.names[i]] = evaluate(*e.children[i], row, ctx);
      return Value(std::move(out));
    }
    case BoundExprKind::Not: {
      Truth t = truthOf(evaluate(*e.children[0], row, ctx), e);
      return t == Truth::Unknown ? Value() : Value(t == Truth::False);
    }
    case BoundExprKind::Negate: {
      Value v = evaluate(*e.children[0], row, ctx);
      if (v.isNull()) return v;
      if (v.isInt()) {
        if (v.asInt() == INT64_MIN) runtimeError("Integer overflow", e);
        return Value(-v.asInt());
      }
      if (v.isFloat()) return Value(-v.asFloat());
      typeMismatch("INTEGER or FLOAT", v, e);
    }
    case BoundExprKind::IsNull: return Value(evaluate(*e.children[0], row, ctx).isNull());
    case BoundExprKind::IsNotNull: return Value(!evaluate(*e.children[0], row, ctx).isNull());
    case BoundExprKind::Binary: return binary(e, row, ctx);
    case BoundExprKind::Function: {
      std::vector<Value> args;
      if (!ctx.spareArguments.empty()) {
        args = std::move(ctx.spareArguments.back());
        ctx.spareArguments.pop_back();
      }
      args.reserve(e.children.size());
      for (const auto& child : e.children) args.push_back(evaluate(*child, row, ctx));
      Value result = e.function->implementation(args, e, ctx);
      args.clear();
      constexpr std::size_t kSpareVectors = 16;  // deeper nesting than this allocates
      if (ctx.spareArguments.size() < kSpareVectors) ctx.spareArguments.push_back(std::move(args));
      return result;
    }
    case BoundExprKind::Index: return indexValue(e, row, ctx);
    case BoundExprKind::Slice: return sliceValue(e, row, ctx);
    case BoundExprKind::HasLabels: {
      Value v = evaluate(*e.children[0], row, ctx);
      if (v.isNull()) return v;
      if (v.kind() != ValueKind::NodeRef) typeMismatch("NODE", v, e);
      for (LabelId l : e.labels)
        if (!ctx.graph.nodeHasLabel(v.asNodeRef().index, l)) return Value(false);
      return Value(true);
    }
    case BoundExprKind::Case: return caseValue(e, row, ctx);
    case BoundExprKind::ListComprehension:
    case BoundExprKind::Quantifier: return comprehension(e, row, ctx);
    case BoundExprKind::MapProjection: return mapProjection(e, row, ctx);
    case BoundExprKind::PatternPredicate: return patternPredicate(e, row, ctx);
    case BoundExprKind::PropertiesMatch: return propertiesMatch(e, row, ctx);
    case BoundExprKind::Reduce: return reduceValue(e, row, ctx);
    case BoundExprKind::Subquery:
      if (ctx.subqueries == nullptr) throw Error(ErrorKind::Runtime, "internal: a subquery without its plan");
      return ctx.subqueries->evaluate(e, row, ctx);
  }
  return Value();
}

bool evaluatePredicate(const BoundExpr& e, Row& row, EvalContext& ctx) {
  if (auto comparison = ColumnComparison::match(e, ctx.parameters))
    if (auto answer = comparison->decide(row[comparison->slot], ctx.graph)) return *answer;
  return evaluateCondition(e, row, ctx);
}

bool evaluateCondition(const BoundExpr& e, Row& row, EvalContext& ctx) {
  return truthOf(evaluate(e, row, ctx), e) == Truth::True;
}

}  // namespace kgq
