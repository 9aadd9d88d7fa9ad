// ValueTupleTable: a hash set of tuples of a fixed number of values — grouping keys (Aggregate),
// DISTINCT rows (Distinct), DISTINCT aggregate arguments — that numbers its tuples densely in the
// order they were first inserted. Values are compared as DISTINCT compares them (1 and 1.0 are
// the same value).
//
// Why this layout: the tuples sit one after another in one vector and an open-addressing table
// (linear probing, at most half full) holds each tuple's number and hash, so a new tuple costs
// its values and 8 bytes of table, and no allocation of its own; a node-based hash set paid a
// node, a vector and a second copy of the key per tuple, and freeing them one by one.
//
// Promises: tuple(i) stays valid until the next insert or clear.
#pragma once

#include "graph/value_semantics.h"

#include <kgq/value.h>

#include <cstdint>
#include <stdexcept>
#include <utility>
#include <vector>

namespace kgq {

class ValueTupleTable {
 public:
  explicit ValueTupleTable(std::size_t width = 1) : width_(width) {}

  // Empties the table and sets the number of values in a tuple.
  void reset(std::size_t width) {
    width_ = width;
    clear();
  }
  void clear() {
    values_.clear();
    slots_.clear();
    count_ = 0;
  }

  // The number of the tuple equal to values[0 .. width), and true if it was not there before (it
  // is then added, its values copied).
  std::pair<std::size_t, bool> insert(const Value* values) {
    std::size_t h = width_;
    for (std::size_t k = 0; k < width_; ++k) h = h * 31 + equivalenceHash(values[k]);
    const std::uint32_t hash = spreadHash(h);
    if ((count_ + 1) * 2 > slots_.size()) grow();
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash & mask;
    for (; slots_[i].tuple != kEmpty; i = (i + 1) & mask) {
      if (slots_[i].hash != hash) continue;
      const Value* stored = tuple(slots_[i].tuple);
      bool same = true;
      for (std::size_t k = 0; k < width_ && same; ++k) same = equivalent(stored[k], values[k]);
      if (same) return {slots_[i].tuple, false};
    }
    if (count_ >= kEmpty) throw std::length_error("more than 2^32 - 1 distinct tuples");
    slots_[i] = Slot{hash, static_cast<std::uint32_t>(count_)};
    values_.insert(values_.end(), values, values + width_);
    return {count_++, true};
  }

  // Adds the tuple at values[0 .. width) as a new tuple without entering it in the hash table:
  // for a tuple its caller finds by other means (Aggregate's groups of one node), which insert()
  // is never asked for. Returns its number.
  std::size_t append(const Value* values) {
    if (count_ >= kEmpty) throw std::length_error("more than 2^32 - 1 distinct tuples");
    values_.insert(values_.end(), values, values + width_);
    return count_++;
  }

  std::size_t size() const { return count_; }
  const Value* tuple(std::size_t i) const { return values_.data() + i * width_; }

 private:
  struct Slot {
    std::uint32_t hash;
    std::uint32_t tuple;  // kEmpty: a free slot
  };
  static constexpr std::uint32_t kEmpty = UINT32_MAX;

  void grow() {
    std::vector<Slot> old(slots_.empty() ? 16 : slots_.size() * 2, Slot{0, kEmpty});
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.tuple == kEmpty) continue;
      std::size_t i = slot.hash & mask;
      while (slots_[i].tuple != kEmpty) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::size_t width_;
  std::vector<Value> values_;  // tuple i at [i * width_, (i + 1) * width_)
  std::vector<Slot> slots_;
  std::size_t count_ = 0;
};

}  // namespace kgq
