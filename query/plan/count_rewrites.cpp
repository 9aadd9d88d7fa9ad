// The counting rewrites (see count_rewrites.h for what qualifies and why).
#include "query/plan/count_rewrites.h"

#include "query/function/function_registry.h"

#include <algorithm>
#include <optional>
#include <set>

namespace kgq {
namespace {

// The pattern's scan reads from the query's Start: its MATCH is the first clause, so nothing was
// bound before, and it is not an OPTIONAL MATCH (whose branch starts from an Argument).
bool isLeafStart(const PlanNode& node) { return node.is<plan::Start>(); }

bool isSlot(const BoundExpr& e, Slot slot) { return e.kind == BoundExprKind::Slot && e.slot == slot; }

// Every aggregate counts rows: count(*) or a non-DISTINCT count of one of `nonNull` (slots a
// plain MATCH binds, so never null: counting them counts rows).
bool countsRows(const plan::Aggregate& aggregate, const std::set<Slot>& nonNull) {
  return std::all_of(aggregate.aggregates.begin(), aggregate.aggregates.end(), [&](const AggregateSpec& a) {
    if (a.kind == AggregateKind::CountStar) return true;
    return a.kind == AggregateKind::Count && !a.distinct && a.argument->kind == BoundExprKind::Slot &&
           nonNull.count(a.argument->slot) > 0;
  });
}

// A count-store leaf over `start` (the scan's input).
std::unique_ptr<PlanNode> countStoreNode(PlanOperator op, std::unique_ptr<PlanNode> start, double rows) {
  auto node = std::make_unique<PlanNode>();
  node->op = std::move(op);
  node->children.push_back(std::move(start));
  node->estimatedRows = rows;
  return node;
}

std::unique_ptr<PlanNode> nodeCount(PlanNode& node) {
  auto& aggregate = *node.as<plan::Aggregate>();
  PlanNode& scanNode = *node.children[0];
  const plan::NodeSource* scan = scanNode.as<plan::AllNodesScan>();
  const plan::LabelScan* labelScan = scanNode.as<plan::LabelScan>();
  if (labelScan) scan = labelScan;
  if (!scan) return nullptr;
  // LabelScan.labels are the pattern's other labels: one label is what the count store has.
  // (A WHERE over the node is folded into the scan as its filters.)
  if (!scan->labels.empty() || !scan->filters.empty() || !isLeafStart(*scanNode.children[0])) return nullptr;
  if (!aggregate.keys.empty() || !countsRows(aggregate, {scan->slot})) return nullptr;
  plan::NodeCountFromCountStore count;
  count.hasLabel = labelScan != nullptr;
  if (labelScan) count.label = labelScan->label;
  count.aggregates = std::move(aggregate.aggregates);
  count.text = scan->text;
  return countStoreNode(std::move(count), std::move(scanNode.children[0]), 1);
}

std::unique_ptr<PlanNode> relationshipCount(PlanNode& node, const PropertyGraph& graph) {
  auto& aggregate = *node.as<plan::Aggregate>();
  PlanNode& expandNode = *node.children[0];
  const plan::Expand* expand = expandNode.as<plan::Expand>();
  if (!expand || expand->into || !expand->toLabels.empty() || expand->relAlreadyBound ||
      !expand->distinctFrom.empty() || expand->direction == Direction::Both)
    return nullptr;
  PlanNode& scanNode = *expandNode.children[0];
  const plan::AllNodesScan* scan = scanNode.as<plan::AllNodesScan>();
  if (!scan || !scan->labels.empty() || !scan->filters.empty() || !isLeafStart(*scanNode.children[0])) return nullptr;
  if (!countsRows(aggregate, {scan->slot, expand->rel, expand->to})) return nullptr;
  plan::RelationshipCountFromCountStore count;
  if (aggregate.keys.size() > 1) return nullptr;
  if (aggregate.keys.size() == 1) {
    const BoundExpr& key = *aggregate.keys[0].expr;
    if (key.kind != BoundExprKind::Function || key.function->name != "type" || key.children.size() != 1 ||
        !isSlot(*key.children[0], expand->rel))
      return nullptr;
    count.typeSlot = aggregate.keys[0].slot;
    count.groupedBy = key.text;
  }
  for (TypeId t : expand->types)  // :T|T counts T once, as Expand matches it once
    if (std::find(count.types.begin(), count.types.end(), t) == count.types.end()) count.types.push_back(t);
  count.pattern = expand->pattern;
  count.aggregates = std::move(aggregate.aggregates);
  std::size_t groups = count.types.empty() ? graph.typeNames().size() : count.types.size();
  double rows = count.typeSlot < 0 ? 1 : static_cast<double>(groups);
  return countStoreNode(std::move(count), std::move(scanNode.children[0]), rows);
}

// An ExpandCount into `slot` made of the first `length` operators (Expand or Filter) of the
// chain topped by `top`, over what lies below them.
std::unique_ptr<PlanNode> countingChain(std::unique_ptr<PlanNode> top, std::size_t length, Slot slot) {
  plan::ExpandCount count;
  count.slot = slot;
  std::unique_ptr<PlanNode> rest = std::move(top);
  for (std::size_t i = 0; i < length; ++i) {
    std::unique_ptr<PlanNode> below = std::move(rest->children[0]);
    if (auto* e = rest->as<plan::Expand>()) count.steps.emplace_back(std::move(*e));
    else count.steps.emplace_back(std::move(*rest->as<plan::Filter>()));
    rest = std::move(below);
  }
  std::reverse(count.steps.begin(), count.steps.end());
  auto countNode = std::make_unique<PlanNode>();
  countNode->op = std::move(count);
  countNode->estimatedRows = rest->estimatedRows;
  countNode->children.push_back(std::move(rest));
  return countNode;
}

std::unique_ptr<PlanNode> expandCount(std::unique_ptr<PlanNode> node, const std::function<Slot()>& newSlot) {
  auto& aggregate = *node->as<plan::Aggregate>();
  auto isCount = [](const AggregateSpec& a) {
    return a.kind == AggregateKind::CountStar || a.kind == AggregateKind::Count;
  };
  if (!std::all_of(aggregate.aggregates.begin(), aggregate.aggregates.end(), isCount)) return node;
  // A plain count of a variable an expansion binds counts rows (an expansion binds no nulls):
  // such an argument may be bound in the chain, as count(*) then. Anything else the aggregate
  // reads must be bound below it.
  auto countsRowsOf = [](const AggregateSpec& a) {
    return a.kind == AggregateKind::Count && !a.distinct && a.argument->kind == BoundExprKind::Slot;
  };
  std::set<Slot> read;
  for (const ProjectItem& key : aggregate.keys)
    for (Slot s : slotsOf(*key.expr)) read.insert(s);
  for (const AggregateSpec& a : aggregate.aggregates)
    if (a.argument && !countsRowsOf(a))
      for (Slot s : slotsOf(*a.argument)) read.insert(s);

  // The chain: expansions and Filters from the aggregate down to the lowest expansion that binds
  // nothing the aggregate reads.
  std::vector<PlanNode*> chain;
  std::set<Slot> boundByChain;
  std::size_t length = 0;
  for (PlanNode* n = node->children[0].get(); n->is<plan::Expand>() || n->is<plan::Filter>();
       n = n->children[0].get()) {
    if (const plan::Expand* e = n->as<plan::Expand>()) {
      std::vector<Slot> binds;
      if (!e->into) binds.push_back(e->to);  // ExpandInto's was bound before
      if (!e->relAlreadyBound) binds.push_back(e->rel);
      if (std::any_of(binds.begin(), binds.end(), [&](Slot s) { return read.count(s) > 0; })) break;
      boundByChain.insert(binds.begin(), binds.end());
    }
    chain.push_back(n);
    if (n->is<plan::Expand>()) length = chain.size();
  }
  if (length == 0) return node;
  chain.resize(length);
  for (AggregateSpec& a : aggregate.aggregates) {
    if (a.argument && countsRowsOf(a) && boundByChain.count(a.argument->slot)) {
      a.kind = AggregateKind::CountStar;
      a.argument.reset();
    }
  }

  const Slot slot = newSlot();
  aggregate.weightSlot = slot;
  node->children[0] = countingChain(std::move(node->children[0]), chain.size(), slot);
  return node;
}

// Slots on which the rows of `node` are pairwise distinct (none: at most one row), or nullopt
// when that is not known: a scan or single-value seek yields each node once per input row.
std::optional<std::set<Slot>> distinctOn(const PlanNode& node) {
  if (node.is<plan::Start>()) return std::set<Slot>{};
  if (node.children.size() != 1) return std::nullopt;
  std::optional<std::set<Slot>> below = distinctOn(*node.children[0]);
  if (!below || node.is<plan::Filter>()) return below;
  const plan::NodeSource* source = node.as<plan::AllNodesScan>();
  if (const auto* s = node.as<plan::LabelScan>()) source = s;
  if (const auto* s = node.as<plan::NodeByIdSeek>(); s && !s->eachElement) source = s;
  if (const auto* s = node.as<plan::NodeIndexSeek>(); s && !s->eachElement) source = s;
  if (!source) return std::nullopt;
  below->insert(source->slot);
  return below;
}

// count(DISTINCT b) of a pruning expand's endpoints: the expand counts them (see the header).
bool distinctEndpointCount(PlanNode& node, const std::function<Slot()>& newSlot) {
  auto& aggregate = *node.as<plan::Aggregate>();
  auto* walk = node.children[0]->as<plan::PruningVarExpand>();
  if (!walk || walk->into || walk->countSlot >= 0 || aggregate.aggregates.empty()) return false;
  const Slot end = walk->to;
  for (const AggregateSpec& a : aggregate.aggregates)
    if (a.kind != AggregateKind::Count || !a.distinct || !isSlot(*a.argument, end)) return false;
  std::set<Slot> keySlots;
  for (const ProjectItem& key : aggregate.keys) {
    std::set<Slot> read = slotsOf(*key.expr);
    if (read.count(end)) return false;
    if (key.expr->kind == BoundExprKind::Slot) keySlots.insert(key.expr->slot);
  }
  bool acrossRows = aggregate.keys.empty();
  if (!acrossRows) {
    // Each group must be fed by one input row of the walk: its rows distinct on key variables.
    std::optional<std::set<Slot>> distinct = distinctOn(*node.children[0]->children[0]);
    if (!distinct || !std::includes(keySlots.begin(), keySlots.end(), distinct->begin(), distinct->end()))
      return false;
  }
  walk->countSlot = newSlot();
  walk->acrossRows = acrossRows;
  aggregate.weightSlot = walk->countSlot;
  for (AggregateSpec& a : aggregate.aggregates) {
    a.kind = AggregateKind::CountStar;
    a.distinct = false;
    a.argument.reset();
  }
  return true;
}

}  // namespace

std::unique_ptr<PlanNode> rewriteCounts(std::unique_ptr<PlanNode> aggregate, const PropertyGraph& graph,
                                        const std::function<Slot()>& newSlot) {
  if (!aggregate->is<plan::Aggregate>() || aggregate->children.empty()) return aggregate;
  if (auto node = nodeCount(*aggregate)) return node;
  if (auto node = relationshipCount(*aggregate, graph)) return node;
  if (distinctEndpointCount(*aggregate, newSlot)) return aggregate;
  return expandCount(std::move(aggregate), newSlot);
}

std::unique_ptr<PlanNode> rewriteCountSubquery(std::unique_ptr<PlanNode> root, const std::function<Slot()>& newSlot) {
  // The whole plan must be expansions and Filters over its Argument (Filters may lie below the
  // lowest expansion: they stay operators under the ExpandCount).
  std::size_t length = 0, depth = 0;
  const PlanNode* n = root.get();
  for (; n->is<plan::Expand>() || n->is<plan::Filter>(); n = n->children[0].get()) {
    ++depth;
    if (n->is<plan::Expand>()) length = depth;
  }
  if (length == 0 || !n->is<plan::Argument>()) return root;
  return countingChain(std::move(root), length, newSlot());
}

}  // namespace kgq
