#include "query/exec/column_comparison.h"

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

}  // namespace

std::optional<ColumnComparison> ColumnComparison::match(const BoundExpr& e, const std::vector<Value>& parameters) {
  if (e.kind != BoundExprKind::Binary) return std::nullopt;
  if (!isComparison(e.op) && e.op != BinaryOp::In && !isStringTest(e.op)) return std::nullopt;
  const BoundExpr& property = *e.children[0];
  const BoundExpr& operand = *e.children[1];
  if (property.kind != BoundExprKind::Property || property.isNodeId || property.children[0]->kind != BoundExprKind::Slot)
    return std::nullopt;
  const Value* constant = nullptr;
  if (operand.kind == BoundExprKind::Constant) constant = &operand.constant;
  else if (operand.kind == BoundExprKind::Parameter) constant = &parameters[static_cast<std::size_t>(operand.parameterIndex)];
  else return std::nullopt;
  Kind kind = e.op == BinaryOp::In ? elementKindOf(*constant) : columnKindOf(*constant);
  if (kind == Kind::Empty || (isStringTest(e.op) && kind != Kind::String)) return std::nullopt;
  return ColumnComparison{property.children[0]->slot, property.key, e.op, constant, kind};
}

std::vector<std::optional<ColumnComparison>> columnComparisons(const std::vector<BoundExprPtr>& filters, Slot slot,
                                                               const std::vector<Value>& parameters) {
  std::vector<std::optional<ColumnComparison>> out;
  for (const BoundExprPtr& filter : filters) {
    out.push_back(ColumnComparison::match(*filter, parameters));
    if (out.back() && out.back()->slot != slot) out.back().reset();
  }
  return out;
}

bool ColumnComparison::passes(const PropertyColumn& column, std::uint32_t slot) const {
  if (op == BinaryOp::In) {
    for (const Value& element : constant->asList()) {
      if (element.isNull()) continue;
      switch (kind) {
        case Kind::Float:
          if (column.floatAt(slot) == element.asFloat()) return true;
          break;
        case Kind::String:
          if (column.stringAt(slot) == element.asString()) return true;
          break;
        default:
          if (column.intAt(slot) == asInteger(element)) return true;
      }
    }
    return false;
  }
  switch (kind) {
    case Kind::Float: return compareAs(op, column.floatAt(slot), constant->asFloat());
    case Kind::String: return stringTest(op, column.stringAt(slot), constant->asString());
    default: return compareAs(op, column.intAt(slot), asInteger(*constant));
  }
}

// Whether `column` decides the comparison for every element holding the key (absent is null).
bool ColumnComparison::decides(const PropertyColumn* column) const {
  if (column == nullptr) return true;  // nobody has the key: every element reads null
  return column->dense() && column->kind() == kind;
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
  if (isComparison(op) && kind == Kind::Int) {
    std::int64_t bound = asInteger(*constant);
    return keepIf(*column, nodes, count, [&](NodeIndex n) { return compareAs(op, column->intAt(n), bound); });
  }
  if (isComparison(op) && kind == Kind::Float) {
    double bound = constant->asFloat();
    return keepIf(*column, nodes, count, [&](NodeIndex n) { return compareAs(op, column->floatAt(n), bound); });
  }
  return keepIf(*column, nodes, count, [&](NodeIndex n) { return passes(*column, n); });
}

}  // namespace kgq
