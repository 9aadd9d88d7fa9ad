#include "query/api/query_cache.h"

#include "query/plan/plan_statistics.h"

namespace kgq {

bool QueryCache::stillRight(const CachedPlan& entry, const PropertyGraph& graph) {
  return entry.namesGeneration == graph.namesGeneration() && !countsDrifted(entry.plan->statistics, graph);
}

std::optional<CachedPlan> QueryCache::find(std::string_view text, const PropertyGraph& graph) {
  std::lock_guard<std::mutex> hold(mutex_);
  auto it = plans_.find(std::string(text));
  if (it == plans_.end()) return std::nullopt;
  if (!stillRight(it->second.entry, graph)) {
    order_.erase(it->second.position);
    plans_.erase(it);
    return std::nullopt;
  }
  order_.splice(order_.begin(), order_, it->second.position);
  return it->second.entry;
}

void QueryCache::insert(std::string_view text, CachedPlan entry) {
  if (text.size() > kLongestText || capacity_ == 0) return;
  std::lock_guard<std::mutex> hold(mutex_);
  std::string key(text);
  auto it = plans_.find(key);
  if (it != plans_.end()) {  // planned again (stale, or two connections at once): the newer wins
    it->second.entry = std::move(entry);
    order_.splice(order_.begin(), order_, it->second.position);
    return;
  }
  if (plans_.size() >= capacity_) {
    plans_.erase(order_.back());
    order_.pop_back();
  }
  order_.push_front(key);
  plans_.emplace(std::move(key), Slot{std::move(entry), order_.begin()});
}

void QueryCache::clear() {
  std::lock_guard<std::mutex> hold(mutex_);
  plans_.clear();
  order_.clear();
}

std::size_t QueryCache::size() const {
  std::lock_guard<std::mutex> hold(mutex_);
  return plans_.size();
}

}  // namespace kgq
