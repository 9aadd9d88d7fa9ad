// Components (graph/analytics/components.h), all by Boost.Graph: weak components by
// incremental_components (union-find over the StorageView's edge list: no copy, one pass),
// strong components by strong_components on a CsrProjection (its DFS stack holds two iterators a
// frame), biconnected components and articulation points on the undirected StorageView.
#include "graph/analytics/components.h"

#include "graph/analytics/boost_view.h"
#include "graph/analytics/csr_projection.h"

#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/incremental_components.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/pending/disjoint_sets.hpp>

#include <algorithm>
#include <limits>

namespace kgq::analytics {

namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

// Renumbers raw component labels (by position in `nodes`) in order of first appearance.
PerNode<std::int64_t> renumbered(std::vector<NodeIndex> nodes, const std::vector<std::uint32_t>& raw, std::size_t bound) {
  std::vector<std::uint32_t> id(bound, kNone);
  std::uint32_t next = 0;
  PerNode<std::int64_t> out;
  out.values.reserve(nodes.size());
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    std::uint32_t& c = id[raw[i]];
    if (c == kNone) c = next++;
    out.values.push_back(c);
  }
  out.nodes = std::move(nodes);
  return out;
}

}  // namespace

PerNode<std::int64_t> weaklyConnectedComponents(const Subgraph& sub) {
  std::size_t bound = sub.nodeBound();
  std::vector<std::uint32_t> rank(bound, 0), parent(bound);
  using Map = boost::iterator_property_map<std::uint32_t*, boost::typed_identity_property_map<std::uint32_t>>;
  boost::disjoint_sets<Map, Map> sets(Map(rank.data()), Map(parent.data()));
  std::vector<NodeIndex> nodes;
  withView(sub, [&](const auto& view) {
    boost::initialize_incremental_components(view, sets);
    boost::incremental_components(view, sets);
    for (auto r = vertices(view); r.first != r.second; ++r.first) nodes.push_back(*r.first);
  });
  std::vector<std::uint32_t> raw;
  raw.reserve(nodes.size());
  for (NodeIndex n : nodes) raw.push_back(sets.find_set(n));
  return renumbered(std::move(nodes), raw, bound);
}

PerNode<std::int64_t> stronglyConnectedComponents(const Subgraph& sub) {
  CsrProjection<Csr> csr = buildCsr<Csr>(sub);
  std::vector<std::uint32_t> component(csr.nodes.size());
  boost::strong_components(csr.graph,
                           boost::make_iterator_property_map(component.data(), get(boost::vertex_index, csr.graph)));
  return renumbered(std::move(csr.nodes), component, component.size() + 1);
}

PerNode<std::int64_t> biconnectedComponents(const Subgraph& sub) {
  if (sub.direction() != Direction::Both) throw std::logic_error("biconnectedComponents needs an undirected subgraph");
  StorageView<Direction::Both> view(sub);
  std::vector<std::uint32_t> edgeComponent(sub.edgeBound(), kNone);
  boost::biconnected_components(view, boost::make_iterator_property_map(edgeComponent.data(), ViewEdgeIndexMap()));
  // (component, node) pairs from both ends of every member edge.
  std::vector<std::pair<std::uint32_t, NodeIndex>> pairs;
  const PropertyGraph& g = sub.graph();
  for (EdgeIndex e = 0; e < sub.edgeBound(); ++e) {
    if (edgeComponent[e] == kNone || !sub.hasEdge(e)) continue;
    pairs.emplace_back(edgeComponent[e], g.edgeSource(e));
    pairs.emplace_back(edgeComponent[e], g.edgeTarget(e));
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  // Number components by their smallest node, then list by (component, node).
  std::vector<std::uint32_t> smallest;
  for (const auto& p : pairs) {
    if (p.first >= smallest.size()) smallest.resize(p.first + 1, kNone);
    smallest[p.first] = std::min(smallest[p.first], p.second);
  }
  std::vector<std::uint32_t> byMin;
  for (std::uint32_t c = 0; c < smallest.size(); ++c)
    if (smallest[c] != kNone) byMin.push_back(c);
  std::sort(byMin.begin(), byMin.end(), [&](std::uint32_t a, std::uint32_t b) { return smallest[a] < smallest[b]; });
  std::vector<std::uint32_t> id(smallest.size(), kNone);
  for (std::uint32_t i = 0; i < byMin.size(); ++i) id[byMin[i]] = i;
  for (auto& p : pairs) p.first = id[p.first];
  std::sort(pairs.begin(), pairs.end());
  PerNode<std::int64_t> out;
  for (const auto& p : pairs) {
    out.nodes.push_back(p.second);
    out.values.push_back(p.first);
  }
  return out;
}

std::vector<NodeIndex> articulationPoints(const Subgraph& sub) {
  if (sub.direction() != Direction::Both) throw std::logic_error("articulationPoints needs an undirected subgraph");
  StorageView<Direction::Both> view(sub);
  std::vector<NodeIndex> points;
  boost::articulation_points(view, std::back_inserter(points));
  std::sort(points.begin(), points.end());
  points.erase(std::unique(points.begin(), points.end()), points.end());
  return points;
}

}  // namespace kgq::analytics
