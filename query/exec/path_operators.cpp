// Operators over paths: VarExpand (variable-length walks, depth first, each relationship at most
// once per walk), ShortestPath (breadth-first; bidirectional for one shortest path) and
// ProjectPath (a path value from the elements a pattern bound).
#include "query/exec/evaluator.h"
#include "query/exec/operators.h"

#include <algorithm>
#include <unordered_map>

namespace kgq {

namespace {

// Whether edge e may be walked: its type, and the property map the pattern gives (if any).
struct EdgeFilter {
  const PlanNode& node;
  Value properties;  // the evaluated map, or null for none

  bool accepts(EdgeIndex e, TypeId type, EvalContext& ctx) const {
    if (!node.types.empty() && std::find(node.types.begin(), node.types.end(), type) == node.types.end()) return false;
    if (properties.isNull()) return true;
    return hasProperties(Value(EdgeRef{e}), properties, *node.relProperties, ctx);
  }
};

// Calls f(edge, other, type) for the edges of n in `direction`; an undirected walk sees a
// self-loop once.
template <class F>
void forEachEdge(const PropertyGraph& g, NodeIndex n, ast::Direction direction, F&& f) {
  if (direction != ast::Direction::Incoming) g.forEachOutEdge(n, f);
  if (direction != ast::Direction::Outgoing)
    g.forEachInEdge(n, [&](EdgeIndex e, NodeIndex other, TypeId type) {
      if (direction == ast::Direction::Both && other == n) return;
      f(e, other, type);
    });
}

NodeIndex startNode(const Value& v, const PlanNode& node) {
  if (v.kind() != ValueKind::NodeRef)
    throw Error(ErrorKind::Runtime, "Type mismatch: expected NODE but was " + std::string(kindName(v.kind())) +
                                        " for the start of " + node.detail);
  return v.asNodeRef().index;
}

class VarExpand : public Operator {
 public:
  using Operator::Operator;
  void open(ExecState& state) override {
    Operator::open(state);
    walks_.clear();
    position_ = 0;
  }
  bool next(Row& row, ExecState& state) override {
    for (;;) {
      if (position_ < walks_.size()) {
        Walk& walk = walks_[position_++];
        List edges;
        edges.reserve(walk.edges.size());
        for (EdgeIndex e : walk.edges) edges.emplace_back(EdgeRef{e});
        row[node_.relSlot] = Value(std::move(edges));
        row[node_.toSlot] = Value(NodeRef{walk.end});
        return true;
      }
      if (!children[0]->next(row, state)) return false;
      walks_.clear();
      position_ = 0;
      const Value& from = row[node_.fromSlot];
      if (from.isNull()) continue;
      NodeIndex start = startNode(from, node_);
      if (node_.into && row[node_.toSlot].kind() != ValueKind::NodeRef) continue;
      target_ = node_.into ? row[node_.toSlot].asNodeRef().index : 0;
      used_ = usedRelationships(node_.distinctFrom, row);
      filter_ = std::make_unique<EdgeFilter>(EdgeFilter{
          node_, node_.relProperties ? evaluate(*node_.relProperties, row, state.eval) : Value()});
      unbounded_ = node_.maxHops < 0;
      maxHops_ = unbounded_ ? state.eval.variableLengthLimit : node_.maxHops;
      std::vector<EdgeIndex> path;
      walk(start, path, state);
    }
  }

 private:
  struct Walk {
    std::vector<EdgeIndex> edges;
    NodeIndex end;
  };
  std::vector<Walk> walks_;
  std::size_t position_ = 0;
  NodeIndex target_ = 0;
  std::vector<EdgeIndex> used_;
  std::unique_ptr<EdgeFilter> filter_;
  bool unbounded_ = false;
  std::int64_t maxHops_ = 0;

