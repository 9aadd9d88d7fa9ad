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
  std::vector<std::uint32_t> sources, targets;
  std::vector<ArcData> data;
  std::size_t perEdge = sub.direction() == Direction::Both ? 2 : 1;
  sources.reserve(g.edgeCount() * perEdge);
  targets.reserve(g.edgeCount() * perEdge);
  if (kWeighted) data.reserve(g.edgeCount() * perEdge);
  bool flip = (sub.direction() == Direction::In) != reverse;
  for (EdgeIndex e = 0; e < sub.edgeBound(); ++e) {
    if (!sub.hasEdge(e)) continue;
    std::uint32_t s = compact[g.edgeSource(e)], t = compact[g.edgeTarget(e)];
    if (flip) std::swap(s, t);
    sources.push_back(s);
    targets.push_back(t);
    if (kWeighted) data.push_back(ArcData{e, sub.weight(e)});
    if (perEdge == 2) {
      sources.push_back(t);
      targets.push_back(s);
      if (kWeighted) data.push_back(ArcData{e, sub.weight(e)});
    }
  }
  std::vector<std::uint32_t>().swap(compact);
  auto n = static_cast<std::uint32_t>(out.nodes.size());
  if constexpr (kWeighted)
    out.graph = G(boost::construct_inplace_from_sources_and_targets, sources, targets, data, n);
  else
    out.graph = G(boost::construct_inplace_from_sources_and_targets, sources, targets, n);
  return out;
}

}  // namespace kgq::analytics
