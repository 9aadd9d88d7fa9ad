// StorageView: kgq's own storage as a Boost.Graph. A read view of a Subgraph (graph/analytics/
// projection.h) over PropertyGraph's edge table and CSR adjacencies, with boost::graph_traits
// specialized so that it models VertexListGraph, IncidenceGraph, BidirectionalGraph,
// AdjacencyGraph and EdgeListGraph; Boost.Graph algorithms run on it directly, copying nothing.
//
// Conventions (the same as boost::filtered_graph's): a vertex is a NodeIndex and the vertex_index
// map is the identity, so num_vertices() is the index bound (PropertyGraph::nodeSlots(), dead
// slots included) and exterior property arrays are sized by it; vertices() lists only member
// nodes. Likewise num_edges() is the EdgeIndex bound and edges() lists member edges once each.
// StorageView<Direction::Both> is an undirected graph (each edge is incident to both ends).
// Removed nodes and edges, and those outside the projection, are skipped by every iterator.
//
// Boost headers are expensive to compile (../shared/TOOLCHAIN.md): only the .cpp files under
// graph/analytics/ that run algorithms include this header.
#pragma once

#include "graph/analytics/projection.h"

#include <boost/graph/adjacency_iterator.hpp>
#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/iterator/iterator_facade.hpp>
#include <boost/property_map/property_map.hpp>

#include <array>
#include <type_traits>
#include <utility>

namespace kgq::analytics {

// An edge as the view presents it: `source` is the end it was reached from (in an undirected view
// either end may be). Two descriptors are the same edge when their EdgeIndex is.
struct ViewEdge {
  EdgeIndex edge = 0;
  NodeIndex source = 0, target = 0;
  friend bool operator==(const ViewEdge& a, const ViewEdge& b) { return a.edge == b.edge; }
  friend bool operator!=(const ViewEdge& a, const ViewEdge& b) { return a.edge != b.edge; }
};

// The edges at one node: up to two adjacencies (Both reads the out- and the in-list), each as its
// base and overflow runs. `incoming` presents them as edges into the node.
class IncidentEdgeIterator
    : public boost::iterator_facade<IncidentEdgeIterator, ViewEdge, boost::forward_traversal_tag, ViewEdge> {
 public:
  IncidentEdgeIterator() = default;
  IncidentEdgeIterator(const Subgraph* sub, NodeIndex node, const Adjacency* first, const Adjacency* second,
                       bool incoming)
      : sub_(sub), node_(node), incoming_(incoming) {
    for (const Adjacency* adjacency : {first, second}) {
      if (!adjacency) continue;
      Adjacency::Runs r = adjacency->runs(node);
      runs_[count_++] = {r.baseBegin, r.baseEnd};
      runs_[count_++] = {r.overflowBegin, r.overflowEnd};
    }
    settle();
  }

 private:
  friend class boost::iterator_core_access;
  using Run = std::pair<const AdjacencyEntry*, const AdjacencyEntry*>;
  const Subgraph* sub_ = nullptr;
  NodeIndex node_ = 0;
  bool incoming_ = false;
  std::uint8_t run_ = 0, count_ = 0;
  std::array<Run, 4> runs_{};

  // Moves to the next admitted entry at or after the current position (or to the end).
  void settle() {
    while (run_ < count_) {
      Run& r = runs_[run_];
      while (r.first != r.second && !sub_->admits(r.first->edge, r.first->type, r.first->other)) ++r.first;
      if (r.first != r.second) return;
      ++run_;
    }
  }
  void increment() {
    ++runs_[run_].first;
    settle();
  }
  bool equal(const IncidentEdgeIterator& o) const {
    bool atEnd = run_ >= count_, otherAtEnd = o.run_ >= o.count_;
    if (atEnd || otherAtEnd) return atEnd == otherAtEnd;
    return runs_[run_].first == o.runs_[o.run_].first;
  }
  ViewEdge dereference() const {
    const AdjacencyEntry& a = *runs_[run_].first;
    return incoming_ ? ViewEdge{a.edge, a.other, node_} : ViewEdge{a.edge, node_, a.other};
  }
};

// Member nodes (Vertices) or edges (Edges) in increasing index order: an index in [0, bound)
// that the subgraph holds, presented as Policy::at says.
template <class Policy>
class MemberIterator : public boost::iterator_facade<MemberIterator<Policy>, typename Policy::Value,
                                                     boost::forward_traversal_tag, typename Policy::Value> {
 public:
  MemberIterator() = default;
  MemberIterator(const Subgraph* sub, std::uint32_t at) : sub_(sub), at_(at) { settle(); }

 private:
  friend class boost::iterator_core_access;
  const Subgraph* sub_ = nullptr;
  std::uint32_t at_ = 0;
  void settle() {
    while (at_ < Policy::bound(*sub_) && !Policy::member(*sub_, at_)) ++at_;
  }
  void increment() {
    ++at_;
    settle();
  }
  bool equal(const MemberIterator& o) const { return at_ == o.at_; }
  typename Policy::Value dereference() const { return Policy::at(*sub_, at_); }
};

struct VertexMembers {
  using Value = NodeIndex;
  static std::size_t bound(const Subgraph& s) { return s.nodeBound(); }
  static bool member(const Subgraph& s, NodeIndex n) { return s.hasNode(n); }
  static NodeIndex at(const Subgraph&, NodeIndex n) { return n; }
};

struct EdgeMembers {
  using Value = ViewEdge;
  static std::size_t bound(const Subgraph& s) { return s.edgeBound(); }
  static bool member(const Subgraph& s, EdgeIndex e) { return s.hasEdge(e); }
  // Oriented as the view reads the edge.
  static ViewEdge at(const Subgraph& s, EdgeIndex e) {
    NodeIndex from = s.graph().edgeSource(e), to = s.graph().edgeTarget(e);
    return s.direction() == Direction::In ? ViewEdge{e, to, from} : ViewEdge{e, from, to};
  }
};

using ViewVertexIterator = MemberIterator<VertexMembers>;
using ViewEdgeIterator = MemberIterator<EdgeMembers>;

// The view. D must be the Subgraph's direction (checked when constructed).
template <Direction D>
class StorageView {
 public:
  explicit StorageView(const Subgraph& sub) : sub_(&sub) {
    if (sub.direction() != D) throw std::logic_error("StorageView: direction differs from the subgraph's");
  }
  const Subgraph& subgraph() const { return *sub_; }
  // The adjacencies whose entries are this view's out-edges / in-edges of a node.
  const Adjacency* outFirst() const {
    return D == Direction::In ? &sub_->graph().inAdjacency() : &sub_->graph().outAdjacency();
  }
  const Adjacency* outSecond() const { return D == Direction::Both ? &sub_->graph().inAdjacency() : nullptr; }
  const Adjacency* inFirst() const {
    return D == Direction::Out ? &sub_->graph().inAdjacency() : &sub_->graph().outAdjacency();
  }
  const Adjacency* inSecond() const { return D == Direction::Both ? &sub_->graph().inAdjacency() : nullptr; }

