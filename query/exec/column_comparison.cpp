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

bool ColumnComparison::decidable(const PropertyGraph& graph) const {
  const PropertyColumn* column = graph.nodePropertyColumn(key);
  if (column == nullptr) return true;  // nobody has the key: every node reads null
  if (!column->dense()) return false;
  return (column->kind() == PropertyColumn::Kind::Int && constant->isInt()) ||
         (column->kind() == PropertyColumn::Kind::Float && constant->isFloat());
}

std::optional<bool> ColumnComparison::test(const PropertyGraph& graph, NodeIndex n) const {
  if (!graph.nodeIsLive(n) || !decidable(graph)) return std::nullopt;
  const PropertyColumn* column = graph.nodePropertyColumn(key);
  if (column == nullptr || !column->has(n)) return false;  // absent: null, which WHERE treats as false
  if (column->kind() == PropertyColumn::Kind::Int) return compareAs(op, column->intAt(n), constant->asInt());
  return compareAs(op, column->floatAt(n), constant->asFloat());
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
