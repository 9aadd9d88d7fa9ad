// Operators over paths: VarExpand (variable-length walks, depth first on an explicit stack, each
// relationship at most once per walk), ShortestPath (bidirectional breadth-first, for one or all shortest paths) and
// ProjectPath (a path value from the elements a pattern bound).
#include "query/exec/bidirectional_search.h"
#include "query/exec/edge_walk.h"
#include "query/exec/evaluator.h"
#include "query/exec/node_marks.h"
#include "query/exec/operators.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace kgq {

namespace {

NodeIndex startNode(const Value& v, const plan::VarExpand& op) {
  if (v.kind() != ValueKind::NodeRef)
    throw Error(ErrorKind::Runtime, "Type mismatch: expected NODE but was " + std::string(kindName(v.kind())) +
                                        " for the start of " + op.pattern);
  return v.asNodeRef().index;
}

class VarExpand : public OperatorOf<plan::VarExpand> {
 public:
  using OperatorOf::OperatorOf;
  void open(ExecState& state) override {
    Operator::open(state);
    walks_.clear();
    steps_.clear();
    held_.clear();
    position_ = 0;
  }
  bool next(Row& row, ExecState& state) override {
    for (;;) {
      if (position_ < walks_.size()) {
        const Walk& walk = walks_[position_++];
        // The walk's edges, from its last step back to the start through the step tree.
        List edges(walk.length);
        std::size_t at = walk.last;
        for (std::size_t i = walk.length; i > 0; --i) {
          edges[i - 1] = Value(EdgeRef{steps_[at].edge});
          at = steps_[at].parent;
        }
        if (op_.backwards) std::reverse(edges.begin(), edges.end());  // in the pattern's order
        row[op_.rel] = Value(std::move(edges));
        row[op_.to] = Value(NodeRef{walk.end});
        return true;
      }
      if (!children[0]->next(row, state)) return false;
      walks_.clear();
      steps_.clear();
      held_.clear();
      position_ = 0;
      const Value& from = row[op_.from];
      if (from.isNull()) continue;
      NodeIndex start = startNode(from, op_);
      if (op_.into && row[op_.to].kind() != ValueKind::NodeRef) continue;
      target_ = op_.into ? row[op_.to].asNodeRef().index : 0;
      used_ = usedRelationships(op_.distinctFrom, row);
      filter_ = std::make_unique<EdgeFilter>(EdgeFilter{
          op_.types, op_.relProperties.get(),
          op_.relProperties ? evaluate(*op_.relProperties, row, state.eval) : Value()});
      unbounded_ = op_.maxHops < 0;
      maxHops_ = unbounded_ ? state.eval.variableLengthLimit : op_.maxHops;
      walkFrom(start, state);
    }
  }

 private:
  static constexpr std::size_t kNoStep = SIZE_MAX;
  // Every step the walks took, as a tree: a walk is its last step, and each step knows the one
  // before, so a walk of n relationships costs one entry rather than a copy of n.
  struct Step {
    std::size_t parent;  // kNoStep for a first step
    EdgeIndex edge;
  };
  struct Walk {
    std::size_t last;    // into steps_, kNoStep for the empty walk
    std::size_t length;  // relationships
    NodeIndex end;
  };
  // A node on the current walk whose next steps are still to be tried.
  struct Frame {
    std::size_t step;  // the step that reached it
    std::vector<std::pair<EdgeIndex, NodeIndex>> next;
    std::size_t tried = 0;
  };
  std::vector<Walk> walks_;
  std::vector<Step> steps_;
  std::size_t position_ = 0;
  NodeIndex target_ = 0;
  std::vector<EdgeIndex> used_;
  std::unique_ptr<EdgeFilter> filter_;
  bool unbounded_ = false;
  std::int64_t maxHops_ = 0;
  HeldBytes held_;  // walks_ and steps_: the walks from one start node can be very many

  // Every walk from `start`, depth first, each node's relationships in the graph's order: an
  // explicit stack of frames, so a walk of any length needs no call stack.
  void walkFrom(NodeIndex start, ExecState& state) {
    std::vector<EdgeIndex> path;  // the current walk's relationships
    std::vector<Frame> stack;
    visit(start, kNoStep, path, stack, state);
    while (!stack.empty()) {
      Frame& top = stack.back();
      if (top.tried == top.next.size()) {
        stack.pop_back();
        if (!path.empty()) path.pop_back();  // the step that reached the frame's node
        continue;
      }
      auto [e, other] = top.next[top.tried++];
      held_.add(state.eval.guard, sizeof(Step));
      steps_.push_back(Step{top.step, e});
      path.push_back(e);
      if (!visit(other, steps_.size() - 1, path, stack, state)) path.pop_back();
    }
  }

