// Subgraph (graph/analytics/projection.h): resolving a Projection against a graph.
#include "graph/analytics/projection.h"

#include <kgq/kgq.h>

#include <cmath>

namespace kgq::analytics {

Subgraph::Subgraph(const PropertyGraph& graph, const Projection& projection)
    : graph_(&graph), direction_(projection.direction), checkLive_(graph.hasRemovedEdges()) {
  if (!projection.labels.empty()) {
    // A label the graph does not know selects no node, as MATCH (:Unknown) does.
    allNodes_ = false;
    nodeIn_.assign(graph.nodeSlots(), 0);
    for (const std::string& name : projection.labels) {
      auto label = graph.labelNames().find(name);
      if (!label) continue;
      for (NodeIndex n : graph.nodesWithLabel(*label)) nodeIn_[n] = 1;
    }
  }
  if (!projection.types.empty()) {
    allTypes_ = false;
    typeIn_.assign(graph.typeNames().size(), 0);
    for (const std::string& name : projection.types) {
      auto type = graph.typeNames().find(name);
      if (type) typeIn_[*type] = 1;
    }
  }
  for (NodeIndex n = 0; n < graph.nodeSlots(); ++n) nodeCount_ += hasNode(n);
  if (projection.weight.empty()) return;
  auto key = graph.keyNames().find(projection.weight);
  weights_.assign(graph.edgeSlots(), 0.0);
  for (EdgeIndex e = 0; e < graph.edgeSlots(); ++e) {
    if (!hasEdge(e)) continue;
    Value w = key ? graph.edgeProperty(e, *key) : Value();
    if (!w.isNumber() || !std::isfinite(w.asNumber()))
      throw Error(ErrorKind::Runtime,
                  "Weight property `" + projection.weight + "` of relationship (" + std::string(graph.nodeId(graph.edgeSource(e))) +
                      ")-[:" + graph.typeNames().name(graph.edgeType(e)) + "]->(" + std::string(graph.nodeId(graph.edgeTarget(e))) +
                      ") is " + (w.isNull() ? std::string("missing") : w.toCypher()) + ": expected a finite number");
    weights_[e] = w.asNumber();
  }
}

void Subgraph::checkInterrupted() const {
  if (interrupted_ && interrupted_->load(std::memory_order_relaxed)) throw Error(ErrorKind::Interrupted, "Query interrupted");
}

}  // namespace kgq::analytics
