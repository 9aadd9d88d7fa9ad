#include "query/plan/plan_statistics.h"

#include <algorithm>

namespace kgq {
namespace {

std::size_t countNow(const PropertyGraph& graph, StatisticReading::Kind kind, std::uint32_t id) {
  switch (kind) {
    case StatisticReading::Kind::Nodes: return graph.nodeCount();
    case StatisticReading::Kind::Edges: return graph.edgeCount();
    case StatisticReading::Kind::Label: return graph.nodesWithLabel(id).size();
    case StatisticReading::Kind::Type: return graph.edgeCountOfType(id);
  }
  return 0;
}

}  // namespace

std::size_t PlanStatistics::read(StatisticReading::Kind kind, std::uint32_t id) const {
  std::size_t count = countNow(graph_, kind, id);
  bool seen = std::any_of(readings_.begin(), readings_.end(),
                          [&](const StatisticReading& r) { return r.kind == kind && r.id == id; });
  if (!seen) readings_.push_back({kind, id, count});
  return count;
}

bool countsDrifted(const std::vector<StatisticReading>& readings, const PropertyGraph& graph) {
  for (const StatisticReading& r : readings) {
    std::size_t now = countNow(graph, r.kind, r.id);
    std::size_t low = std::min(now, r.count), high = std::max(now, r.count);
    if (high - low >= kMinimumDrift && high - low > high / 2) return true;
  }
  return false;
}

}  // namespace kgq