  void walk(NodeIndex at, std::vector<EdgeIndex>& path, ExecState& state) {
    state.tick();
    const PropertyGraph& g = state.eval.graph;
    auto depth = static_cast<std::int64_t>(path.size());
    if (depth >= node_.minHops && (!node_.into || at == target_)) {
      bool labelled = node_.into || std::all_of(node_.labels.begin(), node_.labels.end(),
                                                [&](LabelId l) { return g.nodeHasLabel(at, l); });
      if (labelled) walks_.push_back(Walk{path, at});
    }
    if (depth >= maxHops_) {
      if (unbounded_) {
        bool deeper = false;
        forEachEdge(g, at, node_.direction, [&](EdgeIndex e, NodeIndex, TypeId type) {
          if (!deeper && std::find(path.begin(), path.end(), e) == path.end() && filter_->accepts(e, type, state.eval))
            deeper = true;
        });
        if (deeper)
          throw Error(ErrorKind::Runtime,
                      "The variable-length pattern " + node_.detail + " would walk more than " +
                          std::to_string(maxHops_) +
                          " relationships: give it an upper bound (e.g. *1..30) or raise the limit "
                          "(Connection::setVariableLengthLimit)");
      }
      return;
    }
    // Collect first: the walk below must not run inside the graph's edge iteration.
    std::vector<std::pair<EdgeIndex, NodeIndex>> steps;
    forEachEdge(g, at, node_.direction, [&](EdgeIndex e, NodeIndex other, TypeId type) {
      if (std::find(path.begin(), path.end(), e) != path.end()) return;
      if (std::find(used_.begin(), used_.end(), e) != used_.end()) return;
      if (!filter_->accepts(e, type, state.eval)) return;
      steps.emplace_back(e, other);
    });
    for (const auto& [e, other] : steps) {
      path.push_back(e);
      walk(other, path, state);
      path.pop_back();
    }
  }
};

class ShortestPath : public Operator {
 public:
  using Operator::Operator;
  void open(ExecState& state) override {
    Operator::open(state);
    paths_.clear();
    position_ = 0;
  }
  bool next(Row& row, ExecState& state) override {
    for (;;) {
      if (position_ < paths_.size()) {
        PathRef& path = paths_[position_++];
        List edges;
        for (auto e : path.edges) edges.emplace_back(EdgeRef{e});
        row[node_.relSlot] = Value(std::move(edges));
        row[node_.slot] = Value(std::move(path));
        return true;
      }
      if (!children[0]->next(row, state)) return false;
      paths_.clear();
      position_ = 0;
      const Value& from = row[node_.fromSlot];
      const Value& to = row[node_.toSlot];
      if (from.kind() != ValueKind::NodeRef || to.kind() != ValueKind::NodeRef) continue;
      EdgeFilter filter{node_, node_.relProperties ? evaluate(*node_.relProperties, row, state.eval) : Value()};
      NodeIndex source = from.asNodeRef().index, target = to.asNodeRef().index;
      if (source == target) {
        if (node_.minHops == 0) paths_.push_back(PathRef{{source}, {}});
        continue;
      }
      std::int64_t maxHops = node_.maxHops < 0 ? INT64_MAX : node_.maxHops;
      if (node_.allShortest) allShortest(source, target, maxHops, filter, state);
      else oneShortest(source, target, maxHops, filter, state);
    }
  }

 private:
  std::vector<PathRef> paths_;
  std::size_t position_ = 0;

  static ast::Direction reversed(ast::Direction d) {
    return d == ast::Direction::Outgoing ? ast::Direction::Incoming
           : d == ast::Direction::Incoming ? ast::Direction::Outgoing : d;
  }

  // Bidirectional breadth-first search: grows the smaller frontier one level at a time until the
  // two searches meet, so it touches about the square root of what a one-sided search would.
  void oneShortest(NodeIndex source, NodeIndex target, std::int64_t maxHops, const EdgeFilter& filter, ExecState& state) {
    const PropertyGraph& g = state.eval.graph;
    struct Step {
      NodeIndex previous;
      EdgeIndex edge;
    };
    std::unordered_map<NodeIndex, Step> forward{{source, {source, 0}}}, backward{{target, {target, 0}}};
    std::vector<NodeIndex> forwardFrontier{source}, backwardFrontier{target};
    std::int64_t hops = 0;
    NodeIndex meeting = 0;
    bool met = false;
    while (!met && hops < maxHops && !forwardFrontier.empty() && !backwardFrontier.empty()) {
      bool growForward = forwardFrontier.size() <= backwardFrontier.size();
      auto& frontier = growForward ? forwardFrontier : backwardFrontier;
      auto& seen = growForward ? forward : backward;
      auto& other = growForward ? backward : forward;
      ast::Direction direction = growForward ? node_.direction : reversed(node_.direction);
      std::vector<NodeIndex> nextFrontier;
      for (NodeIndex n : frontier) {
        forEachEdge(g, n, direction, [&](EdgeIndex e, NodeIndex next, TypeId type) {
          state.tick();
          if (met || seen.count(next) || !filter.accepts(e, type, state.eval)) return;
          seen.emplace(next, Step{n, e});
          if (other.count(next)) {
            met = true;
            meeting = next;
          }
          nextFrontier.push_back(next);
        });
        if (met) break;
      }
      frontier.swap(nextFrontier);
      ++hops;
    }
    if (!met) return;
    PathRef path;
    for (NodeIndex n = meeting; n != source; n = forward.at(n).previous) {
      path.nodes.push_back(n);
      path.edges.push_back(forward.at(n).edge);
    }
    path.nodes.push_back(source);
    std::reverse(path.nodes.begin(), path.nodes.end());
    std::reverse(path.edges.begin(), path.edges.end());
    for (NodeIndex n = meeting; n != target; n = backward.at(n).previous) {
      path.edges.push_back(backward.at(n).edge);
      path.nodes.push_back(backward.at(n).previous);
    }
    paths_.push_back(std::move(path));
  }

