// The core function family: the aggregates' entries and the scalar functions of graphs, lists,
// strings, conversion and numbers, each entry beside its implementation. Each takes evaluated
// arguments (already checked for count).
#include "query/function/function_families.h"

#include "query/exec/evaluator.h"

#include "graph/utf8.h"
#include "graph/value_render.h"

#include <algorithm>
#include <charconv>
#include <clocale>
#include <cwctype>
#include <locale.h>
#include <cmath>
#include <map>
#include <random>

#include <uuid/uuid.h>

namespace kgq {
namespace {

using Args = std::vector<Value>;

[[noreturn]] void badArgument(const std::string& message, const BoundExpr& call) {
  throw Error(ErrorKind::Runtime, message + " in `" + call.text + "`");
}

// ---- graph ----

// id(): an integer that identifies the node or relationship while the graph lives (its index),
// as Neo4j's id() does; elementId(): the node's key (the file's "id"), a relationship's index as text.
Value fnId(Args& a, const BoundExpr& call, EvalContext&) {
  const Value& v = a[0];
  if (v.isNull()) return v;
  if (v.kind() == ValueKind::NodeRef) return Value(static_cast<std::int64_t>(v.asNodeRef().index));
  if (v.kind() == ValueKind::EdgeRef) return Value(static_cast<std::int64_t>(v.asEdgeRef().index));
  typeMismatch("NODE or RELATIONSHIP", v, call);
}

Value fnElementId(Args& a, const BoundExpr& call, EvalContext& ctx) {
  const Value& v = a[0];
  if (v.isNull()) return v;
  if (v.kind() == ValueKind::NodeRef) return Value(std::string(ctx.graph.nodeId(v.asNodeRef().index)));
  if (v.kind() == ValueKind::EdgeRef) return Value(std::to_string(v.asEdgeRef().index));
  typeMismatch("NODE or RELATIONSHIP", v, call);
}

Value fnLabels(Args& a, const BoundExpr& call, EvalContext& ctx) {
  const Value& v = a[0];
  if (v.isNull()) return v;
  if (v.kind() != ValueKind::NodeRef) typeMismatch("NODE", v, call);
  if (!ctx.graph.nodeIsLive(v.asNodeRef().index))
    throw Error(ErrorKind::Runtime, "The node '" + std::string(ctx.graph.nodeId(v.asNodeRef().index)) +
                                        "' was deleted earlier in this query: `" + call.text + "` cannot be read");
  List out;
  for (LabelId l : ctx.graph.nodeLabels(v.asNodeRef().index)) out.emplace_back(ctx.graph.labelNames().name(l));
  return Value(std::move(out));
}

Value fnType(Args& a, const BoundExpr& call, EvalContext& ctx) {
  const Value& v = a[0];
  if (v.isNull()) return v;
  if (v.kind() != ValueKind::EdgeRef) typeMismatch("RELATIONSHIP", v, call);
  return Value(ctx.graph.typeNames().name(ctx.graph.edgeType(v.asEdgeRef().index)));
}

Value fnProperties(Args& a, const BoundExpr& call, EvalContext& ctx) {
  const Value& v = a[0];
  if (v.isNull() || v.isMap()) return v;
  if (v.kind() != ValueKind::NodeRef && v.kind() != ValueKind::EdgeRef)
    typeMismatch("MAP, NODE or RELATIONSHIP", v, call);
  return Value(entityProperties(v, ctx.graph));
}

Value fnKeys(Args& a, const BoundExpr& call, EvalContext& ctx) {
  const Value& v = a[0];
  if (v.isNull()) return v;
  Map map;
  if (v.isMap()) map = v.asMap();
  else if (v.kind() == ValueKind::NodeRef || v.kind() == ValueKind::EdgeRef) map = entityProperties(v, ctx.graph);
  else typeMismatch("MAP, NODE or RELATIONSHIP", v, call);
  List out;
  for (const auto& entry : map) out.emplace_back(entry.first);
  return Value(std::move(out));
}

Value fnStartNode(Args& a, const BoundExpr& call, EvalContext& ctx) {
  if (a[0].isNull()) return Value();
  if (a[0].kind() != ValueKind::EdgeRef) typeMismatch("RELATIONSHIP", a[0], call);
  return Value(NodeRef{ctx.graph.edgeSource(a[0].asEdgeRef().index)});
}

Value fnEndNode(Args& a, const BoundExpr& call, EvalContext& ctx) {
  if (a[0].isNull()) return Value();
  if (a[0].kind() != ValueKind::EdgeRef) typeMismatch("RELATIONSHIP", a[0], call);
  return Value(NodeRef{ctx.graph.edgeTarget(a[0].asEdgeRef().index)});
}

Value fnNodes(Args& a, const BoundExpr& call, EvalContext&) {
  if (a[0].isNull()) return Value();
  if (a[0].kind() != ValueKind::PathRef) typeMismatch("PATH", a[0], call);
  List out;
  for (auto n : a[0].asPathRef().nodes) out.emplace_back(NodeRef{n});
  return Value(std::move(out));
}

Value fnRelationships(Args& a, const BoundExpr& call, EvalContext&) {
  if (a[0].isNull()) return Value();
  if (a[0].kind() != ValueKind::PathRef) typeMismatch("PATH", a[0], call);
  List out;
  for (auto e : a[0].asPathRef().edges) out.emplace_back(EdgeRef{e});
  return Value(std::move(out));
}

Value fnLength(Args& a, const BoundExpr& call, EvalContext&) {
  if (a[0].isNull()) return Value();
  if (a[0].kind() != ValueKind::PathRef) typeMismatch("PATH", a[0], call);
  return Value(static_cast<std::int64_t>(a[0].asPathRef().edges.size()));
}

// ---- lists and general ----

std::size_t codePoints(const std::string& s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

// Byte offset of code point `index` in s (s.size() if past the end).
std::size_t byteOffset(const std::string& s, std::size_t index) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (seen == index) return i;
    ++seen;
  }
  return s.size();
}

Value fnSize(Args& a, const BoundExpr& call, EvalContext&) {
  const Value& v = a[0];
  if (v.isNull()) return v;
  if (v.isList()) return Value(static_cast<std::int64_t>(v.asList().size()));
  if (v.isString()) return Value(static_cast<std::int64_t>(codePoints(v.asString())));
  if (v.isMap()) return Value(static_cast<std::int64_t>(v.asMap().size()));
  typeMismatch("LIST, STRING or MAP", v, call);
}

// exists(n.prop): whether the value is there; exists((a)-->()): the pattern predicate's answer.
Value fnExists(Args& a, const BoundExpr& call, EvalContext&) {
  // exists(pattern) is the pattern's truth (the binder makes some patterns EXISTS { pattern }).
  const BoundExpr& argument = *call.children[0];
  if (argument.kind == BoundExprKind::PatternPredicate ||
      (argument.kind == BoundExprKind::Subquery && argument.subqueryKind == SubqueryKind::Exists))
    return a[0];
  return Value(!a[0].isNull());
}

Value fnCoalesce(Args& a, const BoundExpr&, EvalContext&) {
  for (Value& v : a)
    if (!v.isNull()) return std::move(v);
  return Value();
}

const List* listArgument(const Value& v, const BoundExpr& call) {
  if (v.isNull()) return nullptr;
  if (!v.isList()) typeMismatch("LIST", v, call);
  return &v.asList();
}

Value fnHead(Args& a, const BoundExpr& call, EvalContext&) {
  const List* l = listArgument(a[0], call);
  return l && !l->empty() ? l->front() : Value();
}

Value fnLast(Args& a, const BoundExpr& call, EvalContext&) {
  const List* l = listArgument(a[0], call);
  return l && !l->empty() ? l->back() : Value();
}

Value fnTail(Args& a, const BoundExpr& call, EvalContext&) {
  const List* l = listArgument(a[0], call);
  if (!l) return Value();
  return l->empty() ? Value(List{}) : Value(List(l->begin() + 1, l->end()));
}

Value fnRange(Args& a, const BoundExpr& call, EvalContext& ctx) {
  for (const Value& v : a) {
    if (v.isNull()) return Value();
    if (!v.isInt()) typeMismatch("INTEGER", v, call);
  }
  std::int64_t from = a[0].asInt(), to = a[1].asInt(), step = a.size() > 2 ? a[2].asInt() : 1;
  if (step == 0) badArgument("range() step must not be zero", call);
  long double count = std::floor((static_cast<long double>(to) - from) / step) + 1;
  // A list is materialized: it must fit the query's memory limit; without one, a cap keeps one
  // call from exhausting memory (10^7 values ~ 400 MB).
  constexpr std::int64_t kMaxElements = 10'000'000;
  if (ctx.guard.limitsMemory()) {
    long double bytes = std::max<long double>(count, 0) * sizeof(Value);
    ctx.guard.checkGrowth(bytes < static_cast<long double>(SIZE_MAX / 2) ? static_cast<std::size_t>(bytes) : SIZE_MAX / 2);
  } else if (count > kMaxElements) {
    badArgument("range() would produce more than 10000000 elements", call);
  }
  // (A negative count, an empty range, may lie below INT64_MIN: range(9223372036854775807, -2^60).)
  const std::int64_t elements = count > 0 ? static_cast<std::int64_t>(std::min<long double>(count, INT64_MAX)) : 0;
  List out;
  out.reserve(static_cast<std::size_t>(elements));
  // Element i is from + i * step, which lies between from and to; the product alone may not fit
  // in int64, so it is computed modulo 2^64 (well defined for unsigned) and converted back.
  for (std::int64_t i = 0; i < elements; ++i) {
    ctx.guard.tick();
    out.emplace_back(static_cast<std::int64_t>(static_cast<std::uint64_t>(from) +
                                               static_cast<std::uint64_t>(i) * static_cast<std::uint64_t>(step)));
  }
  return Value(std::move(out));
}

Value fnReverse(Args& a, const BoundExpr& call, EvalContext& ctx) {
  const Value& v = a[0];
  if (v.isNull()) return v;
  if (v.isList()) {
    ctx.guard.checkGrowth(v.asList().size() * sizeof(Value));
    return Value(List(v.asList().rbegin(), v.asList().rend()));
  }
  if (!v.isString()) typeMismatch("LIST or STRING", v, call);
  // Reverse by code points, keeping each UTF-8 sequence intact.
  const std::string& s = v.asString();
  ctx.guard.checkGrowth(s.size() * (sizeof(std::string) + 2));  // a string per code point, then the result
  std::vector<std::string> points;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80 && !points.empty()) points.back() += s[i];
    else points.emplace_back(1, s[i]);
  }
  std::string out;
  for (auto it = points.rbegin(); it != points.rend(); ++it) out += *it;
  return Value(std::move(out));
}

