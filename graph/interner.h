// Interner: maps names (labels, relationship types, property keys) to small dense ids and back,
// so the graph stores and compares 32-bit ids instead of strings.
//
// Promises: ids are dense from 0 in order of first intern(); an id stays valid for the life of
// the Interner; find() never adds.
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
  // Forgets every name interned after the first `count` (used to undo a failed load).
  void truncate(std::size_t count);

 private:
  std::vector<std::string> names_;
  std::unordered_map<std::string, NameId> ids_;
};

}  // namespace kgq
