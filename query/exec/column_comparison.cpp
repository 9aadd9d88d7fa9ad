#include "query/exec/column_comparison.h"

#include "query/exec/evaluator.h"
#include "query/function/function_registry.h"

#include <cmath>
#include <string_view>

namespace kgq {
namespace {

using Kind = PropertyColumn::Kind;

template <class T>
bool compareAs(BinaryOp op, T a, T b) {
  switch (op) {
    case BinaryOp::Eq: return a == b;
    case BinaryOp::Neq: return a != b;
    case BinaryOp::Lt: return a < b;
    case BinaryOp::Gt: return a > b;
    case BinaryOp::Le: return a <= b;
    default: return a >= b;
  }
}

// The column kind that holds values of the scalar constant's kind; Empty for other values.
Kind columnKindOf(const Value& v) {
  if (v.isInt()) return Kind::Int;
  if (v.isFloat()) return Kind::Float;
  if (v.isBool()) return Kind::Bool;
  if (v.isString()) return Kind::String;
  return Kind::Empty;
}

// The one column kind of a list's non-null elements; Empty when they are of several kinds or of
// none a column decides, or when there are none (IN [] and IN [null] are left to the evaluator).
Kind elementKindOf(const Value& list) {
  if (!list.isList()) return Kind::Empty;
  Kind kind = Kind::Empty;
  for (const Value& element : list.asList()) {
    if (element.isNull()) continue;
    Kind k = columnKindOf(element);
    if (k == Kind::Empty || (kind != Kind::Empty && k != kind)) return Kind::Empty;
    kind = k;
  }
  return kind;
}

std::int64_t asInteger(const Value& v) { return v.isBool() ? (v.asBool() ? 1 : 0) : v.asInt(); }

// Integers and floats compare as the evaluator compares them (graph/value_semantics.cpp): as long
// doubles, which hold every int64 and every double exactly.
long double asLongDouble(const Value& v) {
  return v.isInt() ? static_cast<long double>(v.asInt()) : static_cast<long double>(v.asFloat());
}

bool isComparison(BinaryOp op) { return op >= BinaryOp::Eq && op <= BinaryOp::Ge; }
bool isStringTest(BinaryOp op) {
  return op == BinaryOp::StartsWith || op == BinaryOp::EndsWith || op == BinaryOp::Contains;
}

bool stringTest(BinaryOp op, std::string_view s, std::string_view t) {
  switch (op) {
    case BinaryOp::StartsWith: return s.size() >= t.size() && s.compare(0, t.size(), t) == 0;
    case BinaryOp::EndsWith: return s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0;
    case BinaryOp::Contains: return s.find(t) != std::string_view::npos;
    default: return compareAs(op, s.compare(t), 0);
  }
}

// The property side and the operand side of `e`, when it is `v.key <op> operand` with an
// operator a column may decide; else nulls.
std::pair<const BoundExpr*, const BoundExpr*> sides(const BoundExpr& e) {
  if (e.kind != BoundExprKind::Binary) return {};
  if (!isComparison(e.op) && e.op != BinaryOp::In && !isStringTest(e.op)) return {};
  const BoundExpr& property = *e.children[0];
  if (property.kind != BoundExprKind::Property || property.children[0]->kind != BoundExprKind::Slot)
    return {};
  return {&property, e.children[1].get()};
}

// Whether two evaluations of `e` over one row give one value: no chance (rand(), randomUUID()),
// no function of the embedding program's (which kgq cannot judge), no subquery.
bool sameEveryTime(const BoundExpr& e) {
  switch (e.kind) {
    case BoundExprKind::Subquery:
    case BoundExprKind::PatternPredicate: return false;
    case BoundExprKind::Function:
      if (!e.function || e.function->external || e.function->name == "rand" || e.function->name == "randomuuid")
        return false;
      break;
    default: break;
  }
  for (const BoundExprPtr& child : e.children)
    if (child && !sameEveryTime(*child)) return false;
  for (const MapProjectionEntry& entry : e.entries)
    if (entry.value && !sameEveryTime(*entry.value)) return false;
  return true;
}

}  // namespace

std::optional<ColumnComparison> ColumnComparison::withOperand(const BoundExpr& e, const Value& operand) {
  const BoundExpr* property = sides(e).first;
  if (property == nullptr) return std::nullopt;
  Kind kind = e.op == BinaryOp::In ? elementKindOf(operand) : columnKindOf(operand);
  if (kind == Kind::Empty || (isStringTest(e.op) && kind != Kind::String)) return std::nullopt;
  return ColumnComparison{property->children[0]->slot, property->key, e.op, &operand, kind};
}

std::optional<ColumnComparison> ColumnComparison::equality(KeyId key, const Value& constant) {
  Kind kind = columnKindOf(constant);
  if (kind == Kind::Empty) return std::nullopt;
  return ColumnComparison{-1, key, BinaryOp::Eq, &constant, kind};
}

std::optional<ColumnComparison> ColumnComparison::match(const BoundExpr& e, const std::vector<Value>& parameters) {
  const BoundExpr* operand = sides(e).second;
  if (operand == nullptr) return std::nullopt;
  if (operand->kind == BoundExprKind::Constant) return withOperand(e, operand->constant);
  if (operand->kind == BoundExprKind::Parameter)
    return withOperand(e, parameters[static_cast<std::size_t>(operand->parameterIndex)]);
  return std::nullopt;
}

ScanComparisons::ScanComparisons(const std::vector<BoundExprPtr>& filters, Slot slot)
    : filters_(filters), slot_(slot), comparisons_(filters.size()), rowValues_(filters.size()) {
  for (std::size_t i = 0; i < filters.size(); ++i) {
    auto [property, operand] = sides(*filters[i]);
    if (property == nullptr || property->children[0]->slot != slot) continue;
    if (operand->kind == BoundExprKind::Constant || operand->kind == BoundExprKind::Parameter) continue;
    if (slotsOf(*operand).count(slot) == 0 && sameEveryTime(*operand)) rowOperands_.push_back({i, operand});
  }
}

void ScanComparisons::startRun(const std::vector<Value>& parameters) {
  if (matchedRun_) return;
  matchedRun_ = true;
  for (std::size_t i = 0; i < filters_.size(); ++i) {
    comparisons_[i] = ColumnComparison::match(*filters_[i], parameters);
    if (comparisons_[i] && comparisons_[i]->slot != slot_) comparisons_[i].reset();
  }
}

bool PredicateTest::operator()(Row& row, EvalContext& ctx) {
  if (!matched_) {
    matched_ = true;
    comparison_ = ColumnComparison::match(predicate_, ctx.parameters);
  }
  if (comparison_) {
    if (auto answer = comparison_->decide(row[comparison_->slot], ctx.graph)) return *answer;
  }
  return evaluateCondition(predicate_, row, ctx);
}

void ScanComparisons::startRow(Row& row, EvalContext& ctx, int skip) {
  for (const auto& [i, operand] : rowOperands_) {
    comparisons_[i].reset();
    if (static_cast<int>(i) == skip) continue;
    try {
      rowValues_[i] = evaluate(*operand, row, ctx);
    } catch (const Error& error) {
      if (error.kind() != ErrorKind::Runtime) throw;
      continue;
    }
    comparisons_[i] = ColumnComparison::withOperand(*filters_[i], rowValues_[i]);
  }
}

bool ColumnComparison::passes(const PropertyColumn& column, std::uint32_t slot) const {
  const bool mixed = column.kind() != kind;  // decides(): an Int column and a Float constant, or the reverse
  auto element = [&]() -> long double {
    return column.kind() == Kind::Int ? static_cast<long double>(column.intAt(slot))
                                      : static_cast<long double>(column.floatAt(slot));
  };
  if (op == BinaryOp::In) {
    for (const Value& candidate : constant->asList()) {
      if (candidate.isNull()) continue;
      if (mixed) {
        if (element() == asLongDouble(candidate)) return true;
        continue;
      }
      switch (kind) {
        case Kind::Float:
          if (column.floatAt(slot) == candidate.asFloat()) return true;
          break;
        case Kind::String:
          if (column.stringAt(slot) == candidate.asString()) return true;
          break;
        default:
          if (column.intAt(slot) == asInteger(candidate)) return true;
      }
    }
    return false;
  }
  if (mixed) return compareAs(op, element(), asLongDouble(*constant));
  switch (kind) {
    case Kind::Float: return compareAs(op, column.floatAt(slot), constant->asFloat());
    case Kind::String: return stringTest(op, column.stringAt(slot), constant->asString());
    default: return compareAs(op, column.intAt(slot), asInteger(*constant));
  }
}

// Whether `column` decides the comparison for every element holding the key (absent is null).
bool ColumnComparison::decides(const PropertyColumn* column) const {
  if (column == nullptr) return true;  // nobody has the key: every element reads null
  if (!column->dense()) return false;
  if (column->kind() == kind) return true;
  // An integer column against a float constant, or the reverse: numbers compare across kinds.
  const bool numbers = (column->kind() == Kind::Int && kind == Kind::Float) ||
                       (column->kind() == Kind::Float && kind == Kind::Int);
  return numbers && (isComparison(op) || op == BinaryOp::In);
}

std::optional<bool> ColumnComparison::decide(const PropertyColumn* column, std::uint32_t element) const {
  if (!decides(column)) return std::nullopt;
  if (column == nullptr || !column->has(element)) return false;  // absent: null, which WHERE treats as false
  return passes(*column, element);
}

bool ColumnComparison::decidable(const PropertyGraph& graph) const {
  return decides(graph.nodePropertyColumn(key));
}

std::optional<bool> ColumnComparison::test(const PropertyGraph& graph, NodeIndex n) const {
  if (!graph.nodeIsLive(n)) return std::nullopt;
  return decide(graph.nodePropertyColumn(key), n);
}

std::optional<bool> ColumnComparison::decide(const Value& v, const PropertyGraph& graph) const {
  if (v.kind() == ValueKind::NodeRef) return test(graph, v.asNodeRef().index);
  if (v.kind() == ValueKind::EdgeRef) return testEdge(graph, v.asEdgeRef().index);
  return std::nullopt;
}

std::optional<bool> ColumnComparison::testEdge(const PropertyGraph& graph, EdgeIndex e) const {
  if (!graph.edgeIsLive(e)) return std::nullopt;
  return decide(graph.edgePropertyColumn(key), e);
}

namespace {
template <class Passes>
std::size_t keepIf(const PropertyColumn& column, NodeIndex* nodes, std::size_t count, Passes passes) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < count; ++i) {
    NodeIndex n = nodes[i];
    if (column.has(n) && passes(n)) nodes[kept++] = n;
  }
  return kept;
}
}  // namespace