// ---- strings ----

const std::string* stringArgument(const Value& v, const BoundExpr& call) {
  if (v.isNull()) return nullptr;
  if (!v.isString()) typeMismatch("STRING", v, call);
  return &v.asString();
}

// Case mapping by code point with glibc's C.UTF-8 tables (full Unicode simple case mapping),
// independent of the process locale. German ß upper-cases to "SS" as in Java (Neo4j).
locale_t utf8Locale() {
  static locale_t locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr));
  return locale;
}

std::string mapCase(const std::string& s, bool upper) {
  locale_t locale = utf8Locale();
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::uint32_t cp = decodeUtf8(s, i);
    if (upper && cp == 0xDF) {
      out += "SS";
      continue;
    }
    std::uint32_t mapped = cp;
    if (cp < 0x80) mapped = static_cast<std::uint32_t>(upper ? std::toupper(static_cast<int>(cp)) : std::tolower(static_cast<int>(cp)));
    else if (locale != static_cast<locale_t>(nullptr))
      mapped = static_cast<std::uint32_t>(upper ? towupper_l(static_cast<wint_t>(cp), locale)
                                                : towlower_l(static_cast<wint_t>(cp), locale));
    appendUtf8(out, mapped);
  }
  return out;
}

Value fnToLower(Args& a, const BoundExpr& call, EvalContext&) {
  const std::string* s = stringArgument(a[0], call);
  return s ? Value(mapCase(*s, false)) : Value();
}

