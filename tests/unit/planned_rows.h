// Test support: the rows of a query planned with chosen PlannerOptions (query/plan/planner.h),
// for comparing a plan rewrite against the plan it replaces on the same graph.
#pragma once

#include "query/api/database_impl.h"
#include "query/check/checker.h"
#include "query/exec/executor.h"
#include "query/exec/query_guard.h"
#include "query/parse/parser.h"
#include "query/plan/planner.h"
#include "tests/unit/result_rows.h"

#include <kgq/kgq.h>

#include <string>
#include <vector>

namespace kgq::testing {

// The rows of `query` on `db`'s graph as sortedText (the queries' row order is not defined), or
// in their order when `ordered`; `plan` gets the EXPLAIN text.
inline std::vector<std::string> plannedRows(Database& db, const std::string& query, const PlannerOptions& options,
                                            std::string* plan = nullptr, bool ordered = false) {
  auto& impl = DatabaseInternals::of(db);
  QueryPlan planned = planQuery(checkStatement(parseStatement(query), Catalog{&impl.procedures, &impl.functions}),
                                impl.graph, options);
  if (plan) *plan = explainPlan(planned);
  QueryGuard guard;  // no limits
  const auto rows = execute(planned, impl.graph, {}, guard).rows;
  return ordered ? rowText(rows) : sortedText(rows);
}

}  // namespace kgq::testing
