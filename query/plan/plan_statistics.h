// PlanStatistics: the graph's counts as the planner's estimates read them — live nodes, live
// edges, nodes of a label, edges of a type — each reading recorded in the plan, so that whoever
// keeps a plan for later (the query cache, query/api/query_cache.h) can tell when the graph has
// moved far enough from what the plan was costed on to plan again, as Neo4j replans when its
// statistics diverge.
//
// Promises: every count the planner reads goes through here and is recorded once, with the value
// it had; countsDrifted() compares them with the graph as it is now. Counts only steer choices
// among correct plans: a drifted plan is slower, never wrong.
#pragma once

#include "graph/property_graph.h"
#include "query/plan/plan.h"

#include <cstdint>
#include <vector>

namespace kgq {

class PlanStatistics {
 public:
  PlanStatistics(const PropertyGraph& graph, std::vector<StatisticReading>& readings)
      : graph_(graph), readings_(readings) {}

  std::size_t nodes() const { return read(StatisticReading::Kind::Nodes, 0); }
  std::size_t edges() const { return read(StatisticReading::Kind::Edges, 0); }
  std::size_t withLabel(LabelId label) const { return read(StatisticReading::Kind::Label, label); }
  std::size_t ofType(TypeId type) const { return read(StatisticReading::Kind::Type, type); }

 private:
  std::size_t read(StatisticReading::Kind kind, std::uint32_t id) const;

  const PropertyGraph& graph_;
  std::vector<StatisticReading>& readings_;
};

// Whether a count in `readings` has at least doubled or halved in `graph` (by kMinimumDrift
// elements or more, so that small graphs growing by a few nodes keep their plans).
bool countsDrifted(const std::vector<StatisticReading>& readings, const PropertyGraph& graph);
constexpr std::size_t kMinimumDrift = 64;

}  // namespace kgq