Value fnToUpper(Args& a, const BoundExpr& call, EvalContext&) {
  const std::string* s = stringArgument(a[0], call);
  return s ? Value(mapCase(*s, true)) : Value();
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

Value trimmed(Args& a, const BoundExpr& call, bool left, bool right) {
  const std::string* s = stringArgument(a[0], call);
  if (!s) return Value();
  std::size_t begin = 0, end = s->size();
  if (left)
    while (begin < end && isSpace((*s)[begin])) ++begin;
  if (right)
    while (end > begin && isSpace((*s)[end - 1])) --end;
  return Value(s->substr(begin, end - begin));
}

Value fnTrim(Args& a, const BoundExpr& call, EvalContext&) { return trimmed(a, call, true, true); }
Value fnLTrim(Args& a, const BoundExpr& call, EvalContext&) { return trimmed(a, call, true, false); }
Value fnRTrim(Args& a, const BoundExpr& call, EvalContext&) { return trimmed(a, call, false, true); }

// How many times `part` (not empty) occurs in `s` without overlapping, as replace() and split() find it.
std::size_t occurrences(const std::string& s, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t pos = 0; (pos = s.find(part, pos)) != std::string::npos; pos += part.size()) ++n;
  return n;
}

Value fnReplace(Args& a, const BoundExpr& call, EvalContext& ctx) {
  const std::string* s = stringArgument(a[0], call);
  const std::string* from = stringArgument(a[1], call);
  const std::string* to = stringArgument(a[2], call);
  if (!s || !from || !to) return Value();
  if (from->empty()) return Value(*s);
  if (to->size() > from->size()) {  // the result grows: it must fit the memory limit
    std::size_t growth = to->size() - from->size();
    if (!ctx.guard.fits(s->size() + s->size() / from->size() * growth))  // (the bound, else counted)
      ctx.guard.checkGrowth(s->size() + occurrences(*s, *from) * growth);
  }
  std::string out;
  std::size_t pos = 0;
  for (std::size_t hit; (hit = s->find(*from, pos)) != std::string::npos; pos = hit + from->size())
    out += s->substr(pos, hit - pos) + *to;
  out += s->substr(pos);
  return Value(std::move(out));
}

