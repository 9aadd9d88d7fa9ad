// Centralities of the nodes of a Subgraph: PageRank, betweenness (exact or sampled), closeness,
// degree. Each returns one value per member node, in increasing NodeIndex order.
//
// Definitions (those of NetworkX and igraph, so that results can be compared with them):
// - PageRank: power iteration x' = d·(xA + dangling mass/n) + (1-d)/n from x = 1/n, A the
//   (weighted) out-transition matrix; stops when Σ|x'-x| < n·tolerance or after `iterations`
//   rounds. Scores sum to 1.
// - Betweenness: Brandes' algorithm on unweighted shortest paths, not normalized; an undirected
//   (Both) subgraph counts each pair once. With samples k > 0, only k sources drawn with `seed`
//   are used and the sums are scaled by n/k (an unbiased estimate).
// - Closeness: Wasserman–Faust, from distances *along* the direction: (r-1)/Σd · (r-1)/(n-1) with
//   r the nodes reachable from the node (itself included); 0 when r = 1.
// - Degree: the member edges leaving (Out), entering (In) or touching (Both) a node, or the sum of
//   their weights when weighted.
#pragma once

#include "graph/analytics/projection.h"

#include <cstdint>

namespace kgq::analytics {

struct PageRankOptions {
  std::int64_t iterations = 20;
  double dampingFactor = 0.85;
  double tolerance = 1e-7;
};
PerNode<double> pageRank(const Subgraph& sub, const PageRankOptions& options);

struct BetweennessOptions {
  std::int64_t samples = 0;  // 0: every node is a source (exact)
  std::uint64_t seed = 42;
};
PerNode<double> betweenness(const Subgraph& sub, const BetweennessOptions& options);

PerNode<double> closeness(const Subgraph& sub);

PerNode<double> degree(const Subgraph& sub);

}  // namespace kgq::analytics
