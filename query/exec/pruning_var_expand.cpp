// PruningVarExpand: the distinct endpoints of a variable-length pattern, breadth first (see
// query/plan/prune_walks.h for when the planner uses it and why the answer is openCypher's).
// Per input row: one search from the start node over the edges the pattern may walk, level by
// level up to maxHops, each node marked when first reached; every reached node at a depth of at
// least minHops (1 or more, or the start itself for minHops 0) that has the pattern's labels is
// one row. With minHops 1 the start is an endpoint when a closed trail of at most maxHops
// relationships passes through it: directed, an edge back into it; undirected, a cycle the
// search sees as an edge that is in neither node's search path and joins two branches (the
// start's neighbours through which the two ends were reached), d(u) + d(v) + 1 long.
// A bound end other than the start is searched for from both ends at once (bidirectional_search.h).
// Counting, the row carries the number of endpoints instead (across rows: of those no earlier
// row had, told apart by a second set of marks, made only when a second row comes).
#include "query/exec/bidirectional_search.h"
#include "query/exec/edge_walk.h"
#include "query/exec/node_marks.h"
#include "query/exec/operators.h"

namespace kgq {
namespace {

class PruningVarExpand : public OperatorOf<plan::PruningVarExpand> {
 public:
  using OperatorOf::OperatorOf;
  void open(ExecState& state) override {
    Operator::open(state);
    ends_.clear();
    position_ = 0;
    firstEnds_.clear();
    counted_.reset();
  }
  bool next(Row& row, ExecState& state) override {
    for (;;) {
      if (op_.countSlot >= 0) {
        if (!ends_.empty()) {
          row[op_.countSlot] = Value(static_cast<std::int64_t>(countNew(state)));
          ends_.clear();
          if (row[op_.countSlot].asInt() > 0) return true;
        }
      } else if (position_ < ends_.size()) {
        if (!op_.into) row[op_.to] = Value(NodeRef{ends_[position_]});
        ++position_;
        return true;
      }
      if (!children[0]->next(row, state)) return false;
      ends_.clear();
      position_ = 0;
      const Value& from = row[op_.from];
      if (from.isNull()) continue;
      if (from.kind() != ValueKind::NodeRef)
        throw Error(ErrorKind::Runtime, "Type mismatch: expected NODE but was " + std::string(kindName(from.kind())) +
                                            " for the start of " + op_.pattern);
      if (op_.into && row[op_.to].kind() != ValueKind::NodeRef) continue;
      search(from.asNodeRef().index, row, state);
    }
  }

 private:
  std::vector<NodeIndex> ends_;  // the current input row's endpoints
  std::size_t position_ = 0;
  // Counting across rows: the endpoints of the rows before this one.
  std::unique_ptr<MarksLease> counted_;
  std::vector<NodeIndex> firstEnds_;  // the first row's, until a second row needs counted_

  // How many of ends_ count: all of them, or across rows those no earlier row had.
  std::size_t countNew(ExecState& state) {
    if (!op_.acrossRows) return ends_.size();
    if (!counted_ && firstEnds_.empty()) {  // the first row with endpoints
      firstEnds_.swap(ends_);  // kept only in case another row comes
      return firstEnds_.size();
    }
    if (!counted_) {
      counted_ = std::make_unique<MarksLease>();
      (*counted_)->begin(state.eval.graph.nodeSlots());
      for (NodeIndex n : firstEnds_) (*counted_)->mark(n, 0, 0);
    }
    std::size_t fresh = 0;
    for (NodeIndex n : ends_)
      if (!(*counted_)->marked(n)) (*counted_)->mark(n, 0, 0), ++fresh;
    return fresh;
  }
  // Undirected with minHops 1, per node marked by the current search: its depth and its branch
  // (the start's neighbour it was reached through). Read only for marked nodes, so never reset.
  std::vector<std::uint32_t> depth_, branch_;

