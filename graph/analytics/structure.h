// Local structure of a Subgraph read as undirected: core numbers (k-core decomposition) and
// triangles with the local clustering coefficient. One value per member node, in increasing
// NodeIndex order.
//
// Definitions: a node's degree for k-cores counts every member edge at it (in + out, as igraph's
// coreness(mode="all") and NetworkX's core_number on a directed graph do). Triangles and the
// clustering coefficient are those of the simple undirected graph underneath (directions,
// parallel edges and self-loops ignored, as NetworkX's triangles/clustering on nx.Graph):
// coefficient = 2·triangles / (d·(d-1)) with d distinct neighbours, 0 when d < 2.
#pragma once

#include "graph/analytics/projection.h"

#include <cstdint>

namespace kgq::analytics {

PerNode<std::int64_t> coreNumbers(const Subgraph& sub);

struct TriangleCounts {
  PerNode<std::int64_t> triangles;
  std::vector<double> coefficient;  // by position in triangles.nodes
};
TriangleCounts triangles(const Subgraph& sub);

}  // namespace kgq::analytics
