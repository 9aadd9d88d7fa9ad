#include "graph/interner.h"

namespace kgq {

NameId Interner::intern(std::string_view name) {
  if (auto found = find(name)) return *found;
  NameId id = static_cast<NameId>(names_.size());
  names_.emplace_back(name);
  ids_.emplace(names_.back(), id);
  ++generation_;
  return id;
}

std::optional<NameId> Interner::find(std::string_view name) const {
  // C++17's unordered_map has no heterogeneous lookup; names are short, so one copy is cheap.
  auto it = ids_.find(std::string(name));
  if (it == ids_.end()) return std::nullopt;
  return it->second;
}

void Interner::truncate(std::size_t count) {
  if (names_.size() > count) ++generation_;
  while (names_.size() > count) {
    ids_.erase(names_.back());
    names_.pop_back();
  }
}

}  // namespace kgq
