// QueryCache: the plans of statements by their text, kept by the database for every connection
// (as Neo4j's query cache is), so that running a query again — with other parameters, on any
// connection, after other queries changed the data — skips parsing, checking and planning.
//
// Promises: find() returns a plan only while it is right for the graph: no label, type or key name
// was added or forgotten since it was planned (plans hold interned ids and "no such name"), and
// no count its estimates read has drifted far (plan_statistics.h). Index and constraint changes,
// and a graph replaced by open(), call clear(). At most `capacity` plans, the least recently used
// dropped first. Thread-safe; plans are immutable and shared, so one that is dropped while a
// query runs it lives on until the query ends.
#pragma once

#include "graph/property_graph.h"
#include "query/plan/plan.h"

#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace kgq {

struct CachedPlan {
  std::shared_ptr<const QueryPlan> plan;
  bool updates = false;                // the statement writes: it runs in a transaction
  std::uint64_t namesGeneration = 0;  // PropertyGraph::namesGeneration() it was planned under
};

class QueryCache {
 public:
  static constexpr std::size_t kDefaultCapacity = 1000;  // Neo4j's default query cache size
  // Statements longer than this are not kept: such texts (generated lists, pasted data) rarely
  // come again, and their plans hold the data.
  static constexpr std::size_t kLongestText = 16 * 1024;

  explicit QueryCache(std::size_t capacity = kDefaultCapacity) : capacity_(capacity) {}

  // The plan for `text` if it is still right for `graph`; else nothing (and a stale one is
  // dropped). The caller holds at least shared access to `graph`.
  std::optional<CachedPlan> find(std::string_view text, const PropertyGraph& graph);
  // Whether `entry` is still right for `graph` (what find() checks), for a caller that looked it
  // up under shared access and runs it under the writer lock.
  static bool stillRight(const CachedPlan& entry, const PropertyGraph& graph);
  void insert(std::string_view text, CachedPlan entry);
  void clear();
  std::size_t size() const;

 private:
  using Order = std::list<std::string>;  // most recently used first
  struct Slot {
    CachedPlan entry;
    Order::iterator position;
  };
  mutable std::mutex mutex_;
  std::size_t capacity_;
  Order order_;
  std::unordered_map<std::string, Slot> plans_;
};

}  // namespace kgq
