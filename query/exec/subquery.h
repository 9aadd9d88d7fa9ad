// Subquery expressions at run time: a pattern comprehension, EXISTS { } or COUNT { } evaluates by
// running its plan (QueryPlan::subplans) from the current row, as an OPTIONAL MATCH branch runs
// from its input row.
//
// Promises: the row the expression sees is not changed (the subplan runs on a copy); each
// subplan's operators (and its copy of the row) are made once per query and reused for every
// evaluation.
#pragma once

#include "query/exec/evaluator.h"
#include "query/plan/plan.h"

#include <memory>
#include <vector>

namespace kgq {

class Operator;

class SubqueryRunner {
 public:
  explicit SubqueryRunner(const std::vector<std::unique_ptr<PlanNode>>& subplans);
  ~SubqueryRunner();

  // The value of the Subquery expression `e` for `row`.
  Value evaluate(const BoundExpr& e, const Row& row, EvalContext& ctx);

 private:
  const std::vector<std::unique_ptr<PlanNode>>& subplans_;
  std::vector<std::unique_ptr<Operator>> operators_;  // by subquery, built on first use
  std::vector<Row> rows_;  // by subquery: the copy of the row it runs on, its capacity kept
};

}  // namespace kgq
