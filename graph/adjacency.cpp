#include "graph/adjacency.h"

#include <iterator>

namespace kgq {

void Adjacency::rebuild(std::size_t nodeSlots, std::size_t count, const std::vector<std::uint32_t>& at,
                        const std::vector<std::uint32_t>& other, const std::vector<std::uint32_t>& type) {
  // Counting sort by node: a stable pass over the edges in index order keeps each node's entries
  // in edge order. The old arrays are released first so a rebuild never holds two copies.
  std::vector<std::uint32_t>().swap(offsets_);
  std::vector<AdjacencyEntry>().swap(entries_);
  overflow_.clear();
  overflowCount_ = 0;
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

void Adjacency::append(std::uint32_t node, AdjacencyEntry entry) {
  overflow_[node].push_back(entry);
  ++overflowCount_;
}

void Adjacency::dropOverflowFrom(std::uint32_t firstEdge) {
  for (auto it = overflow_.begin(); it != overflow_.end();) {
    auto& list = it->second;
    while (!list.empty() && list.back().edge >= firstEdge) {
      list.pop_back();
      --overflowCount_;
    }
    it = list.empty() ? overflow_.erase(it) : std::next(it);
  }
}

std::size_t Adjacency::size(std::uint32_t node) const {
  std::size_t n = static_cast<std::size_t>(node) + 1 < offsets_.size() ? offsets_[node + 1] - offsets_[node] : 0;
  if (overflowCount_ != 0) {
    auto it = overflow_.find(node);
    if (it != overflow_.end()) n += it->second.size();
  }
  return n;
}

}  // namespace kgq
