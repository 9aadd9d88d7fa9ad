// Planning WITH and RETURN: Aggregate (then the counting rewrites) and Project, Distinct, Sort
// (top-k when a LIMIT follows), Skip, Limit, and WITH's WHERE as a Filter.
#include "query/plan/count_rewrites.h"
#include "query/plan/equalities_to_in.h"
#include "query/plan/planner_parts.h"
#include "query/plan/prune_walks.h"

#include <algorithm>

namespace kgq::planning {

std::unique_ptr<PlanNode> Planner::projection(std::unique_ptr<PlanNode> plan, BoundProjection& p,
                                              std::vector<Slot>* outputs) {
  if (p.aggregating) {
    auto agg = makeNode(plan::Aggregate{std::move(p.groupKeys), std::move(p.aggregates), -1}, std::move(plan));
    agg->estimatedRows = agg->as<plan::Aggregate>()->keys.empty() ? 1 : std::max(1.0, agg->estimatedRows * 0.1);
    if (options().pruneWalks) pruneWalksUnder(*agg);
    plan = rewriteCounts(std::move(agg), graph_, [this] { return newSlot(); });
    if (!p.items.empty()) plan = makeNode(plan::Project{std::move(p.items), {}}, std::move(plan));
  } else {
    plan = makeNode(plan::Project{std::move(p.items), p.columns}, std::move(plan));
  }
  if (p.distinct) {
    plan = makeNode(plan::Distinct{p.outputs}, std::move(plan));
    if (options().pruneWalks) pruneWalksUnder(*plan);
    plan->estimatedRows *= 0.7;
  }
  if (!p.orderBy.empty()) {
    plan::Sort sort{std::move(p.orderBy), nullptr, nullptr};
    if (p.limit) {
      // Top-k: only skip + limit rows need to be kept.
      sort.limit = cloneExpr(*p.limit);
      if (p.skip) sort.skip = cloneExpr(*p.skip);
    }
    plan = makeNode(std::move(sort), std::move(plan));
  }
  if (p.skip) plan = makeNode(plan::Skip{std::move(p.skip)}, std::move(plan));
  if (p.limit) {
    const BoundExpr& count = *p.limit;
    double rows = count.kind == BoundExprKind::Constant && count.constant.isInt()
                      ? static_cast<double>(count.constant.asInt())
                      : -1;
    plan = makeNode(plan::Limit{std::move(p.limit)}, std::move(plan));
    if (rows >= 0) plan->estimatedRows = std::min(plan->estimatedRows, rows);
  }
  if (p.where) {
    plan = makeNode(plan::Filter{equalitiesToIn(std::move(p.where))}, std::move(plan));
    plan->estimatedRows *= 0.5;
  }
  if (outputs) *outputs = p.outputs;
  return plan;
}

}  // namespace kgq::planning