  // Arrives at `at` by `step` (the walk so far is `path`): records the walk if it qualifies, and
  // pushes a frame with the steps onward unless the walk may go no deeper (false then).
  bool visit(NodeIndex at, std::size_t step, const std::vector<EdgeIndex>& path, std::vector<Frame>& stack,
             ExecState& state) {
    state.tick();
    const PropertyGraph& g = state.eval.graph;
    auto depth = static_cast<std::int64_t>(path.size());
    if (depth >= op_.minHops && (!op_.into || at == target_)) {
      bool labelled = op_.into || std::all_of(op_.toLabels.begin(), op_.toLabels.end(),
                                                [&](LabelId l) { return g.nodeHasLabel(at, l); });
      if (labelled) {
        held_.add(state.eval.guard, sizeof(Walk));
        walks_.push_back(Walk{step, path.size(), at});
      }
    }
    if (depth >= maxHops_) {
      if (unbounded_) {
        bool deeper = false;
        forEachEdge(g, at, op_.direction, [&](EdgeIndex e, NodeIndex, TypeId type) {
          if (!deeper && std::find(path.begin(), path.end(), e) == path.end() && filter_->accepts(e, type, state.eval))
            deeper = true;
        });
        if (deeper)
          throw Error(ErrorKind::Runtime,
                      "The variable-length pattern " + op_.pattern + " would walk more than " +
                          std::to_string(maxHops_) +
                          " relationships: give it an upper bound (e.g. *1..30) or raise the limit "
                          "(Connection::setVariableLengthLimit)");
      }
      return false;
    }
    // Collected first: the walk onward must not run inside the graph's edge iteration.
    Frame frame{step, {}, 0};
    forEachEdge(g, at, op_.direction, [&](EdgeIndex e, NodeIndex other, TypeId type) {
      if (std::find(path.begin(), path.end(), e) != path.end()) return;
      if (std::find(used_.begin(), used_.end(), e) != used_.end()) return;
      if (!filter_->accepts(e, type, state.eval)) return;
      frame.next.emplace_back(e, other);
    });
    stack.push_back(std::move(frame));
    return true;
  }
};

class ShortestPath : public OperatorOf<plan::ShortestPath> {
 public:
  using OperatorOf::OperatorOf;
  void open(ExecState& state) override {
    Operator::open(state);
    paths_.clear();
    held_.clear();
    position_ = 0;
  }
  bool next(Row& row, ExecState& state) override {
    for (;;) {
      if (position_ < paths_.size()) {
        PathRef& path = paths_[position_++];
        List edges;
        for (auto e : path.edges) edges.emplace_back(EdgeRef{e});
        row[op_.rel] = Value(std::move(edges));
        row[op_.path] = Value(std::move(path));
        return true;
      }
      if (!children[0]->next(row, state)) return false;
      paths_.clear();
      held_.clear();
      position_ = 0;
      const Value& from = row[op_.from];
      const Value& to = row[op_.to];
      if (from.kind() != ValueKind::NodeRef || to.kind() != ValueKind::NodeRef) continue;
      EdgeFilter filter{op_.types, op_.relProperties.get(),
                        op_.relProperties ? evaluate(*op_.relProperties, row, state.eval) : Value()};
      NodeIndex source = from.asNodeRef().index, target = to.asNodeRef().index;
      if (source == target) {
        if (op_.minHops == 0) paths_.push_back(PathRef{{source}, {}});
        if (!paths_.empty() && !passes(paths_[0], row, state)) paths_.clear();
        continue;
      }
      std::int64_t maxHops = op_.maxHops < 0 ? INT64_MAX : op_.maxHops;
      if (!op_.pathPredicates.empty()) {
        shortestPassing(source, target, filter, row, state);
      } else if (op_.allShortest) {
        allShortest(source, target, maxHops, filter, state);
      } else {
        oneShortest(source, target, maxHops, filter, state);
      }
    }
  }

 private:
  std::vector<PathRef> paths_;
  HeldBytes held_;  // paths_ (allShortestPaths may find very many)
  std::size_t position_ = 0;

