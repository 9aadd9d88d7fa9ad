#include "query/plan/planner.h"

#include "graph/property_index.h"
#include "query/check/function_catalog.h"
#include "query/plan/count_rewrites.h"

#include <kgq/kgq.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>

namespace kgq {
namespace {

using namespace ast;

[[noreturn]] void fail(const Position& at, const std::string& message) {
  throw Error(ErrorKind::Semantic, message + " (line " + std::to_string(at.line) + ", column " +
                                       std::to_string(at.column) + ")");
}

using Names = std::map<std::string, Slot>;

// How to compile an expression: which names are visible, and — after an aggregation — which
// subexpressions have already been computed into slots.
struct CompileEnv {
  const Names* variables = nullptr;
  const std::map<std::string, Slot>* computed = nullptr;  // expression text -> slot
  const std::string* item = nullptr;  // the projection item being compiled, for messages
};

std::unique_ptr<PlanNode> makeNode(PlanKind kind, std::unique_ptr<PlanNode> input) {
  auto node = std::make_unique<PlanNode>();
  node->kind = kind;
  if (input) {
    node->estimatedRows = input->estimatedRows;
    node->children.push_back(std::move(input));
  }
  return node;
}

void collectSlots(const PlanExpr& e, std::set<Slot>& out, std::set<Slot>& local) {
  if (e.kind == PlanExprKind::Slot && !local.count(e.slot)) out.insert(e.slot);
  if (e.kind == PlanExprKind::ListComprehension || e.kind == PlanExprKind::Quantifier) local.insert(e.slot);
  if (e.kind == PlanExprKind::PatternPredicate) {
    out.insert(e.patternStart);
    for (const PatternStep& step : e.pattern) {
      if (step.relSlot >= 0) out.insert(step.relSlot);
      if (step.nodeSlot >= 0) out.insert(step.nodeSlot);
      if (step.relProperties) collectSlots(*step.relProperties, out, local);
      if (step.nodeProperties) collectSlots(*step.nodeProperties, out, local);
    }
  }
  for (const auto& child : e.children)
    if (child) collectSlots(*child, out, local);
  for (const auto& entry : e.entries)
    if (entry.value) collectSlots(*entry.value, out, local);
}

}  // namespace

std::set<Slot> slotsOf(const PlanExpr& e) {
  std::set<Slot> out, local;
  collectSlots(e, out, local);
  return out;
}

namespace {

void splitConjuncts(const Expr& e, std::vector<const Expr*>& out) {
  if (e.kind == ExprKind::Binary && e.op == BinaryOp::And) {
    splitConjuncts(*e.children[0], out);
    splitConjuncts(*e.children[1], out);
  } else {
    out.push_back(&e);
  }
}

class Planner {
 public:
  Planner(const PropertyGraph& graph, QueryPlan& plan) : graph_(graph), plan_(plan) {}

  // Plans one part of a UNION; returns its root and sets `outputs` to its result slots.
  std::unique_ptr<PlanNode> singleQuery(const SingleQuery& query, std::vector<Slot>& outputs);

 private:
  const PropertyGraph& graph_;
  QueryPlan& plan_;
  Names scope_;
  std::set<Slot> bound_;

  Slot newSlot() { return static_cast<Slot>(plan_.slotCount++); }
  NameId labelId(const std::string& name) const { return graph_.labelNames().find(name).value_or(kMissingName); }
  NameId typeId(const std::string& name) const { return graph_.typeNames().find(name).value_or(kMissingName); }
  NameId keyId(const std::string& name) const { return graph_.keyNames().find(name).value_or(kMissingName); }

  PlanExprPtr compile(const Expr& e, const CompileEnv& env);
  PlanExprPtr compileProperty(PlanExprPtr base, const std::string& key, const std::string& text);
  PlanExprPtr compilePatternPredicate(const Expr& e, const CompileEnv& env);

  std::unique_ptr<PlanNode> match(std::unique_ptr<PlanNode> plan, const Clause& clause);
  std::unique_ptr<PlanNode> optionalMatch(std::unique_ptr<PlanNode> plan, const Clause& clause);
  std::unique_ptr<PlanNode> create(std::unique_ptr<PlanNode> plan, const Clause& clause);
  std::unique_ptr<PlanNode> merge(std::unique_ptr<PlanNode> plan, const Clause& clause);
  std::unique_ptr<PlanNode> update(std::unique_ptr<PlanNode> plan, const Clause& clause);
  std::unique_ptr<PlanNode> deleteClause(std::unique_ptr<PlanNode> plan, const Clause& clause);
  // The specs that create `pattern`; `boundBefore` are the slots bound when the clause starts.
  void createSpecs(const Pattern& pattern, const std::set<Slot>& boundBefore, PlanNode& node);
  UpdateSpec updateSpec(const SetItem& item);
  std::unique_ptr<PlanNode> projection(std::unique_ptr<PlanNode> plan, const Projection& p, bool isReturn,
                                       const ExprPtr& where, std::vector<Slot>* outputs);

