// Planning MATCH (and the pattern of OPTIONAL MATCH and MERGE): where each pattern part starts
// (id seek of one value > bound > id seek of a list > index seek > smallest label > all nodes; or
// a relationship scan, when a predicate reads a relationship alone and no node is sought), the
// expansions outward from there, shortest paths, path values, and the placement of every
// predicate — WHERE conjuncts and inline property maps — right after the first operator that
// binds everything it reads.
#include "graph/property_index.h"
#include "query/function/function_registry.h"
#include "query/plan/equalities_to_in.h"
#include "query/plan/planner_parts.h"

#include <kgq/kgq.h>
#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <optional>
#include <set>

namespace kgq::planning {
namespace {

// The node source a scan or seek node runs.
plan::NodeSource* nodeSource(PlanNode& node) {
  if (auto* s = node.as<plan::AllNodesScan>()) return s;
  if (auto* s = node.as<plan::LabelScan>()) return s;
  if (auto* s = node.as<plan::NodeByIdSeek>()) return s;
  return node.as<plan::NodeIndexSeek>();
}

struct PendingPredicate {
  BoundExprPtr expr;
  std::set<Slot> needs;
  bool placed = false;
};

// Property index seek candidate: the index, and a copy of the value expression. The predicate
// stays as a filter, which keeps the exact semantics of `=` (null, NaN) whatever the index does.
struct IndexSeek {
  LabelId label = kMissingName;
  KeyId key = kMissingName;
  BoundExprPtr value;
  bool eachElement = false;  // `value` is a list: the nodes of each of its elements
  const BoundExpr* predicate = nullptr;  // the predicate it comes from (plan::NodeSource::seekPredicate)
};

// One MATCH clause being planned: the predicates waiting to be placed and the slots bound so far.
class MatchPlanner {
 public:
  MatchPlanner(Planner& planner, BoundMatch& clause, std::unique_ptr<PlanNode> input, bool merge)
      : planner_(planner), graph_(planner.graph()), clause_(clause), plan_(std::move(input)),
        introduced_(clause.introduced.begin(), clause.introduced.end()), merge_(merge) {
    for (const BoundPatternPart& part : clause.parts) {
      for (const BoundNodePattern& n : part.nodes)
        if (n.boundBefore) bound_.insert(n.slot);
      for (const BoundRelationshipPattern& r : part.relationships)
        if (r.boundBefore) bound_.insert(r.slot);
    }
  }

  std::unique_ptr<PlanNode> plan() {
    collectPredicates();
    placeReady();  // predicates over earlier variables only
    for (BoundPatternPart& part : clause_.parts) {
      if (part.shortest != ShortestKind::None) {
        shortestPath(part);
      } else if (!hashJoin(part)) {
        chain(part);
        if (part.pathSlot >= 0) projectPath(part);
      }
    }
    for (const PendingPredicate& pred : pending_)
      if (!pred.placed) throw Error(ErrorKind::Semantic, "internal: predicate could not be placed: " + pred.expr->text);
    return std::move(plan_);
  }

 private:
  Planner& planner_;
  const PropertyGraph& graph_;
  BoundMatch& clause_;
  std::unique_ptr<PlanNode> plan_;
  std::set<Slot> introduced_;  // what this clause binds; every other slot was bound before it
  const bool merge_;           // the pattern of a MERGE (which may create what a later row seeks)
  std::set<Slot> bound_;       // of those, and of the pattern's earlier-bound ones: bound so far
  std::vector<PendingPredicate> pending_;
  std::vector<Slot> relsInClause_;  // relationship slots bound so far (relationship uniqueness)
  std::map<Slot, const BoundRelationshipPattern*> relationships_;  // every one expanded, by slot
  // Planning a hash join's build side: a part planned alone, which may read only its own slots.
  bool buildSide_ = false;

  bool isBound(Slot s) const { return bound_.count(s) > 0 || (!buildSide_ && introduced_.count(s) == 0); }
  // Whether `e` can be evaluated before the scan it would seek with: it reads only slots bound
  // already (constants, parameters, variables of earlier clauses or of the input row). The seek
  // evaluates it once per input row.
  bool knownBefore(const BoundExpr& e) const {
    std::set<Slot> reads = slotsOf(e);
    return std::all_of(reads.begin(), reads.end(), [&](Slot s) { return isBound(s); });
  }
  void add(BoundExprPtr e) {
    e = equalitiesToIn(std::move(e));
    std::set<Slot> needs = slotsOf(*e);
    pending_.push_back({std::move(e), std::move(needs), false});
  }

