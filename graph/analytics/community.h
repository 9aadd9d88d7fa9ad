// Community detection on a Subgraph read as undirected and weighted (1 per edge when unweighted):
// Louvain (Blondel et al. 2008) and the modularity of a partition.
//
// Definitions (NetworkX's louvain_communities and modularity): Q = Σ_c [ L_c/m − γ·(d_c/2m)² ]
// with m the total edge weight, L_c the weight inside community c, d_c its total degree, γ the
// resolution. Louvain moves nodes one at a time (in index order, so results are deterministic)
// to the neighbouring community of largest gain until a pass moves nothing, aggregates each
// community into one node, and repeats while a level raises Q by more than `tolerance`.
#pragma once

#include "graph/analytics/projection.h"

#include <cstdint>

namespace kgq::analytics {

struct LouvainOptions {
  std::int64_t maxLevels = 10;
  std::int64_t maxIterations = 10;  // local-move passes per level
  double tolerance = 1e-7;
  double resolution = 1.0;
};

struct Communities {
  PerNode<std::int64_t> community;  // 0, 1, ... in order of each community's smallest node
  double modularity = 0;
  std::int64_t levels = 0;  // levels that raised Q
};
Communities louvain(const Subgraph& sub, const LouvainOptions& options);

// The modularity of the partition `community` (by position in increasing member NodeIndex order,
// as in Communities::community.values).
double modularity(const Subgraph& sub, const std::vector<std::int64_t>& community, double resolution);

}  // namespace kgq::analytics