std::int64_t nonNegativeInt(const Value& v, const BoundExpr& call, const char* what) {
  if (!v.isInt()) typeMismatch("INTEGER", v, call);
  if (v.asInt() < 0) badArgument(std::string(what) + " must not be negative", call);
  return v.asInt();
}

Value fnSubstring(Args& a, const BoundExpr& call, EvalContext&) {
  const std::string* s = stringArgument(a[0], call);
  if (!s || a[1].isNull() || (a.size() > 2 && a[2].isNull())) return Value();
  auto start = static_cast<std::size_t>(nonNegativeInt(a[1], call, "start"));
  std::size_t begin = byteOffset(*s, start);
  if (a.size() < 3) return Value(s->substr(begin));
  auto length = static_cast<std::size_t>(nonNegativeInt(a[2], call, "length"));
  std::size_t end = byteOffset(*s, start + length);
  return Value(s->substr(begin, end - begin));
}

Value fnLeft(Args& a, const BoundExpr& call, EvalContext&) {
  const std::string* s = stringArgument(a[0], call);
  if (!s) return Value();
  if (a[1].isNull()) badArgument("length must not be null", call);
  auto n = static_cast<std::size_t>(nonNegativeInt(a[1], call, "length"));
  return Value(s->substr(0, byteOffset(*s, n)));
}

Value fnRight(Args& a, const BoundExpr& call, EvalContext&) {
  const std::string* s = stringArgument(a[0], call);
  if (!s) return Value();
  if (a[1].isNull()) badArgument("length must not be null", call);
  auto n = static_cast<std::size_t>(nonNegativeInt(a[1], call, "length"));
  std::size_t total = codePoints(*s);
  return Value(s->substr(byteOffset(*s, n >= total ? 0 : total - n)));
}

// The bytes split(s, sep) builds: a value per piece and the pieces' text. Counted only when the
// bound (every piece as short as can be) would not fit the memory limit anyway.
void checkSplitGrowth(const std::string& s, const std::string& sep, EvalContext& ctx) {
  std::size_t bound = s.size() + (s.size() / std::max<std::size_t>(sep.size(), 1) + 1) * sizeof(Value);
  if (ctx.guard.fits(bound)) return;
  if (sep.empty()) ctx.guard.checkGrowth(bound);  // a piece per code point: near the bound
  ctx.guard.checkGrowth(s.size() + (occurrences(s, sep) + 1) * sizeof(Value));
}

Value fnSplit(Args& a, const BoundExpr& call, EvalContext& ctx) {
  const std::string* s = stringArgument(a[0], call);
  const std::string* sep = stringArgument(a[1], call);
  if (!s || !sep) return Value();
  checkSplitGrowth(*s, *sep, ctx);
  List out;
  if (sep->empty()) {
    // One element per code point: from one lead byte to the next (counting from the start of
    // the string for each would be quadratic).
    out.reserve(codePoints(*s));
    for (std::size_t i = 0; i < s->size();) {
      std::size_t next = i + 1;
      while (next < s->size() && (static_cast<unsigned char>((*s)[next]) & 0xC0) == 0x80) ++next;
      out.emplace_back(s->substr(i, next - i));
      i = next;
    }
    return Value(std::move(out));
  }
  std::size_t pos = 0;
  for (std::size_t hit; (hit = s->find(*sep, pos)) != std::string::npos; pos = hit + sep->size())
    out.emplace_back(s->substr(pos, hit - pos));
  out.emplace_back(s->substr(pos));
  return Value(std::move(out));
}

// ---- conversion ----

