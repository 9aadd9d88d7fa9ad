#include "graph/adjacency.h"

#include <iterator>

namespace kgq {

void Adjacency::rebuild(std::size_t nodeSlots, std::size_t count, const std::vector<std::uint32_t>& at,
                        const std::vector<std::uint32_t>& other, const std::vector<std::uint32_t>& type) {
  // Counting sort by node: a stable pass over the edges in index order keeps each node's entries
  // in edge order. The old arrays are released first so a rebuild never holds two copies.
  std::vector<std::uint32_t>().swap(offsets_);
  std::vector<AdjacencyEntry>().swap(entries_);
  clearOverflow();
  offsets_.assign(nodeSlots + 1, 0);
  for (std::size_t e = 0; e < count; ++e) ++offsets_[at[e] + 1];
  for (std::size_t n = 0; n < nodeSlots; ++n) offsets_[n + 1] += offsets_[n];
  entries_.resize(count);
  // offsets_[n] serves as node n's insertion cursor, then is shifted back into place.
  for (std::size_t e = 0; e < count; ++e)
    entries_[offsets_[at[e]]++] = AdjacencyEntry{static_cast<std::uint32_t>(e), other[e], type[e]};
  for (std::size_t n = nodeSlots; n > 0; --n) offsets_[n] = offsets_[n - 1];
  offsets_[0] = 0;
}

void Adjacency::clearOverflow() {
  std::vector<OverflowList>().swap(overflowLists_);
  std::vector<std::uint32_t>().swap(overflowAt_);
  overflowCount_ = 0;
}

void Adjacency::append(std::uint32_t node, AdjacencyEntry entry) {
  if (node >= overflowAt_.size()) overflowAt_.resize(static_cast<std::size_t>(node) + 1, 0);
  if (overflowAt_[node] == 0) {
    overflowLists_.push_back(OverflowList{node, {}});
    overflowAt_[node] = static_cast<std::uint32_t>(overflowLists_.size());
  }
  overflowLists_[overflowAt_[node] - 1].entries.push_back(entry);
  ++overflowCount_;
}

void Adjacency::dropOverflowFrom(std::uint32_t firstEdge) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < overflowLists_.size(); ++i) {
    OverflowList& list = overflowLists_[i];
    while (!list.entries.empty() && list.entries.back().edge >= firstEdge) {
      list.entries.pop_back();
      --overflowCount_;
    }
    if (list.entries.empty()) {
      overflowAt_[list.node] = 0;
      continue;
    }
    if (kept != i) overflowLists_[kept] = std::move(list);
    overflowAt_[overflowLists_[kept].node] = static_cast<std::uint32_t>(kept + 1);
    ++kept;
  }
  overflowLists_.resize(kept);
}

std::size_t Adjacency::size(std::uint32_t node) const {
  std::size_t n = static_cast<std::size_t>(node) + 1 < offsets_.size() ? offsets_[node + 1] - offsets_[node] : 0;
  if (const std::vector<AdjacencyEntry>* list = overflowOf(node)) n += list->size();
  return n;
}

}  // namespace kgq
