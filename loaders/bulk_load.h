// BulkLoad: how a loader makes its load all or nothing. It marks the graph and starts a bulk load
// (edges are recorded and the adjacency is built once at the end); commit() finishes it, and if
// commit() was never reached (an error was thrown) the destructor rolls the graph back to the
// mark: every node, edge and interned name the load added is gone.
//
// Promises: only additions happen between construction and commit (what PropertyGraph::rollback
// needs); not copyable.
#pragma once

#include "graph/property_graph.h"

namespace kgq {

class BulkLoad {
 public:
  explicit BulkLoad(PropertyGraph& graph) : graph_(graph), mark_(graph.mark()) { graph_.beginBulkLoad(); }
  ~BulkLoad() {
    if (!committed_) graph_.rollback(mark_);
  }
  BulkLoad(const BulkLoad&) = delete;
  BulkLoad& operator=(const BulkLoad&) = delete;

  // The graph as it was before the load.
  const PropertyGraph::Mark& mark() const { return mark_; }
  void commit() {
    graph_.endBulkLoad();
    committed_ = true;
  }

 private:
  PropertyGraph& graph_;
  PropertyGraph::Mark mark_;
  bool committed_ = false;
};

}  // namespace kgq
