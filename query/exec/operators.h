// Physical operators: the executor's building blocks, one per plan operator (query/plan/plan.h). Pull-based ("volcano"):
// next() fills the operator's slots of a shared row and returns false when exhausted. An
// operator writes only the slots its plan node assigns, so rows flow without copying; only
// blocking operators (Sort, Aggregate) keep copies.
//
// Promises: open() may be called again to restart (Optional and Union rely on it); every loop
// over graph elements ticks, checking the query guard every few thousand ticks, so a cancelled or
// timed-out query stops promptly; operators that buffer rows charge them to the guard (HeldBytes).
#pragma once

#include "query/exec/evaluator.h"
#include "query/plan/plan.h"

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kgq {

struct ExecState {
  EvalContext& eval;
  std::size_t rowSize;      // slots in a row of this plan (blocking operators make their own rows)
  std::uint64_t ticks = 0;  // work counter: the query guard is checked every few thousand
  // The row an Argument leaf starts from, set by the operator that opens a branch or subquery
  // (Optional, Merge, Apply, Foreach, subquery expressions) just before it opens it.
  const Row* argument = nullptr;
  void tick() {
    if ((++ticks & 0xFFF) == 0) eval.checkInterrupted();
  }
};

class Operator {
 public:
  Operator() = default;
  virtual ~Operator() = default;
  Operator(const Operator&) = delete;
  Operator& operator=(const Operator&) = delete;

  // Prepares to produce rows from the start. The default opens the inputs.
  virtual void open(ExecState& state);
  // Produces the next row into `row`; false when there are no more.
  virtual bool next(Row& row, ExecState& state) = 0;

  std::vector<std::unique_ptr<Operator>> children;
};

// An operator running the plan operator `Op`, which it reads as op_.
template <class Op>
class OperatorOf : public Operator {
 public:
  explicit OperatorOf(const Op& op) : op_(op) {}

 protected:
  const Op& op_;
};

// Builds the operator tree for `plan`. With `profile`, every operator is wrapped to count its
// rows and time into `profile`.
std::unique_ptr<Operator> buildOperators(const PlanNode& plan, std::map<const PlanNode*, OperatorProfile>* profile);

// One factory per plan operator, in the file that implements it.
// query/exec/operators.cpp
std::unique_ptr<Operator> makeOperator(const plan::Start& op);
std::unique_ptr<Operator> makeOperator(const plan::Argument& op);
std::unique_ptr<Operator> makeOperator(const plan::AllNodesScan& op);
std::unique_ptr<Operator> makeOperator(const plan::LabelScan& op);
std::unique_ptr<Operator> makeOperator(const plan::NodeByIdSeek& op);
std::unique_ptr<Operator> makeOperator(const plan::NodeIndexSeek& op);
std::unique_ptr<Operator> makeOperator(const plan::Expand& op);
std::unique_ptr<Operator> makeOperator(const plan::Filter& op);
std::unique_ptr<Operator> makeOperator(const plan::Project& op);
std::unique_ptr<Operator> makeOperator(const plan::Distinct& op);
std::unique_ptr<Operator> makeOperator(const plan::Sort& op);
std::unique_ptr<Operator> makeOperator(const plan::Skip& op);
std::unique_ptr<Operator> makeOperator(const plan::Limit& op);
std::unique_ptr<Operator> makeOperator(const plan::Unwind& op);
std::unique_ptr<Operator> makeOperator(const plan::Optional& op);
std::unique_ptr<Operator> makeOperator(const plan::Union& op);
// query/exec/aggregate.cpp
std::unique_ptr<Operator> makeOperator(const plan::Aggregate& op);
// query/exec/count_operators.cpp
std::unique_ptr<Operator> makeOperator(const plan::NodeCountFromCountStore& op);
std::unique_ptr<Operator> makeOperator(const plan::RelationshipCountFromCountStore& op);
std::unique_ptr<Operator> makeOperator(const plan::ExpandCount& op);
// query/exec/update_operators.cpp
std::unique_ptr<Operator> makeOperator(const plan::Eager& op);
std::unique_ptr<Operator> makeOperator(const plan::Create& op);
std::unique_ptr<Operator> makeOperator(const plan::Merge& op);
std::unique_ptr<Operator> makeOperator(const plan::SetOrRemove& op);
std::unique_ptr<Operator> makeOperator(const plan::Delete& op);
// query/exec/subquery_operators.cpp
std::unique_ptr<Operator> makeOperator(const plan::Foreach& op);
std::unique_ptr<Operator> makeOperator(const plan::Apply& op);
// query/exec/procedure_call.cpp
std::unique_ptr<Operator> makeOperator(const plan::ProcedureCall& op);
// query/exec/hash_join.cpp
std::unique_ptr<Operator> makeOperator(const plan::HashJoin& op);
// query/exec/path_operators.cpp
std::unique_ptr<Operator> makeOperator(const plan::VarExpand& op);
std::unique_ptr<Operator> makeOperator(const plan::ShortestPath& op);
std::unique_ptr<Operator> makeOperator(const plan::ProjectPath& op);
// query/exec/pruning_var_expand.cpp
std::unique_ptr<Operator> makeOperator(const plan::PruningVarExpand& op);
// query/exec/relationship_scan.cpp
std::unique_ptr<Operator> makeOperator(const plan::RelationshipScan& op);

// The relationships already bound in `slots` of `row` (single ones and lists), for the rule that
// one MATCH never uses a relationship twice.
std::vector<EdgeIndex> usedRelationships(const std::vector<Slot>& slots, const Row& row);
// Whether `edge` is one of them: the same rule, asked of one edge without making the list (an
// expansion asks it for each edge it considers, and a list per input row was an allocation each).
inline bool usedAlready(const std::vector<Slot>& slots, const Row& row, EdgeIndex edge) {
  for (Slot s : slots) {
    const Value& v = row[s];
    if (v.kind() == ValueKind::EdgeRef && v.asEdgeRef().index == edge) return true;
    if (v.isList())
      for (const Value& e : v.asList())
        if (e.kind() == ValueKind::EdgeRef && e.asEdgeRef().index == edge) return true;
  }
  return false;
}

inline bool nodeHasLabels(const PropertyGraph& g, NodeIndex n, const std::vector<LabelId>& labels) {
  for (LabelId l : labels)
    if (!g.nodeHasLabel(n, l)) return false;
  return true;
}

// Tests whether nodes have every label of a list, for an operator that tests many nodes. Asking
// the graph costs a random memory access or two per node; once an operator has asked about as
// many nodes as a bitmap of the labels' nodes would cost to build, it builds the bitmap and reads
// that instead (in a query that does not write: a write could change labels under it).
class LabelTest {
 public:
  explicit LabelTest(const std::vector<LabelId>& labels) : labels_(labels) {}
  bool operator()(NodeIndex n, ExecState& state) {
    if (labels_.empty()) return true;
    if (!bitmaps_.empty()) {
      for (const auto& bits : bitmaps_)
        if (n / 64 >= bits.size() || !((bits[n / 64] >> (n % 64)) & 1)) return false;
      return true;
    }
    return askGraph(n, state);
  }

 private:
  const std::vector<LabelId>& labels_;
  std::vector<std::vector<std::uint64_t>> bitmaps_;  // one per label, by NodeIndex
  std::uint64_t asked_ = 0;
  std::uint64_t budget_ = 0;  // asks after which a bitmap pays off; 0 until first computed

  bool askGraph(NodeIndex n, ExecState& state);
};

// Whether an expansion into a bound target should read the target's lists rather than those of
// n, the node it starts from. The target is usually the same for many n in a row (the cycle's
// first node in (a)-->(b)-->(a)), so its lists are in cache, and n's are a cache miss each, even
// to learn their length: a short list of the target's is read without asking; a longer one only
// when n's is longer still (a hub target must not be read for every n).
inline bool intoFromTarget(const PropertyGraph& g, Direction direction, NodeIndex n, NodeIndex target) {
  auto listed = [&](NodeIndex node, bool outgoing) {
    std::size_t size = 0;
    if (direction != Direction::Incoming) size += (outgoing ? g.outAdjacency() : g.inAdjacency()).size(node);
    if (direction != Direction::Outgoing) size += (outgoing ? g.inAdjacency() : g.outAdjacency()).size(node);
    return size;
  };
  constexpr std::size_t kShort = 32;
  const std::size_t targetSide = listed(target, false);
  return targetSide <= kShort || targetSide < listed(n, true);
}

// The node an expansion starts from in `row`: none when it is null; Error(Runtime) when it is no node.
inline std::optional<NodeIndex> expansionStart(const plan::Expand& node, const Row& row) {
  const Value& from = row[node.from];
  if (from.isNull()) return std::nullopt;
  if (from.kind() != ValueKind::NodeRef)
    throw Error(ErrorKind::Runtime, "Type mismatch: expected NODE but was " + std::string(kindName(from.kind())) +
                                        " for the start of " + node.pattern);
  return from.asNodeRef().index;
}

// Calls f(EdgeIndex, NodeIndex other) for every edge the Expand or ExpandInto `node` matches from
// the from-node of `row`, in adjacency order, testing node.toLabels with `labelTest`. Expand and
// ExpandCount both go through here, so a counted expansion matches exactly the edges an
// expansion would produce. The start, the target and a bound relationship are read from `row`
// before the first call of f, the relationships of node.distinctFrom (bound before this step) as
// f goes: f may write any other slot of `row`.
template <class F>
void forEachExpansion(const plan::Expand& node, const Row& row, ExecState& state, LabelTest& labelTest, F&& f) {
  const std::optional<NodeIndex> start = expansionStart(node, row);
  if (!start) return;
  const NodeIndex n = *start;
  const PropertyGraph& g = state.eval.graph;
  const bool into = node.into;
  NodeIndex target = 0;
  if (into) {
    const Value& t = row[node.to];
    if (t.kind() != ValueKind::NodeRef) return;
    target = t.asNodeRef().index;
  }
  EdgeIndex boundEdge = 0;
  if (node.relAlreadyBound) {
    const Value& b = row[node.rel];
    if (b.kind() != ValueKind::EdgeRef) return;
    boundEdge = b.asEdgeRef().index;
  }
  auto consider = [&](EdgeIndex edge, NodeIndex other, TypeId type) {
    state.tick();
    if (!node.types.empty() && std::find(node.types.begin(), node.types.end(), type) == node.types.end()) return;
    if (into && other != target) return;
    if (node.relAlreadyBound && edge != boundEdge) return;
    if (usedAlready(node.distinctFrom, row, edge)) return;
    if (!into && !labelTest(other, state)) return;
    f(edge, other);
  };
  if (into && target != n && intoFromTarget(g, node.direction, n, target)) {
    // The same relationships, in the same order, found from the target's side: those of its
    // list that lead back to n (the outgoing ones of n are incoming ones of the target).
    auto back = [&](EdgeIndex edge, NodeIndex other, TypeId type) {
      if (other == n) consider(edge, target, type);
    };
    if (node.direction != Direction::Incoming) g.forEachInEdge(target, back);
    if (node.direction != Direction::Outgoing) g.forEachOutEdge(target, back);
    return;
  }
  if (node.direction != Direction::Incoming) g.forEachOutEdge(n, consider);
  if (node.direction != Direction::Outgoing)
    g.forEachInEdge(n, [&](EdgeIndex edge, NodeIndex other, TypeId type) {
      // An undirected pattern sees a self-loop once, not once per direction.
      if (node.direction == Direction::Both && other == n) return;
      consider(edge, other, type);
    });
}

// How many times forEachExpansion would call f. When only the edges' types and direction decide
// (a new end without labels, no bound relationship, none to differ from: a degree), they are
// counted over the node's lists without the tests each edge needs otherwise.
inline std::int64_t countExpansions(const plan::Expand& node, const Row& row, ExecState& state, LabelTest& labelTest) {
  std::int64_t count = 0;
  if (node.into || node.relAlreadyBound || !node.distinctFrom.empty() || !node.toLabels.empty()) {
    forEachExpansion(node, row, state, labelTest, [&](EdgeIndex, NodeIndex) { ++count; });
    return count;
  }
  const std::optional<NodeIndex> start = expansionStart(node, row);
  if (!start) return 0;
  state.tick();  // (the work is bounded by the node's degree)
  const NodeIndex n = *start;
  const PropertyGraph& g = state.eval.graph;
  const std::vector<TypeId>& types = node.types;
  auto counted = [&](EdgeIndex, NodeIndex, TypeId type) {
    count += types.empty() || std::find(types.begin(), types.end(), type) != types.end();
  };
  if (node.direction != Direction::Incoming) g.forEachOutEdge(n, counted);
  if (node.direction != Direction::Outgoing)
    g.forEachInEdge(n, [&](EdgeIndex edge, NodeIndex other, TypeId type) {
      if (node.direction == Direction::Both && other == n) return;  // a self-loop once, as above
      counted(edge, other, type);
    });
  return count;
}

// The value of a SKIP / LIMIT / top-k count: a non-negative integer, else Error(Runtime).
std::int64_t evaluateCount(const BoundExpr& e, const char* clause, EvalContext& ctx);

}  // namespace kgq
