// PropertyIndex: the nodes holding each value of one property key, among the nodes with one label
// (or among all nodes). Values are compared as DISTINCT compares them (1 and 1.0 are the same).
//
// Promises: find() lists matching nodes in increasing index order; the index itself does not know
// the graph — PropertyGraph keeps it current on every change.
#pragma once

#include "graph/interner.h"
#include "graph/value_semantics.h"

#include <kgq/value.h>

#include <cstdint>
#include <limits>
#include <unordered_map>
#include <vector>

namespace kgq {

class PropertyIndex {
 public:
  static constexpr NameId kAnyLabel = std::numeric_limits<NameId>::max() - 1;

  PropertyIndex(NameId label, NameId key) : label_(label), key_(key) {}
  NameId label() const { return label_; }
  NameId key() const { return key_; }

  void insert(const Value& value, std::uint32_t node);
  void erase(const Value& value, std::uint32_t node);
  // The nodes whose property equals `value` (none for null).
  const std::vector<std::uint32_t>& find(const Value& value) const;
  void clear() { entries_.clear(); }
  // How many (value, node) entries the index holds.
  std::size_t size() const {
    std::size_t n = 0;
    for (const auto& entry : entries_) n += entry.second.size();
    return n;
  }

 private:
  NameId label_, key_;
  std::unordered_map<Value, std::vector<std::uint32_t>, ValueHash, ValueEquivalent> entries_;
};

}  // namespace kgq