Value fnToString(Args& a, const BoundExpr& call, EvalContext&) {
  const Value& v = a[0];
  switch (v.kind()) {
    case ValueKind::Null: return v;
    case ValueKind::String: return v;
    case ValueKind::Bool: return Value(v.asBool() ? "true" : "false");
    case ValueKind::Int: return Value(std::to_string(v.asInt()));
    case ValueKind::Float: return Value(formatFloat(v.asFloat()));
    default:
      if (v.isTemporal()) return Value(v.toCypher());  // the ISO 8601 form
      typeMismatch("STRING, INTEGER, FLOAT, BOOLEAN or a temporal value", v, call);
  }
}

// Parses a whole string as a number (surrounding spaces allowed), or returns null.
Value parseNumber(const std::string& text) {
  std::size_t b = 0, e = text.size();
  while (b < e && isSpace(text[b])) ++b;
  while (e > b && isSpace(text[e - 1])) --e;
  std::string s = text.substr(b, e - b);
  if (s.empty()) return Value();
  std::int64_t i = 0;
  auto [ip, iec] = std::from_chars(s.data(), s.data() + s.size(), i);
  if (iec == std::errc() && ip == s.data() + s.size()) return Value(i);
  double d = 0;
  auto [dp, dec] = std::from_chars(s.data(), s.data() + s.size(), d);
  if (dec == std::errc() && dp == s.data() + s.size()) return Value(d);
  return Value();
}

// A float truncated toward zero, or null if it has no int64 value.
Value truncateToInteger(double d) {
  if (std::isnan(d) || d >= 9.2233720368547758e18 || d < -9.2233720368547758e18) return Value();
  return Value(static_cast<std::int64_t>(d));
}

Value fnToInteger(Args& a, const BoundExpr& call, EvalContext&) {
  const Value& v = a[0];
  switch (v.kind()) {
    case ValueKind::Null: return v;
    case ValueKind::Int: return v;
    case ValueKind::Bool: return Value(std::int64_t{v.asBool() ? 1 : 0});
    case ValueKind::Float: return truncateToInteger(v.asFloat());
    case ValueKind::String: {
      Value n = parseNumber(v.asString());
      return n.isFloat() ? truncateToInteger(n.asFloat()) : n;
    }
    default: typeMismatch("STRING, INTEGER, FLOAT or BOOLEAN", v, call);
  }
}

Value fnToFloat(Args& a, const BoundExpr& call, EvalContext&) {
  const Value& v = a[0];
  switch (v.kind()) {
    case ValueKind::Null: return v;
    case ValueKind::Float: return v;
    case ValueKind::Int: return Value(static_cast<double>(v.asInt()));
    case ValueKind::String: {
      Value n = parseNumber(v.asString());
      return n.isNull() ? n : Value(n.asNumber());
    }
    default: typeMismatch("STRING, INTEGER or FLOAT", v, call);
  }
}

Value fnToBoolean(Args& a, const BoundExpr& call, EvalContext&) {
  const Value& v = a[0];
  switch (v.kind()) {
    case ValueKind::Null:
    case ValueKind::Bool: return v;
    case ValueKind::Int: return Value(v.asInt() != 0);
    case ValueKind::String: {
      std::string s = v.asString();
      for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (s == "true") return Value(true);
      if (s == "false") return Value(false);
      return Value();
    }
    default: typeMismatch("STRING, INTEGER or BOOLEAN", v, call);
  }
}

// Neo4j 5's to...OrNull(): the conversion, or null for a value of a kind it does not take (a
// list, a map, a node, ...) where the plain conversion fails with a type error.
bool stringTakes(const Value& v) {
  return v.isNull() || v.isString() || v.isBool() || v.isInt() || v.isFloat() || v.isTemporal();
}
bool integerTakes(const Value& v) { return v.isNull() || v.isInt() || v.isBool() || v.isFloat() || v.isString(); }
bool floatTakes(const Value& v) { return v.isNull() || v.isFloat() || v.isInt() || v.isString(); }
bool booleanTakes(const Value& v) { return v.isNull() || v.isBool() || v.isInt() || v.isString(); }
template <FunctionImpl convert, bool (*takes)(const Value&)>
Value orNull(Args& a, const BoundExpr& call, EvalContext& ctx) {
  return takes(a[0]) ? convert(a, call, ctx) : Value();
}

// ---- numeric ----

