// Planning the write clauses: CREATE, MERGE, SET / REMOVE, DELETE and FOREACH, CALL { } subqueries
// and procedure calls. The Eager barriers they need are the driver's business (planner.cpp,
// eagerness.h).
#include "query/plan/equalities_to_in.h"
#include "query/plan/planner_parts.h"
#include "query/procedures/registry.h"

#include <algorithm>

namespace kgq::planning {

std::unique_ptr<PlanNode> Planner::create(std::unique_ptr<PlanNode> plan, BoundCreate& clause) {
  return makeNode(plan::Create{std::move(clause.nodes), std::move(clause.relationships)}, std::move(plan));
}

std::unique_ptr<PlanNode> Planner::merge(std::unique_ptr<PlanNode> plan, BoundMerge& clause) {
  auto argument = makeNode(plan::Argument{}, nullptr);
  argument->estimatedRows = 1;
  auto branch = match(std::move(argument), clause.match, true);
  auto node = makeNode(plan::Merge{std::move(clause.create.nodes), std::move(clause.create.relationships),
                                   std::move(clause.onCreate), std::move(clause.onMatch), clause.line, clause.column},
                       std::move(plan));
  node->children.push_back(std::move(branch));
  return node;
}

std::unique_ptr<PlanNode> Planner::setOrRemove(std::unique_ptr<PlanNode> plan, BoundSetOrRemove& clause) {
  return makeNode(plan::SetOrRemove{clause.isSet, std::move(clause.items)}, std::move(plan));
}

std::unique_ptr<PlanNode> Planner::deleteClause(std::unique_ptr<PlanNode> plan, BoundDelete& clause) {
  return makeNode(plan::Delete{std::move(clause.targets), clause.detach}, std::move(plan));
}

std::unique_ptr<PlanNode> Planner::foreach(std::unique_ptr<PlanNode> plan, BoundForeach& clause) {
  std::vector<Slot> outputs;
  auto body = singleQuery(*clause.body, outputs, true);
  auto node = makeNode(plan::Foreach{std::move(clause.list), clause.slot, clause.variable}, std::move(plan));
  node->children.push_back(std::move(body));
  return node;
}

std::unique_ptr<PlanNode> Planner::callSubquery(std::unique_ptr<PlanNode> plan, BoundCallSubquery& clause) {
  std::vector<Slot> outputs;
  auto body = singleQuery(*clause.body, outputs, true);
  auto node = makeNode(plan::Apply{clause.returnsRows}, std::move(plan));
  node->estimatedRows *= std::max(1.0, body->estimatedRows);
  node->children.push_back(std::move(body));
  return node;
}

std::unique_ptr<PlanNode> Planner::procedureCall(std::unique_ptr<PlanNode> plan, BoundCall& clause) {
  const ProcedureSignature& signature = clause.procedure->signature;
  auto node = makeNode(plan::ProcedureCall{clause.procedure, std::move(clause.arguments), clause.yields, signature.name},
                       std::move(plan));
  node->estimatedRows *= 10;
  if (clause.where) {
    node = makeNode(plan::Filter{equalitiesToIn(std::move(clause.where))}, std::move(node));
    node->estimatedRows *= 0.5;
  }
  return node;
}

}  // namespace kgq::planning
