// The planner's driver: a statement's UNION parts, each a chain of clauses planned in order.
#include "query/plan/planner.h"

#include "query/plan/count_rewrites.h"
#include "query/plan/eagerness.h"
#include "query/plan/planner_parts.h"
#include "query/plan/prune_walks.h"
#include "query/plan/with_filters_to_match.h"

#include <utility>

namespace kgq {
namespace planning {

std::unique_ptr<PlanNode> makeNode(PlanOperator op, std::unique_ptr<PlanNode> input) {
  auto node = std::make_unique<PlanNode>();
  node->op = std::move(op);
  if (input) {
    node->estimatedRows = input->estimatedRows;
    node->children.push_back(std::move(input));
  }
  return node;
}

std::unique_ptr<PlanNode> eager(std::unique_ptr<PlanNode> plan) {
  if (plan->is<plan::Start>() || plan->is<plan::Argument>() || plan->is<plan::Eager>()) return plan;
  return makeNode(plan::Eager{}, std::move(plan));
}

std::string describeNode(const plan::NodeText& node) {
  std::string d = "(" + node.variable;
  for (const auto& l : node.labels) d += ":" + l;
  return d + ")";
}

namespace {

// The slots whose properties `e` reads (`x.key`).
void propertyReads(const BoundExpr* e, std::set<Slot>& out) {
  if (!e) return;
  if (e->kind == BoundExprKind::Property && e->children[0]->kind == BoundExprKind::Slot) out.insert(e->children[0]->slot);
  for (const BoundExprPtr& child : e->children) propertyReads(child.get(), out);
}

// What Planner::readsPropertiesOf answers for `query`: from the last clause back, a variable a
// WITH passes on (`WITH r`) standing for the one it came from.
std::set<Slot> propertyReadsOf(const BoundSingleQuery& query) {
  std::set<Slot> out;
  for (auto clause = query.clauses.rbegin(); clause != query.clauses.rend(); ++clause) {
    if (const auto* m = std::get_if<BoundMatch>(&*clause)) {
      for (const BoundExprPtr& conjunct : m->where) propertyReads(conjunct.get(), out);
    } else if (const auto* p = std::get_if<BoundProjection>(&*clause)) {
      for (const ProjectItem& key : p->groupKeys) propertyReads(key.expr.get(), out);
      for (const AggregateSpec& a : p->aggregates) propertyReads(a.argument.get(), out);
      for (const ProjectItem& item : p->items) propertyReads(item.expr.get(), out);
      for (const SortKey& key : p->orderBy) propertyReads(key.expr.get(), out);
      propertyReads(p->where.get(), out);
      for (const auto* items : {&p->groupKeys, &p->items})  // (ORDER BY and WHERE read what it made)
        for (const ProjectItem& item : *items)
          if (item.expr->kind == BoundExprKind::Slot && out.count(item.slot)) out.insert(item.expr->slot);
    }
  }
  return out;
}

}  // namespace

std::unique_ptr<PlanNode> Planner::singleQuery(BoundSingleQuery& query, std::vector<Slot>& outputs, bool fromArgument) {
  if (options().withFiltersIntoMatch) moveWithFiltersIntoMatch(query);
  // (A subquery is planned in the middle of its caller's clause: the caller's reads come back after.)
  std::set<Slot> callerReads = std::exchange(propertyReads_, propertyReadsOf(query));
  std::unique_ptr<PlanNode> plan = fromArgument ? makeNode(plan::Argument{}, nullptr) : makeNode(plan::Start{}, nullptr);
  plan->estimatedRows = 1;
  // What the clauses since the last barrier may read and write (eagerness.h): a clause that may
  // write what they read, or read what they wrote, goes behind an Eager.
  ClauseFootprint pending;
  for (BoundClause& clause : query.clauses) {
    ClauseFootprint footprint = footprintOf(clause);
    bool readsAllFirst = std::holds_alternative<BoundDelete>(clause);  // its own barrier
    if (!readsAllFirst &&
        (conflicts(pending.reads, footprint.writes) || conflicts(footprint.reads, pending.writes))) {
      plan = eager(std::move(plan));
      pending = ClauseFootprint{};
    }
    pending.reads.add(footprint.reads);
    pending.writes.add(footprint.writes);
    if (auto* m = std::get_if<BoundMatch>(&clause)) {
      plan = m->optional ? optionalMatch(std::move(plan), *m) : match(std::move(plan), *m);
    } else if (auto* u = std::get_if<BoundUnwind>(&clause)) {
      plan = makeNode(plan::Unwind{std::move(u->list), u->slot, u->variable}, std::move(plan));
      plan->estimatedRows *= 10;
    } else if (auto* p = std::get_if<BoundProjection>(&clause)) {
      // Aggregation and sorting read all their input before the first row: what came before is done.
      if (p->aggregating || !p->orderBy.empty()) pending = footprint;
      plan = projection(std::move(plan), *p, p->isReturn ? &outputs : nullptr);
    } else if (auto* c = std::get_if<BoundCreate>(&clause)) {
      plan = create(std::move(plan), *c);
    } else if (auto* mg = std::get_if<BoundMerge>(&clause)) {
      plan = merge(std::move(plan), *mg);
    } else if (auto* s = std::get_if<BoundSetOrRemove>(&clause)) {
      plan = setOrRemove(std::move(plan), *s);
    } else if (auto* d = std::get_if<BoundDelete>(&clause)) {
      plan = deleteClause(std::move(plan), *d);
      pending = ClauseFootprint{};  // DELETE reads all its rows, then deletes, before passing any on
    } else if (auto* f = std::get_if<BoundForeach>(&clause)) {
      plan = foreach(std::move(plan), *f);
    } else if (auto* call = std::get_if<BoundCallSubquery>(&clause)) {
      plan = callSubquery(std::move(plan), *call);
    } else if (auto* proc = std::get_if<BoundCall>(&clause)) {
      plan = procedureCall(std::move(plan), *proc);
    }
  }
  propertyReads_ = std::move(callerReads);
  return plan;
}

}  // namespace planning

QueryPlan planQuery(BoundQuery query, const PropertyGraph& graph, const PlannerOptions& options) {
  planning::resolveNames(query, graph);
  QueryPlan plan;
  plan.returnsRows = query.returnsRows;
  plan.explain = query.explain;
  plan.profile = query.profile;
  plan.columns = query.columns;
  plan.slotCount = query.slotCount;
  plan.parameterNames = query.parameterNames;
  planning::Planner planner(graph, plan, options);
  for (std::size_t i = 0; i < query.subqueries.size(); ++i) {
    std::vector<Slot> outputs;
    plan.subplans.push_back(planner.singleQuery(query.subqueries[i], outputs, true));
    const SubqueryKind kind = i < query.subqueryKinds.size() ? query.subqueryKinds[i] : SubqueryKind::Collect;
    if (options.pruneWalks && kind == SubqueryKind::Exists) pruneWalksOfExists(plan.subplans.back());
    if (kind == SubqueryKind::Count)
      plan.subplans.back() = rewriteCountSubquery(std::move(plan.subplans.back()), [&] { return planner.newSlot(); });
  }
  if (query.queries.size() == 1) {
    plan.root = planner.singleQuery(query.queries[0], plan.outputSlots);
    if (plan.outputSlots.empty()) plan.outputSlots = query.outputs;  // a standalone CALL
    return plan;
  }
  plan::Union unionOp;
  unionOp.all = query.unionAll;
  std::vector<std::unique_ptr<PlanNode>> parts;
  double estimate = 0;
  for (BoundSingleQuery& q : query.queries) {
    std::vector<Slot> outputs;
    parts.push_back(planner.singleQuery(q, outputs));
    estimate += parts.back()->estimatedRows;
    unionOp.childOutputs.push_back(outputs);
  }
  for (std::size_t i = 0; i < plan.columns.size(); ++i) unionOp.outputs.push_back(planner.newSlot());
  plan.outputSlots = unionOp.outputs;
  auto unionNode = planning::makeNode(std::move(unionOp), nullptr);
  unionNode->children = std::move(parts);
  unionNode->estimatedRows = estimate;
  if (query.unionAll) {
    plan.root = std::move(unionNode);
  } else {
    plan.root = planning::makeNode(plan::Distinct{plan.outputSlots}, std::move(unionNode));
  }
  return plan;
}

}  // namespace kgq
