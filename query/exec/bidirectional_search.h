// The meeting of a bidirectional breadth-first search between two distinct nodes, the search that
// ShortestPath (one shortest path, path_operators.cpp) and PruningVarExpand (whether a bound end
// is reachable, pruning_var_expand.cpp) share. It grows the smaller frontier one level at a time
// until a step reaches a node the other side holds, so it touches about the square root of what a
// one-sided search touches.
//
// Promises: it meets if and only if the edges the filter and `walkable` admit join source to
// target within maxHops; the marks then hold, for every node each side reached, the edge that
// reached it first (side 0 from the source, side 1 from the target), so that following them back
// from the meeting node gives a shortest path. Precondition: source != target.
#pragma once

#include "query/exec/edge_walk.h"
#include "query/exec/node_marks.h"
#include "query/exec/operators.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace kgq {

// Where the two searches met: the side whose step over `edge` reached `node`, a node of the other.
struct SearchMeeting {
  NodeIndex node = 0;
  EdgeIndex edge = 0;
  int side = 0;
};

inline Direction reversedDirection(Direction d) {
  return d == Direction::Outgoing ? Direction::Incoming : d == Direction::Incoming ? Direction::Outgoing : d;
}

// Searches from both ends over the edges whose type `filter` accepts and that `walkable(e)`
// admits (tested after the type and the visited marks: the cheap tests first). `marks` is begun.
template <class Walkable>
std::optional<SearchMeeting> meetInTheMiddle(NodeIndex source, NodeIndex target, Direction direction,
                                             std::int64_t maxHops, const EdgeFilter& filter, Walkable&& walkable,
                                             NodeMarks& marks, ExecState& state) {
  const PropertyGraph& g = state.eval.graph;
  marks.begin(g.nodeSlots());
  marks.mark(source, 0, 0);
  marks.mark(target, 1, 0);
  std::vector<NodeIndex>* frontiers[2] = {&marks.list(0), &marks.list(1)};
  std::vector<NodeIndex>& nextFrontier = marks.list(2);
  frontiers[0]->assign(1, source);
  frontiers[1]->assign(1, target);
  std::optional<SearchMeeting> meeting;
  for (std::int64_t hops = 0; !meeting && hops < maxHops && !frontiers[0]->empty() && !frontiers[1]->empty(); ++hops) {
    const int side = frontiers[0]->size() <= frontiers[1]->size() ? 0 : 1;
    const Direction stepDirection = side == 0 ? direction : reversedDirection(direction);
    nextFrontier.clear();
    for (NodeIndex n : *frontiers[side]) {
      forEachEdge(g, n, stepDirection, [&](EdgeIndex e, NodeIndex next, TypeId type) {
        state.tick();
        if (meeting || !filter.acceptsType(type) || marks.marked(next, side) || !walkable(e)) return;
        if (marks.marked(next, 1 - side)) {
          meeting = SearchMeeting{next, e, side};
          return;
        }
        marks.mark(next, side, e);
        nextFrontier.push_back(next);
      });
      if (meeting) break;
    }
    frontiers[side]->swap(nextFrontier);
  }
  return meeting;
}

}  // namespace kgq