  // The property map of a pattern element as predicates: one equality per entry, or, for a
  // parameter map, a test that the element has every entry (decided when the query runs).
  void addPropertyPredicates(BoundExprPtr props, Slot slot, const std::string& variableText) {
    if (!props) return;
    if (props->kind == BoundExprKind::Parameter) {
      auto test = std::make_unique<BoundExpr>();
      test->kind = BoundExprKind::PropertiesMatch;
      test->text = variableText + " " + props->text;
      test->children.push_back(slotExpr(slot, variableText));
      test->children.push_back(std::move(props));
      add(std::move(test));
      return;
    }
    for (std::size_t i = 0; i < props->names.size(); ++i) {
      const std::string& key = props->names[i];
      auto property = std::make_unique<BoundExpr>();
      property->kind = BoundExprKind::Property;
      property->text = variableText + "." + key;
      property->name = key;
      property->key = planner_.keyId(key);
      property->isNodeId = key == "id";
      property->children.push_back(slotExpr(slot, variableText));
      auto eq = std::make_unique<BoundExpr>();
      eq->kind = BoundExprKind::Binary;
      eq->op = BinaryOp::Eq;
      eq->text = property->text + " = " + props->children[i]->text;
      eq->children.push_back(std::move(property));
      eq->children.push_back(std::move(props->children[i]));
      add(std::move(eq));
    }
  }

  void collectPredicates() {
    for (BoundPatternPart& part : clause_.parts) {
      for (BoundNodePattern& n : part.nodes)
        addPropertyPredicates(std::move(n.properties), n.slot, n.variable.empty() ? "(anonymous node)" : n.variable);
      for (BoundRelationshipPattern& r : part.relationships) {
        // A variable-length relationship's map applies to each edge walked (VarExpand checks it).
        if (r.variableLength || part.shortest != ShortestKind::None) continue;
        addPropertyPredicates(std::move(r.properties), r.slot,
                              r.variable.empty() ? "(anonymous relationship)" : r.variable);
      }
    }
    for (BoundExprPtr& conjunct : clause_.where) add(std::move(conjunct));
  }

  // Every predicate whose slots are all bound goes right above the plan: folded into a node
  // scan, else as a Filter.
  void placeReady() {
    for (PendingPredicate& pred : pending_) {
      if (pred.placed) continue;
      if (!std::all_of(pred.needs.begin(), pred.needs.end(), [&](Slot s) { return isBound(s); })) continue;
      pred.placed = true;
      plan::NodeSource* scan = plan_->as<plan::LabelScan>();
      if (!scan) scan = plan_->as<plan::AllNodesScan>();
      if (!scan) scan = plan_->as<plan::NodeByIdSeek>();
      if (!scan) scan = plan_->as<plan::NodeIndexSeek>();
      std::vector<BoundExprPtr>* filters = scan ? &scan->filters : nullptr;
      if (auto* relationships = plan_->as<plan::RelationshipScan>()) filters = &relationships->filters;
      if (filters) {
        filters->push_back(std::move(pred.expr));
        plan_->estimatedRows *= 0.5;
        continue;
      }
      plan_ = makeNode(plan::Filter{std::move(pred.expr)}, std::move(plan_));
      plan_->estimatedRows *= 0.5;
    }
  }

  // The seek value of `pred`: the other side of `key = value` (either way round) or the list of
  // `key IN list` (eachElement), when it is known before the scan; else null. `keyed` tells which
  // expressions are the key sought by (`s.prop` for a given property of node slot s, `id(s)`).
  // (A disjunction of equalities on one key has become IN: query/plan/equalities_to_in.h.)
  template <class KeyTest>
  BoundExprPtr seekValue(const PendingPredicate& pred, KeyTest keyed, bool& eachElement,
                         const BoundExpr*& predicate) const {
    if (pred.placed) return nullptr;
    return equalityValue(*pred.expr, keyed, eachElement, predicate);
  }

