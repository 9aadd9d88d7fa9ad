// What the path operators share to step along edges: which edges a pattern's relationship may
// walk (its types and property map) and the edges of a node in a direction. Used by VarExpand,
// ShortestPath (path_operators.cpp) and PruningVarExpand (pruning_var_expand.cpp), so every walk
// steps exactly alike.
#pragma once

#include "query/exec/evaluator.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace kgq {

// Whether edge e may be walked: its type, and the property map the pattern gives (if any).
struct EdgeFilter {
  EdgeFilter(const std::vector<TypeId>& types, const BoundExpr* relProperties, Value properties)
      : types(types), relProperties(relProperties), properties(std::move(properties)),
        oneType(types.size() == 1 ? types[0] : kMissingName) {}

  const std::vector<TypeId>& types;
  const BoundExpr* relProperties;  // the pattern's map, or null
  Value properties;                // the evaluated map, or null for none
  TypeId oneType;                  // the only type, the common case: one compare per edge

  bool accepts(EdgeIndex e, TypeId type, EvalContext& ctx) const {
    return acceptsType(type) && acceptsProperties(e, ctx);
  }
  // The two halves, for a search that tests the type before touching its visited marks.
  bool acceptsType(TypeId type) const {
    if (type == oneType || types.empty()) return true;
    return types.size() > 1 && std::find(types.begin(), types.end(), type) != types.end();
  }
  bool acceptsProperties(EdgeIndex e, EvalContext& ctx) const {
    if (properties.isNull()) return true;
    if (!propertyTest) propertyTest.emplace(properties, *relProperties, ctx.graph);  // keys looked up once
    return propertyTest->matches(Value(EdgeRef{e}), ctx.graph);
  }

 private:
  mutable std::optional<PropertyMapTest> propertyTest;
};

// Calls f(edge, other, type) for the live edges of n in `direction`; an undirected walk sees a
// self-loop once. The loops run over the adjacency's arrays themselves, the liveness test only
// once the graph has removed an edge: this is every search's inner loop.
template <class F>
void forEachEdge(const PropertyGraph& g, NodeIndex n, Direction direction, F&& f) {
  const bool someRemoved = g.hasRemovedEdges();
  auto each = [&](const AdjacencyEntry* a, const AdjacencyEntry* end, bool skipSelfLoops) {
    for (; a != end; ++a) {
      if ((someRemoved && !g.edgeIsLive(a->edge)) || (skipSelfLoops && a->other == n)) continue;
      f(a->edge, a->other, a->type);
    }
  };
  if (direction != Direction::Incoming) {
    Adjacency::Runs r = g.outAdjacency().runs(n);
    each(r.baseBegin, r.baseEnd, false);
    each(r.overflowBegin, r.overflowEnd, false);
  }
  if (direction != Direction::Outgoing) {
    Adjacency::Runs r = g.inAdjacency().runs(n);
    const bool both = direction == Direction::Both;
    each(r.baseBegin, r.baseEnd, both);
    each(r.overflowBegin, r.overflowEnd, both);
  }
}

}  // namespace kgq