Value fnAbs(Args& a, const BoundExpr& call, EvalContext&) {
  const Value& v = a[0];
  if (v.isNull()) return v;
  if (v.isInt()) {
    if (v.asInt() == INT64_MIN) badArgument("Integer overflow", call);
    return Value(v.asInt() < 0 ? -v.asInt() : v.asInt());
  }
  if (v.isFloat()) return Value(std::fabs(v.asFloat()));
  typeMismatch("INTEGER or FLOAT", v, call);
}

template <double (*F)(double)>
Value floatFunction(Args& a, const BoundExpr& call, EvalContext&) {
  const Value& v = a[0];
  if (v.isNull()) return v;
  if (!v.isNumber()) typeMismatch("INTEGER or FLOAT", v, call);
  return Value(F(v.asNumber()));
}

// Half-way values round up (towards positive infinity), as Neo4j's round() does. (Not
// floor(d + 0.5): that sum rounds 0.49999999999999994 up to 1.)
double roundHalfUp(double d) {
  double below = std::floor(d);
  return d - below >= 0.5 ? below + 1 : below;
}

// round(value, precision[, mode]), as Neo4j computes it with Java's BigDecimal: the decimal
// digits of the value's shortest representation (2.675 is 2.675, not the binary
// 2.67499999...) rounded at 10^-precision by the mode, as a float. The modes are Java's
// RoundingMode names; without one, ties go away from zero (HALF_UP), except at precision 0, where
// they go towards positive infinity, as round(value) does.
enum class RoundingMode { Up, Down, Ceiling, Floor, HalfUp, HalfDown, HalfEven, TiesUp };

double roundDecimal(double d, std::int64_t precision, RoundingMode mode, const BoundExpr& call) {
  if (!std::isfinite(d) || d == 0) return d;
  // A double's digits span places 10^308 to 10^-340: past those bounds the precision changes
  // nothing more (and the arithmetic below stays far from overflow).
  if (precision > 400) return d;
  precision = std::max<std::int64_t>(precision, -400);
  char text[64];
  auto written = std::to_chars(text, text + sizeof text, d, std::chars_format::scientific);
  std::string_view form(text, static_cast<std::size_t>(written.ptr - text));  // -1.2345e+02
  const bool negative = form.front() == '-';
  if (negative) form.remove_prefix(1);
  const std::size_t e = form.find('e');
  std::string digits;
  for (char c : form.substr(0, e)) if (c != '.') digits += c;
  int exponent = 0;  // of the first digit's place
  std::from_chars(form.data() + e + (form[e + 1] == '+' ? 2 : 1), form.data() + form.size(), exponent);
  // Digits whose place is at least 10^-precision are kept.
  const std::int64_t keep = exponent + precision + 1;
  if (keep >= static_cast<std::int64_t>(digits.size())) return d;
  std::string kept = keep > 0 ? digits.substr(0, static_cast<std::size_t>(keep)) : "";
  const int first = keep >= 0 ? digits[static_cast<std::size_t>(keep)] - '0' : 0;  // the first digit dropped
  bool rest = keep < 0;  // whether any later dropped digit is non-zero
  for (std::size_t i = static_cast<std::size_t>(std::max<std::int64_t>(keep + 1, 0)); i < digits.size(); ++i)
    rest = rest || digits[i] != '0';
  const bool inexact = first != 0 || rest;
  const bool lastOdd = !kept.empty() && (kept.back() - '0') % 2 == 1;
  bool up = false;  // away from zero
  switch (mode) {
    case RoundingMode::Up: up = inexact; break;
    case RoundingMode::Down: up = false; break;
    case RoundingMode::Ceiling: up = inexact && !negative; break;
    case RoundingMode::Floor: up = inexact && negative; break;
    case RoundingMode::HalfUp: up = first >= 5; break;
    case RoundingMode::HalfDown: up = first > 5 || (first == 5 && rest); break;
    case RoundingMode::HalfEven: up = first > 5 || (first == 5 && (rest || lastOdd)); break;
    case RoundingMode::TiesUp: up = first > 5 || (first == 5 && (rest || !negative)); break;
  }
  if (kept.empty()) kept = "0";
  if (up) {  // add one at the last kept place, carrying
    std::size_t i = kept.size();
    while (i > 0 && kept[i - 1] == '9') kept[--i] = '0';
    if (i == 0) kept.insert(kept.begin(), '1');
    else ++kept[i - 1];
  }
  if (kept.find_first_not_of('0') == std::string::npos) return 0.0;
  const std::string result = (negative ? "-" : "") + kept + "e" + std::to_string(-precision);
  double out = 0;
  auto parsed = std::from_chars(result.data(), result.data() + result.size(), out);
  if (parsed.ec == std::errc::result_out_of_range)
    throw Error(ErrorKind::Runtime, "Floating point overflow in `" + call.text + "`");
  return out;
}

