// Operators that count matches instead of producing them (the planner's counting rewrites,
// query/plan/count_rewrites.h): NodeCountFromCountStore and RelationshipCountFromCountStore read
// the graph's own counts; ExpandCount walks a chain of expansions depth first and passes on only
// how many matches each input row has.
//
// Promises: each gives the numbers the plan it replaces would have counted; the counts are read
// when the operator opens, so they see every change made before (writes of earlier UNION parts).
#include "query/exec/column_comparison.h"
#include "query/exec/operators.h"

namespace kgq {
namespace {

// The live nodes with the label in `labels`, or all of them: one row.
class NodeCountFromCountStore : public OperatorOf<plan::NodeCountFromCountStore> {
 public:
  using OperatorOf::OperatorOf;
  void open(ExecState& state) override {
    Operator::open(state);
    const PropertyGraph& g = state.eval.graph;
    count_ = static_cast<std::int64_t>(op_.hasLabel ? g.nodesWithLabel(op_.label).size() : g.nodeCount());
    done_ = false;
  }
  bool next(Row& row, ExecState& state) override {
    if (done_ || !children[0]->next(row, state)) return false;
    done_ = true;
    for (const AggregateSpec& a : op_.aggregates) row[a.slot] = Value(count_);
    return true;
  }

 private:
  std::int64_t count_ = 0;
  bool done_ = false;
};

// The live edges of `types` (any type if empty): one row, or, grouped by type, one row per type
// that has edges (a group of no rows does not exist).
class RelationshipCountFromCountStore : public OperatorOf<plan::RelationshipCountFromCountStore> {
 public:
  using OperatorOf::OperatorOf;
  void open(ExecState& state) override {
    Operator::open(state);
    const PropertyGraph& g = state.eval.graph;
    std::vector<TypeId> types = op_.types;
    if (types.empty())
      for (std::size_t t = 0; t < g.typeNames().size(); ++t) types.push_back(static_cast<TypeId>(t));
    groups_.clear();
    position_ = 0;
    std::int64_t total = 0;
    for (TypeId t : types) {
      auto count = static_cast<std::int64_t>(g.edgeCountOfType(t));
      total += count;
      if (op_.typeSlot >= 0 && count > 0) groups_.emplace_back(Value(g.typeNames().name(t)), count);
    }
    if (op_.typeSlot < 0) groups_.emplace_back(Value(), total);
  }
  bool next(Row& row, ExecState& state) override {
    if (position_ >= groups_.size()) return false;
    if (position_ == 0 && !children[0]->next(row, state)) return false;
    const auto& [type, count] = groups_[position_++];
    if (op_.typeSlot >= 0) row[op_.typeSlot] = type;
    for (const AggregateSpec& a : op_.aggregates) row[a.slot] = Value(count);
    return true;
  }

 private:
  std::vector<std::pair<Value, std::int64_t>> groups_;
  std::size_t position_ = 0;
};

// Per input row, the number of ways the steps (expansions and Filters, bottom first) extend it,
// found depth first. Intermediate steps bind their slots in the row, so filters and relationship
// uniqueness (distinctFrom) see what they would see in the expanded plan; the last expansion
// only counts.
class ExpandCount : public OperatorOf<plan::ExpandCount> {
 public:
  explicit ExpandCount(const plan::ExpandCount& op) : OperatorOf(op) {
    labelTests_.reserve(op.steps.size());
    static const std::vector<LabelId> none;
    for (const auto& step : op.steps) {
      const auto* expand = std::get_if<plan::Expand>(&step);
      labelTests_.emplace_back(expand ? expand->toLabels : none);
      filterIndex_.push_back(predicates_.size());
      if (const auto* filter = std::get_if<plan::Filter>(&step)) predicates_.emplace_back(*filter->predicate);
    }
  }
  bool next(Row& row, ExecState& state) override {
    while (children[0]->next(row, state)) {
      std::int64_t count = countFrom(0, row, state);
      if (count == 0) continue;
      row[op_.slot] = Value(count);
      return true;
    }
    return false;
  }

 private:
  std::int64_t countFrom(std::size_t i, Row& row, ExecState& state) {
    if (i == op_.steps.size()) return 1;
    if (std::holds_alternative<plan::Filter>(op_.steps[i])) {
      state.tick();
      return predicates_[filterIndex_[i]](row, state.eval) ? countFrom(i + 1, row, state) : 0;
    }
    const plan::Expand& step = std::get<plan::Expand>(op_.steps[i]);
    std::int64_t count = 0;
    if (i + 1 == op_.steps.size()) return countExpansions(step, row, state, labelTests_[i]);
    forEachExpansion(step, row, state, labelTests_[i], [&](EdgeIndex edge, NodeIndex other) {
      row[step.rel] = Value(EdgeRef{edge});
      row[step.to] = Value(NodeRef{other});
      count += countFrom(i + 1, row, state);
    });
    return count;
  }

  std::vector<LabelTest> labelTests_;  // by step
  std::vector<PredicateTest> predicates_;  // by Filter step, in order
  std::vector<std::size_t> filterIndex_;  // by step: a Filter step's index in predicates_
};

}  // namespace

std::unique_ptr<Operator> makeOperator(const plan::NodeCountFromCountStore& op) {
  return std::make_unique<NodeCountFromCountStore>(op);
}
std::unique_ptr<Operator> makeOperator(const plan::RelationshipCountFromCountStore& op) {
  return std::make_unique<RelationshipCountFromCountStore>(op);
}
std::unique_ptr<Operator> makeOperator(const plan::ExpandCount& op) { return std::make_unique<ExpandCount>(op); }

}  // namespace kgq