 private:
  const Subgraph* sub_;
};

template <Direction D>
std::pair<ViewVertexIterator, ViewVertexIterator> vertices(const StorageView<D>& g) {
  const Subgraph* s = &g.subgraph();
  return {ViewVertexIterator(s, 0), ViewVertexIterator(s, static_cast<NodeIndex>(s->nodeBound()))};
}
template <Direction D>
std::size_t num_vertices(const StorageView<D>& g) { return g.subgraph().nodeBound(); }

template <Direction D>
std::pair<IncidentEdgeIterator, IncidentEdgeIterator> out_edges(NodeIndex v, const StorageView<D>& g) {
  return {IncidentEdgeIterator(&g.subgraph(), v, g.outFirst(), g.outSecond(), false), IncidentEdgeIterator()};
}
template <Direction D>
std::pair<IncidentEdgeIterator, IncidentEdgeIterator> in_edges(NodeIndex v, const StorageView<D>& g) {
  // In an undirected view an edge into v is one out of v seen from the other end.
  return {IncidentEdgeIterator(&g.subgraph(), v, g.inFirst(), g.inSecond(), D != Direction::Both),
          IncidentEdgeIterator()};
}
template <Direction D>
std::size_t out_degree(NodeIndex v, const StorageView<D>& g) {
  std::size_t n = 0;
  for (auto r = out_edges(v, g); r.first != r.second; ++r.first) ++n;
  return n;
}
template <Direction D>
std::size_t in_degree(NodeIndex v, const StorageView<D>& g) {
  std::size_t n = 0;
  for (auto r = in_edges(v, g); r.first != r.second; ++r.first) ++n;
  return n;
}
template <Direction D>
std::size_t degree(NodeIndex v, const StorageView<D>& g) {
  return D == Direction::Both ? out_degree(v, g) : out_degree(v, g) + in_degree(v, g);
}
template <Direction D>
NodeIndex source(const ViewEdge& e, const StorageView<D>&) { return e.source; }
template <Direction D>
NodeIndex target(const ViewEdge& e, const StorageView<D>&) { return e.target; }

template <Direction D>
std::pair<ViewEdgeIterator, ViewEdgeIterator> edges(const StorageView<D>& g) {
  const Subgraph* s = &g.subgraph();
  return {ViewEdgeIterator(s, 0), ViewEdgeIterator(s, static_cast<EdgeIndex>(s->edgeBound()))};
}
template <Direction D>
std::size_t num_edges(const StorageView<D>& g) { return g.subgraph().edgeBound(); }

// Readable property maps: vertex index (identity), edge index (EdgeIndex), edge weight.
struct ViewEdgeIndexMap {
  using key_type = ViewEdge;
  using value_type = EdgeIndex;
  using reference = EdgeIndex;
  using category = boost::readable_property_map_tag;
};
inline EdgeIndex get(const ViewEdgeIndexMap&, const ViewEdge& e) { return e.edge; }

struct ViewWeightMap {
  using key_type = ViewEdge;
  using value_type = double;
  using reference = double;
  using category = boost::readable_property_map_tag;
  const Subgraph* sub = nullptr;
};
inline double get(const ViewWeightMap& m, const ViewEdge& e) { return m.sub->weight(e.edge); }

template <Direction D>
boost::typed_identity_property_map<NodeIndex> get(boost::vertex_index_t, const StorageView<D>&) { return {}; }
template <Direction D>
NodeIndex get(boost::vertex_index_t, const StorageView<D>&, NodeIndex v) { return v; }
template <Direction D>
ViewEdgeIndexMap get(boost::edge_index_t, const StorageView<D>&) { return {}; }
template <Direction D>
ViewWeightMap get(boost::edge_weight_t, const StorageView<D>& g) { return ViewWeightMap{&g.subgraph()}; }

}  // namespace kgq::analytics

