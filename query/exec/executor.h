// The execute stage: QueryPlan -> rows. Builds the operator tree, pulls every row and
// materializes the result columns (node and relationship handles become Node / Relationship
// values with their ids, labels and properties).
//
// Promises: reads the graph only; throws kgq::Error on runtime errors, on interruption and when a
// limit of `guard` is reached (the result rows it holds are charged to the guard).
#pragma once

#include "graph/property_graph.h"
#include "query/exec/query_guard.h"
#include "query/plan/plan.h"

#include <kgq/value.h>

#include <map>
#include <vector>

namespace kgq {

struct Execution {
  std::vector<std::vector<Value>> rows;
  std::map<const PlanNode*, OperatorProfile> profile;  // filled when the plan asks for PROFILE
};

class GraphTransaction;

// `parameters` is indexed like plan.parameterNames. A plan that writes needs `transaction`, which
// must be on `graph`; the caller commits it (or lets it roll back when this throws).
Execution execute(const QueryPlan& plan, const PropertyGraph& graph, const std::vector<Value>& parameters,
                  QueryGuard& guard, GraphTransaction* transaction = nullptr,
                  std::int64_t variableLengthLimit = 15);

// How deep lists and maps may nest in a value a query returns (Error(Runtime) beyond).
constexpr std::size_t kMaxResultDepth = 1000;

// A value as a result shows it: handles replaced by materialized entities, recursively.
Value materialize(const Value& v, const PropertyGraph& graph);

}  // namespace kgq