  template <class KeyTest>
  BoundExprPtr equalityValue(const BoundExpr& expr, KeyTest keyed, bool& eachElement, const BoundExpr*& predicate) const {
    if (expr.kind != BoundExprKind::Binary) return nullptr;
    const BinaryOp op = expr.op;
    if (op != BinaryOp::Eq && op != BinaryOp::In) return nullptr;
    for (int side = 0; side < (op == BinaryOp::Eq ? 2 : 1); ++side) {
      const BoundExpr& key = *expr.children[side];
      const BoundExpr& value = *expr.children[1 - side];
      if (!keyed(key) || !knownBefore(value)) continue;
      eachElement = op == BinaryOp::In;
      predicate = &expr;
      return cloneExpr(value);
    }
    return nullptr;
  }

  static bool isPropertyOf(const BoundExpr& e, Slot s) {
    return e.kind == BoundExprKind::Property && e.children[0]->kind == BoundExprKind::Slot && e.children[0]->slot == s;
  }
  // `id(s)` (name "id") or `elementId(s)` ("elementid").
  static bool isIdentityOf(const BoundExpr& e, Slot s, std::string_view name) {
    return e.kind == BoundExprKind::Function && e.function && e.function->name == name && e.children.size() == 1 &&
           e.children[0]->kind == BoundExprKind::Slot && e.children[0]->slot == s;
  }
  // An equality (or IN) with a value known before the scan on node slot s's identity — id(s),
  // elementId(s) — or on its `id` property: the graph finds the node by its index or key, or the
  // nodes with an `id` (PropertyGraph::nodesWithId); the predicate stays, as a filter.
  struct IdSeek {
    BoundExprPtr value;
    bool eachElement = false;
    const BoundExpr* predicate = nullptr;
    plan::NodeByIdSeek::By by = plan::NodeByIdSeek::By::IdProperty;
  };
  IdSeek findIdSeek(Slot s) const {
    using By = plan::NodeByIdSeek::By;
    const std::pair<By, std::function<bool(const BoundExpr&)>> kinds[] = {
        {By::InternalId, [s](const BoundExpr& e) { return isIdentityOf(e, s, "id"); }},
        {By::ElementId, [s](const BoundExpr& e) { return isIdentityOf(e, s, "elementid"); }},
        {By::IdProperty, [s](const BoundExpr& e) { return isPropertyOf(e, s) && e.isNodeId; }},
    };
    IdSeek seek;
    for (const auto& [by, keyed] : kinds) {  // (the identities first: each finds one node at most)
      for (const PendingPredicate& pred : pending_) {
        if ((seek.value = seekValue(pred, keyed, seek.eachElement, seek.predicate))) {
          seek.by = by;
          return seek;
        }
      }
    }
    return seek;
  }
  bool hasIdSeek(Slot s) const { return findIdSeek(s).value != nullptr; }

  // An equality (or IN) `n.key = value` that a property index answers.
  IndexSeek findIndexSeek(Slot s, const std::vector<LabelId>& labels) const {
    IndexSeek seek;
    for (const PendingPredicate& pred : pending_) {
      LabelId label = kMissingName;
      auto indexed = [&](const BoundExpr& p) {
        if (p.key == kMissingName) return false;
        for (LabelId l : labels)
          if (graph_.hasIndex(l, p.key)) label = l;
        if (label == kMissingName && graph_.hasIndex(PropertyIndex::kAnyLabel, p.key)) label = PropertyIndex::kAnyLabel;
        if (label != kMissingName) seek.key = p.key;
        return label != kMissingName;
      };
      auto keyed = [&](const BoundExpr& e) { return isPropertyOf(e, s) && indexed(e); };
      if ((seek.value = seekValue(pred, keyed, seek.eachElement, seek.predicate))) {
        seek.label = label;
        return seek;
      }
    }
    return seek;
  }

  std::vector<LabelId> labelIds(const BoundNodePattern& n) const {
    std::vector<LabelId> ids;
    for (const auto& l : n.labels) ids.push_back(planner_.labelId(l));
    return ids;
  }
  double labelCardinality(const std::vector<LabelId>& labels) const {
    double best = static_cast<double>(statistics().nodes());
    for (LabelId l : labels) best = std::min(best, static_cast<double>(statistics().withLabel(l)));
    return best;
  }
  static plan::NodeText textOf(const BoundNodePattern& n) { return {n.variable, n.labels}; }
  const PlanStatistics& statistics() const { return planner_.statistics(); }

