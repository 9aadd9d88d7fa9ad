// Traversals (graph/analytics/paths.h), all by Boost.Graph on the StorageView, copying nothing:
// breadth_first_search, dijkstra_shortest_paths (with an early stop at the target for
// cheapestPath), kruskal_minimum_spanning_tree.
#include "graph/analytics/paths.h"

#include "graph/analytics/boost_view.h"

#include <kgq/kgq.h>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/exception.hpp>
#include <boost/graph/kruskal_min_spanning_tree.hpp>

#include <algorithm>
#include <limits>

namespace kgq::analytics {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

void checkWeights(const Subgraph& sub) {
  if (!sub.weighted()) return;
  const PropertyGraph& g = sub.graph();
  for (EdgeIndex e = 0; e < sub.edgeBound(); ++e)
    if (sub.hasEdge(e) && sub.weight(e) < 0)
      throw Error(ErrorKind::Runtime, "Shortest paths need non-negative weights: relationship (" +
                                          std::string(g.nodeId(g.edgeSource(e))) + ")-[:" + g.typeNames().name(g.edgeType(e)) +
                                          "]->(" + std::string(g.nodeId(g.edgeTarget(e))) + ") weighs " +
                                          Value(sub.weight(e)).toCypher());
}

struct DepthRecorder : boost::default_bfs_visitor {
  std::vector<std::int64_t>* depth;
  std::vector<NodeIndex>* order;
  template <class E, class G>
  void tree_edge(const E& e, const G&) const { (*depth)[e.target] = (*depth)[e.source] + 1; }
  template <class G>
  void discover_vertex(NodeIndex v, const G&) const { order->push_back(v); }
};

struct TargetReached {};

// Records the edge that last lowered each node's distance, and stops the search at `target`.
struct PathRecorder : boost::default_dijkstra_visitor {
  std::vector<ViewEdge>* via;
  NodeIndex target;
  template <class G>
  void edge_relaxed(const ViewEdge& e, const G&) const { (*via)[e.target] = e; }
  template <class G>
  void examine_vertex(NodeIndex v, const G&) const {
    if (v == target) throw TargetReached();
  }
};

template <class View, class Visitor>
void dijkstra(const View& view, NodeIndex source, std::vector<double>& distance, const Visitor& visitor) {
  const Subgraph& sub = view.subgraph();
  std::vector<NodeIndex> predecessor(sub.nodeBound());
  distance.assign(sub.nodeBound(), kInfinity);
  boost::dijkstra_shortest_paths(
      view, source,
      boost::weight_map(ViewWeightMap{&sub})
          .distance_map(boost::make_iterator_property_map(distance.data(), get(boost::vertex_index, view)))
          .predecessor_map(boost::make_iterator_property_map(predecessor.data(), get(boost::vertex_index, view)))
          .distance_inf(kInfinity)  // Boost's default is the largest finite double
          .visitor(visitor));
}

}  // namespace

PerNode<std::int64_t> breadthFirst(const Subgraph& sub, NodeIndex source, std::int64_t maxDepth) {
  PerNode<std::int64_t> out;
  if (!sub.hasNode(source)) return out;
  std::vector<std::int64_t> depth(sub.nodeBound(), -1);
  std::vector<NodeIndex> order;
  depth[source] = 0;
  std::vector<boost::default_color_type> color(sub.nodeBound(), boost::white_color);
  withView(sub, [&](const auto& view) {
    DepthRecorder recorder;
    recorder.depth = &depth;
    recorder.order = &order;
    boost::breadth_first_search(
        view, source,
        boost::visitor(recorder).color_map(boost::make_iterator_property_map(color.data(), get(boost::vertex_index, view))));
  });
  for (NodeIndex v : order) {
    if (maxDepth >= 0 && depth[v] > maxDepth) break;  // breadth-first order: the rest are deeper
    out.nodes.push_back(v);
    out.values.push_back(depth[v]);
  }
  return out;
}

PerNode<double> shortestDistances(const Subgraph& sub, NodeIndex source) {
  PerNode<double> out;
  if (!sub.hasNode(source)) return out;
  checkWeights(sub);
  std::vector<double> distance;
  withView(sub, [&](const auto& view) { dijkstra(view, source, distance, boost::default_dijkstra_visitor()); });
  for (NodeIndex v = 0; v < distance.size(); ++v)
    if (distance[v] != kInfinity) out.nodes.push_back(v);
  std::stable_sort(out.nodes.begin(), out.nodes.end(), [&](NodeIndex a, NodeIndex b) { return distance[a] < distance[b]; });
  for (NodeIndex v : out.nodes) out.values.push_back(distance[v]);
  return out;
}

WeightedPath cheapestPath(const Subgraph& sub, NodeIndex source, NodeIndex target) {
  WeightedPath path;
  if (!sub.hasNode(source) || !sub.hasNode(target)) return path;
  checkWeights(sub);
  std::vector<double> distance;
  std::vector<ViewEdge> via(sub.nodeBound());
  PathRecorder recorder;
  recorder.via = &via;
  recorder.target = target;
  try {
    withView(sub, [&](const auto& view) { dijkstra(view, source, distance, recorder); });
  } catch (const TargetReached&) {
  }
  if (distance[target] == kInfinity) return path;
  path.found = true;
  path.cost = distance[target];
  for (NodeIndex v = target; v != source; v = via[v].source) {
    path.nodes.push_back(v);
    path.edges.push_back(via[v].edge);
  }
  path.nodes.push_back(source);
  std::reverse(path.nodes.begin(), path.nodes.end());
  std::reverse(path.edges.begin(), path.edges.end());
  return path;
}

std::vector<EdgeIndex> minimumSpanningForest(const Subgraph& sub) {
  if (sub.direction() != Direction::Both) throw std::logic_error("minimumSpanningForest needs an undirected subgraph");
  StorageView<Direction::Both> view(sub);
  std::vector<ViewEdge> tree;
  std::vector<NodeIndex> rank(sub.nodeBound()), parent(sub.nodeBound());
  boost::kruskal_minimum_spanning_tree(
      view, std::back_inserter(tree),
      boost::weight_map(ViewWeightMap{&sub})
          .rank_map(boost::make_iterator_property_map(rank.data(), get(boost::vertex_index, view)))
          .predecessor_map(boost::make_iterator_property_map(parent.data(), get(boost::vertex_index, view))));
  std::vector<EdgeIndex> out;
  for (const ViewEdge& e : tree) out.push_back(e.edge);
  return out;
}

}  // namespace kgq::analytics
