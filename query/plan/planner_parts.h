// The planner's parts, internal to query/plan: the Planner class whose member functions live in
// one file per kind of clause (see planner.h), and the helpers they share.
#pragma once

#include "graph/property_graph.h"
#include "query/plan/plan_statistics.h"
#include "query/check/bound_query.h"
#include "query/plan/plan.h"
#include "query/plan/planner.h"

#include <memory>
#include <set>
#include <string>

namespace kgq::planning {

// A plan node running `op` over `input` (if any), estimated to produce what its input does.
std::unique_ptr<PlanNode> makeNode(PlanOperator op, std::unique_ptr<PlanNode> input);

// An Eager barrier over `plan`: it reads all its input before passing a row on (where clauses
// conflict, eagerness.h). Nothing to wait for over Start, Argument or another Eager.
std::unique_ptr<PlanNode> eager(std::unique_ptr<PlanNode> plan);

// Resolves the label, type and key names of every expression in `query` to the graph's ids.
void resolveNames(BoundQuery& query, const PropertyGraph& graph);

// "(v:L1:L2)": a pattern node as EXPLAIN and messages show it.
std::string describeNode(const plan::NodeText& node);

class Planner {
 public:
  Planner(const PropertyGraph& graph, QueryPlan& plan, const PlannerOptions& options = {})
      : graph_(graph), plan_(plan), options_(options), statistics_(graph, plan.statistics) {}

  // Plans one part of a UNION (or, fromArgument, a subquery run from its caller's row); returns
  // its root and sets `outputs` to its result slots.
  std::unique_ptr<PlanNode> singleQuery(BoundSingleQuery& query, std::vector<Slot>& outputs, bool fromArgument = false);

  Slot newSlot() { return static_cast<Slot>(plan_.slotCount++); }
  const PropertyGraph& graph() const { return graph_; }
  const PlannerOptions& options() const { return options_; }
  // Whether the single query being planned reads a property of slot s in a WHERE of a MATCH or
  // in a WITH / RETURN (its keys, aggregates, items, ORDER BY or WHERE).
  bool readsPropertiesOf(Slot s) const { return propertyReads_.count(s) > 0; }
  // The counts estimates are made from: read through here only, so the plan records them.
  const PlanStatistics& statistics() const { return statistics_; }
  LabelId labelId(const std::string& name) const { return graph_.labelNames().find(name).value_or(kMissingName); }
  TypeId typeId(const std::string& name) const { return graph_.typeNames().find(name).value_or(kMissingName); }
  KeyId keyId(const std::string& name) const { return graph_.keyNames().find(name).value_or(kMissingName); }

  // plan_match.cpp
  // `merge`: the pattern of a MERGE, which may create nodes a later row's seek finds.
  std::unique_ptr<PlanNode> match(std::unique_ptr<PlanNode> input, BoundMatch& clause, bool merge = false);
  std::unique_ptr<PlanNode> optionalMatch(std::unique_ptr<PlanNode> input, BoundMatch& clause);
  // plan_projection.cpp
  std::unique_ptr<PlanNode> projection(std::unique_ptr<PlanNode> input, BoundProjection& projection,
                                       std::vector<Slot>* outputs);
  // plan_updates.cpp
  std::unique_ptr<PlanNode> create(std::unique_ptr<PlanNode> input, BoundCreate& clause);
  std::unique_ptr<PlanNode> merge(std::unique_ptr<PlanNode> input, BoundMerge& clause);
  std::unique_ptr<PlanNode> setOrRemove(std::unique_ptr<PlanNode> input, BoundSetOrRemove& clause);
  std::unique_ptr<PlanNode> deleteClause(std::unique_ptr<PlanNode> input, BoundDelete& clause);
  std::unique_ptr<PlanNode> foreach(std::unique_ptr<PlanNode> input, BoundForeach& clause);
  std::unique_ptr<PlanNode> callSubquery(std::unique_ptr<PlanNode> input, BoundCallSubquery& clause);
  std::unique_ptr<PlanNode> procedureCall(std::unique_ptr<PlanNode> input, BoundCall& clause);

 private:
  const PropertyGraph& graph_;
  QueryPlan& plan_;
  PlannerOptions options_;
  PlanStatistics statistics_;
  std::set<Slot> propertyReads_;  // of the single query being planned (readsPropertiesOf)
};

}  // namespace kgq::planning