  void bindNode(const BoundNodePattern& n);
  BoundExprPtr labelTest(const BoundNodePattern& n) const;  // n has the pattern's labels
  std::optional<std::size_t> relationshipStart(const BoundPatternPart& part) const;
  void scanRelationship(BoundPatternPart& part, std::size_t relIndex);
  void chain(BoundPatternPart& part);
  bool hashJoin(BoundPatternPart& part);
  const BoundExpr* joinKeyOf(const PendingPredicate& pred, const std::set<Slot>& partSlots, bool& partOnLeft) const;
  BoundExprPtr differentRelationships(Slot a, Slot b) const;
  void expand(BoundPatternPart& part, std::size_t relIndex, bool forward);
  void shortestPath(BoundPatternPart& part);
  void projectPath(const BoundPatternPart& part);
};

// Binds node n by the cheapest means: an id seek, an index seek, the smallest label, or all
// nodes; or, when it is bound already, tests the labels the pattern gives it.
BoundExprPtr MatchPlanner::labelTest(const BoundNodePattern& n) const {
  auto test = std::make_unique<BoundExpr>();
  test->kind = BoundExprKind::HasLabels;
  test->text = describeNode(textOf(n));
  test->names = n.labels;
  test->labels = labelIds(n);
  test->children.push_back(slotExpr(n.slot, n.variable));
  return test;
}

void MatchPlanner::bindNode(const BoundNodePattern& n) {
  if (bound_.count(n.slot)) {
    if (n.labels.empty()) return;
    plan_ = makeNode(plan::Filter{labelTest(n)}, std::move(plan_));
    return;
  }
  std::vector<LabelId> labels = labelIds(n);
  double input = std::max(1.0, plan_->estimatedRows);
  std::unique_ptr<PlanNode> scan;
  IndexSeek indexSeek;
  IdSeek idSeek = findIdSeek(n.slot);
  const BoundExpr* seekPredicate = idSeek.value ? idSeek.predicate : nullptr;
  if (idSeek.value) {
    plan::NodeByIdSeek seek;
    seek.labels = labels;
    seek.id = std::move(idSeek.value);
    seek.eachElement = idSeek.eachElement;
    seek.by = idSeek.by;
    scan = makeNode(std::move(seek), std::move(plan_));
    scan->estimatedRows = input;
  } else if ((indexSeek = findIndexSeek(n.slot, labels)).value) {
    plan::NodeIndexSeek seek;
    seek.indexLabel = indexSeek.label;
    seek.key = indexSeek.key;
    seek.keyName = graph_.keyNames().name(indexSeek.key);
    seek.value = std::move(indexSeek.value);
    seek.eachElement = indexSeek.eachElement;
    seek.labels = labels;
    seekPredicate = indexSeek.predicate;
    scan = makeNode(std::move(seek), std::move(plan_));
    scan->estimatedRows = input * 2;
  } else if (!labels.empty()) {
    plan::LabelScan labelScan;
    LabelId smallest = labels[0];
    for (LabelId l : labels)
      if (statistics().withLabel(l) < statistics().withLabel(smallest)) smallest = l;
    labelScan.label = smallest;
    for (LabelId l : labels)
      if (l != smallest) labelScan.labels.push_back(l);  // the scanned label holds already
    scan = makeNode(std::move(labelScan), std::move(plan_));
    scan->estimatedRows = input * labelCardinality(labels);
  } else {
    scan = makeNode(plan::AllNodesScan{}, std::move(plan_));
    scan->estimatedRows = input * static_cast<double>(statistics().nodes());
  }
  plan::NodeSource& source = *nodeSource(*scan);
  source.slot = n.slot;
  source.text = textOf(n);
  plan_ = std::move(scan);
  bound_.insert(n.slot);
  placeReady();
  for (std::size_t i = 0; i < source.filters.size(); ++i)
    if (source.filters[i].get() == seekPredicate) source.seekPredicate = static_cast<int>(i);
}

// The relationship to start `part` at, if any: one of fixed length between two unbound nodes,
// that a predicate reads alone (`r.since > 2015`) or whose properties the query reads later
// (`RETURN r.since, count(*)`), when no node of the part has a seek or a predicate of its own,
// and the ends' smaller label holds at least a quarter of the nodes (expanding from a smaller one
// reads fewer relationships). Its properties are then read in relationship order, in sequence,
// where expansions from nodes read them at random.
std::optional<std::size_t> MatchPlanner::relationshipStart(const BoundPatternPart& part) const {
  if (!planner_.options().relationshipScans) return std::nullopt;
  for (Slot before : relsInClause_) {  // one bound as a list (variable length, a shortest path):
    auto it = relationships_.find(before);  // no filter expresses that the scan's must differ
    if (it == relationships_.end() || it->second->variableLength) return std::nullopt;
  }
  auto readsAlone = [&](const PendingPredicate& pred, Slot s) {
    return !pred.placed && pred.needs.count(s) &&
           std::all_of(pred.needs.begin(), pred.needs.end(), [&](Slot n) { return n == s || isBound(n); });
  };
  for (const BoundNodePattern& n : part.nodes) {
    if (isBound(n.slot) || hasIdSeek(n.slot) || findIndexSeek(n.slot, labelIds(n)).value) return std::nullopt;
    for (const PendingPredicate& pred : pending_)
      if (readsAlone(pred, n.slot)) return std::nullopt;
  }
  const double quarter = static_cast<double>(statistics().nodes()) / 4;
  for (std::size_t i = 0; i < part.relationships.size(); ++i) {
    const BoundRelationshipPattern& rel = part.relationships[i];
    if (rel.variableLength || isBound(rel.slot)) continue;
    if (std::min(labelCardinality(labelIds(part.nodes[i])), labelCardinality(labelIds(part.nodes[i + 1]))) < quarter)
      continue;
    if (planner_.readsPropertiesOf(rel.slot)) return i;
    for (const PendingPredicate& pred : pending_)
      if (readsAlone(pred, rel.slot)) return i;
  }
  return std::nullopt;
}

void MatchPlanner::scanRelationship(BoundPatternPart& part, std::size_t relIndex) {
  BoundRelationshipPattern& rel = part.relationships[relIndex];
  const BoundNodePattern& left = part.nodes[relIndex];
  const BoundNodePattern& right = part.nodes[relIndex + 1];
  // Written right to left, the scan binds the source to the right node.
  const bool leftward = rel.direction == Direction::Incoming;
  plan::RelationshipScan scan;
  scan.from = leftward ? right.slot : left.slot;
  scan.to = leftward ? left.slot : right.slot;
  scan.fromLabels = labelIds(leftward ? right : left);
  scan.toLabels = labelIds(leftward ? left : right);
  scan.rel = rel.slot;
  scan.undirected = rel.direction == Direction::Both;
  std::string typeText;
  for (std::size_t t = 0; t < rel.types.size(); ++t) {
    scan.types.push_back(planner_.typeId(rel.types[t]));
    typeText += (t ? "|" : ":") + rel.types[t];
  }
  scan.pattern = describeNode(textOf(left)) + (leftward ? "<-" : "-") + "[" + rel.variable + typeText + "]" +
                 (rel.direction == Direction::Outgoing ? "->" : "-") + describeNode(textOf(right));
  double edges = 0;
  if (rel.types.empty()) edges = static_cast<double>(statistics().edges());
  for (TypeId t : scan.types) edges += static_cast<double>(statistics().ofType(t));
  double input = std::max(1.0, plan_->estimatedRows);
  plan_ = makeNode(std::move(scan), std::move(plan_));
  plan_->estimatedRows = input * edges * (rel.direction == Direction::Both ? 2 : 1);
  relationships_[rel.slot] = &rel;
  for (Slot before : relsInClause_) add(differentRelationships(rel.slot, before));
  relsInClause_.push_back(rel.slot);
  bound_.insert({rel.slot, left.slot, right.slot});
  placeReady();
}

// A chain of expansions: start at the cheapest node (or a relationship, relationshipStart),
// expand right of it, then left (walking a relationship against its direction).
void MatchPlanner::chain(BoundPatternPart& part) {
  if (std::optional<std::size_t> r = relationshipStart(part)) {
    scanRelationship(part, *r);
    for (std::size_t i = *r + 1; i < part.relationships.size(); ++i) expand(part, i, true);
    for (std::size_t i = *r; i-- > 0;) expand(part, i, false);
    return;
  }
  std::size_t start = 0;
  double bestCost = -1;
  for (std::size_t i = 0; i < part.nodes.size(); ++i) {
    const BoundNodePattern& n = part.nodes[i];
    // A node sought by one id value starts even before a bound node while every id is a node's
    // key (so the value is one node at most): it is tested before any expansion, and meets the
    // bound node's relationships from whichever end has fewer (an ExpandInto), where starting at
    // the bound node tests each of its relationships' far ends. `EXISTS { (c)-->(:Company {id:
    // 'c77'}) }` for each c. Not in a MERGE, which creates a node of that id for each row it
    // finds none: the seek would find them all.
    const IdSeek idSeek = bound_.count(n.slot) ? IdSeek{} : findIdSeek(n.slot);
    const bool oneNode = idSeek.value && !idSeek.eachElement && !merge_ && graph_.idPropertiesAreKeys();
    double cost = oneNode                                       ? 0.0
                  : bound_.count(n.slot)                        ? 0.5
                  : idSeek.value                                ? 1.0
                  : findIndexSeek(n.slot, labelIds(n)).value    ? 1.5
                                                                : 2.0 + labelCardinality(labelIds(n));
    if (bestCost < 0 || cost < bestCost) {
      bestCost = cost;
      start = i;
    }
  }
  bindNode(part.nodes[start]);
  for (std::size_t r = start; r < part.relationships.size(); ++r) expand(part, r, true);
  for (std::size_t r = start; r-- > 0;) expand(part, r, false);
}

// `pred` as a join condition between `partSlots` and what is bound: an equality one side of which
// reads only the part's slots and the other only bound slots (each side at least one slot).
// Returns the part's side, and in partOnLeft which side of the `=` it is.
const BoundExpr* MatchPlanner::joinKeyOf(const PendingPredicate& pred, const std::set<Slot>& partSlots,
                                         bool& partOnLeft) const {
  if (pred.placed || pred.expr->kind != BoundExprKind::Binary || pred.expr->op != BinaryOp::Eq) return nullptr;
  for (int side = 0; side < 2; ++side) {
    const BoundExpr& inner = *pred.expr->children[side];
    const BoundExpr& outer = *pred.expr->children[1 - side];
    std::set<Slot> innerReads = slotsOf(inner), outerReads = slotsOf(outer);
    if (innerReads.empty() || outerReads.empty()) continue;
    if (!std::all_of(innerReads.begin(), innerReads.end(), [&](Slot s) { return partSlots.count(s) > 0; })) continue;
    if (!knownBefore(outer)) continue;
    partOnLeft = side == 0;
    return &inner;
  }
  return nullptr;
}

// `NOT a = b` for two relationships of one MATCH on different sides of a join (the rule that a
// MATCH never uses a relationship twice, which an Expand checks within one side).
BoundExprPtr MatchPlanner::differentRelationships(Slot a, Slot b) const {
  auto name = [&](Slot s) {
    const std::string& v = relationships_.at(s)->variable;
    return v.empty() ? std::string("(anonymous relationship)") : v;
  };
  auto eq = std::make_unique<BoundExpr>();
  eq->kind = BoundExprKind::Binary;
  eq->op = BinaryOp::Neq;
  eq->text = name(a) + " <> " + name(b);
  eq->children.push_back(slotExpr(a, name(a)));
  eq->children.push_back(slotExpr(b, name(b)));
  return eq;
}

// A part that shares no variable with what is bound so far and would start with a scan is joined
// on an equality between the two (`p.name = i.name`, `c.name = x`), not scanned once per row: the
// part is planned alone from a Start leaf, and a HashJoin builds on the side estimated smaller.
// Not when a variable-length relationship would have to differ from one on the other side (a
// filter cannot express that exactly here), nor for a plan so far of about one row.
bool MatchPlanner::hashJoin(BoundPatternPart& part) {
  if (plan_->estimatedRows < 2) return false;
  std::set<Slot> partSlots;
  bool varLength = false;
  for (const BoundNodePattern& n : part.nodes) {
    if (bound_.count(n.slot)) return false;
    // An id seek (the key index) is the cheapest probe there is. A property index seek on a value
    // of each input row costs a probe per row, as the join does, but builds nothing: it wins
    // unless the part's nodes are fewer than the input's rows, where one table of them is cheaper
    // than an index seek (candidate list, batch) per row.
    if (hasIdSeek(n.slot)) return false;
    BoundExprPtr seek = findIndexSeek(n.slot, labelIds(n)).value;
    if (seek && !slotsOf(*seek).empty() && labelCardinality(labelIds(n)) >= plan_->estimatedRows) return false;
    partSlots.insert(n.slot);
  }
  for (const BoundRelationshipPattern& r : part.relationships) {
    if (bound_.count(r.slot)) return false;
    partSlots.insert(r.slot);
    varLength = varLength || r.variableLength;
  }
  if (part.pathSlot >= 0) partSlots.insert(part.pathSlot);
  if (!part.relationships.empty())
    for (Slot r : relsInClause_)
      if (varLength || relationships_.at(r)->variableLength) return false;
  const BoundExpr* partKey = nullptr;
  const PendingPredicate* condition = nullptr;
  bool partOnLeft = false;
  for (const PendingPredicate& pred : pending_)
    if ((partKey = joinKeyOf(pred, partSlots, partOnLeft))) {
      condition = &pred;
      break;
    }
  if (!partKey) return false;
  plan::HashJoin join;
  join.rightKey = cloneExpr(*partKey);
  join.leftKey = cloneExpr(*condition->expr->children[partOnLeft ? 1 : 0]);
  join.text = condition->expr->text;

  std::unique_ptr<PlanNode> probe = std::move(plan_);
  std::set<Slot> boundBefore = std::move(bound_);
  std::vector<Slot> relsBefore = std::move(relsInClause_);
  bound_.clear();
  relsInClause_.clear();
  plan_ = makeNode(plan::Start{}, nullptr);
  plan_->estimatedRows = 1;
  buildSide_ = true;
  chain(part);
  if (part.pathSlot >= 0) projectPath(part);
  buildSide_ = false;

  std::unique_ptr<PlanNode> build = std::move(plan_);
  join.rightSlots.assign(bound_.begin(), bound_.end());
  join.buildLeft = probe->estimatedRows < build->estimatedRows;
  double rows = std::max(probe->estimatedRows, build->estimatedRows);
  plan_ = makeNode(std::move(join), std::move(probe));
  plan_->children.push_back(std::move(build));
  plan_->estimatedRows = rows;
  bound_.insert(boundBefore.begin(), boundBefore.end());
  for (Slot r : relsInClause_)
    for (Slot before : relsBefore) add(differentRelationships(r, before));
  relsInClause_.insert(relsInClause_.begin(), relsBefore.begin(), relsBefore.end());
  placeReady();  // the join's `=` first among them: a Filter right above the join
  return true;
}

void MatchPlanner::expand(BoundPatternPart& part, std::size_t relIndex, bool forward) {
  const BoundNodePattern& fromNode = part.nodes[forward ? relIndex : relIndex + 1];
  const BoundNodePattern& toNode = part.nodes[forward ? relIndex + 1 : relIndex];
  BoundRelationshipPattern& rel = part.relationships[relIndex];
  bool into = bound_.count(toNode.slot) > 0;
  Direction direction = rel.direction;
  if (!forward && direction != Direction::Both)
    direction = direction == Direction::Outgoing ? Direction::Incoming : Direction::Outgoing;
  std::vector<TypeId> types;
  for (const auto& t : rel.types) types.push_back(planner_.typeId(t));
  std::vector<LabelId> toLabels = into ? std::vector<LabelId>{} : labelIds(toNode);
  std::int64_t minHops = rel.minHops.value_or(1), maxHops = rel.maxHops.value_or(-1);

  std::string typeText;
  for (std::size_t t = 0; t < rel.types.size(); ++t) typeText += (t ? "|" : ":") + rel.types[t];
  if (rel.variableLength)
    typeText += "*" + std::to_string(minHops) + ".." + (maxHops < 0 ? "" : std::to_string(maxHops));
  std::string pattern = describeNode(textOf(fromNode)) + (direction == Direction::Incoming ? "<-" : "-") + "[" +
                        rel.variable + typeText + "]" + (direction == Direction::Outgoing ? "->" : "-") +
                        describeNode(textOf(toNode));

  std::unique_ptr<PlanNode> node;
  if (rel.variableLength) {
    plan::VarExpand op{fromNode.slot, rel.slot, toNode.slot, into, toLabels, types, direction, relsInClause_,
                       minHops, maxHops, std::move(rel.properties), pattern, !forward};
    node = makeNode(std::move(op), std::move(plan_));
  } else {
    plan::Expand op{fromNode.slot, rel.slot, toNode.slot, into, bound_.count(rel.slot) > 0, toLabels, types,
                    direction, relsInClause_, pattern};
    node = makeNode(std::move(op), std::move(plan_));
  }
  double edges = 0;
  if (rel.types.empty()) {
    edges = static_cast<double>(statistics().edges());
  } else {
    for (TypeId t : types) edges += static_cast<double>(statistics().ofType(t));
  }
  double nodes = static_cast<double>(statistics().nodes());
  double perNode = nodes > 0 ? edges / nodes : 0;
  if (rel.direction == Direction::Both) perNode *= 2;
  double hops = rel.variableLength ? static_cast<double>(maxHops < 0 ? 3 : maxHops) : 1.0;
  node->estimatedRows *= into ? std::min(1.0, perNode) : std::pow(std::max(perNode, 1.0), hops);
  relsInClause_.push_back(rel.slot);
  relationships_[rel.slot] = &rel;
  bound_.insert(rel.slot);
  bound_.insert(toNode.slot);
  plan_ = std::move(node);
  // Into a node bound before: the expansion does not test its labels, so the pattern's labels
  // are a filter here (as bindNode makes them for a bound start).
  if (into && !toNode.labels.empty()) plan_ = makeNode(plan::Filter{labelTest(toNode)}, std::move(plan_));
  placeReady();
}

// Both ends first (each by its cheapest means), then a breadth-first search between them.
void MatchPlanner::shortestPath(BoundPatternPart& part) {
  std::size_t last = part.nodes.size() - 1;
  std::size_t first = hasIdSeek(part.nodes[last].slot) && !hasIdSeek(part.nodes[0].slot) ? last : 0;
  bindNode(part.nodes[first]);
  bindNode(part.nodes[first == 0 ? last : 0]);
  BoundRelationshipPattern& rel = part.relationships[0];
  plan::ShortestPath sp;
  sp.from = part.nodes[0].slot;
  sp.to = part.nodes[last].slot;
  sp.rel = rel.slot;
  sp.path = part.pathSlot;
  for (const auto& t : rel.types) sp.types.push_back(planner_.typeId(t));
  sp.direction = rel.direction;
  sp.minHops = rel.variableLength ? rel.minHops.value_or(1) : 1;
  sp.maxHops = rel.variableLength ? rel.maxHops.value_or(-1) : 1;
  sp.allShortest = part.shortest == ShortestKind::AllShortest;
  sp.relProperties = std::move(rel.properties);
  sp.fromText = textOf(part.nodes[0]);
  sp.toText = textOf(part.nodes[last]);
  // The predicates on the path or its relationships are a part of the search (plan::ShortestPath).
  for (PendingPredicate& pred : pending_) {
    if (pred.placed || (pred.needs.count(rel.slot) == 0 && pred.needs.count(part.pathSlot) == 0)) continue;
    const bool ready = std::all_of(pred.needs.begin(), pred.needs.end(),
                                   [&](Slot s) { return s == rel.slot || s == part.pathSlot || isBound(s); });
    if (!ready) continue;
    pred.placed = true;
    sp.pathPredicates.push_back(std::move(pred.expr));
  }
  bool all = sp.allShortest;
  plan_ = makeNode(std::move(sp), std::move(plan_));
  plan_->estimatedRows *= all ? 2 : 1;
  bound_.insert(rel.slot);
  bound_.insert(part.pathSlot);
  relsInClause_.push_back(rel.slot);
  placeReady();
}

void MatchPlanner::projectPath(const BoundPatternPart& part) {
  plan::ProjectPath path;
  for (std::size_t i = 0; i < part.nodes.size(); ++i) {
    path.elements.push_back(part.nodes[i].slot);
    if (i < part.relationships.size()) path.elements.push_back(part.relationships[i].slot);
  }
  path.path = part.pathSlot;
  path.variable = part.pathVariable;
  plan_ = makeNode(std::move(path), std::move(plan_));
  bound_.insert(part.pathSlot);
  placeReady();
}

}  // namespace

std::unique_ptr<PlanNode> Planner::match(std::unique_ptr<PlanNode> input, BoundMatch& clause, bool merge) {
  return MatchPlanner(*this, clause, std::move(input), merge).plan();
}

std::unique_ptr<PlanNode> Planner::optionalMatch(std::unique_ptr<PlanNode> input, BoundMatch& clause) {
  auto argument = makeNode(plan::Argument{}, nullptr);
  argument->estimatedRows = 1;
  auto branch = match(std::move(argument), clause);
  auto optional = makeNode(plan::Optional{clause.introduced}, std::move(input));
  optional->estimatedRows = std::max(optional->estimatedRows, optional->estimatedRows * branch->estimatedRows);
  optional->children.push_back(std::move(branch));
  return optional;
}

}  // namespace kgq::planning