  // Whether `path` passes the path predicates, with the relationships and the path bound in `row`.
  bool passes(const PathRef& path, Row& row, ExecState& state) const {
    if (op_.pathPredicates.empty()) return true;
    List edges;
    for (auto e : path.edges) edges.emplace_back(EdgeRef{e});
    row[op_.rel] = Value(std::move(edges));
    row[op_.path] = Value(path);
    for (const BoundExprPtr& predicate : op_.pathPredicates)
      if (!evaluatePredicate(*predicate, row, state.eval)) return false;
    return true;
  }

  // With path predicates: the shortest paths that pass them. For each length from the distance
  // up to the pattern's bound, every trail of that length from source to target is tested, the
  // first length with a passing one giving the answer (one path, or all of them for
  // allShortestPaths), as Neo4j's exhaustive search answers. A trail steps only to nodes within
  // reach of the target in the hops left: distances to the target come from a breadth-first
  // search against the direction, grown as the length grows. An unbounded pattern searches up to
  // the variable-length limit, and past it is an error (as for every walk), unless no longer
  // trail can exist (longerTrailsMayExist).
  void shortestPassing(NodeIndex source, NodeIndex target, const EdgeFilter& filter, Row& row, ExecState& state) {
    const PropertyGraph& g = state.eval.graph;
    const std::int64_t maxHops = op_.maxHops < 0 ? state.eval.variableLengthLimit : op_.maxHops;
    std::unordered_map<NodeIndex, std::int64_t> toTarget{{target, 0}};
    std::vector<NodeIndex> frontier{target}, next;
    std::int64_t radius = 0;
    const Direction back = reversedDirection(op_.direction);
    auto grow = [&](std::int64_t to) {
      for (; radius < to && !frontier.empty(); ++radius) {
        next.clear();
        for (NodeIndex n : frontier)
          forEachEdge(g, n, back, [&](EdgeIndex e, NodeIndex other, TypeId type) {
            state.tick();
            if (filter.accepts(e, type, state.eval) && toTarget.try_emplace(other, radius + 1).second) next.push_back(other);
          });
        frontier.swap(next);
      }
    };
    auto within = [&](NodeIndex n, std::int64_t hops) {
      auto it = toTarget.find(n);
      return it != toTarget.end() && it->second <= hops;
    };
    PathRef path{{source}, {}};
    bool stop = false;
    // Extends `path` (at node `at`) by `left` more edges to the target, testing each trail.
    std::function<void(NodeIndex, std::int64_t)> extend = [&](NodeIndex at, std::int64_t left) {
      if (left == 0) {
        if (at != target || !passes(path, row, state)) return;
        held_.add(state.eval.guard, sizeof(PathRef) + (path.nodes.size() + path.edges.size()) * sizeof(std::uint32_t));
        paths_.push_back(path);
        stop = !op_.allShortest;
        return;
      }
      forEachEdge(g, at, op_.direction, [&](EdgeIndex e, NodeIndex other, TypeId type) {
        if (stop) return;
        state.tick();
        if (!filter.accepts(e, type, state.eval) || !within(other, left - 1)) return;
        if (std::find(path.edges.begin(), path.edges.end(), e) != path.edges.end()) return;  // a trail
        path.edges.push_back(e);
        path.nodes.push_back(other);
        extend(other, left - 1);
        path.edges.pop_back();
        path.nodes.pop_back();
      });
    };
    for (std::int64_t length = std::max<std::int64_t>(op_.minHops, 1); length <= maxHops && paths_.empty(); ++length) {
      grow(length);
      if (!toTarget.count(source)) {
        if (frontier.empty()) return;  // the target's whole reach is known, without the source
        continue;
      }
      extend(source, length);
    }
    if (paths_.empty() && op_.maxHops < 0 && longerTrailsMayExist(source, target, maxHops, filter, state))
      throw Error(ErrorKind::Runtime,
                  "No path of " + std::string(op_.allShortest ? "allShortestPaths " : "shortestPath ") +
                      "(" + op_.fromText.variable + ") to (" + op_.toText.variable + ")" +
                      " passes its WHERE within " + std::to_string(maxHops) +
                      " relationships, and a longer one might: give the pattern an upper bound (e.g. *1..30) or "
                      "raise the limit (Connection::setVariableLengthLimit)");
  }

