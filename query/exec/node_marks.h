// NodeMarks: visited marks for breadth-first searches over node indexes (PruningVarExpand,
// ShortestPath), as flat arrays stamped with a search number instead of hash sets: starting a
// search is O(1) (a new number makes every old stamp stale), a mark is one store, a test one load.
// A mark carries a side (0 or 1: the two ends of a bidirectional search) and the edge that reached
// the node. The arrays grow to the graph's node slots once and are kept for the thread's next
// search (MarksLease), so a search allocates nothing.
//
// Promises: after begin(), no node is marked; a lease is exclusive to its holder (nested searches
// on one thread get separate arrays).
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <vector>

namespace kgq {

class NodeMarks {
 public:
  // Starts a search over node indexes below `nodeSlots`: every node unmarked.
  void begin(std::size_t nodeSlots) {
    if (marks_.size() < nodeSlots) marks_.resize(nodeSlots, Mark{0, 0});
    if (search_ >= UINT32_MAX - 2) {  // the stamps would wrap: clear them once
      std::fill(marks_.begin(), marks_.end(), Mark{0, 0});
      search_ = 0;
    }
    search_ += 2;  // stamps search_ and search_ + 1 are this search's sides 0 and 1
  }
  bool marked(std::uint32_t n) const { return marks_[n].stamp - search_ < 2; }
  // Whether n is below the node slots of begin() (a node made since is not).
  bool covers(std::uint32_t n) const { return n < marks_.size(); }
  bool marked(std::uint32_t n, int side) const {
    return marks_[n].stamp == search_ + static_cast<std::uint32_t>(side);
  }
  void mark(std::uint32_t n, int side, std::uint32_t edge) {
    marks_[n] = Mark{search_ + static_cast<std::uint32_t>(side), edge};
  }
  // The edge that reached a marked node (what mark() was given).
  std::uint32_t edge(std::uint32_t n) const { return marks_[n].edge; }

  // Node lists a search may use as its frontiers, kept (with their capacity) between searches.
  std::vector<std::uint32_t>& list(int i) { return lists_[i]; }

 private:
  struct Mark {
    std::uint32_t stamp;  // the search and side that marked the node; stale below search_
    std::uint32_t edge;   // beside the stamp: one cache line per visit
  };
  std::vector<Mark> marks_;
  std::uint32_t search_ = 0;  // (0 is never a live stamp)
  std::vector<std::uint32_t> lists_[3];
};

// A NodeMarks of this thread's pool for the lifetime of the lease.
class MarksLease {
 public:
  MarksLease() {
    if (pool().empty()) {
      marks_ = std::make_unique<NodeMarks>();
    } else {
      marks_ = std::move(pool().back());
      pool().pop_back();
    }
  }
  ~MarksLease() { pool().push_back(std::move(marks_)); }
  MarksLease(const MarksLease&) = delete;
  MarksLease& operator=(const MarksLease&) = delete;
  NodeMarks& operator*() { return *marks_; }
  NodeMarks* operator->() { return marks_.get(); }

 private:
  std::unique_ptr<NodeMarks> marks_;
  static std::vector<std::unique_ptr<NodeMarks>>& pool() {
    thread_local std::vector<std::unique_ptr<NodeMarks>> marks;
    return marks;
  }
};

}  // namespace kgq