namespace boost {

template <kgq::analytics::Direction D>
struct graph_traits<kgq::analytics::StorageView<D>> {
  // bidirectional_graph_tag includes incidence_graph_tag.
  struct traversal_category : bidirectional_graph_tag,
                              adjacency_graph_tag,
                              vertex_list_graph_tag,
                              edge_list_graph_tag {};
  using vertex_descriptor = kgq::NodeIndex;
  using edge_descriptor = kgq::analytics::ViewEdge;
  using directed_category =
      std::conditional_t<D == kgq::analytics::Direction::Both, undirected_tag, bidirectional_tag>;
  using edge_parallel_category = allow_parallel_edge_tag;
  using vertex_iterator = kgq::analytics::ViewVertexIterator;
  using out_edge_iterator = kgq::analytics::IncidentEdgeIterator;
  using in_edge_iterator = kgq::analytics::IncidentEdgeIterator;
  using edge_iterator = kgq::analytics::ViewEdgeIterator;
  using adjacency_iterator =
      typename adjacency_iterator_generator<kgq::analytics::StorageView<D>, vertex_descriptor, out_edge_iterator>::type;
  using vertices_size_type = std::size_t;
  using edges_size_type = std::size_t;
  using degree_size_type = std::size_t;
  static vertex_descriptor null_vertex() { return 0xFFFFFFFFu; }
};

// Algorithms that take the graph by const reference ask for the traits of the const type.
template <kgq::analytics::Direction D>
struct graph_traits<const kgq::analytics::StorageView<D>> : graph_traits<kgq::analytics::StorageView<D>> {};
template <kgq::analytics::Direction D, class Tag>
struct property_map<const kgq::analytics::StorageView<D>, Tag> : property_map<kgq::analytics::StorageView<D>, Tag> {};

template <kgq::analytics::Direction D>
struct property_map<kgq::analytics::StorageView<D>, vertex_index_t> {
  using type = typed_identity_property_map<kgq::NodeIndex>;
  using const_type = type;
};
template <kgq::analytics::Direction D>
struct property_map<kgq::analytics::StorageView<D>, edge_index_t> {
  using type = kgq::analytics::ViewEdgeIndexMap;
  using const_type = type;
};
template <kgq::analytics::Direction D>
struct property_map<kgq::analytics::StorageView<D>, edge_weight_t> {
  using type = kgq::analytics::ViewWeightMap;
  using const_type = type;
};

}  // namespace boost

namespace kgq::analytics {

template <Direction D>
std::pair<typename boost::graph_traits<StorageView<D>>::adjacency_iterator,
          typename boost::graph_traits<StorageView<D>>::adjacency_iterator>
adjacent_vertices(NodeIndex v, const StorageView<D>& g) {
  using It = typename boost::graph_traits<StorageView<D>>::adjacency_iterator;
  auto r = out_edges(v, g);
  return {It(r.first, &g), It(r.second, &g)};
}

}  // namespace kgq::analytics

namespace kgq::analytics {

// Calls f(view) with the StorageView of the subgraph's direction (the direction is a template
// parameter so that Both is an undirected graph type).
template <class F>
decltype(auto) withView(const Subgraph& sub, F&& f) {
  switch (sub.direction()) {
    case Direction::Out: return f(StorageView<Direction::Out>(sub));
    case Direction::In: return f(StorageView<Direction::In>(sub));
    case Direction::Both: break;
  }
  return f(StorageView<Direction::Both>(sub));
}

}  // namespace kgq::analytics
