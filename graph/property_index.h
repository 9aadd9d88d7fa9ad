// PropertyIndex: the nodes holding each value of one property key, among the nodes with one label
// (or among all nodes). Values are compared as DISTINCT compares them (1 and 1.0 are the same).
//
// Promises: find() lists matching nodes in increasing index order; the index itself does not know
// the graph — PropertyGraph keeps it current on every change, and hands it `valueOf`, which
// reads a node's current value of the key, wherever it must compare a stored node's value.
//
// Why this layout: most indexed values (names, ids) belong to one node. Such a value costs one
// 8-byte slot of an open-addressing table — the node and the value's hash — and is compared by
// reading the node's value back from the graph; only a value that several nodes share gets a
// group holding a copy of the value and its sorted nodes. An index of 10^6 distinct names is
// 16 MiB, built in one pass without allocating per value.
#pragma once

#include "graph/interner.h"

#include <kgq/value.h>

#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

namespace kgq {

// A read-only run of node indexes, valid until the index next changes.
class NodeSpan {
 public:
  NodeSpan() = default;
  NodeSpan(const std::uint32_t* begin, std::size_t size) : begin_(begin), size_(size) {}
  const std::uint32_t* begin() const { return begin_; }
  const std::uint32_t* end() const { return begin_ + size_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

 private:
  const std::uint32_t* begin_ = nullptr;
  std::size_t size_ = 0;
};

class PropertyIndex {
 public:
  static constexpr NameId kAnyLabel = std::numeric_limits<NameId>::max() - 1;
  // The current value of the indexed key on a node of the index.
  using ValueOf = std::function<Value(std::uint32_t node)>;

  PropertyIndex(NameId label, NameId key) : label_(label), key_(key) {}
  NameId label() const { return label_; }
  NameId key() const { return key_; }

  // `value` is node's current value (read by the caller before a change for erase, after it for
  // insert); null is never indexed.
  void insert(const Value& value, std::uint32_t node, const ValueOf& valueOf);
  void erase(const Value& value, std::uint32_t node);
  // The nodes whose property equals `value` (none for null).
  NodeSpan find(const Value& value, const ValueOf& valueOf) const;
  void clear();
  // How many (value, node) entries the index holds.
  std::size_t size() const { return entries_; }

 private:
  // A table slot: an empty one has ref kEmpty; ref with kGroupBit set names groups_[ref & ~bit];
  // otherwise ref is the one node holding a value of this hash.
  struct Slot {
    std::uint32_t hash;
    std::uint32_t ref;
  };
  struct Group {
    Value value;
    std::vector<std::uint32_t> nodes;  // sorted
  };
  static constexpr std::uint32_t kEmpty = std::numeric_limits<std::uint32_t>::max();
  static constexpr std::uint32_t kGroupBit = 0x80000000u;

  static std::uint32_t hashOf(const Value& value);
  // The slot holding `value`, or npos.
  std::size_t slotOf(const Value& value, std::uint32_t hash, const ValueOf& valueOf) const;
  std::uint32_t newGroup(Value value, std::vector<std::uint32_t> nodes);
  void removeSlot(std::size_t i);  // backward-shift deletion: no tombstones
  void grow(std::size_t minSlots);
  void place(Slot slot);  // into a free slot (no equal value is in the table)

  NameId label_, key_;
  std::vector<Slot> slots_;  // a power of two in size, at most half full
  std::size_t used_ = 0;     // slots in use
  std::size_t entries_ = 0;  // (value, node) entries
  std::vector<Group> groups_;
  std::vector<std::uint32_t> freeGroups_;
};

}  // namespace kgq