Value fnRound(Args& a, const BoundExpr& call, EvalContext& ctx) {
  if (a.size() == 1) return floatFunction<roundHalfUp>(a, call, ctx);
  for (const Value& v : a)
    if (v.isNull()) return v;
  if (!a[0].isNumber()) typeMismatch("INTEGER or FLOAT", a[0], call);
  if (!a[1].isInt()) typeMismatch("INTEGER", a[1], call);
  RoundingMode mode = a[1].asInt() == 0 ? RoundingMode::TiesUp : RoundingMode::HalfUp;
  if (a.size() == 3) {
    if (!a[2].isString()) typeMismatch("STRING", a[2], call);
    static const std::map<std::string, RoundingMode> modes = {
        {"UP", RoundingMode::Up},         {"DOWN", RoundingMode::Down},        {"CEILING", RoundingMode::Ceiling},
        {"FLOOR", RoundingMode::Floor},   {"HALF_UP", RoundingMode::HalfUp},   {"HALF_DOWN", RoundingMode::HalfDown},
        {"HALF_EVEN", RoundingMode::HalfEven}};
    auto it = modes.find(a[2].asString());
    if (it == modes.end())
      throw Error(ErrorKind::Runtime, "Unknown rounding mode '" + a[2].asString() + "' in `" + call.text +
                                          "`: expected UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN or HALF_EVEN");
    mode = it->second;
  }
  return Value(roundDecimal(a[0].asNumber(), a[1].asInt(), mode, call));
}
double ceilOf(double d) { return std::ceil(d); }
double floorOf(double d) { return std::floor(d); }
double sqrtOf(double d) { return std::sqrt(d); }
double expOf(double d) { return std::exp(d); }
double logOf(double d) { return std::log(d); }
double log10Of(double d) { return std::log10(d); }
double sinOf(double d) { return std::sin(d); }
double cosOf(double d) { return std::cos(d); }
double tanOf(double d) { return std::tan(d); }
double cotOf(double d) { return std::cos(d) / std::sin(d); }  // cot(0) is Infinity, as Neo4j's
double asinOf(double d) { return std::asin(d); }
double acosOf(double d) { return std::acos(d); }
double atanOf(double d) { return std::atan(d); }
double degreesOf(double d) { return d * 180.0 / M_PI; }
double radiansOf(double d) { return d * M_PI / 180.0; }
double haversinOf(double d) { return (1.0 - std::cos(d)) / 2.0; }

Value fnE(Args&, const BoundExpr&, EvalContext&) { return Value(M_E); }
Value fnPi(Args&, const BoundExpr&, EvalContext&) { return Value(M_PI); }

// atan2(y, x): the angle of the point (x, y), in radians.
Value fnAtan2(Args& a, const BoundExpr& call, EvalContext&) {
  if (a[0].isNull() || a[1].isNull()) return Value();
  for (const Value& v : a)
    if (!v.isNumber()) typeMismatch("INTEGER or FLOAT", v, call);
  return Value(std::atan2(a[0].asNumber(), a[1].asNumber()));
}

// isNaN(x): whether a number is NaN (never an integer).
Value fnIsNaN(Args& a, const BoundExpr& call, EvalContext&) {
  const Value& v = a[0];
  if (v.isNull()) return v;
  if (!v.isNumber()) typeMismatch("INTEGER or FLOAT", v, call);
  return Value(v.isFloat() && std::isnan(v.asFloat()));
}

// A float in [0, 1), different on every call.
Value fnRand(Args&, const BoundExpr&, EvalContext&) {
  static thread_local std::mt19937_64 generator{std::random_device{}()};
  return Value(std::uniform_real_distribution<double>(0.0, 1.0)(generator));
}

// A random (version 4) UUID in its 36-character text form, as Neo4j's randomUUID(): libuuid's,
// from the system's random source.
Value fnRandomUuid(Args&, const BoundExpr&, EvalContext&) {
  uuid_t id;
  uuid_generate_random(id);
  char text[37];
  uuid_unparse_lower(id, text);
  return Value(std::string(text));
}

Value fnSign(Args& a, const BoundExpr& call, EvalContext&) {
  const Value& v = a[0];
  if (v.isNull()) return v;
  if (!v.isNumber()) typeMismatch("INTEGER or FLOAT", v, call);
  double d = v.asNumber();
  return Value(std::int64_t{d > 0 ? 1 : d < 0 ? -1 : 0});
}

}  // namespace

