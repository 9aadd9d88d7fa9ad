// Planning WITH and RETURN: Aggregate (then the counting rewrites) and Project, Distinct, Sort
// (top-k when a LIMIT follows), Skip, Limit, and WITH's WHERE as a Filter.
#include "query/plan/count_rewrites.h"
#include "query/plan/equalities_to_in.h"
#include "query/plan/planner_parts.h"
#include "query/plan/prune_walks.h"

#include <algorithm>
#include <set>

namespace kgq::planning {

namespace {

// Under a top-k sort (ORDER BY with LIMIT, no DISTINCT), the items no sort key reads are moved
// from p.items to `deferred` (their names, when items have them, to `names`): they are computed
// after the sort, its SKIP and its LIMIT, for the rows kept rather than for every row sorted, as
// Neo4j plans `RETURN n.name ORDER BY n.x LIMIT 10`. An item reads only the clause's input, never
// another item, so each can be computed apart.
void deferUnsortedItems(BoundProjection& p, std::vector<ProjectItem>& deferred, std::vector<std::string>& names) {
  if (p.orderBy.empty() || !p.limit || p.distinct) return;
  std::set<Slot> sorted;
  for (const SortKey& key : p.orderBy)
    for (Slot s : slotsOf(*key.expr)) sorted.insert(s);
  const bool named = !p.aggregating;  // (an aggregation's items are a part of its columns)
  std::vector<ProjectItem> kept;
  std::vector<std::string> keptNames;
  for (std::size_t i = 0; i < p.items.size(); ++i) {
    const bool read = sorted.count(p.items[i].slot) > 0;
    (read ? kept : deferred).push_back(std::move(p.items[i]));
    if (named) (read ? keptNames : names).push_back(p.columns.at(i));
  }
  p.items = std::move(kept);
  if (named) p.columns = std::move(keptNames);
}

}  // namespace

std::unique_ptr<PlanNode> Planner::projection(std::unique_ptr<PlanNode> plan, BoundProjection& p,
                                              std::vector<Slot>* outputs) {
  std::vector<ProjectItem> deferred;
  std::vector<std::string> deferredNames;
  if (options().lateProjection) deferUnsortedItems(p, deferred, deferredNames);
  if (p.aggregating) {
    auto agg = makeNode(plan::Aggregate{std::move(p.groupKeys), std::move(p.aggregates), -1}, std::move(plan));
    agg->estimatedRows = agg->as<plan::Aggregate>()->keys.empty() ? 1 : std::max(1.0, agg->estimatedRows * 0.1);
    if (options().pruneWalks) pruneWalksUnder(*agg);
    plan = rewriteCounts(std::move(agg), graph_, [this] { return newSlot(); });
    if (!p.items.empty()) plan = makeNode(plan::Project{std::move(p.items), {}}, std::move(plan));
  } else if (!p.items.empty()) {
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
  if (!deferred.empty()) plan = makeNode(plan::Project{std::move(deferred), std::move(deferredNames)}, std::move(plan));
  if (p.where) {
    plan = makeNode(plan::Filter{equalitiesToIn(std::move(p.where))}, std::move(plan));
    plan->estimatedRows *= 0.5;
  }
  if (outputs) *outputs = p.outputs;
  return plan;
}

}  // namespace kgq::planning
