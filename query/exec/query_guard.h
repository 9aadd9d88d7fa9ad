// QueryGuard: the one place a running query is stopped — asked to (Connection::interrupt, Ctrl-C),
// past its time limit (Connection::setTimeout) or over its memory budget
// (Connection::setMemoryLimit). Operators and the evaluator reach it through EvalContext.
//
// Promises: tick() is cheap enough for every row of every operator loop (a counter; the flag and
// the clock are read every 4096 ticks); check() throws Error(Interrupted) or Error(ResourceLimit)
// naming the limit and how to raise it. Memory is an estimate, not a measurement: what operators
// hold (sorted rows, distinct keys, groups, collected lists, buffered results) is charged while
// they hold it and released when they drop it, and a single value about to grow (a string or list
// `+`, range(), split(), a comprehension) is checked before it is built, so a query fails with a
// clear error before the allocator does. Not thread-safe: one query runs on one thread.
#pragma once

#include <kgq/kgq.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace kgq {

class QueryGuard {
 public:
  struct Limits {
    std::chrono::nanoseconds timeout{0};  // 0: none
    std::size_t memoryBytes = 0;          // 0: none
  };
  // The clock starts now. `interrupted` may be null.
  QueryGuard(const std::atomic<bool>* interrupted, Limits limits);
  QueryGuard() : QueryGuard(nullptr, Limits{}) {}

  // Counts a unit of work; every 4096th call runs check().
  void tick() {
    if ((++ticks_ & 0xFFF) == 0) check();
  }
  // Throws if the query was interrupted or is past its deadline.
  void check() const;

  // The operator now holds `bytes` more; throws Error(ResourceLimit) if that goes over the budget
  // (the bytes then count as not held).
  void charge(std::size_t bytes) {
    checkGrowth(bytes);
    held_ += bytes;
  }
  void release(std::size_t bytes) { held_ -= bytes < held_ ? bytes : held_; }
  // A value of `bytes` is about to be built: throws Error(ResourceLimit) if it would not fit next
  // to what is held. Nothing is charged (the value is transient until an operator keeps it).
  void checkGrowth(std::size_t bytes) const {
    if (!fits(bytes)) overMemory();
  }
  // Whether `bytes` more would fit next to what is held.
  bool fits(std::size_t bytes) const {
    return limits_.memoryBytes == 0 || bytes <= limits_.memoryBytes - std::min(held_, limits_.memoryBytes);
  }
  bool limitsMemory() const { return limits_.memoryBytes != 0; }
  std::size_t heldBytes() const { return held_; }
  const std::atomic<bool>* interruptFlag() const { return interrupted_; }

 private:
  const std::atomic<bool>* interrupted_;
  Limits limits_;
  std::chrono::steady_clock::time_point deadline_;
  std::uint64_t ticks_ = 0;
  std::size_t held_ = 0;

  [[noreturn]] void overMemory() const;
};

// What a hash table entry costs besides its key and value (node, next pointer, bucket).
constexpr std::size_t kHashEntryBytes = 32;

// The bytes a value holds, estimated: the value itself plus what its strings, lists and maps own
// (a list shared by several values counts once per value: see RowBytes for rows).
std::size_t estimatedBytes(const Value& v);
std::size_t estimatedBytes(const std::vector<Value>& values);
// The same, inline for the common case of a value that owns nothing (numbers, booleans, handles).
inline std::size_t estimatedValueBytes(const Value& v) {
  ValueKind k = v.kind();
  if (k <= ValueKind::Float || k == ValueKind::NodeRef || k == ValueKind::EdgeRef) return sizeof(Value);
  return estimatedBytes(v);
}

// Estimates the rows an operator keeps, one after another. Rows share their lists and maps (a copy
// of a row copies pointers), so a list or map in the same slot as in the previous row — a value
// carried from an outer scope, held by every row — counts once, not once per row.
class RowBytes {
 public:
  std::size_t operator()(const std::vector<Value>& row);
  void clear() { last_.clear(); }

 private:
  std::vector<const void*> last_;  // by slot: the list or map counted last
};

// Bytes an operator holds, charged to the guard and released when the operator lets them go
// (clear() when it restarts, or its destruction). Operators keep one per buffer.
class HeldBytes {
 public:
  HeldBytes() = default;
  HeldBytes(const HeldBytes&) = delete;
  HeldBytes& operator=(const HeldBytes&) = delete;
  ~HeldBytes() { clear(); }
  void add(QueryGuard& guard, std::size_t bytes) {
    guard_ = &guard;
    guard.charge(bytes);
    held_ += bytes;
  }
  void clear() {
    if (guard_ != nullptr) guard_->release(held_);
    held_ = 0;
  }

 private:
  QueryGuard* guard_ = nullptr;
  std::size_t held_ = 0;
};

}  // namespace kgq
