#include "graph/property_index.h"

#include <algorithm>

namespace kgq {

void PropertyIndex::insert(const Value& value, std::uint32_t node) {
  if (value.isNull()) return;
  auto& nodes = entries_[value];
  nodes.insert(std::lower_bound(nodes.begin(), nodes.end(), node), node);
}

void PropertyIndex::erase(const Value& value, std::uint32_t node) {
  auto it = entries_.find(value);
  if (it == entries_.end()) return;
  auto& nodes = it->second;
  auto at = std::lower_bound(nodes.begin(), nodes.end(), node);
  if (at != nodes.end() && *at == node) nodes.erase(at);
  if (nodes.empty()) entries_.erase(it);
}

const std::vector<std::uint32_t>& PropertyIndex::find(const Value& value) const {
  static const std::vector<std::uint32_t> none;
  if (value.isNull()) return none;
  auto it = entries_.find(value);
  return it == entries_.end() ? none : it->second;
}

}  // namespace kgq
