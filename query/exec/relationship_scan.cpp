// RelationshipScan (query/plan/plan.h): the relationships of a type in relationship order, with
// their ends. Per input row it walks the edge table from the first relationship to the last one
// there was when the row came (a relationship the query creates later is not scanned), tests the
// type, the ends' labels and the filters placed on it, and binds the relationship and its ends.
// A filter on the relationship that its typed column decides (`r.since > 2015`) is tested before
// the row is made, so a relationship it rejects costs no Values.
#include "query/exec/column_comparison.h"
#include "query/exec/edge_walk.h"
#include "query/exec/operators.h"

namespace kgq {
namespace {

class RelationshipScan : public OperatorOf<plan::RelationshipScan> {
 public:
  using OperatorOf::OperatorOf;
  void open(ExecState& state) override {
    Operator::open(state);
    haveRow_ = false;
    comparisons_.startRun(state.eval.parameters);
  }
  bool next(Row& row, ExecState& state) override {
    const PropertyGraph& g = state.eval.graph;
    for (;;) {
      if (!haveRow_) {
        if (!children[0]->next(row, state)) return false;
        haveRow_ = true;
        comparisons_.startRow(row, state.eval);
        edge_ = 0;
        end_ = g.edgeSlots();
        reversed_ = false;
      }
      while (edge_ < end_) {
        state.tick();
        const EdgeIndex e = static_cast<EdgeIndex>(edge_);
        // Undirected, a relationship comes once as written and once reversed (a self-loop once).
        const bool reversed = reversed_;
        if (op_.undirected && !reversed_ && g.edgeSource(e) != g.edgeTarget(e)) {
          reversed_ = true;
        } else {
          reversed_ = false;
          ++edge_;
        }
        if (!g.edgeIsLive(e) || !types_.acceptsType(g.edgeType(e))) continue;
        NodeIndex from = reversed ? g.edgeTarget(e) : g.edgeSource(e);
        NodeIndex to = reversed ? g.edgeSource(e) : g.edgeTarget(e);
        if (op_.from == op_.to && from != to) continue;
        if (!nodeHasLabels(g, from, op_.fromLabels) || !nodeHasLabels(g, to, op_.toLabels)) continue;
        if (!passesColumns(g, e)) continue;
        row[op_.rel] = Value(EdgeRef{e});
        row[op_.from] = Value(NodeRef{from});
        row[op_.to] = Value(NodeRef{to});
        if (passesRest(row, state)) return true;
      }
      haveRow_ = false;
    }
  }

 private:
  EdgeFilter types_{op_.types, nullptr, Value()};
  bool haveRow_ = false;
  bool reversed_ = false;  // undirected: the current relationship's second, reversed, turn is next
  std::size_t edge_ = 0, end_ = 0;

  // By filter: the comparison of the relationship's property its column may decide.
  ScanComparisons comparisons_{op_.filters, op_.rel};
  std::vector<char> decided_ = std::vector<char>(op_.filters.size(), 0);  // for the current relationship

  bool passesColumns(const PropertyGraph& g, EdgeIndex e) {
    for (std::size_t i = 0; i < comparisons_.size(); ++i) {
      decided_[i] = 0;
      if (!comparisons_[i]) continue;
      std::optional<bool> answer = comparisons_[i]->testEdge(g, e);
      if (answer && !*answer) return false;
      decided_[i] = answer.has_value();
    }
    return true;
  }
  bool passesRest(Row& row, ExecState& state) const {
    for (std::size_t i = 0; i < op_.filters.size(); ++i)
      if (!decided_[i] && !evaluatePredicate(*op_.filters[i], row, state.eval)) return false;
    return true;
  }
};

}  // namespace

std::unique_ptr<Operator> makeOperator(const plan::RelationshipScan& op) {
  return std::make_unique<RelationshipScan>(op);
}

}  // namespace kgq