  double labelCardinality(const std::vector<LabelId>& labels) const {
    double best = static_cast<double>(graph_.nodeCount());
    for (LabelId l : labels) best = std::min(best, static_cast<double>(graph_.nodesWithLabel(l).size()));
    return best;
  }
};

// ---- expressions ----

PlanExprPtr Planner::compileProperty(PlanExprPtr base, const std::string& key, const std::string& text) {
  auto p = std::make_unique<PlanExpr>();
  p->kind = PlanExprKind::Property;
  p->text = text;
  p->name = key;
  p->key = keyId(key);
  p->isNodeId = key == "id";
  p->children.push_back(std::move(base));
  return p;
}

PlanExprPtr Planner::compile(const Expr& e, const CompileEnv& env) {
  if (env.computed) {
    auto it = env.computed->find(e.text);
    if (it != env.computed->end()) {
      auto s = std::make_unique<PlanExpr>();
      s->kind = PlanExprKind::Slot;
      s->slot = it->second;
      s->text = e.text;
      return s;
    }
  }
  auto p = std::make_unique<PlanExpr>();
  p->text = e.text;
  auto compileChildren = [&](const CompileEnv& childEnv) {
    for (const auto& child : e.children) p->children.push_back(child ? compile(*child, childEnv) : nullptr);
  };
  switch (e.kind) {
    case ExprKind::Literal:
      p->kind = PlanExprKind::Constant;
      p->constant = e.value;
      return p;
    case ExprKind::Parameter: {
      p->kind = PlanExprKind::Parameter;
      p->name = e.name;
      auto& names = plan_.parameterNames;
      auto it = std::find(names.begin(), names.end(), e.name);
      p->parameterIndex = static_cast<int>(it - names.begin());
      if (it == names.end()) names.push_back(e.name);
      return p;
    }
    case ExprKind::Variable: {
      auto it = env.variables->find(e.name);
      if (it == env.variables->end()) {
        if (env.computed)
          fail(e.position, "Variable `" + e.name + "` in `" + (env.item ? *env.item : e.text) +
                               "` is neither a grouping key nor inside an aggregate");
        fail(e.position, "Variable `" + e.name + "` not defined");
      }
      p->kind = PlanExprKind::Slot;
      p->slot = it->second;
      return p;
    }
    case ExprKind::Property:
      return compileProperty(compile(*e.children[0], env), e.name, e.text);
    case ExprKind::ListLiteral: p->kind = PlanExprKind::ListLiteral; break;
    case ExprKind::MapLiteral:
      p->kind = PlanExprKind::MapLiteral;
      p->names = e.keys;
      break;
    case ExprKind::Not: p->kind = PlanExprKind::Not; break;
    case ExprKind::Negate: p->kind = PlanExprKind::Negate; break;
    case ExprKind::IsNull: p->kind = PlanExprKind::IsNull; break;
    case ExprKind::IsNotNull: p->kind = PlanExprKind::IsNotNull; break;
    case ExprKind::Binary:
      p->kind = PlanExprKind::Binary;
      p->op = e.op;
      break;
    case ExprKind::FunctionCall: {
      const FunctionSignature* f = findFunction(e.name);
      if (f == nullptr || f->aggregate) fail(e.position, "Invalid use of " + e.text + " in this context");
      p->kind = PlanExprKind::Function;
      p->name = e.name;
      p->functionId = static_cast<int>(f - allFunctions().data());
      break;
    }
    case ExprKind::CountStar:
      fail(e.position, "Invalid use of count(*) in this context");
    case ExprKind::Index: p->kind = PlanExprKind::Index; break;
    case ExprKind::Slice: p->kind = PlanExprKind::Slice; break;
    case ExprKind::HasLabels:
      p->kind = PlanExprKind::HasLabels;
      p->names = e.keys;
      for (const auto& l : e.keys) p->labels.push_back(labelId(l));
      break;
    case ExprKind::Case:
      p->kind = PlanExprKind::Case;
      p->hasSubject = e.hasSubject;
      p->hasElse = e.hasElse;
      break;
    case ExprKind::ListComprehension:
    case ExprKind::Quantifier: {
      p->kind = e.kind == ExprKind::Quantifier ? PlanExprKind::Quantifier : PlanExprKind::ListComprehension;
      p->quantifier = e.quantifier;
      p->slot = newSlot();
      p->children.push_back(compile(*e.children[0], env));
      Names inner = *env.variables;
      inner[e.name] = p->slot;
      CompileEnv innerEnv{&inner, env.computed, env.item};
      for (std::size_t i = 1; i < e.children.size(); ++i)
        p->children.push_back(e.children[i] ? compile(*e.children[i], innerEnv) : nullptr);
      return p;
    }
    case ExprKind::MapProjection: {
      p->kind = PlanExprKind::MapProjection;
      Expr variable;
      variable.kind = ExprKind::Variable;
      variable.name = e.name;
      variable.text = e.name;
      variable.position = e.position;
      p->children.push_back(compile(variable, env));
      for (std::size_t i = 0; i < e.keys.size(); ++i) {
        MapProjectionEntry entry;
        entry.kind = e.entryKinds[i];
        entry.key = e.keys[i];
        entry.keyId = keyId(e.keys[i]);
        if (e.children[i]) entry.value = compile(*e.children[i], env);
        p->entries.push_back(std::move(entry));
      }
      return p;
    }
    case ExprKind::PatternPredicate:
      return compilePatternPredicate(e, env);
    case ExprKind::Unsupported:
      fail(e.position, e.name + " is not supported yet");
  }
  compileChildren(env);
  return p;
}

PlanExprPtr Planner::compilePatternPredicate(const Expr& e, const CompileEnv& env) {
  const PatternPart& part = e.pattern->parts.at(0);
  auto p = std::make_unique<PlanExpr>();
  p->kind = PlanExprKind::PatternPredicate;
  p->text = e.text;
  auto slotOf = [&](const std::string& name) -> Slot {
    if (name.empty()) return -1;
    auto it = env.variables->find(name);
    if (it == env.variables->end()) fail(e.position, "Variable `" + name + "` not defined");
    return it->second;
  };
  // Walk from the first node if it is named, else from the last (reversing directions).
  std::size_t n = part.nodes.size();
  bool reverse = part.nodes.front().variable.empty();
  if (reverse && part.nodes.back().variable.empty())
    fail(e.position, "A pattern predicate must start or end at a variable: " + e.text);
  auto properties = [&](const ExprPtr& map) { return map ? compile(*map, env) : nullptr; };
  const NodePattern& start = reverse ? part.nodes.back() : part.nodes.front();
  p->patternStart = slotOf(start.variable);
  for (const auto& l : start.labels) p->labels.push_back(labelId(l));
  p->children.push_back(properties(start.properties));
  for (std::size_t k = 0; k + 1 < n; ++k) {
    std::size_t relIndex = reverse ? n - 2 - k : k;
    const RelationshipPattern& rel = part.relationships[relIndex];
    const NodePattern& next = reverse ? part.nodes[relIndex] : part.nodes[relIndex + 1];
    PatternStep step;
    for (const auto& t : rel.types) step.types.push_back(typeId(t));
    step.direction = rel.direction;
    if (reverse && rel.direction != Direction::Both)
      step.direction = rel.direction == Direction::Outgoing ? Direction::Incoming : Direction::Outgoing;
    step.relSlot = slotOf(rel.variable);
    step.nodeSlot = slotOf(next.variable);
    for (const auto& l : next.labels) step.nodeLabels.push_back(labelId(l));
    step.relProperties = properties(rel.properties);
    step.nodeProperties = properties(next.properties);
    p->pattern.push_back(std::move(step));
  }
  return p;
}

// ---- MATCH ----

struct PendingPredicate {
  PlanExprPtr expr;
  std::set<Slot> needs;
  bool placed = false;
};

std::unique_ptr<PlanNode> Planner::match(std::unique_ptr<PlanNode> plan, const Clause& clause) {
  // Give every pattern element a slot: named ones by variable (reusing a bound one), anonymous
  // ones fresh, since relationship uniqueness and chaining need them.
  struct Element {
    Slot slot;
    bool boundBefore;
  };
  std::vector<std::vector<Element>> nodeSlots, relSlots;
  std::vector<Slot> newlyBound;
  auto slotFor = [&](const std::string& name) -> Element {
    if (name.empty()) return {newSlot(), false};
    auto it = scope_.find(name);
    if (it != scope_.end()) return {it->second, bound_.count(it->second) > 0};
    Slot s = newSlot();
    scope_[name] = s;
    return {s, false};
  };
  std::vector<Slot> pathSlots;  // -1 where a part has no path variable
  for (const PatternPart& part : clause.pattern.parts) {
    nodeSlots.emplace_back();
    relSlots.emplace_back();
    for (const NodePattern& n : part.nodes) nodeSlots.back().push_back(slotFor(n.variable));
    for (const RelationshipPattern& r : part.relationships) relSlots.back().push_back(slotFor(r.variable));
    pathSlots.push_back(part.pathVariable.empty() ? -1 : slotFor(part.pathVariable).slot);
  }

  // Predicates: WHERE conjuncts and inline property maps, each placed as early as possible.
  std::vector<PendingPredicate> pending;
  CompileEnv env{&scope_, nullptr};
  auto addPropertyPredicates = [&](const ExprPtr& props, Slot slot, const std::string& variableText) {
    if (!props) return;
    auto base = [&]() {
      auto s = std::make_unique<PlanExpr>();
      s->kind = PlanExprKind::Slot;
      s->slot = slot;
      s->text = variableText;
      return s;
    };
    if (props->kind == ExprKind::Parameter) {
      // {..} given as a parameter map: every entry must match; checked at run time.
      auto test = std::make_unique<PlanExpr>();
      test->kind = PlanExprKind::PropertiesMatch;
      test->text = variableText + " " + props->text;
      test->children.push_back(base());
      test->children.push_back(compile(*props, env));
      std::set<Slot> needs = slotsOf(*test);
      pending.push_back({std::move(test), std::move(needs), false});
      return;
    }
    for (std::size_t i = 0; i < props->keys.size(); ++i) {
      auto eq = std::make_unique<PlanExpr>();
      eq->kind = PlanExprKind::Binary;
      eq->op = BinaryOp::Eq;
      eq->text = variableText + "." + props->keys[i] + " = " + props->children[i]->text;
      eq->children.push_back(compileProperty(base(), props->keys[i], variableText + "." + props->keys[i]));
      eq->children.push_back(compile(*props->children[i], env));
      std::set<Slot> needs = slotsOf(*eq);
      pending.push_back({std::move(eq), std::move(needs), false});
    }
  };
  for (std::size_t pi = 0; pi < clause.pattern.parts.size(); ++pi) {
    const PatternPart& part = clause.pattern.parts[pi];
    for (std::size_t i = 0; i < part.nodes.size(); ++i)
      addPropertyPredicates(part.nodes[i].properties, nodeSlots[pi][i].slot,
                            part.nodes[i].variable.empty() ? "(anonymous node)" : part.nodes[i].variable);
    for (std::size_t i = 0; i < part.relationships.size(); ++i) {
      // A variable-length relationship's map applies to each edge walked (VarExpand checks it).
      if (part.relationships[i].variableLength || part.shortest != ShortestKind::None) continue;
      addPropertyPredicates(part.relationships[i].properties, relSlots[pi][i].slot,
                            part.relationships[i].variable.empty() ? "(anonymous relationship)"
                                                                   : part.relationships[i].variable);
    }
  }
  if (clause.where) {
    std::vector<const Expr*> conjuncts;
    splitConjuncts(*clause.where, conjuncts);
    for (const Expr* c : conjuncts) {
      PlanExprPtr compiled = compile(*c, env);
      std::set<Slot> needs = slotsOf(*compiled);
      pending.push_back({std::move(compiled), std::move(needs), false});
    }
  }
  auto placeReady = [&](std::unique_ptr<PlanNode> node) {
    for (PendingPredicate& pred : pending) {
      if (pred.placed) continue;
      bool ready = std::all_of(pred.needs.begin(), pred.needs.end(), [&](Slot s) { return bound_.count(s) > 0; });
      if (!ready) continue;
      pred.placed = true;
      if (node->kind == PlanKind::LabelScan || node->kind == PlanKind::AllNodesScan) {
        node->detail += (node->filters.empty() ? " WHERE " : " AND ") + pred.expr->text;
        node->estimatedRows *= 0.5;
        node->filters.push_back(std::move(pred.expr));
        continue;
      }
      auto filter = makeNode(PlanKind::Filter, std::move(node));
      filter->detail = pred.expr->text;
      filter->expr = std::move(pred.expr);
      filter->estimatedRows *= 0.5;
      node = std::move(filter);
    }
    return node;
  };
  plan = placeReady(std::move(plan));  // predicates over earlier variables only

  // An id equality on node slot s with a value known before the scan: the seek key.
  auto takeIdSeek = [&](Slot s) -> PlanExprPtr {
    for (PendingPredicate& pred : pending) {
      if (pred.placed || pred.expr->kind != PlanExprKind::Binary || pred.expr->op != BinaryOp::Eq) continue;
      for (int side = 0; side < 2; ++side) {
        const PlanExprPtr& prop = pred.expr->children[side];
        const PlanExprPtr& other = pred.expr->children[1 - side];
        if (prop->kind == PlanExprKind::Property && prop->isNodeId && prop->children[0]->kind == PlanExprKind::Slot &&
            prop->children[0]->slot == s && slotsOf(*other).empty()) {
          pred.placed = true;
          return std::move(pred.expr->children[1 - side]);
        }
      }
    }
    return nullptr;
  };
  // An equality `n.key = value` (value known before the scan) that a property index answers: the
  // index, and a copy of the value expression. The predicate stays as a filter, which keeps the
  // exact semantics of `=` (null, NaN) whatever the index does.
  struct IndexSeek {
    LabelId label = kMissingName;
    KeyId key = kMissingName;
    PlanExprPtr value;
  };
  auto findIndexSeek = [&](Slot s, const std::vector<LabelId>& labels) {
    IndexSeek seek;
    for (const PendingPredicate& pred : pending) {
      if (pred.placed || pred.expr->kind != PlanExprKind::Binary || pred.expr->op != BinaryOp::Eq) continue;
      for (int side = 0; side < 2; ++side) {
        const PlanExprPtr& prop = pred.expr->children[side];
        const PlanExprPtr& other = pred.expr->children[1 - side];
        if (prop->kind != PlanExprKind::Property || prop->isNodeId || prop->children[0]->kind != PlanExprKind::Slot ||
            prop->children[0]->slot != s || prop->key == kMissingName)
          continue;
        if (other->kind != PlanExprKind::Constant && other->kind != PlanExprKind::Parameter) continue;
        LabelId label = kMissingName;
        for (LabelId l : labels)
          if (graph_.hasIndex(l, prop->key)) label = l;
        if (label == kMissingName && graph_.hasIndex(PropertyIndex::kAnyLabel, prop->key)) label = PropertyIndex::kAnyLabel;
        if (label == kMissingName) continue;
        seek.label = label;
        seek.key = prop->key;
        seek.value = std::make_unique<PlanExpr>();
        seek.value->kind = other->kind;
        seek.value->text = other->text;
        seek.value->constant = other->constant;
        seek.value->name = other->name;
        seek.value->parameterIndex = other->parameterIndex;
        return seek;
      }
    }
    return seek;
  };

  auto hasIdSeek = [&](Slot s) {
    for (const PendingPredicate& pred : pending) {
      if (pred.placed || pred.expr->kind != PlanExprKind::Binary || pred.expr->op != BinaryOp::Eq) continue;
      for (int side = 0; side < 2; ++side) {
        const PlanExprPtr& prop = pred.expr->children[side];
        if (prop->kind == PlanExprKind::Property && prop->isNodeId && prop->children[0]->kind == PlanExprKind::Slot &&
            prop->children[0]->slot == s && slotsOf(*pred.expr->children[1 - side]).empty())
          return true;
      }
    }
    return false;
  };

  std::vector<Slot> relsInClause;
  for (std::size_t pi = 0; pi < clause.pattern.parts.size(); ++pi) {
    const PatternPart& part = clause.pattern.parts[pi];
    auto& nodes = nodeSlots[pi];
    auto& rels = relSlots[pi];
    auto labelsOf = [&](std::size_t i) {
      std::vector<LabelId> ids;
      for (const auto& l : part.nodes[i].labels) ids.push_back(labelId(l));
      return ids;
    };
    auto describeNode = [&](std::size_t i) {
      std::string d = "(" + part.nodes[i].variable;
      for (const auto& l : part.nodes[i].labels) d += ":" + l;
      return d + ")";
    };

    // Binds node i by the cheapest means: an id seek, the smallest label, or all nodes; or, when
    // it is bound already, tests the labels the pattern gives it.
    auto bindNode = [&](std::size_t i) {
      Slot slot = nodes[i].slot;
      if (bound_.count(slot)) {
        if (part.nodes[i].labels.empty()) return;
        auto filter = makeNode(PlanKind::Filter, std::move(plan));
        auto test = std::make_unique<PlanExpr>();
        test->kind = PlanExprKind::HasLabels;
        test->text = describeNode(i);
        test->labels = labelsOf(i);
        auto s = std::make_unique<PlanExpr>();
        s->kind = PlanExprKind::Slot;
        s->slot = slot;
        test->children.push_back(std::move(s));
        filter->detail = test->text;
        filter->expr = std::move(test);
        plan = std::move(filter);
        return;
      }
      std::vector<LabelId> labels = labelsOf(i);
      std::unique_ptr<PlanNode> scan;
      IndexSeek indexSeek;
      if (PlanExprPtr key = takeIdSeek(slot)) {
        scan = makeNode(PlanKind::NodeByIdSeek, std::move(plan));
        scan->detail = describeNode(i) + " id = " + key->text;
        scan->expr = std::move(key);
        scan->labels = labels;
        scan->estimatedRows = std::max(1.0, scan->estimatedRows);
      } else if ((indexSeek = findIndexSeek(slot, labels)).value) {
        scan = makeNode(PlanKind::NodeIndexSeek, std::move(plan));
        scan->detail = describeNode(i) + " " + graph_.keyNames().name(indexSeek.key) + " = " + indexSeek.value->text;
        scan->label = indexSeek.label;
        scan->key = indexSeek.key;
        scan->expr = std::move(indexSeek.value);
        scan->labels = labels;
        scan->estimatedRows = std::max(1.0, scan->estimatedRows) * 2;
      } else if (!labels.empty()) {
        scan = makeNode(PlanKind::LabelScan, std::move(plan));
        LabelId smallest = labels[0];
        for (LabelId l : labels)
          if (graph_.nodesWithLabel(l).size() < graph_.nodesWithLabel(smallest).size()) smallest = l;
        scan->label = smallest;
        for (LabelId l : labels)
          if (l != smallest) scan->labels.push_back(l);  // the scanned label holds already
        scan->detail = describeNode(i);
        scan->estimatedRows = std::max(1.0, scan->estimatedRows) * labelCardinality(labels);
      } else {
        scan = makeNode(PlanKind::AllNodesScan, std::move(plan));
        scan->detail = describeNode(i);
        scan->estimatedRows = std::max(1.0, scan->estimatedRows) * static_cast<double>(graph_.nodeCount());
      }
      scan->slot = slot;
      plan = std::move(scan);
      bound_.insert(slot);
      plan = placeReady(std::move(plan));
    };
    auto typesOf = [&](const RelationshipPattern& rel) {
      std::vector<TypeId> ids;
      for (const auto& t : rel.types) ids.push_back(typeId(t));
      return ids;
    };
    auto pathSlot = [&]() { return pathSlots[pi]; };

    if (part.shortest != ShortestKind::None) {
      // Both ends first (each by its cheapest means), then a breadth-first search between them.
      std::size_t last = nodes.size() - 1;
      std::size_t first = hasIdSeek(nodes[last].slot) && !hasIdSeek(nodes[0].slot) ? last : 0;
      bindNode(first);
      bindNode(first == 0 ? last : 0);
      const RelationshipPattern& rel = part.relationships[0];
      auto sp = makeNode(PlanKind::ShortestPath, std::move(plan));
      sp->fromSlot = nodes[0].slot;
      sp->toSlot = nodes[last].slot;
      sp->relSlot = rels[0].slot;
      sp->types = typesOf(rel);
      sp->direction = rel.direction;
      sp->minHops = rel.variableLength ? rel.minHops.value_or(1) : 1;
      sp->maxHops = rel.variableLength ? rel.maxHops.value_or(-1) : 1;
      sp->allShortest = part.shortest == ShortestKind::AllShortest;
      if (rel.properties) sp->relProperties = compile(*rel.properties, env);
      sp->slot = part.pathVariable.empty() ? newSlot() : pathSlot();
      sp->detail = std::string(sp->allShortest ? "allShortestPaths " : "shortestPath ") + describeNode(0) + " to " +
                   describeNode(last);
      sp->estimatedRows *= sp->allShortest ? 2 : 1;
      bound_.insert(sp->relSlot);
      bound_.insert(sp->slot);
      relsInClause.push_back(sp->relSlot);
      plan = placeReady(std::move(sp));
      continue;
    }

    // Choose the start: bound > id seek > smallest label > any.
    std::size_t start = 0;
    double bestCost = -1;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      double cost = bound_.count(nodes[i].slot)                        ? 0.0
                    : hasIdSeek(nodes[i].slot)                          ? 1.0
                    : findIndexSeek(nodes[i].slot, labelsOf(i)).value    ? 1.5
                                                                        : 2.0 + labelCardinality(labelsOf(i));
      if (bestCost < 0 || cost < bestCost) {
        bestCost = cost;
        start = i;
      }
    }
    bindNode(start);

    // Expand right of the start, then left (walking a relationship against its direction).
    auto expand = [&](std::size_t relIndex, bool forward) {
      std::size_t fromIndex = forward ? relIndex : relIndex + 1;
      std::size_t toIndex = forward ? relIndex + 1 : relIndex;
      const RelationshipPattern& rel = part.relationships[relIndex];
      Slot to = nodes[toIndex].slot;
      bool into = bound_.count(to) > 0;
      PlanKind kind = rel.variableLength ? PlanKind::VarExpand : into ? PlanKind::ExpandInto : PlanKind::Expand;
      auto node = makeNode(kind, std::move(plan));
      if (rel.variableLength) {
        node->into = into;
        node->minHops = rel.minHops.value_or(1);
        node->maxHops = rel.maxHops.value_or(-1);
        if (rel.properties) node->relProperties = compile(*rel.properties, env);
      }
      node->fromSlot = nodes[fromIndex].slot;
      node->toSlot = to;
      node->relSlot = rels[relIndex].slot;
      node->relAlreadyBound = bound_.count(node->relSlot) > 0;
      node->labels = into ? std::vector<LabelId>{} : labelsOf(toIndex);
      for (const auto& t : rel.types) node->types.push_back(typeId(t));
      node->direction = rel.direction;
      if (!forward && rel.direction != Direction::Both)
        node->direction = rel.direction == Direction::Outgoing ? Direction::Incoming : Direction::Outgoing;
      node->distinctFrom = relsInClause;
      std::string arrowLeft = node->direction == Direction::Incoming ? "<-" : "-";
      std::string arrowRight = node->direction == Direction::Outgoing ? "->" : "-";
      std::string types;
      for (std::size_t t = 0; t < rel.types.size(); ++t) types += (t ? "|" : ":") + rel.types[t];
      if (rel.variableLength)
        types += "*" + std::to_string(node->minHops) + ".." + (node->maxHops < 0 ? "" : std::to_string(node->maxHops));
      node->detail = describeNode(fromIndex) + arrowLeft + "[" + rel.variable + types + "]" + arrowRight +
                     describeNode(toIndex);
      double edges = 0;
      if (rel.types.empty()) {
        edges = static_cast<double>(graph_.edgeCount());
      } else {
        for (TypeId t : node->types) edges += static_cast<double>(graph_.edgeCountOfType(t));
      }
      double perNode = graph_.nodeCount() ? edges / static_cast<double>(graph_.nodeCount()) : 0;
      if (rel.direction == Direction::Both) perNode *= 2;
      double hops = rel.variableLength ? static_cast<double>(node->maxHops < 0 ? 3 : node->maxHops) : 1.0;
      node->estimatedRows *= into ? std::min(1.0, perNode) : std::pow(std::max(perNode, 1.0), hops);
      relsInClause.push_back(node->relSlot);
      bound_.insert(node->relSlot);
      bound_.insert(to);
      plan = placeReady(std::move(node));
    };
    for (std::size_t r = start; r < rels.size(); ++r) expand(r, true);
    for (std::size_t r = start; r-- > 0;) expand(r, false);

    if (!part.pathVariable.empty()) {
      auto path = makeNode(PlanKind::ProjectPath, std::move(plan));
      for (std::size_t i = 0; i < nodes.size(); ++i) {
        path->slots.push_back(nodes[i].slot);
        if (i < rels.size()) path->slots.push_back(rels[i].slot);
      }
      path->slot = pathSlot();
      path->detail = part.pathVariable;
      bound_.insert(path->slot);
      plan = placeReady(std::move(path));
    }
  }
  for (const PendingPredicate& pred : pending)
    if (!pred.placed) throw Error(ErrorKind::Semantic, "internal: predicate could not be placed: " + pred.expr->text);
  return plan;
}


// ---- OPTIONAL MATCH and updates ----

// Writes must not see their own effects while reading (MATCH (n) CREATE () would never end):
// an Eager barrier reads all input first. Nothing to read before the first clause.
std::unique_ptr<PlanNode> eager(std::unique_ptr<PlanNode> plan) {
  if (plan->kind == PlanKind::Start || plan->kind == PlanKind::Eager) return plan;
  return makeNode(PlanKind::Eager, std::move(plan));
}

std::unique_ptr<PlanNode> Planner::optionalMatch(std::unique_ptr<PlanNode> plan, const Clause& clause) {
  std::set<Slot> before = bound_;
  auto argument = makeNode(PlanKind::Argument, nullptr);
  argument->estimatedRows = 1;
  auto branch = match(std::move(argument), clause);
  auto optional = makeNode(PlanKind::Optional, std::move(plan));
  optional->estimatedRows = std::max(optional->estimatedRows, optional->estimatedRows * branch->estimatedRows);
  for (Slot s : bound_)
    if (!before.count(s)) optional->slots.push_back(s);
  optional->children.push_back(std::move(branch));
  return optional;
}

void Planner::createSpecs(const Pattern& pattern, const std::set<Slot>& boundBefore, PlanNode& node) {
  CompileEnv env{&scope_, nullptr};
  std::set<Slot> created;
  auto properties = [&](const ExprPtr& map) { return map ? compile(*map, env) : nullptr; };
  for (const PatternPart& part : pattern.parts) {
    std::vector<Slot> nodeSlots;
    for (const NodePattern& n : part.nodes) {
      CreateNodeSpec spec;
      if (n.variable.empty()) {
        spec.slot = newSlot();
      } else {
        auto it = scope_.find(n.variable);
        if (it == scope_.end()) it = scope_.emplace(n.variable, newSlot()).first;
        spec.slot = it->second;
      }
      spec.bound = boundBefore.count(spec.slot) > 0 || created.count(spec.slot) > 0;
      spec.labels = n.labels;
      spec.properties = properties(n.properties);
      created.insert(spec.slot);
      nodeSlots.push_back(spec.slot);
      node.createNodes.push_back(std::move(spec));
    }
    for (std::size_t i = 0; i < part.relationships.size(); ++i) {
      const RelationshipPattern& r = part.relationships[i];
      CreateRelSpec spec;
      if (r.variable.empty()) {
        spec.slot = newSlot();
      } else {
        auto it = scope_.find(r.variable);
        if (it == scope_.end()) it = scope_.emplace(r.variable, newSlot()).first;
        spec.slot = it->second;
      }
      bool backwards = r.direction == Direction::Incoming;
      spec.from = backwards ? nodeSlots[i + 1] : nodeSlots[i];
      spec.to = backwards ? nodeSlots[i] : nodeSlots[i + 1];
      spec.type = r.types.at(0);
      spec.properties = properties(r.properties);
      spec.text = "[" + r.variable + ":" + spec.type + "]";
      created.insert(spec.slot);
      node.createRels.push_back(std::move(spec));
    }
  }
  for (Slot s : created) bound_.insert(s);
}

std::unique_ptr<PlanNode> Planner::create(std::unique_ptr<PlanNode> plan, const Clause& clause) {
  auto node = makeNode(PlanKind::Create, eager(std::move(plan)));
  createSpecs(clause.pattern, bound_, *node);
  node->detail = std::to_string(node->createNodes.size()) + " node pattern(s), " +
                 std::to_string(node->createRels.size()) + " relationship(s)";
  return node;
}

std::unique_ptr<PlanNode> Planner::merge(std::unique_ptr<PlanNode> plan, const Clause& clause) {
  std::set<Slot> before = bound_;
  auto argument = makeNode(PlanKind::Argument, nullptr);
  argument->estimatedRows = 1;
  auto branch = match(std::move(argument), clause);
  auto node = makeNode(PlanKind::Merge, eager(std::move(plan)));
  node->children.push_back(std::move(branch));
  createSpecs(clause.pattern, before, *node);
  for (const SetItem& item : clause.onCreate) node->onCreate.push_back(updateSpec(item));
  for (const SetItem& item : clause.onMatch) node->onMatch.push_back(updateSpec(item));
  node->detail = "the pattern of line " + std::to_string(clause.position.line) + ", column " +
                 std::to_string(clause.position.column);
  return node;
}

UpdateSpec Planner::updateSpec(const SetItem& item) {
  CompileEnv env{&scope_, nullptr};
  UpdateSpec spec;
  spec.labels = item.labels;
  spec.text = item.target->text;
  switch (item.kind) {
    case SetItem::Property:
      spec.kind = UpdateKind::SetProperty;
      spec.target = compile(*item.target->children[0], env);
      spec.key = item.target->name;
      break;
    case SetItem::ReplaceProperties: spec.kind = UpdateKind::ReplaceProperties; break;
    case SetItem::MergeProperties: spec.kind = UpdateKind::MergeProperties; break;
    case SetItem::Labels: spec.kind = UpdateKind::AddLabels; break;
  }
  if (!spec.target) spec.target = compile(*item.target, env);
  if (item.value) spec.value = compile(*item.value, env);
  return spec;
}

std::unique_ptr<PlanNode> Planner::update(std::unique_ptr<PlanNode> plan, const Clause& clause) {
  auto node = makeNode(PlanKind::Update, eager(std::move(plan)));
  CompileEnv env{&scope_, nullptr};
  for (const SetItem& item : clause.setItems) node->updates.push_back(updateSpec(item));
  for (const RemoveItem& item : clause.removeItems) {
    UpdateSpec spec;
    spec.text = item.target->text;
    spec.labels = item.labels;
    if (item.kind == RemoveItem::Property) {
      spec.kind = UpdateKind::RemoveProperty;
      spec.target = compile(*item.target->children[0], env);
      spec.key = item.target->name;
    } else {
      spec.kind = UpdateKind::RemoveLabels;
      spec.target = compile(*item.target, env);
    }
    node->updates.push_back(std::move(spec));
  }
  node->detail = clause.kind == ClauseKind::Set ? "SET" : "REMOVE";
  return node;
}

std::unique_ptr<PlanNode> Planner::deleteClause(std::unique_ptr<PlanNode> plan, const Clause& clause) {
  auto node = makeNode(PlanKind::Delete, std::move(plan));  // Delete reads all rows itself
  CompileEnv env{&scope_, nullptr};
  std::string detail;
  for (const auto& target : clause.deleteTargets) {
    node->deleteTargets.push_back(compile(*target, env));
    detail += (detail.empty() ? "" : ", ") + target->text;
  }
  node->detach = clause.detach;
  node->detail = (clause.detach ? "DETACH " : "") + detail;
  return node;
}

// ---- WITH / RETURN ----

void collectAggregates(const Expr& e, std::vector<const Expr*>& out) {
  if (isAggregate(e)) {
    out.push_back(&e);
    return;
  }
  for (const auto& child : e.children)
    if (child) collectAggregates(*child, out);
}

std::unique_ptr<PlanNode> Planner::projection(std::unique_ptr<PlanNode> plan, const Projection& p, bool isReturn,
                                              const ExprPtr& where, std::vector<Slot>* outputs) {
  // The items, `*` expanded to the visible variables in name order (as Neo4j does).
  struct Item {
    const Expr* expr;
    std::string name;
    Expr synthesized;  // for `*` entries
  };
  std::vector<std::unique_ptr<Item>> items;
  if (p.star) {
    for (const auto& [name, slot] : scope_) {
      auto item = std::make_unique<Item>();
      item->synthesized.kind = ExprKind::Variable;
      item->synthesized.name = name;
      item->synthesized.text = name;
      item->expr = &item->synthesized;
      item->name = name;
      items.push_back(std::move(item));
    }
  }
  for (const ProjectionItem& pi : p.items) {
    auto item = std::make_unique<Item>();
    item->expr = pi.expression.get();
    item->name = pi.alias;
    items.push_back(std::move(item));
  }

  bool aggregating = false;
  for (const auto& item : items) aggregating = aggregating || containsAggregate(*item->expr);

  Names newScope;
  std::map<std::string, Slot> computed;  // expression text -> slot, for ORDER BY and post-aggregation
  CompileEnv before{&scope_, nullptr};

  if (aggregating) {
    auto agg = makeNode(PlanKind::Aggregate, std::move(plan));
    // Grouping keys: the items without aggregates.
    for (const auto& item : items) {
      if (containsAggregate(*item->expr)) continue;
      Slot s = newSlot();
      agg->items.push_back({compile(*item->expr, before), s});
      computed[item->expr->text] = s;
      if (item->expr->kind == ExprKind::Variable) computed[item->expr->name] = s;
      newScope[item->name] = s;
    }
    // Aggregates in items and in ORDER BY, each distinct text computed once.
    std::vector<const Expr*> aggregates;
    for (const auto& item : items) collectAggregates(*item->expr, aggregates);
    for (const SortItem& s : p.orderBy) collectAggregates(*s.expression, aggregates);
    for (const Expr* a : aggregates) {
      if (computed.count(a->text)) continue;
      AggregateSpec spec;
      if (a->kind == ExprKind::CountStar) {
        spec.kind = AggregateKind::CountStar;
      } else {
        static const std::map<std::string, AggregateKind> kinds = {
            {"count", AggregateKind::Count}, {"sum", AggregateKind::Sum}, {"avg", AggregateKind::Avg},
            {"min", AggregateKind::Min},     {"max", AggregateKind::Max}, {"collect", AggregateKind::Collect}};
        spec.kind = kinds.at(a->name);
        spec.distinct = a->distinct;
        spec.argument = compile(*a->children[0], before);
      }
      spec.slot = newSlot();
      spec.text = a->text;
      computed[a->text] = spec.slot;
      agg->aggregates.push_back(std::move(spec));
    }
    agg->detail = "keys: " + std::to_string(agg->items.size()) + ", aggregates: " + std::to_string(agg->aggregates.size());
    agg->estimatedRows = agg->items.empty() ? 1 : std::max(1.0, agg->estimatedRows * 0.1);
    plan = rewriteCounts(std::move(agg), graph_, [this] { return newSlot(); });
    // Items with aggregates are computed from the group keys and aggregate results.
    Names keysOnly;
    for (const auto& [name, slot] : newScope) keysOnly[name] = slot;
    CompileEnv after{&keysOnly, &computed};
    auto project = makeNode(PlanKind::Project, std::move(plan));
    for (const auto& item : items) {
      if (!containsAggregate(*item->expr)) continue;
      auto it = computed.find(item->expr->text);
      Slot s;
      if (it != computed.end() && isAggregate(*item->expr)) {
        s = it->second;
      } else {
        s = newSlot();
        CompileEnv itemEnv{after.variables, after.computed, &item->expr->text};
        project->items.push_back({compile(*item->expr, itemEnv), s});
        computed[item->expr->text] = s;
      }
      newScope[item->name] = s;
    }
    project->detail = "aggregated items";
    plan = project->items.empty() ? std::move(project->children[0]) : std::move(project);
  } else {
    auto project = makeNode(PlanKind::Project, std::move(plan));
    std::string detail;
    for (const auto& item : items) {
      Slot s = newSlot();
      project->items.push_back({compile(*item->expr, before), s});
      computed[item->expr->text] = s;
      newScope[item->name] = s;
      detail += (detail.empty() ? "" : ", ") + item->name;
    }
    project->detail = detail;
    plan = std::move(project);
  }

  std::vector<Slot> itemSlots;
  for (const auto& item : items) itemSlots.push_back(newScope.at(item->name));

  if (p.distinct) {
    auto distinct = makeNode(PlanKind::Distinct, std::move(plan));
    distinct->slots = itemSlots;
    distinct->estimatedRows *= 0.7;
    plan = std::move(distinct);
  }

  // ORDER BY sees the new names first, then (when rows still match earlier bindings) old ones.
  Names orderNames = newScope;
  if (!aggregating && !p.distinct)
    for (const auto& entry : scope_) orderNames.insert(entry);
  // A bare name means the new variable: drop a computed expression whose text is some item's
  // alias but which computes something else (WITH a AS b, b AS a).
  for (const auto& item : items)
    if (item->expr->text != item->name) computed.erase(item->name);
  CompileEnv orderEnv{&orderNames, &computed};

  auto constantCount = [&](const ExprPtr& e) {
    Names none;
    CompileEnv env{&none, nullptr};
    return compile(*e, env);
  };
  if (!p.orderBy.empty()) {
    auto sort = makeNode(PlanKind::Sort, std::move(plan));
    std::string detail;
    for (const SortItem& s : p.orderBy) {
      sort->sortKeys.push_back({compile(*s.expression, orderEnv), s.descending});
      detail += (detail.empty() ? "" : ", ") + s.expression->text + (s.descending ? " DESC" : "");
    }
    sort->detail = detail;
    if (p.limit) {
      // Top-k: only skip + limit rows need to be kept.
      if (p.skip) {
        auto sum = std::make_unique<PlanExpr>();
        sum->kind = PlanExprKind::Binary;
        sum->op = BinaryOp::Add;
        sum->text = p.skip->text + " + " + p.limit->text;
        sum->children.push_back(constantCount(p.skip));
        sum->children.push_back(constantCount(p.limit));
        sort->limit = std::move(sum);
      } else {
        sort->limit = constantCount(p.limit);
      }
      sort->detail += " (top " + sort->limit->text + ")";
    }
    plan = std::move(sort);
  }
  if (p.skip) {
    auto skip = makeNode(PlanKind::Skip, std::move(plan));
    skip->expr = constantCount(p.skip);
    skip->detail = p.skip->text;
    plan = std::move(skip);
  }
  if (p.limit) {
    auto limit = makeNode(PlanKind::Limit, std::move(plan));
    limit->expr = constantCount(p.limit);
    limit->detail = p.limit->text;
    if (limit->expr->kind == PlanExprKind::Constant && limit->expr->constant.isInt())
      limit->estimatedRows = std::min(limit->estimatedRows, static_cast<double>(limit->expr->constant.asInt()));
    plan = std::move(limit);
  }

  Names whereNames = orderNames;  // WITH ... WHERE sees what ORDER BY sees
  scope_ = newScope;
  bound_.clear();
  for (const auto& [name, slot] : scope_) bound_.insert(slot);
  if (where) {
    CompileEnv env{&whereNames, &computed};  // projected expressions are computed already
    auto filter = makeNode(PlanKind::Filter, std::move(plan));
    filter->expr = compile(*where, env);
    filter->detail = where->text;
    filter->estimatedRows *= 0.5;
    plan = std::move(filter);
  }
  if (isReturn && outputs) *outputs = itemSlots;
  if (isReturn && plan_.columns.empty())
    for (const auto& item : items) plan_.columns.push_back(item->name);
  return plan;
}

std::unique_ptr<PlanNode> Planner::singleQuery(const SingleQuery& query, std::vector<Slot>& outputs) {
  scope_.clear();
  bound_.clear();
  std::unique_ptr<PlanNode> plan = makeNode(PlanKind::Start, nullptr);
  plan->estimatedRows = 1;
  for (const Clause& c : query.clauses) {
    switch (c.kind) {
      case ClauseKind::Match:
        plan = c.optional ? optionalMatch(std::move(plan), c) : match(std::move(plan), c);
        break;
      case ClauseKind::Create:
        plan = create(std::move(plan), c);
        break;
      case ClauseKind::Merge:
        plan = merge(std::move(plan), c);
        break;
      case ClauseKind::Set:
      case ClauseKind::Remove:
        plan = update(std::move(plan), c);
        break;
      case ClauseKind::Delete:
        plan = deleteClause(std::move(plan), c);
        break;
      case ClauseKind::Unwind: {
        auto unwind = makeNode(PlanKind::Unwind, std::move(plan));
        CompileEnv env{&scope_, nullptr};
        unwind->expr = compile(*c.expression, env);
        unwind->slot = newSlot();
        unwind->detail = c.expression->text + " AS " + c.variable;
        unwind->estimatedRows *= 10;
        scope_[c.variable] = unwind->slot;
        bound_.insert(unwind->slot);
        plan = std::move(unwind);
        break;
      }
      case ClauseKind::With:
        plan = projection(std::move(plan), c.projection, false, c.where, nullptr);
        break;
      case ClauseKind::Return:
        plan = projection(std::move(plan), c.projection, true, nullptr, &outputs);
        break;
      default:
        fail(c.position, "this clause is not supported yet");
    }
  }
  return plan;
}

}  // namespace

