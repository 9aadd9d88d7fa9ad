// CsrProjection: a Subgraph materialized as a boost::compressed_sparse_row_graph, with the member
// nodes renumbered 0..n-1 in increasing NodeIndex order (`nodes` maps back).
//
// Which algorithms use it, and why, rather than StorageView (graph/analytics/boost_view.h):
// PageRank, betweenness, closeness, Louvain, k-core and triangles sweep every edge many times, and
// strong components keeps a DFS stack as deep as the graph; a CSR arc is one 4-byte target read in
// order from a compact array, where the view's iterator tests each entry's liveness, type and far
// end and is ~90 bytes (a DFS frame holds two). Building one costs a pass over the edge table and
// 8 bytes an arc (16 more with ArcData); the traversals that visit each edge once (BFS, Dijkstra,
// components by union-find, biconnected components, articulation points, spanning trees, degree)
// run on the view and copy nothing.
//
// Include only from the .cpp files under graph/analytics/ (Boost's compile cost).
#pragma once

#include "graph/analytics/projection.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace kgq::analytics {

// What a weighted arc carries: the edge it reads, and its weight.
struct ArcData {
  EdgeIndex edge = 0;
  double weight = 1.0;
};

using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                               boost::no_property, std::uint32_t, std::uint32_t>;
using WeightedCsr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, ArcData,
                                                       boost::no_property, std::uint32_t, std::uint32_t>;

template <class G>
struct CsrProjection {
  G graph;
  std::vector<NodeIndex> nodes;  // vertex -> NodeIndex
};

// The subgraph as arcs in its direction (Both: two arcs an edge, one each way), or each arc
// turned around when `reverse` (the projection's in-adjacency, which PageRank pulls along).
//
// The store's adjacencies are already grouped by node, so walking them node by node yields the
// arcs sorted by source: Boost's edges_are_sorted constructor then copies them in one pass, with
// no sort (a counting sort of the edge table cost 3x as much at 5·10^6 edges).
template <class G>
CsrProjection<G> buildCsr(const Subgraph& sub, bool reverse = false) {
  constexpr bool kWeighted = std::is_same_v<G, WeightedCsr>;
  const PropertyGraph& g = sub.graph();
  constexpr std::uint32_t kOut = std::numeric_limits<std::uint32_t>::max();
  std::vector<std::uint32_t> compact(sub.nodeBound(), kOut);
  CsrProjection<G> out;
  out.nodes.reserve(sub.nodeCount());
  for (NodeIndex n = 0; n < sub.nodeBound(); ++n)
    if (sub.hasNode(n)) {
      compact[n] = static_cast<std::uint32_t>(out.nodes.size());
      out.nodes.push_back(n);
    }
  const bool both = sub.direction() == Direction::Both;
  const bool alongOut = (sub.direction() == Direction::In) == reverse;  // Out, or In turned around
  const Adjacency* lists[2] = {alongOut ? &g.outAdjacency() : &g.inAdjacency(), both ? &g.inAdjacency() : nullptr};
  std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
  std::vector<ArcData> data;
  arcs.reserve(g.edgeCount() * (both ? 2 : 1));
  if (kWeighted) data.reserve(arcs.capacity());
  for (std::uint32_t v = 0; v < out.nodes.size(); ++v) {
    NodeIndex node = out.nodes[v];
    for (const Adjacency* list : lists) {
      if (!list) continue;
      Adjacency::Runs r = list->runs(node);
      for (auto run : {std::make_pair(r.baseBegin, r.baseEnd), std::make_pair(r.overflowBegin, r.overflowEnd)})
        for (const AdjacencyEntry* a = run.first; a != run.second; ++a) {
          if (!sub.admits(a->edge, a->type, a->other)) continue;
          arcs.emplace_back(v, compact[a->other]);
          if (kWeighted) data.push_back(ArcData{a->edge, sub.weight(a->edge)});
        }
    }
  }
  std::vector<std::uint32_t>().swap(compact);
  auto n = static_cast<std::uint32_t>(out.nodes.size());
  if constexpr (kWeighted)
    out.graph = G(boost::edges_are_sorted, arcs.begin(), arcs.end(), data.begin(), n, arcs.size());
  else
    out.graph = G(boost::edges_are_sorted, arcs.begin(), arcs.end(), n, arcs.size());
  return out;
}

}  // namespace kgq::analytics
