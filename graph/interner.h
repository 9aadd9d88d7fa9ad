// Interner: maps names (labels, relationship types, property keys) to small dense ids and back,
// so the graph stores and compares 32-bit ids instead of strings.
//
// Promises: ids are dense from 0 in order of first intern(); an id stays valid until truncate()
// forgets it; find() never adds; generation() changes whenever the name-to-id mapping does.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kgq {

using NameId = std::uint32_t;

class Interner {
 public:
  // The id of `name`, adding it if new.
  NameId intern(std::string_view name);
  // The id of `name` if it was ever interned.
  std::optional<NameId> find(std::string_view name) const;
  const std::string& name(NameId id) const { return names_[id]; }
  std::size_t size() const { return names_.size(); }
  // Forgets every name interned after the first `count` (used to undo a failed load or write).
  void truncate(std::size_t count);
  // Moves on every name added or forgotten: equal generations of one Interner, the same names
  // with the same ids (a forgotten id may be given to another name later, so sizes can't tell).
  std::uint64_t generation() const { return generation_; }

 private:
  std::vector<std::string> names_;
  std::unordered_map<std::string, NameId> ids_;
  std::uint64_t generation_ = 0;
};

}  // namespace kgq
