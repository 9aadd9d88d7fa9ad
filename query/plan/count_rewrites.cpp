// The counting rewrites (see count_rewrites.h for what qualifies and why).
#include "query/plan/count_rewrites.h"

#include "query/check/function_catalog.h"
#include "query/plan/planner.h"

#include <algorithm>
#include <set>

namespace kgq {
namespace {

// The pattern's scan reads from the query's Start: its MATCH is the first clause, so nothing was
// bound before, and it is not an OPTIONAL MATCH (whose branch starts from an Argument).
bool isLeafStart(const PlanNode& node) { return node.kind == PlanKind::Start; }

bool isSlot(const PlanExpr& e, Slot slot) { return e.kind == PlanExprKind::Slot && e.slot == slot; }

// Every aggregate counts rows: count(*) or a non-DISTINCT count of one of `nonNull` (slots a
// plain MATCH binds, so never null: counting them counts rows).
bool countsRows(const PlanNode& aggregate, const std::set<Slot>& nonNull) {
  return std::all_of(aggregate.aggregates.begin(), aggregate.aggregates.end(), [&](const AggregateSpec& a) {
    if (a.kind == AggregateKind::CountStar) return true;
    return a.kind == AggregateKind::Count && !a.distinct && a.argument->kind == PlanExprKind::Slot &&
           nonNull.count(a.argument->slot) > 0;
  });
}

// A count-store leaf of `kind` over `start` that fills the aggregate's slots.
std::unique_ptr<PlanNode> countStoreNode(PlanKind kind, PlanNode& aggregate, std::unique_ptr<PlanNode> start) {
  auto node = std::make_unique<PlanNode>();
  node->kind = kind;
  node->aggregates = std::move(aggregate.aggregates);
  node->children.push_back(std::move(start));
  return node;
}

std::unique_ptr<PlanNode> nodeCount(PlanNode& aggregate) {
  PlanNode& scan = *aggregate.children[0];
  if (scan.kind != PlanKind::AllNodesScan && scan.kind != PlanKind::LabelScan) return nullptr;
  // LabelScan.labels are the pattern's other labels: one label is what the count store has.
  // (A WHERE over the node is folded into the scan as its filters.)
  if (!scan.labels.empty() || !scan.filters.empty() || !isLeafStart(*scan.children[0])) return nullptr;
  if (!aggregate.items.empty() || !countsRows(aggregate, {scan.slot})) return nullptr;
  auto node = countStoreNode(PlanKind::NodeCountFromCountStore, aggregate, std::move(scan.children[0]));
  if (scan.kind == PlanKind::LabelScan) node->labels.push_back(scan.label);
  node->detail = scan.detail;
  node->estimatedRows = 1;
  return node;
}

std::unique_ptr<PlanNode> relationshipCount(PlanNode& aggregate, const PropertyGraph& graph) {
  PlanNode& expand = *aggregate.children[0];
  if (expand.kind != PlanKind::Expand || !expand.labels.empty() || expand.relAlreadyBound ||
      !expand.distinctFrom.empty() || expand.direction == ast::Direction::Both)
    return nullptr;
  PlanNode& scan = *expand.children[0];
  if (scan.kind != PlanKind::AllNodesScan || !scan.labels.empty() || !scan.filters.empty() ||
      !isLeafStart(*scan.children[0]))
    return nullptr;
  if (!countsRows(aggregate, {scan.slot, expand.relSlot, expand.toSlot})) return nullptr;
  Slot typeSlot = -1;
  if (aggregate.items.size() > 1) return nullptr;
  if (aggregate.items.size() == 1) {
    const PlanExpr& key = *aggregate.items[0].expr;
    if (key.kind != PlanExprKind::Function || allFunctions()[static_cast<std::size_t>(key.functionId)].name != "type" ||
        key.children.size() != 1 || !isSlot(*key.children[0], expand.relSlot))
      return nullptr;
    typeSlot = aggregate.items[0].slot;
  }
  auto node = countStoreNode(PlanKind::RelationshipCountFromCountStore, aggregate, std::move(scan.children[0]));
  node->slot = typeSlot;
  for (TypeId t : expand.types)  // :T|T counts T once, as Expand matches it once
    if (std::find(node->types.begin(), node->types.end(), t) == node->types.end()) node->types.push_back(t);
  node->detail = expand.detail + (typeSlot >= 0 ? " grouped by " + aggregate.items[0].expr->text : "");
  std::size_t groups = node->types.empty() ? graph.typeNames().size() : node->types.size();
  node->estimatedRows = typeSlot < 0 ? 1 : static_cast<double>(groups);
  return node;
}

std::unique_ptr<PlanNode> expandCount(std::unique_ptr<PlanNode> aggregate, const std::function<Slot()>& newSlot) {
  auto isCount = [](const AggregateSpec& a) {
    return a.kind == AggregateKind::CountStar || a.kind == AggregateKind::Count;
  };
  if (!std::all_of(aggregate->aggregates.begin(), aggregate->aggregates.end(), isCount)) return aggregate;
  // A plain count of a variable an expansion binds counts rows (an expansion binds no nulls):
  // such an argument may be bound in the chain, as count(*) then. Anything else the aggregate
  // reads must be bound below it.
  auto countsRowsOf = [](const AggregateSpec& a) {
    return a.kind == AggregateKind::Count && !a.distinct && a.argument->kind == PlanExprKind::Slot;
  };
  std::set<Slot> read;
  for (const ProjectItem& key : aggregate->items)
    for (Slot s : slotsOf(*key.expr)) read.insert(s);
  for (const AggregateSpec& a : aggregate->aggregates)
    if (a.argument && !countsRowsOf(a))
      for (Slot s : slotsOf(*a.argument)) read.insert(s);

  // The chain: expansions and Filters from the aggregate down to the lowest expansion that binds
  // nothing the aggregate reads.
  auto isExpansion = [](const PlanNode& n) { return n.kind == PlanKind::Expand || n.kind == PlanKind::ExpandInto; };
  std::vector<PlanNode*> chain;
  std::set<Slot> boundByChain;
  std::size_t length = 0;
  for (PlanNode* n = aggregate->children[0].get(); isExpansion(*n) || n->kind == PlanKind::Filter;
       n = n->children[0].get()) {
    if (isExpansion(*n)) {
      std::vector<Slot> binds;
      if (n->kind == PlanKind::Expand) binds.push_back(n->toSlot);  // ExpandInto's was bound before
      if (!n->relAlreadyBound) binds.push_back(n->relSlot);
      if (std::any_of(binds.begin(), binds.end(), [&](Slot s) { return read.count(s) > 0; })) break;
      boundByChain.insert(binds.begin(), binds.end());
    }
    chain.push_back(n);
    if (isExpansion(*n)) length = chain.size();
  }
  if (length == 0) return aggregate;
  chain.resize(length);
  for (AggregateSpec& a : aggregate->aggregates) {
    if (a.argument && countsRowsOf(a) && boundByChain.count(a.argument->slot)) {
      a.kind = AggregateKind::CountStar;
      a.argument.reset();
    }
  }

  auto count = std::make_unique<PlanNode>();
  count->kind = PlanKind::ExpandCount;
  count->slot = newSlot();
  std::unique_ptr<PlanNode> rest = std::move(aggregate->children[0]);  // the chain's top
  std::vector<std::unique_ptr<PlanNode>> steps;
  for (std::size_t i = 0; i < chain.size(); ++i) {
    std::unique_ptr<PlanNode> below = std::move(rest->children[0]);
    rest->children.clear();
    steps.push_back(std::move(rest));
    rest = std::move(below);
  }
  std::reverse(steps.begin(), steps.end());
  for (const auto& step : steps)
    count->detail += (count->detail.empty() ? "" : step->kind == PlanKind::Filter ? " WHERE " : ", ") + step->detail;
  count->steps = std::move(steps);
  count->estimatedRows = rest->estimatedRows;
  count->children.push_back(std::move(rest));
  aggregate->weightSlot = count->slot;
  aggregate->children[0] = std::move(count);
  return aggregate;
}

}  // namespace

std::unique_ptr<PlanNode> rewriteCounts(std::unique_ptr<PlanNode> aggregate, const PropertyGraph& graph,
                                        const std::function<Slot()>& newSlot) {
  if (aggregate->kind != PlanKind::Aggregate || aggregate->children.empty()) return aggregate;
  if (auto node = nodeCount(*aggregate)) return node;
  if (auto node = relationshipCount(*aggregate, graph)) return node;
  return expandCount(std::move(aggregate), newSlot);
}

}  // namespace kgq
