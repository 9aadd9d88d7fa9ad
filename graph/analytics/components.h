// Components of a Subgraph: weakly and strongly connected components, biconnected components and
// articulation points. Component ids are 0, 1, ... numbered in order of each component's smallest
// NodeIndex, so a result does not depend on the order an algorithm met the nodes.
// Weak components ignore direction; strong ones read it (Both makes them the weak ones);
// biconnected components and articulation points are those of the undirected subgraph.
#pragma once

#include "graph/analytics/projection.h"

#include <cstdint>

namespace kgq::analytics {

// One value per member node, in increasing NodeIndex order.
PerNode<std::int64_t> weaklyConnectedComponents(const Subgraph& sub);
PerNode<std::int64_t> stronglyConnectedComponents(const Subgraph& sub);

// One row per (node, component) the node belongs to: an articulation point is in several, a node
// with no member edge in none. Sorted by component, then node.
PerNode<std::int64_t> biconnectedComponents(const Subgraph& sub);

// In increasing NodeIndex order.
std::vector<NodeIndex> articulationPoints(const Subgraph& sub);

}  // namespace kgq::analytics
