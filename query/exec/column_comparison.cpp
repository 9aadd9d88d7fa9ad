#include "query/exec/column_comparison.h"

#include <cmath>

namespace kgq {
namespace {

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

}  // namespace

std::optional<ColumnComparison> ColumnComparison::match(const BoundExpr& e) {
  if (e.kind != BoundExprKind::Binary || e.op < BinaryOp::Eq || e.op > BinaryOp::Ge) return std::nullopt;
  const BoundExpr& property = *e.children[0];
  const BoundExpr& constant = *e.children[1];
  if (property.kind != BoundExprKind::Property || constant.kind != BoundExprKind::Constant ||
      property.children[0]->kind != BoundExprKind::Slot)
    return std::nullopt;
  if (!constant.constant.isInt() && !constant.constant.isFloat()) return std::nullopt;
  return ColumnComparison{property.children[0]->slot, property.key, e.op, &constant.constant};
}

namespace {

// Whether `column` decides the comparison for every element holding the key (absent is null).
bool decides(const PropertyColumn* column, const Value& constant) {
  if (column == nullptr) return true;  // nobody has the key: every element reads null
  if (!column->dense()) return false;
  return (column->kind() == PropertyColumn::Kind::Int && constant.isInt()) ||
         (column->kind() == PropertyColumn::Kind::Float && constant.isFloat());
}

std::optional<bool> decide(const PropertyColumn* column, BinaryOp op, const Value& constant, std::uint32_t element) {
  if (!decides(column, constant)) return std::nullopt;
  if (column == nullptr || !column->has(element)) return false;  // absent: null, which WHERE treats as false
  if (column->kind() == PropertyColumn::Kind::Int) return compareAs(op, column->intAt(element), constant.asInt());
  return compareAs(op, column->floatAt(element), constant.asFloat());
}

}  // namespace

bool ColumnComparison::decidable(const PropertyGraph& graph) const {
  return decides(graph.nodePropertyColumn(key), *constant);
}

std::optional<bool> ColumnComparison::test(const PropertyGraph& graph, NodeIndex n) const {
  if (!graph.nodeIsLive(n)) return std::nullopt;
  return decide(graph.nodePropertyColumn(key), op, *constant, n);
}

std::optional<bool> ColumnComparison::testEdge(const PropertyGraph& graph, EdgeIndex e) const {
  if (!graph.edgeIsLive(e)) return std::nullopt;
  return decide(graph.edgePropertyColumn(key), op, *constant, e);
}

namespace {
template <class Read, class T>
std::size_t keepIf(const PropertyColumn& column, BinaryOp op, T bound, NodeIndex* nodes, std::size_t count, Read read) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < count; ++i) {
    NodeIndex n = nodes[i];
    if (column.has(n) && compareAs(op, read(n), bound)) nodes[kept++] = n;
  }
  return kept;
}
}  // namespace

std::size_t ColumnComparison::keepPassing(const PropertyGraph& graph, NodeIndex* nodes, std::size_t count) const {
  const PropertyColumn* column = graph.nodePropertyColumn(key);
  if (column == nullptr) return 0;
  if (column->kind() == PropertyColumn::Kind::Int)
    return keepIf(*column, op, constant->asInt(), nodes, count, [&](NodeIndex n) { return column->intAt(n); });
  return keepIf(*column, op, constant->asFloat(), nodes, count, [&](NodeIndex n) { return column->floatAt(n); });
}

}  // namespace kgq
