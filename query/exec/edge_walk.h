// What the path operators share to step along edges: which edges a pattern's relationship may
// walk (its types and property map) and the edges of a node in a direction. Used by VarExpand,
// ShortestPath (path_operators.cpp) and PruningVarExpand (pruning_var_expand.cpp), so every walk
// steps exactly alike.
#pragma once

#include "query/exec/evaluator.h"

#include <algorithm>
#include <vector>

namespace kgq {

// Whether edge e may be walked: its type, and the property map the pattern gives (if any).
struct EdgeFilter {
  const std::vector<TypeId>& types;
  const BoundExpr* relProperties;  // the pattern's map, or null
  Value properties;                // the evaluated map, or null for none

  bool accepts(EdgeIndex e, TypeId type, EvalContext& ctx) const {
    return acceptsType(type) && acceptsProperties(e, ctx);
  }
  // The two halves, for a search that tests the type before touching its visited marks.
  bool acceptsType(TypeId type) const {
    return types.empty() || std::find(types.begin(), types.end(), type) != types.end();
  }
  bool acceptsProperties(EdgeIndex e, EvalContext& ctx) const {
    return properties.isNull() || hasProperties(Value(EdgeRef{e}), properties, *relProperties, ctx);
  }
};

// Calls f(edge, other, type) for the edges of n in `direction`; an undirected walk sees a
// self-loop once.
template <class F>
void forEachEdge(const PropertyGraph& g, NodeIndex n, Direction direction, F&& f) {
  if (direction != Direction::Incoming) g.forEachOutEdge(n, f);
  if (direction != Direction::Outgoing)
    g.forEachInEdge(n, [&](EdgeIndex e, NodeIndex other, TypeId type) {
      if (direction == Direction::Both && other == n) return;
      f(e, other, type);
    });
}

}  // namespace kgq