  // Level-by-level search keeping every parent edge on a shortest route, then every path back.
  void allShortest(NodeIndex source, NodeIndex target, std::int64_t maxHops, const EdgeFilter& filter,
                   ExecState& state) {
    const PropertyGraph& g = state.eval.graph;
    std::unordered_map<NodeIndex, std::int64_t> depth{{source, 0}};
    std::unordered_map<NodeIndex, std::vector<std::pair<NodeIndex, EdgeIndex>>> parents;
    std::vector<NodeIndex> frontier{source};
    std::int64_t level = 0;
    while (!frontier.empty() && level < maxHops && !depth.count(target)) {
      std::vector<NodeIndex> next;
      for (NodeIndex n : frontier) {
        forEachEdge(g, n, node_.direction, [&](EdgeIndex e, NodeIndex to, TypeId type) {
          state.tick();
          if (!filter.accepts(e, type, state.eval)) return;
          auto it = depth.find(to);
          if (it == depth.end()) {
            depth.emplace(to, level + 1);
            next.push_back(to);
            parents[to].emplace_back(n, e);
          } else if (it->second == level + 1) {
            parents[to].emplace_back(n, e);
          }
        });
      }
      frontier.swap(next);
      ++level;
    }
    if (!depth.count(target)) return;
    std::vector<NodeIndex> nodes{target};
    std::vector<EdgeIndex> edges;
    collectPaths(target, source, parents, nodes, edges, state);
  }

  void collectPaths(NodeIndex at, NodeIndex source,
                    const std::unordered_map<NodeIndex, std::vector<std::pair<NodeIndex, EdgeIndex>>>& parents,
                    std::vector<NodeIndex>& nodes, std::vector<EdgeIndex>& edges, ExecState& state) {
    state.tick();
    if (at == source) {
      PathRef path{std::vector<std::uint32_t>(nodes.rbegin(), nodes.rend()),
                   std::vector<std::uint32_t>(edges.rbegin(), edges.rend())};
      paths_.push_back(std::move(path));
      return;
    }
    for (const auto& [previous, edge] : parents.at(at)) {
      nodes.push_back(previous);
      edges.push_back(edge);
      collectPaths(previous, source, parents, nodes, edges, state);
      nodes.pop_back();
      edges.pop_back();
    }
  }
};

// The path through the pattern's elements: slots alternate node, relationship (or a list of them
// for a variable-length step), node, ...; null if any element is null (an OPTIONAL MATCH).
class ProjectPath : public Operator {
 public:
  using Operator::Operator;
  bool next(Row& row, ExecState& state) override {
    if (!children[0]->next(row, state)) return false;
    const PropertyGraph& g = state.eval.graph;
    PathRef path;
    const Value& first = row[node_.slots[0]];
    if (first.kind() != ValueKind::NodeRef) {
      row[node_.slot] = Value();
      return true;
    }
    path.nodes.push_back(first.asNodeRef().index);
    auto step = [&](const Value& edge) {
      EdgeIndex e = edge.asEdgeRef().index;
      NodeIndex at = path.nodes.back();
      path.edges.push_back(e);
      path.nodes.push_back(g.edgeSource(e) == at ? g.edgeTarget(e) : g.edgeSource(e));
    };
    for (std::size_t i = 1; i < node_.slots.size(); i += 2) {
      const Value& rel = row[node_.slots[i]];
      if (rel.kind() == ValueKind::EdgeRef) {
        step(rel);
      } else if (rel.isList()) {
        for (const Value& e : rel.asList()) step(e);
      } else {
        row[node_.slot] = Value();
        return true;
      }
    }
    row[node_.slot] = Value(std::move(path));
    return true;
  }
};

}  // namespace

std::unique_ptr<Operator> makePathOperator(const PlanNode& node) {
  switch (node.kind) {
    case PlanKind::VarExpand: return std::make_unique<VarExpand>(node);
    case PlanKind::ShortestPath: return std::make_unique<ShortestPath>(node);
    case PlanKind::ProjectPath: return std::make_unique<ProjectPath>(node);
    default: throw Error(ErrorKind::Runtime, "internal: not a path operator");
  }
}

}  // namespace kgq
