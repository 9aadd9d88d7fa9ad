// The plan stage: checked query -> QueryPlan. Chooses where each pattern starts (a node bound by
// an earlier clause, then an id equality, then the smallest label, then all nodes), expands
// outward from there, and places each WHERE conjunct and inline property test right after the
// first operator that binds everything it reads. Projections become Project / Aggregate /
// Distinct / Sort (top-k with LIMIT) / Skip / Limit.
//
// Promises: the plan computes exactly the rows openCypher defines for the query; planning reads
// the graph only for statistics and name ids and never changes it.
#pragma once

#include "query/check/checker.h"
#include "query/plan/plan.h"

#include <map>
#include <set>
#include <string>

namespace kgq {

QueryPlan planQuery(const CheckedQuery& query, const PropertyGraph& graph);

// The slots `e` reads (not the variables of its own comprehensions).
std::set<Slot> slotsOf(const PlanExpr& e);

// The plan as an indented operator tree with estimated rows (EXPLAIN); with `profile`, also the
// rows each operator produced and its time (PROFILE).
std::string explainPlan(const QueryPlan& plan, const std::map<const PlanNode*, OperatorProfile>* profile = nullptr);

}  // namespace kgq