  // Whether a trail from source to target could be longer than `limit`: whether more than `limit`
  // relationships join the nodes that the source reaches and that reach the target (any such
  // trail uses only those). Read only when a search up to the limit found nothing.
  bool longerTrailsMayExist(NodeIndex source, NodeIndex target, std::int64_t limit, const EdgeFilter& filter,
                            ExecState& state) const {
    const PropertyGraph& g = state.eval.graph;
    auto reach = [&](NodeIndex from, Direction direction, const std::unordered_set<NodeIndex>* within,
                     std::unordered_set<EdgeIndex>* edges) {
      std::unordered_set<NodeIndex> seen{from};
      std::vector<NodeIndex> stack{from};
      while (!stack.empty()) {
        NodeIndex n = stack.back();
        stack.pop_back();
        forEachEdge(g, n, direction, [&](EdgeIndex e, NodeIndex other, TypeId type) {
          state.tick();
          if (!filter.accepts(e, type, state.eval) || (within && !within->count(other))) return;
          if (edges) edges->insert(e);
          if (seen.insert(other).second) stack.push_back(other);
        });
      }
      return seen;
    };
    const std::unordered_set<NodeIndex> reachTarget = reach(target, reversedDirection(op_.direction), nullptr, nullptr);
    if (!reachTarget.count(source)) return false;
    std::unordered_set<EdgeIndex> edges;
    reach(source, op_.direction, &reachTarget, &edges);
    return edges.size() > static_cast<std::size_t>(limit);
  }

  // One shortest path, by the bidirectional search (bidirectional_search.h).
  void oneShortest(NodeIndex source, NodeIndex target, std::int64_t maxHops, const EdgeFilter& filter, ExecState& state) {
    const PropertyGraph& g = state.eval.graph;
    MarksLease marks;
    std::optional<SearchMeeting> met = meetInTheMiddle(
        source, target, op_.direction, maxHops, filter,
        [&](EdgeIndex e) { return filter.acceptsProperties(e, state.eval); }, *marks, state);
    if (!met) return;
    const NodeIndex meeting = met->node;
    // From the meeting node back to each end along the edges that reached each node first.
    auto across = [&](NodeIndex n, EdgeIndex e) { return g.edgeSource(e) == n ? g.edgeTarget(e) : g.edgeSource(e); };
    auto edgeBack = [&](NodeIndex n, int side) { return n == meeting && side == met->side ? met->edge : marks->edge(n); };
    PathRef path;
    for (NodeIndex n = meeting; n != source;) {
      EdgeIndex e = edgeBack(n, 0);
      path.nodes.push_back(n);
      path.edges.push_back(e);
      n = across(n, e);
    }
    path.nodes.push_back(source);
    std::reverse(path.nodes.begin(), path.nodes.end());
    std::reverse(path.edges.begin(), path.edges.end());
    for (NodeIndex n = meeting; n != target;) {
      EdgeIndex e = edgeBack(n, 1);
      path.edges.push_back(e);
      n = across(n, e);
      path.nodes.push_back(n);
    }
    paths_.push_back(std::move(path));
  }

  // Every shortest path, by a bidirectional search: each side records, for every node it reaches,
  // its depth and every edge from the level before (all parents on a shortest route), and the
  // smaller frontier grows by one whole level at a time. The first level that reaches nodes the
  // other side holds ends the search; those nodes are at distance ls+1 and lo from the two ends
  // (ls, lo: the levels grown before), their sum is the shortest length — had a shorter path
  // existed, the two balls of radius ls and lo would have met already — and every shortest path
  // crosses exactly one of them. The paths are then the source-side routes to each meeting node
  // joined with its target-side routes. Like the one-path search, it touches about the square root
  // of what a one-sided search does.
  struct Reached {
    std::int64_t depth;
    std::vector<std::pair<NodeIndex, EdgeIndex>> parents;  // on a shortest route from this side's end
  };
  using ReachedMap = std::unordered_map<NodeIndex, Reached>;

