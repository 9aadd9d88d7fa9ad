// Pruned variable-length walks (see prune_walks.h for what qualifies and why it is exact).
#include "query/plan/prune_walks.h"

#include <algorithm>
#include <set>

namespace kgq {
namespace {

void readsOf(const BoundExprPtr& e, std::set<Slot>& reads) {
  if (e) reads.merge(slotsOf(*e));
}

void readsOf(const plan::NodeSource& s, std::set<Slot>& reads) {
  for (const auto& f : s.filters) readsOf(f, reads);
}

// What a variable-length walk (VarExpand or PruningVarExpand) reads.
template <class Walk>
void walkReads(const Walk& v, std::set<Slot>& reads) {
  reads.insert(v.from);
  if (v.into) reads.insert(v.to);
  reads.insert(v.distinctFrom.begin(), v.distinctFrom.end());
  readsOf(v.relProperties, reads);
}

// Adds what `node` reads to `reads` and says whether rows may pass through it on the way to a
// duplicate-insensitive consumer: it writes nothing, counts and limits nothing, and has one input.
bool transparent(const PlanNode& node, std::set<Slot>& reads) {
  if (node.children.size() != 1) return false;
  if (const auto* f = node.as<plan::Filter>()) return readsOf(f->predicate, reads), true;
  if (const auto* p = node.as<plan::Project>()) {
    for (const ProjectItem& item : p->items) readsOf(item.expr, reads);
    return true;
  }
  if (const auto* d = node.as<plan::Distinct>()) return reads.insert(d->slots.begin(), d->slots.end()), true;
  if (const auto* e = node.as<plan::Expand>()) {
    reads.insert(e->from);
    if (e->into) reads.insert(e->to);
    if (e->relAlreadyBound) reads.insert(e->rel);
    reads.insert(e->distinctFrom.begin(), e->distinctFrom.end());
    return true;
  }
  if (const auto* v = node.as<plan::VarExpand>()) return walkReads(*v, reads), true;
  if (const auto* v = node.as<plan::PruningVarExpand>()) return walkReads(*v, reads), true;
  if (const auto* s = node.as<plan::ShortestPath>()) {
    reads.insert({s->from, s->to});
    readsOf(s->relProperties, reads);
    return true;
  }
  if (const auto* p = node.as<plan::ProjectPath>()) return reads.insert(p->elements.begin(), p->elements.end()), true;
  if (const auto* u = node.as<plan::Unwind>()) return readsOf(u->list, reads), true;
  if (const auto* s = node.as<plan::AllNodesScan>()) return readsOf(*s, reads), true;
  if (const auto* s = node.as<plan::LabelScan>()) return readsOf(*s, reads), true;
  if (const auto* s = node.as<plan::NodeByIdSeek>()) return readsOf(*s, reads), readsOf(s->id, reads), true;
  if (const auto* s = node.as<plan::NodeIndexSeek>()) return readsOf(*s, reads), readsOf(s->value, reads), true;
  return false;
}

// Where a breadth-first search gives exactly the trail endpoints (prune_walks.h).
bool exactByBreadthFirst(const plan::VarExpand& v) {
  return v.minHops <= 1;
}

plan::PruningVarExpand pruned(plan::VarExpand& v) {
  plan::PruningVarExpand p;
  p.from = v.from;
  p.to = v.to;
  p.into = v.into;
  p.toLabels = v.toLabels;
  p.types = v.types;
  p.direction = v.direction;
  p.distinctFrom = v.distinctFrom;
  p.minHops = v.minHops;
  p.maxHops = v.maxHops;
  p.relProperties = std::move(v.relProperties);
  p.pattern = v.pattern;
  return p;
}

// Walks down the input chain from `node`, which the consumer's rows come from; `reads` holds
// what the operators above it read.
void pruneChain(PlanNode* node, std::set<Slot> reads) {
  while (node) {
    if (auto* v = node->as<plan::VarExpand>(); v && exactByBreadthFirst(*v) && !reads.count(v->rel))
      node->op = pruned(*v);
    // OPTIONAL MATCH: each input row with each row of the optional part, or with nulls if it has
    // none. The optional part's distinct rows decide both, so its own chain qualifies as well (the
    // input side is left as it is: what the optional part reads of it is not gathered here).
    if (node->as<plan::Optional>() && node->children.size() == 2) return pruneChain(node->children[1].get(), reads);
    if (!transparent(*node, reads)) return;
    node = node->children[0].get();
  }
}

// An aggregate whose value does not change when an input row is repeated.
bool ignoresDuplicates(const AggregateSpec& a) {
  return a.distinct || a.kind == AggregateKind::Min || a.kind == AggregateKind::Max;
}

}  // namespace

void pruneWalksUnder(PlanNode& consumer) {
  if (consumer.children.size() != 1) return;
  std::set<Slot> reads;
  if (const auto* d = consumer.as<plan::Distinct>()) {
    reads.insert(d->slots.begin(), d->slots.end());
  } else if (const auto* a = consumer.as<plan::Aggregate>()) {
    if (a->weightSlot >= 0 || !std::all_of(a->aggregates.begin(), a->aggregates.end(), ignoresDuplicates)) return;
    for (const ProjectItem& key : a->keys) readsOf(key.expr, reads);
    for (const AggregateSpec& spec : a->aggregates) readsOf(spec.argument, reads);
  } else {
    return;
  }
  pruneChain(consumer.children[0].get(), std::move(reads));
}

void pruneWalksOfExists(std::unique_ptr<PlanNode>& root) {
  if (root) pruneChain(root.get(), {});
}

}  // namespace kgq