  // Whether the walkable edge e from n (at `depth`) to `other` (the start or a marked node)
  // closes a trail back to the start of at most maxHops relationships.
  bool closesTrail(NodeIndex start, NodeIndex n, std::int64_t depth, EdgeIndex e, NodeIndex other,
                   const NodeMarks& marks) const {
    if (op_.direction != Direction::Both) return other == start;  // the path to n, then e
    std::int64_t length;
    if (other == start) {
      // A self-loop of the start, or an edge back that is not the one n was reached by.
      if (n != start && e == marks.edge(n)) return false;
      length = depth + 1;
    } else {
      // The two search paths and e form a cycle through the start when e is on neither path and
      // the paths leave the start through different neighbours (else they share edges).
      if (e == marks.edge(other) || (n != start && e == marks.edge(n))) return false;
      if (n != start && branch_[n] == branch_[other]) return false;
      length = depth + depth_[other] + 1;
    }
    return op_.maxHops < 0 || length <= op_.maxHops;
  }

  void search(NodeIndex start, Row& row, ExecState& state) {
    const PropertyGraph& g = state.eval.graph;
    std::vector<EdgeIndex> used = usedRelationships(op_.distinctFrom, row);
    EdgeFilter filter{op_.types, op_.relProperties.get(),
                      op_.relProperties ? evaluate(*op_.relProperties, row, state.eval) : Value()};
    bool into = op_.into;
    NodeIndex target = into ? row[op_.to].asNodeRef().index : 0;
    auto labelled = [&](NodeIndex n) { return into || nodeHasLabels(g, n, op_.toLabels); };
    bool startIsEnd = op_.minHops == 0;  // else: once an edge leads back into the start
    if (into && target == start && startIsEnd) return ends_.push_back(start);
    auto walkable = [&](EdgeIndex e) {
      return filter.acceptsProperties(e, state.eval) && (used.empty() || std::find(used.begin(), used.end(), e) == used.end());
    };
    MarksLease lease;
    if (into && target != start) {
      // Another bound end is an endpoint when its distance is at most maxHops (it is at least 1):
      // searched from both ends, which touches far fewer nodes than a search from one.
      const std::int64_t maxHops = op_.maxHops < 0 ? INT64_MAX : op_.maxHops;
      if (meetInTheMiddle(start, target, op_.direction, maxHops, filter, walkable, *lease, state)) ends_.push_back(target);
      return;
    }

    const bool undirectedCycles = !startIsEnd && op_.direction == Direction::Both;
    if (undirectedCycles && depth_.size() < g.nodeSlots()) {
      depth_.resize(g.nodeSlots());
      branch_.resize(g.nodeSlots());
    }
    NodeMarks& marks = *lease;
    marks.begin(g.nodeSlots());
    marks.mark(start, 0, 0);
    std::vector<NodeIndex>& frontier = marks.list(0);
    std::vector<NodeIndex>& nextFrontier = marks.list(1);
    frontier.assign(1, start);
    bool found = false;  // into (the target is the start): a closed trail was found
    for (std::int64_t depth = 0; (op_.maxHops < 0 || depth < op_.maxHops) && !frontier.empty() && !found; ++depth) {
      nextFrontier.clear();
      for (NodeIndex n : frontier) {
        forEachEdge(g, n, op_.direction, [&](EdgeIndex e, NodeIndex other, TypeId type) {
          state.tick();
          if (!filter.acceptsType(type)) return;
          if (other == start || marks.marked(other)) {
            if (startIsEnd || !closesTrail(start, n, depth, e, other, marks) || !walkable(e)) return;
            startIsEnd = true;
            found = into;
            return;
          }
          if (!walkable(e)) return;
          marks.mark(other, 0, e);
          if (undirectedCycles) {
            depth_[other] = static_cast<std::uint32_t>(depth + 1);
            branch_[other] = n == start ? other : branch_[n];
          }
          nextFrontier.push_back(other);
          if (!into && labelled(other)) ends_.push_back(other);
        });
        if (found) break;
      }
      frontier.swap(nextFrontier);
    }
    if (into) {
      if (found) ends_.push_back(target);
    } else if (startIsEnd && labelled(start)) {
      ends_.push_back(start);
    }
  }
};

}  // namespace

std::unique_ptr<Operator> makeOperator(const plan::PruningVarExpand& op) {
  return std::make_unique<PruningVarExpand>(op);
}

}  // namespace kgq
