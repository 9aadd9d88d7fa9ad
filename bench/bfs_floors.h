// Hand-written floors for Q5 and Q6 (kgq-bench): the same answers computed directly over kgq's
// storage (the graph's compressed-sparse-row adjacency), with no query, no rows and no Values —
// the least work a query engine could do for these shapes. kgq-bench prints each query's time
// beside its floor, and the ratio.
//
// Q5, MATCH (a:Company {id: $src})-[:PARTNERS_WITH*1..3]->(b:Company) RETURN count(DISTINCT b):
// a breadth-first search three levels deep with a visited stamp per node; the start counts when
// an edge leads back into it. Q6, shortestPath over PARTNERS_WITH*1..10 from $src to $tgt: a
// bidirectional breadth-first search that grows the smaller frontier, returning the length.
#pragma once

#include "graph/property_graph.h"

#include <cstdint>
#include <vector>

namespace bench_floors {

using kgq::NodeIndex;

class Floors {
 public:
  explicit Floors(const kgq::PropertyGraph& g) : g_(g), stamps_(g.nodeSlots(), 0) {}

  std::int64_t q5(NodeIndex start, kgq::TypeId type, kgq::LabelId label, int maxHops = 3) {
    std::uint32_t stamp = ++search_;
    stamps_[start] = stamp;
    frontier_.assign(1, start);
    std::int64_t count = 0;
    bool startReached = false;
    for (int depth = 0; depth < maxHops && !frontier_.empty(); ++depth) {
      next_.clear();
      for (NodeIndex n : frontier_)
        g_.forEachOutEdge(n, [&](kgq::EdgeIndex, NodeIndex other, kgq::TypeId t) {
          if (t != type) return;
          if (other == start) startReached = true;
          if (stamps_[other] == stamp) return;
          stamps_[other] = stamp;
          next_.push_back(other);
          if (g_.nodeHasLabel(other, label)) ++count;
        });
      frontier_.swap(next_);
    }
    if (startReached && g_.nodeHasLabel(start, label)) ++count;
    return count;
  }

  // -1 when the target is not within maxHops.
  std::int64_t q6(NodeIndex source, NodeIndex target, kgq::TypeId type, int maxHops = 10) {
    if (source == target) return 0;
    search_ += 2;
    std::uint32_t side[2] = {search_ - 1, search_};
    stamps_[source] = side[0];
    stamps_[target] = side[1];
    std::vector<NodeIndex>* frontiers[2] = {&frontier_, &back_};
    frontier_.assign(1, source);
    back_.assign(1, target);
    for (int hops = 0; hops < maxHops && !frontier_.empty() && !back_.empty(); ++hops) {
      int s = frontier_.size() <= back_.size() ? 0 : 1;
      bool met = false;
      next_.clear();
      for (NodeIndex n : *frontiers[s]) {
        auto step = [&](kgq::EdgeIndex, NodeIndex other, kgq::TypeId t) {
          if (met || t != type || stamps_[other] == side[s]) return;
          if (stamps_[other] == side[1 - s]) met = true;
          stamps_[other] = side[s];
          next_.push_back(other);
        };
        if (s == 0) g_.forEachOutEdge(n, step);
        else g_.forEachInEdge(n, step);
        if (met) return hops + 1;
      }
      frontiers[s]->swap(next_);
    }
    return -1;
  }

 private:
  const kgq::PropertyGraph& g_;
  std::vector<std::uint32_t> stamps_;
  std::uint32_t search_ = 0;
  std::vector<NodeIndex> frontier_, back_, next_;
};

}  // namespace bench_floors