std::size_t ColumnComparison::keepPassing(const PropertyGraph& graph, NodeIndex* nodes, std::size_t count) const {
  const PropertyColumn* column = graph.nodePropertyColumn(key);
  if (column == nullptr) return 0;
  // The plain numeric comparisons, the commonest filters, get loops of their own.
  if (isComparison(op) && kind == Kind::Int && column->kind() == Kind::Int) {
    std::int64_t bound = asInteger(*constant);
    return keepIf(*column, nodes, count, [&](NodeIndex n) { return compareAs(op, column->intAt(n), bound); });
  }
  // A float column against a float, or an integer a double holds exactly (|c| <= 2^53).
  constexpr std::int64_t kExactInDouble = std::int64_t{1} << 53;
  if (isComparison(op) && column->kind() == Kind::Float &&
      (kind == Kind::Float || (kind == Kind::Int && constant->asInt() >= -kExactInDouble && constant->asInt() <= kExactInDouble))) {
    double bound = kind == Kind::Float ? constant->asFloat() : static_cast<double>(constant->asInt());
    return keepIf(*column, nodes, count, [&](NodeIndex n) { return compareAs(op, column->floatAt(n), bound); });
  }
  return keepIf(*column, nodes, count, [&](NodeIndex n) { return passes(*column, n); });
}

}  // namespace kgq
