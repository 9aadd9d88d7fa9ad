// Traversals and shortest paths over a Subgraph, along its direction: breadth-first depths,
// single-source weighted distances (Dijkstra), one cheapest path between two nodes, and the
// minimum spanning forest of the undirected subgraph (Kruskal).
//
// Promises: weights are the Subgraph's (1 per edge when unweighted); a negative weight is an
// Error naming the edge; a source or target outside the subgraph reaches nothing.
#pragma once

#include "graph/analytics/projection.h"

#include <cstdint>

namespace kgq::analytics {

// The nodes reachable from `source` within `maxDepth` edges (maxDepth < 0: any depth), the
// source first, in breadth-first order, each with its depth.
PerNode<std::int64_t> breadthFirst(const Subgraph& sub, NodeIndex source, std::int64_t maxDepth);

// The nodes reachable from `source` with their least total weight, in order of distance.
PerNode<double> shortestDistances(const Subgraph& sub, NodeIndex source);

struct WeightedPath {
  bool found = false;
  std::vector<NodeIndex> nodes;  // source ... target
  std::vector<EdgeIndex> edges;  // edges[i] joins nodes[i] and nodes[i+1]
  double cost = 0;
};
WeightedPath cheapestPath(const Subgraph& sub, NodeIndex source, NodeIndex target);

// Edges of a minimum spanning forest, in increasing weight order (Kruskal), of the subgraph read
// as undirected.
std::vector<EdgeIndex> minimumSpanningForest(const Subgraph& sub);

}  // namespace kgq::analytics
