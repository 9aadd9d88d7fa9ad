// Projection and Subgraph: which part of a PropertyGraph an algorithm sees. A Projection names it
// (node labels, relationship types, a direction, an optional numeric weight property); a Subgraph
// is that projection resolved against one graph: membership tests by NodeIndex / EdgeIndex and the
// weight of every included edge. No Boost here: this header is what procedures and tests include.
//
// Promises: removed nodes and edges are never members; an edge is a member only if its type is
// projected and both of its ends are; a weighted Subgraph has checked that every member edge
// carries a finite number in the weight property (an Error names the first that does not).
// A Subgraph reads the graph it was made from and must not outlive it or see it change.
#pragma once

#include "graph/property_graph.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace kgq::analytics {

// How a projection reads an edge a->b: as a->b (Out), as b->a (In), or as a-b (Both: undirected).
enum class Direction { Out, In, Both };

struct Projection {
  std::vector<std::string> labels;  // nodes with any of these labels; empty: every node
  std::vector<std::string> types;   // edges of any of these types; empty: every type
  Direction direction = Direction::Out;
  std::string weight;               // numeric edge property; empty: every edge weighs 1
};

class Subgraph {
 public:
  // Throws Error(Runtime) when `projection.weight` is set and a member edge lacks a numeric value.
  Subgraph(const PropertyGraph& graph, const Projection& projection);

  const PropertyGraph& graph() const { return *graph_; }
  Direction direction() const { return direction_; }
  bool hasNode(NodeIndex n) const { return graph_->nodeIsLive(n) && (allNodes_ || nodeIn_[n]); }
  bool hasType(TypeId t) const { return allTypes_ || (t < typeIn_.size() && typeIn_[t]); }
  // The edge's own liveness and type, and whether `other` (the end a traversal reaches) is included.
  bool admits(EdgeIndex e, TypeId type, NodeIndex other) const {
    return (!checkLive_ || graph_->edgeIsLive(e)) && hasType(type) && (allNodes_ || nodeIn_[other]);
  }
  bool hasEdge(EdgeIndex e) const {
    return graph_->edgeIsLive(e) && hasType(graph_->edgeType(e)) && hasNode(graph_->edgeSource(e)) &&
           hasNode(graph_->edgeTarget(e));
  }
  bool weighted() const { return !weights_.empty(); }
  double weight(EdgeIndex e) const { return weights_.empty() ? 1.0 : weights_[e]; }
  // One past the largest NodeIndex / EdgeIndex (the size of an array indexed by them).
  std::size_t nodeBound() const { return graph_->nodeSlots(); }
  std::size_t edgeBound() const { return graph_->edgeSlots(); }
  // Member nodes, counted.
  std::size_t nodeCount() const { return nodeCount_; }

  // A flag another thread may raise to stop a long algorithm (Connection::interrupt). Algorithms
  // call checkInterrupted() between rounds, sources or levels; it throws Error(Interrupted).
  void setInterruptFlag(const std::atomic<bool>* flag) { interrupted_ = flag; }
  void checkInterrupted() const;

 private:
  const PropertyGraph* graph_;
  Direction direction_;
  bool allNodes_ = true, allTypes_ = true, checkLive_ = false;
  std::vector<std::uint8_t> nodeIn_;  // by NodeIndex, when !allNodes_
  std::vector<std::uint8_t> typeIn_;  // by TypeId, when !allTypes_
  std::vector<double> weights_;       // by EdgeIndex, when weighted
  std::size_t nodeCount_ = 0;
  const std::atomic<bool>* interrupted_ = nullptr;
};

// A result per node: nodes[i] has values[i]. Nodes are in increasing NodeIndex order.
template <class T>
struct PerNode {
  std::vector<NodeIndex> nodes;
  std::vector<T> values;
};

}  // namespace kgq::analytics
