#include "query/plan/with_filters_to_match.h"

#include "query/function/function_registry.h"

#include <map>

namespace kgq {
namespace {

// The conjuncts of `e` (AND'ed together), taken out of it.
void conjunctsOf(BoundExprPtr e, std::vector<BoundExprPtr>& out) {
  if (e->kind == BoundExprKind::Binary && e->op == BinaryOp::And) {
    conjunctsOf(std::move(e->children[0]), out);
    conjunctsOf(std::move(e->children[1]), out);
    return;
  }
  out.push_back(std::move(e));
}

// Whether every slot `e` reads is one of its Slot nodes (no pattern, subquery or variable of
// its own, whose slots live elsewhere) and all of them are in `renamed`.
bool movable(const BoundExpr& e, const std::map<Slot, Slot>& renamed) {
  switch (e.kind) {
    case BoundExprKind::Slot: return renamed.count(e.slot) > 0;
    case BoundExprKind::ListComprehension:
    case BoundExprKind::Quantifier:
    case BoundExprKind::MapProjection:
    case BoundExprKind::PatternPredicate:
    case BoundExprKind::PropertiesMatch:
    case BoundExprKind::Subquery:
    case BoundExprKind::Reduce: return false;
    case BoundExprKind::Function:
      if (!e.function || e.function->external || e.function->aggregate) return false;
      break;
    default: break;
  }
  for (const BoundExprPtr& child : e.children)
    if (child && !movable(*child, renamed)) return false;
  return true;
}

void rename(BoundExpr& e, const std::map<Slot, Slot>& renamed) {
  if (e.kind == BoundExprKind::Slot) e.slot = renamed.at(e.slot);
  for (BoundExprPtr& child : e.children)
    if (child) rename(*child, renamed);
}

BoundExprPtr conjunction(std::vector<BoundExprPtr> conjuncts) {
  BoundExprPtr all;
  for (BoundExprPtr& c : conjuncts) {
    if (!all) {
      all = std::move(c);
      continue;
    }
    auto both = std::make_unique<BoundExpr>();
    both->kind = BoundExprKind::Binary;
    both->op = BinaryOp::And;
    both->text = all->text + " AND " + c->text;
    both->children.push_back(std::move(all));
    both->children.push_back(std::move(c));
    all = std::move(both);
  }
  return all;
}

void moveInto(BoundMatch& match, BoundProjection& with) {
  if (match.optional || with.isReturn || with.aggregating || with.distinct || !with.orderBy.empty() || with.skip ||
      with.limit || !with.where)
    return;
  // A shortest path's WHERE may be a part of its search, as in Neo4j (which then searches on for
  // a path that passes): a filter after the WITH is not.
  for (const BoundPatternPart& part : match.parts)
    if (part.shortest != ShortestKind::None) return;
  // The WITH's slots that hold a MATCH slot's value unchanged, and that slot.
  std::map<Slot, Slot> renamed;
  for (const ProjectItem& item : with.items)
    if (item.expr->kind == BoundExprKind::Slot) renamed[item.slot] = item.expr->slot;
  std::vector<BoundExprPtr> conjuncts, kept;
  conjunctsOf(std::move(with.where), conjuncts);
  for (BoundExprPtr& c : conjuncts) {
    if (!movable(*c, renamed)) {
      kept.push_back(std::move(c));
      continue;
    }
    rename(*c, renamed);
    match.where.push_back(std::move(c));
  }
  with.where = conjunction(std::move(kept));
}

}  // namespace

void moveWithFiltersIntoMatch(BoundSingleQuery& query) {
  for (std::size_t i = 1; i < query.clauses.size(); ++i) {
    auto* match = std::get_if<BoundMatch>(&query.clauses[i - 1]);
    auto* with = std::get_if<BoundProjection>(&query.clauses[i]);
    if (match && with) moveInto(*match, *with);
  }
}

}  // namespace kgq
