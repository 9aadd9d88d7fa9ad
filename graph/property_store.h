// PropertyStore: the properties of one kind of element (nodes or edges), kept by column: one
// column per property key, addressed by the element's slot (its NodeIndex or EdgeIndex).
//
// Why columns: a graph of millions of elements has few keys, each held by many elements. A
// per-element list of (key, Value) pairs costs ~50 bytes per property plus an allocation per
// element; a typed column costs 8 bytes per integer or float and keeps a scan over one key
// (WHERE c.founded > 2015) in one contiguous array.
//
// A column starts sparse (a hash map, for keys only a few elements hold) and turns dense (a typed
// vector over slots plus a presence bitmap) once enough elements hold it. A dense column stores
// integers, floats, booleans, strings or dates (as days) unboxed while every value has that one
// kind, and falls back to boxed Values when kinds mix (other temporal values are boxed).
//
// Promises: get() returns exactly the Value last set (int 1 and float 1.0 stay distinct); a null
// Value is never stored (setting null removes); properties() lists an element's properties in
// increasing key order. Not thread-safe for writes.
#pragma once

#include "graph/interner.h"
#include "graph/string_column.h"

#include <kgq/value.h>

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace kgq {

namespace storage {
class SnapshotCodec;  // reads and writes the columns whole (graph/storage/snapshot.cpp)
}

using KeyId = NameId;

struct Property {
  KeyId key;
  Value value;
};
// A list of properties with unique keys: how elements are created and how they are read whole.
using PropertyBag = std::vector<Property>;

class PropertyColumn {
 public:
  Value get(std::uint32_t slot) const;
  bool has(std::uint32_t slot) const {
    if (dense_) return slot < size_ && ((present_[slot >> 6] >> (slot & 63)) & 1);
    return sparse_.count(slot) != 0;
  }
  // Sets (null removes); returns the previous value (null if none).
  Value set(std::uint32_t slot, Value value);
  std::size_t count() const { return count_; }
  // Removes the values of every slot >= `slots`.
  void truncate(std::size_t slots);

  // Typed access for scans that read one key of many elements without building Values: when
  // dense() and kind() is Int or Bool (Float, String), intAt (floatAt, stringAt) is the value of a
  // slot that has() one (a Bool as 0 or 1).
  enum class Kind : std::uint8_t { Empty, Int, Float, Bool, String, Date, Mixed };
  bool dense() const { return dense_; }
  Kind kind() const { return kind_; }
  std::int64_t intAt(std::uint32_t slot) const { return ints_[slot]; }
  double floatAt(std::uint32_t slot) const { return floats_[slot]; }
  std::string_view stringAt(std::uint32_t slot) const { return strings_.get(slot); }

 private:
  friend class storage::SnapshotCodec;
  void makeDense();
  void makeMixed();
  void growTo(std::size_t slots);
  bool fits(const Value& v) const;
  void store(std::uint32_t slot, Value&& v);
  static Kind kindOf(const Value& v);

  bool dense_ = false;
  Kind kind_ = Kind::Empty;
  std::size_t count_ = 0;
  std::uint32_t maxSlot_ = 0;  // the largest slot ever set (sparse mode: decides when to go dense)
  std::unordered_map<std::uint32_t, Value> sparse_;
  std::size_t size_ = 0;  // dense: slots covered by the vectors
  std::vector<std::uint64_t> present_;
  std::vector<std::int64_t> ints_;  // Int, Bool and Date (days)
  std::vector<double> floats_;
  StringColumn strings_;  // short strings inline, long ones in one arena
  std::vector<Value> values_;  // Mixed
};

class PropertyStore {
 public:
  // The property `key` of element `slot`, or a null Value.
  Value get(std::uint32_t slot, KeyId key) const {
    return key < columns_.size() && columns_[key] ? columns_[key]->get(slot) : Value();
  }
  bool has(std::uint32_t slot, KeyId key) const {
    return key < columns_.size() && columns_[key] && columns_[key]->has(slot);
  }
  // Sets (a null value removes); returns the previous value (null if there was none).
  Value set(std::uint32_t slot, KeyId key, Value value);
  // Every property of `slot`, in increasing key order.
  PropertyBag properties(std::uint32_t slot) const;
  std::size_t count(std::uint32_t slot) const;
  // Forgets the properties of every slot >= `slots` and the columns of keys >= `keys`.
  void truncate(std::size_t slots, std::size_t keys);
  // The column of `key`, or nullptr.
  const PropertyColumn* column(KeyId key) const { return key < columns_.size() ? columns_[key].get() : nullptr; }

 private:
  friend class storage::SnapshotCodec;
  std::vector<std::unique_ptr<PropertyColumn>> columns_;  // by KeyId
};

}  // namespace kgq
