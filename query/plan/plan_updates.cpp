// Planning the write clauses: CREATE, MERGE, SET / REMOVE and DELETE, each behind an Eager
// barrier (DELETE reads all its rows itself).
#include "query/plan/planner_parts.h"

namespace kgq::planning {

std::unique_ptr<PlanNode> Planner::create(std::unique_ptr<PlanNode> plan, BoundCreate& clause) {
  return makeNode(plan::Create{std::move(clause.nodes), std::move(clause.relationships)}, eager(std::move(plan)));
}

std::unique_ptr<PlanNode> Planner::merge(std::unique_ptr<PlanNode> plan, BoundMerge& clause) {
  auto argument = makeNode(plan::Argument{}, nullptr);
  argument->estimatedRows = 1;
  auto branch = match(std::move(argument), clause.match);
  auto node = makeNode(plan::Merge{std::move(clause.create.nodes), std::move(clause.create.relationships),
                                   std::move(clause.onCreate), std::move(clause.onMatch), clause.line, clause.column},
                       eager(std::move(plan)));
  node->children.push_back(std::move(branch));
  return node;
}

std::unique_ptr<PlanNode> Planner::setOrRemove(std::unique_ptr<PlanNode> plan, BoundSetOrRemove& clause) {
  return makeNode(plan::SetOrRemove{clause.isSet, std::move(clause.items)}, eager(std::move(plan)));
}

std::unique_ptr<PlanNode> Planner::deleteClause(std::unique_ptr<PlanNode> plan, BoundDelete& clause) {
  return makeNode(plan::Delete{std::move(clause.targets), clause.detach}, std::move(plan));
}

}  // namespace kgq::planning
