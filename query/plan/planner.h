// The plan stage: bound query -> QueryPlan. Chooses where each pattern starts (a node bound by
// an earlier clause, then an id equality, then an indexed property, then the smallest label, then
// all nodes), expands outward from there, and places each WHERE conjunct and inline property test
// right after the first operator that binds everything it reads. Projections become Project /
// Aggregate / Distinct / Sort (top-k with LIMIT) / Skip / Limit; updates become their operators
// behind an Eager barrier. Its parts: the driver (planner.cpp), patterns (plan_match.cpp),
// projections (plan_projection.cpp), updates (plan_updates.cpp), name ids (resolve_names.cpp),
// counting rewrites (count_rewrites.cpp), EXPLAIN text (plan_explain.cpp).
//
// Promises: the plan computes exactly the rows openCypher defines for the query; planning reads
// the graph only for statistics and name ids and never changes it; it reports no name errors
// (the binder has).
#pragma once

#include "graph/property_graph.h"
#include "query/check/bound_query.h"
#include "query/plan/plan.h"

#include <map>
#include <string>

namespace kgq {

// Rewrites the planner may use; all on by default. Off, for tests that compare a rewritten plan's
// answers with the plain one's.
struct PlannerOptions {
  bool pruneWalks = true;         // query/plan/prune_walks.h
  bool relationshipScans = true;  // a pattern part may start at a relationship (plan_match.cpp)
  bool lateProjection = true;     // items no sort key reads are computed after a top-k sort (plan_projection.cpp)
  bool withFiltersIntoMatch = true;  // query/plan/with_filters_to_match.h
};

// Plans `query`, taking its expressions into the plan.
QueryPlan planQuery(BoundQuery query, const PropertyGraph& graph, const PlannerOptions& options = {});

// The plan as an indented operator tree with estimated rows (EXPLAIN); with `profile`, also the
// rows each operator produced and its time (PROFILE).
std::string explainPlan(const QueryPlan& plan, const std::map<const PlanNode*, OperatorProfile>* profile = nullptr);

}  // namespace kgq