const std::vector<FunctionEntry>& coreFunctions() {
  static const std::vector<FunctionEntry> functions = {
      // aggregates (computed by the Aggregate operator)
      {"count", 1, 1, true, nullptr}, {"sum", 1, 1, true, nullptr}, {"avg", 1, 1, true, nullptr},
      {"min", 1, 1, true, nullptr}, {"max", 1, 1, true, nullptr}, {"collect", 1, 1, true, nullptr},
      {"stdev", 1, 1, true, nullptr}, {"stdevp", 1, 1, true, nullptr},
      {"percentilecont", 2, 2, true, nullptr}, {"percentiledisc", 2, 2, true, nullptr},
      // graph
      {"id", 1, 1, false, fnId}, {"elementid", 1, 1, false, fnElementId}, {"labels", 1, 1, false, fnLabels}, {"type", 1, 1, false, fnType},
      {"properties", 1, 1, false, fnProperties}, {"keys", 1, 1, false, fnKeys},
      {"startnode", 1, 1, false, fnStartNode}, {"endnode", 1, 1, false, fnEndNode},
      {"nodes", 1, 1, false, fnNodes}, {"relationships", 1, 1, false, fnRelationships},
      {"length", 1, 1, false, fnLength},
      // lists and general
      {"size", 1, 1, false, fnSize}, {"coalesce", 1, 64, false, fnCoalesce}, {"exists", 1, 1, false, fnExists},
      {"head", 1, 1, false, fnHead}, {"last", 1, 1, false, fnLast}, {"tail", 1, 1, false, fnTail},
      {"range", 2, 3, false, fnRange}, {"reverse", 1, 1, false, fnReverse},
      // strings
      {"tolower", 1, 1, false, fnToLower}, {"toupper", 1, 1, false, fnToUpper}, {"trim", 1, 1, false, fnTrim},
      {"ltrim", 1, 1, false, fnLTrim}, {"rtrim", 1, 1, false, fnRTrim}, {"replace", 3, 3, false, fnReplace},
      {"substring", 2, 3, false, fnSubstring}, {"left", 2, 2, false, fnLeft}, {"right", 2, 2, false, fnRight},
      {"split", 2, 2, false, fnSplit},
      // conversion
      {"tostring", 1, 1, false, fnToString}, {"tointeger", 1, 1, false, fnToInteger},
      {"tofloat", 1, 1, false, fnToFloat}, {"toboolean", 1, 1, false, fnToBoolean},
      {"tostringornull", 1, 1, false, orNull<fnToString, stringTakes>},
      {"tointegerornull", 1, 1, false, orNull<fnToInteger, integerTakes>},
      {"tofloatornull", 1, 1, false, orNull<fnToFloat, floatTakes>},
      {"tobooleanornull", 1, 1, false, orNull<fnToBoolean, booleanTakes>},
      // numeric
      {"abs", 1, 1, false, fnAbs}, {"round", 1, 3, false, fnRound},
      {"ceil", 1, 1, false, floatFunction<ceilOf>}, {"floor", 1, 1, false, floatFunction<floorOf>},
      {"sign", 1, 1, false, fnSign}, {"sqrt", 1, 1, false, floatFunction<sqrtOf>},
      {"exp", 1, 1, false, floatFunction<expOf>}, {"log", 1, 1, false, floatFunction<logOf>},
      {"log10", 1, 1, false, floatFunction<log10Of>}, {"rand", 0, 0, false, fnRand},
      {"e", 0, 0, false, fnE}, {"pi", 0, 0, false, fnPi}, {"isnan", 1, 1, false, fnIsNaN},
      {"sin", 1, 1, false, floatFunction<sinOf>}, {"cos", 1, 1, false, floatFunction<cosOf>},
      {"tan", 1, 1, false, floatFunction<tanOf>}, {"cot", 1, 1, false, floatFunction<cotOf>},
      {"asin", 1, 1, false, floatFunction<asinOf>}, {"acos", 1, 1, false, floatFunction<acosOf>},
      {"atan", 1, 1, false, floatFunction<atanOf>}, {"atan2", 2, 2, false, fnAtan2},
      {"degrees", 1, 1, false, floatFunction<degreesOf>}, {"radians", 1, 1, false, floatFunction<radiansOf>},
      {"haversin", 1, 1, false, floatFunction<haversinOf>},
      {"randomuuid", 0, 0, false, fnRandomUuid},
  };
  return functions;
}

}  // namespace kgq