QueryPlan planQuery(const CheckedQuery& query, const PropertyGraph& graph) {
  QueryPlan plan;
  plan.returnsRows = query.returnsRows;
  plan.explain = query.statement.explain;
  plan.profile = query.statement.profile;
  Planner planner(graph, plan);
  const auto& queries = query.statement.queries;
  if (queries.size() == 1) {
    plan.root = planner.singleQuery(queries[0], plan.outputSlots);
    return plan;
  }
  auto unionNode = std::make_unique<PlanNode>();
  unionNode->kind = PlanKind::Union;
  for (const SingleQuery& q : queries) {
    std::vector<Slot> outputs;
    unionNode->children.push_back(planner.singleQuery(q, outputs));
    unionNode->estimatedRows += unionNode->children.back()->estimatedRows;
    unionNode->childOutputs.push_back(outputs);
  }
  for (std::size_t i = 0; i < plan.columns.size(); ++i) unionNode->slots.push_back(static_cast<Slot>(plan.slotCount++));
  plan.outputSlots = unionNode->slots;
  bool all = !query.statement.unionAll.empty() && query.statement.unionAll[0];
  unionNode->detail = all ? "UNION ALL" : "UNION";
  if (all) {
    plan.root = std::move(unionNode);
  } else {
    auto distinct = makeNode(PlanKind::Distinct, std::move(unionNode));
    distinct->slots = plan.outputSlots;
    plan.root = std::move(distinct);
  }
  return plan;
}

}  // namespace kgq
