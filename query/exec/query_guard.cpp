#include "query/exec/query_guard.h"

#include <cstdio>
#include <string>

namespace kgq {

QueryGuard::QueryGuard(const std::atomic<bool>* interrupted, Limits limits)
    : interrupted_(interrupted), limits_(limits) {
  if (limits_.timeout.count() > 0) {
    auto now = std::chrono::steady_clock::now();
    // A timeout too long for the clock is no timeout.
    deadline_ = limits_.timeout < std::chrono::steady_clock::time_point::max() - now
                    ? now + std::chrono::duration_cast<std::chrono::steady_clock::duration>(limits_.timeout)
                    : std::chrono::steady_clock::time_point::max();
  }
}

void QueryGuard::check() const {
  if (interrupted_ != nullptr && interrupted_->load(std::memory_order_relaxed))
    throw Error(ErrorKind::Interrupted, "Query interrupted");
  if (limits_.timeout.count() > 0 && std::chrono::steady_clock::now() >= deadline_) {
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%g", std::chrono::duration<double>(limits_.timeout).count());
    throw Error(ErrorKind::ResourceLimit,
                std::string("Query exceeded the time limit of ") + seconds +
                    " s (set a higher one with --timeout, :timeout or Connection::setTimeout, in Python "
                    "Connection.timeout; 0 means none)");
  }
}

void QueryGuard::overMemory() const {
  constexpr std::size_t kMiB = std::size_t{1} << 20;
  std::size_t limit = limits_.memoryBytes;
  std::string amount = limit % kMiB == 0 ? std::to_string(limit / kMiB) + " MiB" : std::to_string(limit) + " bytes";
  throw Error(ErrorKind::ResourceLimit,
              "Query exceeded the memory limit of " + amount +
                  " (set a higher one with --max-memory, :max-memory or Connection::setMemoryLimit, in Python "
                  "Connection.memory_limit; 0 means none)");
}

namespace {

constexpr std::size_t kMapEntryBytes = 64;  // a std::map node besides its key and value

// The value and what it owns, not counting list or map items.
std::size_t ownBytes(const Value& v) {
  switch (v.kind()) {
    case ValueKind::String: return sizeof(Value) + v.asString().capacity();
    case ValueKind::List: return sizeof(Value) + 16;  // the shared list's control block
    case ValueKind::Map: return sizeof(Value) + 16;
    case ValueKind::PathRef:
      return sizeof(Value) + 64 + (v.asPathRef().nodes.size() + v.asPathRef().edges.size()) * sizeof(std::uint32_t);
    case ValueKind::Node:
    case ValueKind::Relationship:
    case ValueKind::Path:
    case ValueKind::DateTime: return sizeof(Value) + 128;  // a rough share
    default: return sizeof(Value);
  }
}

}  // namespace

std::size_t estimatedBytes(const Value& root) {
  if (!root.isList() && !root.isMap()) return ownBytes(root);  // the common case: no stack
  // An explicit stack: values may nest deeper than the C++ stack could recurse.
  std::size_t bytes = 0;
  std::vector<const Value*> pending{&root};
  while (!pending.empty()) {
    const Value& v = *pending.back();
    pending.pop_back();
    bytes += ownBytes(v);
    if (v.isList()) {
      for (const Value& item : v.asList()) pending.push_back(&item);
    } else if (v.isMap()) {
      for (const auto& [key, item] : v.asMap()) {
        bytes += kMapEntryBytes + key.capacity();
        pending.push_back(&item);
      }
    }
  }
  return bytes;
}

std::size_t RowBytes::operator()(const std::vector<Value>& row) {
  if (last_.size() != row.size()) last_.assign(row.size(), nullptr);
  std::size_t bytes = sizeof(std::vector<Value>);
  for (std::size_t i = 0; i < row.size(); ++i) {
    const Value& v = row[i];
    const void* shared = v.isList() ? static_cast<const void*>(&v.asList())
                         : v.isMap() ? static_cast<const void*>(&v.asMap())
                                     : nullptr;
    if (shared != nullptr && shared == last_[i]) {
      bytes += sizeof(Value);
      continue;
    }
    last_[i] = shared;
    bytes += estimatedValueBytes(v);
  }
  return bytes;
}

std::size_t estimatedBytes(const std::vector<Value>& values) {
  std::size_t bytes = sizeof(std::vector<Value>);
  for (const Value& v : values) bytes += estimatedValueBytes(v);
  return bytes;
}

}  // namespace kgq