  void allShortest(NodeIndex source, NodeIndex target, std::int64_t maxHops, const EdgeFilter& filter,
                   ExecState& state) {
    const PropertyGraph& g = state.eval.graph;
    ReachedMap reached[2];
    reached[0].emplace(source, Reached{0, {}});
    reached[1].emplace(target, Reached{0, {}});
    std::vector<NodeIndex> frontiers[2] = {{source}, {target}}, next;
    std::int64_t levels[2] = {0, 0};
    std::vector<NodeIndex> meeting;
    while (meeting.empty() && levels[0] + levels[1] < maxHops && !frontiers[0].empty() && !frontiers[1].empty()) {
      const int side = frontiers[0].size() <= frontiers[1].size() ? 0 : 1;
      const Direction direction = side == 0 ? op_.direction : reversedDirection(op_.direction);
      const std::int64_t depth = levels[side] + 1;
      next.clear();
      for (NodeIndex n : frontiers[side]) {
        forEachEdge(g, n, direction, [&](EdgeIndex e, NodeIndex to, TypeId type) {
          state.tick();
          if (!filter.accepts(e, type, state.eval)) return;
          auto [it, fresh] = reached[side].try_emplace(to, Reached{depth, {}});
          if (fresh) {
            next.push_back(to);
            if (reached[1 - side].count(to)) meeting.push_back(to);
          }
          if (it->second.depth == depth) it->second.parents.emplace_back(n, e);
        });
      }
      frontiers[side].swap(next);
      levels[side] = depth;
    }
    std::sort(meeting.begin(), meeting.end());  // (paths come out grouped by meeting node, in index order)
    for (NodeIndex middle : meeting) {
      std::vector<PathRef> halves[2];
      for (int side = 0; side < 2; ++side) {
        std::vector<NodeIndex> nodes{middle};
        std::vector<EdgeIndex> edges;
        routesToEnd(middle, reached[side], nodes, edges, halves[side], state);
      }
      for (const PathRef& toSource : halves[0]) {
        for (const PathRef& toTarget : halves[1]) {
          // toSource runs middle -> source: reversed, it is the path's first half.
          PathRef path{std::vector<std::uint32_t>(toSource.nodes.rbegin(), toSource.nodes.rend()),
                       std::vector<std::uint32_t>(toSource.edges.rbegin(), toSource.edges.rend())};
          path.nodes.insert(path.nodes.end(), toTarget.nodes.begin() + 1, toTarget.nodes.end());
          path.edges.insert(path.edges.end(), toTarget.edges.begin(), toTarget.edges.end());
          held_.add(state.eval.guard, sizeof(PathRef) + (path.nodes.size() + path.edges.size()) * sizeof(std::uint32_t));
          paths_.push_back(std::move(path));
        }
      }
    }
  }

  // Every route from `at` back to the end that `reached` grew from (depth 0), as node and edge
  // lists starting at `at`; `nodes` and `edges` hold the route so far.
  void routesToEnd(NodeIndex at, const ReachedMap& reached, std::vector<NodeIndex>& nodes,
                   std::vector<EdgeIndex>& edges, std::vector<PathRef>& out, ExecState& state) {
    state.tick();
    const Reached& here = reached.at(at);
    if (here.depth == 0) {
      held_.add(state.eval.guard, sizeof(PathRef) + (nodes.size() + edges.size()) * sizeof(std::uint32_t));
      out.push_back(PathRef{nodes, edges});
      return;
    }
    for (const auto& [previous, edge] : here.parents) {
      nodes.push_back(previous);
      edges.push_back(edge);
      routesToEnd(previous, reached, nodes, edges, out, state);
      nodes.pop_back();
      edges.pop_back();
    }
  }
};

// The path through the pattern's elements: slots alternate node, relationship (or a list of them
// for a variable-length step), node, ...; null if any element is null (an OPTIONAL MATCH).
class ProjectPath : public OperatorOf<plan::ProjectPath> {
 public:
  using OperatorOf::OperatorOf;
  bool next(Row& row, ExecState& state) override {
    if (!children[0]->next(row, state)) return false;
    const PropertyGraph& g = state.eval.graph;
    PathRef path;
    const Value& first = row[op_.elements[0]];
    if (first.kind() != ValueKind::NodeRef) {
      row[op_.path] = Value();
      return true;
    }
    path.nodes.push_back(first.asNodeRef().index);
    auto step = [&](const Value& edge) {
      EdgeIndex e = edge.asEdgeRef().index;
      NodeIndex at = path.nodes.back();
      path.edges.push_back(e);
      path.nodes.push_back(g.edgeSource(e) == at ? g.edgeTarget(e) : g.edgeSource(e));
    };
    for (std::size_t i = 1; i < op_.elements.size(); i += 2) {
      const Value& rel = row[op_.elements[i]];
      if (rel.kind() == ValueKind::EdgeRef) {
        step(rel);
      } else if (rel.isList()) {
        for (const Value& e : rel.asList()) step(e);
      } else {
        row[op_.path] = Value();
        return true;
      }
    }
    row[op_.path] = Value(std::move(path));
    return true;
  }
};

}  // namespace

std::unique_ptr<Operator> makeOperator(const plan::VarExpand& op) { return std::make_unique<VarExpand>(op); }
std::unique_ptr<Operator> makeOperator(const plan::ShortestPath& op) { return std::make_unique<ShortestPath>(op); }
std::unique_ptr<Operator> makeOperator(const plan::ProjectPath& op) { return std::make_unique<ProjectPath>(op); }

}  // namespace kgq
