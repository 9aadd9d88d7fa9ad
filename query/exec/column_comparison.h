// ColumnComparison: the filter `v.key <op> constant` decided straight from the typed column that
// stores `key` (graph/property_store.h), without building a Value. It is the most common
// predicate of all, and on a scan of a million nodes (or an expansion over millions of
// relationships) the boxing the general evaluator does costs more than the comparison itself.
// The forms: v.key = <> < > <= >= c, with c an integer, float, boolean or string; v.key IN list,
// a list of such constants of one kind (nulls in it never make an element pass); and
// STARTS WITH / ENDS WITH / CONTAINS a string. The constant may be a query parameter ($year): its
// value is fixed for the run, so a comparison is matched once per run, not once per plan. In a
// scan (ScanComparisons, below) it may also be any expression of the input row that reads
// neither the scanned variable nor a source of chance (`c.founded = y`, `b.founded = a.founded`,
// `c.founded IN years`): evaluated once per input row, it is a constant for that row's candidates.
//
// Promises: it answers only when its answer is the one the general evaluator would give in a
// WHERE (true, or false for both false and null): a dense column holding the constant's kind, or
// for comparisons and IN, integers against floats (compared exactly, as the evaluator does:
// 1 = 1.0, and 2^53 + 1 > 2.0^53; IEEE comparisons with NaN are Cypher's: all false, but <> true),
// on a live node or relationship. `id` is a property like any other (its column holds the key of
// every node loaded without one), so `x.id = 'c77'` is decided from its column too. Otherwise test() and testEdge() return nullopt and
// the caller evaluates the expression the general way.
#pragma once

#include "graph/property_graph.h"
#include "query/check/bound_expr.h"

#include <optional>

namespace kgq {

struct ColumnComparison {
  Slot slot;  // the variable v
  KeyId key;
  BinaryOp op;
  const Value* constant;  // points into the plan or the run's parameters: a scalar, or IN's list
  PropertyColumn::Kind kind;  // the constant's kind (its elements'): a column of it decides, or one of the other number kind

  // The comparison `e` is, if it has one of the forms above, with the run's `parameters`.
  static std::optional<ColumnComparison> match(const BoundExpr& e, const std::vector<Value>& parameters);
  // The comparison `e` is, if it has one of the forms above with `operand` as the value of its
  // operand side (which must outlive the comparison).
  static std::optional<ColumnComparison> withOperand(const BoundExpr& e, const Value& operand);
  // `v.key = constant` (the {key: constant} of a pattern), if a column may decide it; `constant`
  // must outlive the comparison.
  static std::optional<ColumnComparison> equality(KeyId key, const Value& constant);
  // Whether node n passes, when its column can tell.
  std::optional<bool> test(const PropertyGraph& graph, NodeIndex n) const;
  // Whether relationship e passes, when its column can tell (`r.since > 2015` over an expansion).
  std::optional<bool> testEdge(const PropertyGraph& graph, EdgeIndex e) const;
  // Whether v (the variable's value: a node, a relationship, or another value) passes, when a
  // column can tell.
  std::optional<bool> decide(const Value& v, const PropertyGraph& graph) const;
  // Whether the column can tell for every live node, as the graph is now.
  bool decidable(const PropertyGraph& graph) const;
  // Keeps, in order, those of nodes[0, count) that pass and returns how many there are: a tight
  // loop over the column for a scan's batch. Precondition: decidable(graph); the nodes are live.
  std::size_t keepPassing(const PropertyGraph& graph, NodeIndex* nodes, std::size_t count) const;

 private:
  // Whether element `slot` of `column` (dense, of `kind`), which has the key, passes.
  bool passes(const PropertyColumn& column, std::uint32_t slot) const;
  bool decides(const PropertyColumn* column) const;
  std::optional<bool> decide(const PropertyColumn* column, std::uint32_t element) const;
};

struct EvalContext;  // query/exec/evaluator.h

// One predicate an operator tests row by row (a Filter, a counted expansion's filter step): as
// evaluatePredicate (query/exec/evaluator.h) decides it, with its comparison against a constant
// or parameter matched at the first test of a run instead of at every row.
class PredicateTest {
 public:
  explicit PredicateTest(const BoundExpr& predicate) : predicate_(predicate) {}
  bool operator()(Row& row, EvalContext& ctx);

 private:
  const BoundExpr& predicate_;
  bool matched_ = false;
  std::optional<ColumnComparison> comparison_;
};

// The comparisons of a scan's filters on its variable's properties, each matched as soon as its
// operand is known: a constant or parameter at the first start of a run, an operand read from
// the input row (see above) at each input row. A filter without a comparison for the current row
// is the general evaluator's.
class ScanComparisons {
 public:
  ScanComparisons(const std::vector<BoundExprPtr>& filters, Slot slot);
  // At each open(): matches the constant and parameter operands, the first time in a run.
  void startRun(const std::vector<Value>& parameters);
  // At each input row: matches the operands read from it, but for filter `skip` (a seek's own
  // predicate, which its candidates all pass). One that fails to evaluate (a type error, say)
  // leaves its filter to the general evaluator, which reports it, or not, as it would.
  void startRow(Row& row, EvalContext& ctx, int skip = -1);
  std::size_t size() const { return comparisons_.size(); }
  const std::optional<ColumnComparison>& operator[](std::size_t filter) const { return comparisons_[filter]; }

 private:
  const std::vector<BoundExprPtr>& filters_;
  Slot slot_;
  bool matchedRun_ = false;
  std::vector<std::optional<ColumnComparison>> comparisons_;
  // The filters whose operand is read from the input row, with that operand.
  std::vector<std::pair<std::size_t, const BoundExpr*>> rowOperands_;
  std::vector<Value> rowValues_;  // by filter: its operand's value for the current row
};

}  // namespace kgq
