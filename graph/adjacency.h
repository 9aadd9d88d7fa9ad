// Adjacency: for every node, the edges at one end of it (all outgoing, or all incoming), each as
// (edge, node at the other end, type), in increasing edge order.
//
// Layout: a compressed sparse row base (one offsets array, one entries array: 12 bytes an edge,
// no allocation per node) that is built in one pass from the edge table, plus per-node overflow
// lists for edges added since that build. The graph rebuilds the base when the overflow grows
// past a fraction of it, so a read-mostly graph is pure CSR and a write costs amortized O(1).
// Removed edges stay listed (the edge table says which are live): removal and restore are O(1),
// and an edge index never moves.
//
// Promises: forEach() visits base entries then overflow entries, which is increasing edge order,
// since overflow edges are newer than every base edge.
#pragma once

#include <cstdint>
#include <vector>

namespace kgq {

namespace storage {
class SnapshotCodec;  // writes and reads the arrays whole (graph/storage/snapshot.cpp)
}

struct AdjacencyEntry {
  std::uint32_t edge;
  std::uint32_t other;  // the node at the other end
  std::uint32_t type;
};

class Adjacency {
 public:
  // Rebuilds the base from edges [0, count): edge e is keyed by `at[e]` and leads to `other[e]`.
  // Clears the overflow.
  void rebuild(std::size_t nodeSlots, std::size_t count, const std::vector<std::uint32_t>& at,
               const std::vector<std::uint32_t>& other, const std::vector<std::uint32_t>& type);
  // Lists an edge added after the last rebuild (its index is larger than every listed edge).
  void append(std::uint32_t node, AdjacencyEntry entry);
  // Forgets the overflow entries of edges >= `firstEdge`. Precondition: the base holds none.
  void dropOverflowFrom(std::uint32_t firstEdge);

  std::size_t baseSize() const { return entries_.size(); }
  std::size_t overflowSize() const { return overflowCount_; }
  // Entries listed for `node`, removed edges included.
  std::size_t size(std::uint32_t node) const;

  // The node's entries as two contiguous runs, base then overflow (removed edges included), for
  // code that needs iterators rather than a callback (the Boost.Graph view, graph/analytics/).
  struct Runs {
    const AdjacencyEntry *baseBegin = nullptr, *baseEnd = nullptr, *overflowBegin = nullptr, *overflowEnd = nullptr;
  };
  Runs runs(std::uint32_t node) const {
    Runs r;
    if (static_cast<std::size_t>(node) + 1 < offsets_.size()) {
      r.baseBegin = entries_.data() + offsets_[node];
      r.baseEnd = entries_.data() + offsets_[node + 1];
    }
    if (const std::vector<AdjacencyEntry>* list = overflowOf(node)) {
      r.overflowBegin = list->data();
      r.overflowEnd = list->data() + list->size();
    }
    return r;
  }

  template <class F>
  void forEach(std::uint32_t node, F&& f) const {
    if (static_cast<std::size_t>(node) + 1 < offsets_.size())
      for (std::uint32_t i = offsets_[node], end = offsets_[node + 1]; i < end; ++i) f(entries_[i]);
    if (const std::vector<AdjacencyEntry>* list = overflowOf(node))
      for (const AdjacencyEntry& e : *list) f(e);
  }

 private:
  friend class storage::SnapshotCodec;
  std::vector<std::uint32_t> offsets_;  // node n's base entries are [offsets_[n], offsets_[n+1])
  std::vector<AdjacencyEntry> entries_;
  // The overflow lists, found through a dense node-indexed table (one array access, not a hash
  // probe: a write-heavy query appends and reads them for every edge it touches).
  struct OverflowList {
    std::uint32_t node;
    std::vector<AdjacencyEntry> entries;
  };
  std::vector<OverflowList> overflowLists_;
  std::vector<std::uint32_t> overflowAt_;  // by node: 1 + its index in overflowLists_, or 0
  std::size_t overflowCount_ = 0;
  const std::vector<AdjacencyEntry>* overflowOf(std::uint32_t node) const {
    if (overflowCount_ == 0 || node >= overflowAt_.size() || overflowAt_[node] == 0) return nullptr;
    return &overflowLists_[overflowAt_[node] - 1].entries;
  }
  void clearOverflow();
};

}  // namespace kgq
