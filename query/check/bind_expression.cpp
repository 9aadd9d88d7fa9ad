// The binder's expressions: AST expression -> bound expression, checking on the way that names
// exist, aggregates are where they may be, functions get what they take, and that no type error
// is evident from the text.
#include "query/check/binder.h"

#include "query/function/function_registry.h"
#include "query/function/user_functions.h"

#include <algorithm>

namespace kgq {

BoundExprPtr slotExpr(Slot slot, SourceText text) {
  auto s = std::make_unique<BoundExpr>();
  s->kind = BoundExprKind::Slot;
  s->slot = slot;
  s->text = std::move(text);
  return s;
}

BoundExprPtr cloneExpr(const BoundExpr& e) {
  auto c = std::make_unique<BoundExpr>();
  c->kind = e.kind;
  c->text = e.text;
  c->constant = e.constant;
  c->name = e.name;
  c->slot = e.slot;
  c->key = e.key;
  c->isNodeId = e.isNodeId;
  c->op = e.op;
  c->quantifier = e.quantifier;
  c->function = e.function;
  c->parameterIndex = e.parameterIndex;
  c->hasSubject = e.hasSubject;
  c->hasElse = e.hasElse;
  for (const auto& child : e.children) c->children.push_back(child ? cloneExpr(*child) : nullptr);
  c->names = e.names;
  c->labels = e.labels;
  for (const MapProjectionEntry& entry : e.entries)
    c->entries.push_back({entry.kind, entry.key, entry.keyId, entry.value ? cloneExpr(*entry.value) : nullptr});
  c->patternStart = e.patternStart;
  c->elementSlot = e.elementSlot;
  c->subqueryKind = e.subqueryKind;
  c->subqueryIndex = e.subqueryIndex;
  c->imports = e.imports;
  for (const PatternStep& step : e.pattern) {
    PatternStep s;
    s.typeNames = step.typeNames;
    s.types = step.types;
    s.direction = step.direction;
    s.relSlot = step.relSlot;
    s.nodeSlot = step.nodeSlot;
    s.nodeLabelNames = step.nodeLabelNames;
    s.nodeLabels = step.nodeLabels;
    if (step.relProperties) s.relProperties = cloneExpr(*step.relProperties);
    if (step.nodeProperties) s.nodeProperties = cloneExpr(*step.nodeProperties);
    c->pattern.push_back(std::move(s));
  }
  return c;
}

namespace {

void collectSlots(const BoundExpr& e, std::set<Slot>& out, std::set<Slot>& local) {
  if (e.kind == BoundExprKind::Slot && !local.count(e.slot)) out.insert(e.slot);
  if (e.kind == BoundExprKind::ListComprehension || e.kind == BoundExprKind::Quantifier) local.insert(e.slot);
  if (e.kind == BoundExprKind::Reduce) {
    local.insert(e.slot);
    local.insert(e.elementSlot);
  }
  for (Slot s : e.imports) out.insert(s);
  if (e.kind == BoundExprKind::PatternPredicate) {
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

void foldConstantList(BoundExpr& list) {
  List values;
  values.reserve(list.children.size());
  for (const BoundExprPtr& child : list.children) {
    if (child->kind != BoundExprKind::Constant) return;
    values.push_back(child->constant);
  }
  list.kind = BoundExprKind::Constant;
  list.constant = Value(std::move(values));
  list.children.clear();
}

std::set<Slot> slotsOf(const BoundExpr& e) {
  std::set<Slot> out, local;
  collectSlots(e, out, local);
  return out;
}

namespace check {

using namespace ast;

namespace {

// Every slot a bound query reads or binds (for the imports of a subquery: those of its caller).
class SlotCollector {
 public:
  std::set<Slot> slots;
  void expr(const BoundExprPtr& e) {
    if (e) slots.merge(slotsOf(*e));
  }
  void match(const BoundMatch& m) {
    for (const BoundPatternPart& part : m.parts) {
      for (const BoundNodePattern& n : part.nodes) slots.insert(n.slot), expr(n.properties);
      for (const BoundRelationshipPattern& r : part.relationships) slots.insert(r.slot), expr(r.properties);
    }
    for (const auto& w : m.where) expr(w);
  }
  void query(const BoundSingleQuery& q) {
    for (const BoundClause& clause : q.clauses) {
      if (const auto* m = std::get_if<BoundMatch>(&clause)) match(*m);
      if (const auto* u = std::get_if<BoundUnwind>(&clause)) expr(u->list);
      if (const auto* p = std::get_if<BoundProjection>(&clause)) {
        for (const auto* items : {&p->groupKeys, &p->items})
          for (const ProjectItem& item : *items) expr(item.expr);
        for (const AggregateSpec& a : p->aggregates) expr(a.argument);
        for (const SortKey& k : p->orderBy) expr(k.expr);
        expr(p->where);
      }
      if (const auto* c = std::get_if<BoundCallSubquery>(&clause)) query(*c->body);
    }
  }
};

// A function's name as the query wrote it (the AST keeps it lower-cased for lookup).
std::string writtenName(const Expr& call) {
  std::string_view text = call.text.view();
  return std::string(text.substr(0, text.find('(')));
}

}  // namespace

StaticType Binder::typeOf(const Expr& e, const Scope& scope) const {
  switch (e.kind) {
    case ExprKind::Literal: return typeOfValue(e.value);
    case ExprKind::ListLiteral:
    case ExprKind::ListComprehension: return StaticType::List;
    case ExprKind::MapLiteral:
    case ExprKind::MapProjection: return StaticType::Map;
    case ExprKind::Variable: {
      auto local = localTypes_.find(e.name);
      if (local != localTypes_.end()) return local->second;
      auto it = scope.find(e.name);
      if (it == scope.end()) return StaticType::Unknown;
      switch (it->second.kind) {
        case VariableKind::Node: return StaticType::Node;
        case VariableKind::Relationship: return StaticType::Relationship;
        case VariableKind::Path: return StaticType::Path;
        case VariableKind::Value:
        case VariableKind::Unknown: return StaticType::Unknown;
      }
      return StaticType::Unknown;
    }
    case ExprKind::Not:
    case ExprKind::IsNull:
    case ExprKind::IsNotNull:
    case ExprKind::HasLabels:
    case ExprKind::Quantifier:
    case ExprKind::PatternPredicate: return StaticType::Bool;
    case ExprKind::Negate: {
      StaticType t = typeOf(*e.children[0], scope);
      return t == StaticType::Int || t == StaticType::Float ? t : StaticType::Unknown;
    }
    case ExprKind::Binary: {
      switch (e.op) {
        case BinaryOp::Add:
        case BinaryOp::Sub:
        case BinaryOp::Mul:
        case BinaryOp::Div:
        case BinaryOp::Mod:
        case BinaryOp::Pow: {
          StaticType a = typeOf(*e.children[0], scope), b = typeOf(*e.children[1], scope);
          bool numbers = (a == StaticType::Int || a == StaticType::Float) && (b == StaticType::Int || b == StaticType::Float);
          if (e.op == BinaryOp::Pow && numbers) return StaticType::Float;
          if (numbers) return a == StaticType::Float || b == StaticType::Float ? StaticType::Float : StaticType::Int;
          if (e.op == BinaryOp::Add && a == StaticType::String && b == StaticType::String) return StaticType::String;
          return StaticType::Unknown;
        }
        default: return StaticType::Bool;
      }
    }
    default: return StaticType::Unknown;
  }
}

void Binder::checkTypes(const Expr& e, const Scope& scope) const {
  auto mismatch = [&](const char* expected, StaticType got) {
    fail(e.position, std::string("Type mismatch: expected ") + expected + " but was " + staticTypeName(got) + " in `" +
                         e.text + "`");
  };
  auto known = [](StaticType t) { return t != StaticType::Unknown && t != StaticType::Null; };
  auto numeric = [](StaticType t) { return t == StaticType::Int || t == StaticType::Float; };
  if (e.kind == ExprKind::Not) {
    StaticType t = typeOf(*e.children[0], scope);
    if (known(t) && t != StaticType::Bool) mismatch("BOOLEAN", t);
  } else if (e.kind == ExprKind::Negate) {
    StaticType t = typeOf(*e.children[0], scope);
    if (known(t) && !numeric(t)) mismatch("INTEGER or FLOAT", t);
  } else if (e.kind == ExprKind::Property) {
    StaticType t = typeOf(*e.children[0], scope);
    if (known(t) && t != StaticType::Map && t != StaticType::Node && t != StaticType::Relationship)
      mismatch("MAP, NODE or RELATIONSHIP", t);
  } else if (e.kind == ExprKind::Binary) {
    StaticType a = typeOf(*e.children[0], scope), b = typeOf(*e.children[1], scope);
    switch (e.op) {
      case BinaryOp::And:
      case BinaryOp::Or:
      case BinaryOp::Xor:
        for (StaticType t : {a, b})
          if (known(t) && t != StaticType::Bool) mismatch("BOOLEAN", t);
        break;
      case BinaryOp::Sub:
      case BinaryOp::Mul:
      case BinaryOp::Div:
      case BinaryOp::Mod:
      case BinaryOp::Pow:
        for (StaticType t : {a, b})
          if (known(t) && !numeric(t)) mismatch("INTEGER or FLOAT", t);
        break;
      case BinaryOp::In:
        if (known(b) && b != StaticType::List) mismatch("LIST", b);
        break;
      default: break;
    }
  }
}

BoundExprPtr Binder::expr(const Expr& e, const ExprEnv& env) {
  if (env.computed) {
    auto it = env.computed->find(e.text.view());
    if (it != env.computed->end()) return slotExpr(it->second, e.text);
  }
  checkTypes(e, *env.scope);
  auto p = std::make_unique<BoundExpr>();
  p->text = e.text;
  auto bindChildren = [&](const ExprEnv& childEnv) {
    for (const auto& child : e.children) p->children.push_back(child ? expr(*child, childEnv) : nullptr);
  };
  switch (e.kind) {
    case ExprKind::Literal:
      p->kind = BoundExprKind::Constant;
      p->constant = e.value;
      return p;
    case ExprKind::Parameter: {
      p->kind = BoundExprKind::Parameter;
      p->name = e.name;
      auto& names = out_.parameterNames;
      auto it = std::find(names.begin(), names.end(), e.name);
      p->parameterIndex = static_cast<int>(it - names.begin());
      if (it == names.end()) names.push_back(e.name);
      return p;
    }
    case ExprKind::Variable: {
      auto it = env.scope->find(e.name);
      if (it == env.scope->end()) {
        if (env.item && env.aggregation && env.aggregation->input->count(e.name))
          fail(e.position, "Variable `" + e.name + "` in `" + *env.item +
                               "` is neither a grouping key nor inside an aggregate");
        fail(e.position, "Variable `" + e.name + "` not defined");
      }
      return slotExpr(it->second.slot, e.text);
    }
    case ExprKind::Property:
      out_.names.keys.insert(e.name);
      p->kind = BoundExprKind::Property;
      p->name = e.name;
      p->isNodeId = e.name == "id";
      bindChildren(env);
      return p;
    case ExprKind::ListLiteral: p->kind = BoundExprKind::ListLiteral; break;
    case ExprKind::MapLiteral:
      p->kind = BoundExprKind::MapLiteral;
      p->names = e.keys;
      break;
    case ExprKind::Not: p->kind = BoundExprKind::Not; break;
    case ExprKind::Negate: p->kind = BoundExprKind::Negate; break;
    case ExprKind::IsNull: p->kind = BoundExprKind::IsNull; break;
    case ExprKind::IsNotNull: p->kind = BoundExprKind::IsNotNull; break;
    case ExprKind::Binary:
      p->kind = BoundExprKind::Binary;
      p->op = e.op;
      break;
    case ExprKind::CountStar:
      if (!env.aggregation) fail(e.position, "Invalid use of aggregating function count(*) in this context");
      return aggregate(e, env);
    case ExprKind::FunctionCall: {
      const FunctionEntry* f = findFunction(e.name);
      if (f == nullptr && functions_ != nullptr) f = functions_->find(e.name);
      if (f == nullptr) fail(e.position, "Unknown function '" + writtenName(e) + "' in " + e.text);
      int n = static_cast<int>(e.children.size());
      if (n < f->minArgs || n > f->maxArgs) {
        std::string expected = f->minArgs == f->maxArgs ? std::to_string(f->minArgs)
                                                        : std::to_string(f->minArgs) + " to " + std::to_string(f->maxArgs);
        fail(e.position, "Function " + writtenName(e) + "() takes " + expected + " argument" +
                             (f->maxArgs == 1 ? "" : "s") + ", got " + std::to_string(n) + " in " + e.text);
      }
      if (e.distinct && !f->aggregate) fail(e.position, "DISTINCT is only allowed in aggregating functions: " + e.text);
      if (f->aggregate) {
        if (!env.aggregation)
          fail(e.position, "Invalid use of aggregating function " + writtenName(e) + "(...) in this context: " + e.text);
        for (const auto& child : e.children)
          if (containsAggregate(*child)) fail(e.position, "Cannot nest aggregating functions: " + e.text);
        return aggregate(e, env);
      }
      p->kind = BoundExprKind::Function;
      p->name = e.name;
      p->function = f;
      // size(collect(x)) is fine: a scalar function passes on whether aggregates are allowed.
      bool wasPredicate = inPredicate_;
      if (e.name == "exists") inPredicate_ = true;  // exists((a)-->()) takes a pattern
      bindChildren(env);
      inPredicate_ = wasPredicate;
      return p;
    }
    case ExprKind::Index: p->kind = BoundExprKind::Index; break;
    case ExprKind::Slice: p->kind = BoundExprKind::Slice; break;
    case ExprKind::HasLabels:
      for (const auto& l : e.keys) out_.names.labels.insert(l);
      p->kind = BoundExprKind::HasLabels;
      p->names = e.keys;
      break;
    case ExprKind::Case:
      p->kind = BoundExprKind::Case;
      p->hasSubject = e.hasSubject;
      p->hasElse = e.hasElse;
      break;
    case ExprKind::ListComprehension:
    case ExprKind::Quantifier: return comprehension(e, env);
    case ExprKind::MapProjection: {
      for (const auto& k : e.keys) out_.names.keys.insert(k);
      auto it = env.scope->find(e.name);
      if (it == env.scope->end()) fail(e.position, "Variable `" + e.name + "` not defined");
      p->kind = BoundExprKind::MapProjection;
      p->children.push_back(slotExpr(it->second.slot, e.name));
      for (std::size_t i = 0; i < e.keys.size(); ++i) {
        MapProjectionEntry entry;
        entry.kind = static_cast<MapEntryKind>(e.entryKinds[i]);
        entry.key = e.keys[i];
        if (e.children[i]) entry.value = expr(*e.children[i], env);
        p->entries.push_back(std::move(entry));
      }
      return p;
    }
    case ExprKind::PatternPredicate:
      // Only a predicate, as in openCypher and Neo4j 5: a list of matches is a pattern comprehension.
      if (!inPredicate_)
        fail(e.position, "A pattern expression can only be used in WHERE or inside exists(): " + e.text);
      notePattern(*e.pattern);
      return patternPredicate(e, env);
    case ExprKind::Subquery: return subquery(e, env);
    case ExprKind::Reduce: return reduce(e, env);
    case ExprKind::Unsupported: fail(e.position, e.name + " is not supported yet");
  }
  bindChildren(env);
  if (p->kind == BoundExprKind::ListLiteral) foldConstantList(*p);
  return p;
}

BoundExprPtr Binder::aggregate(const Expr& e, const ExprEnv& env) {
  AggregateSpec spec;
  if (e.kind == ExprKind::CountStar) {
    spec.kind = AggregateKind::CountStar;
  } else {
    static const std::map<std::string, AggregateKind> kinds = {
        {"count", AggregateKind::Count}, {"sum", AggregateKind::Sum}, {"avg", AggregateKind::Avg},
        {"min", AggregateKind::Min},     {"max", AggregateKind::Max}, {"collect", AggregateKind::Collect},
        {"stdev", AggregateKind::StDev}, {"stdevp", AggregateKind::StDevP},
        {"percentilecont", AggregateKind::PercentileCont}, {"percentiledisc", AggregateKind::PercentileDisc}};
    spec.kind = kinds.at(e.name);
    spec.distinct = e.distinct;
    ExprEnv input{env.aggregation->input, nullptr, nullptr, nullptr};
    spec.argument = expr(*e.children[0], input);
    if (e.children.size() == 2) {
      spec.percentile = expr(*e.children[1], input);
      if (spec.percentile->kind != BoundExprKind::Constant && spec.percentile->kind != BoundExprKind::Parameter)
        fail(e.children[1]->position, "The percentile of " + writtenName(e) +
                                          "() must be a literal or a parameter (one value for every row), got " +
                                          e.children[1]->text);
    }
  }
  spec.slot = newSlot("");
  spec.text = e.text;
  if (env.computed) (*env.computed)[e.text] = spec.slot;
  env.aggregation->aggregates->push_back(std::move(spec));
  return slotExpr(env.aggregation->aggregates->back().slot, e.text);
}

BoundExprPtr Binder::comprehension(const Expr& e, const ExprEnv& env) {
  auto p = std::make_unique<BoundExpr>();
  p->text = e.text;
  p->kind = e.kind == ExprKind::Quantifier ? BoundExprKind::Quantifier : BoundExprKind::ListComprehension;
  p->quantifier = e.quantifier;
  // [x IN collect(y) | ...] aggregates in its list, where aggregates are allowed at all.
  p->children.push_back(expr(*e.children[0], env));
  p->slot = newSlot(e.name);
  Scope inner = *env.scope;
  inner[e.name] = Variable{p->slot, VariableKind::Unknown};
  // Elements of a list literal of one known type give the variable that type.
  StaticType element = StaticType::Unknown;
  if (e.children[0]->kind == ExprKind::ListLiteral && !e.children[0]->children.empty()) {
    element = typeOf(*e.children[0]->children[0], *env.scope);
    for (const auto& item : e.children[0]->children)
      if (typeOf(*item, *env.scope) != element) element = StaticType::Unknown;
  }
  auto saved = localTypes_;
  if (element != StaticType::Unknown && element != StaticType::Null) localTypes_[e.name] = element;
  else localTypes_.erase(e.name);
  ExprEnv innerEnv{&inner, env.computed, env.item, nullptr};
  for (std::size_t i = 1; i < e.children.size(); ++i)
    p->children.push_back(e.children[i] ? expr(*e.children[i], innerEnv) : nullptr);
  localTypes_ = saved;
  return p;
}

BoundExprPtr Binder::patternPredicate(const Expr& e, const ExprEnv& env) {
  const Scope& scope = *env.scope;
  const ExprEnv mapEnv{env.scope, nullptr, nullptr, nullptr};
  for (const PatternPart& part : e.pattern->parts) {
    for (const NodePattern& n : part.nodes)
      if (!n.variable.empty() && !scope.count(n.variable))
        fail(e.position, "A pattern predicate cannot introduce the new variable `" + n.variable + "`");
    for (const RelationshipPattern& r : part.relationships)
      if (!r.variable.empty() && !scope.count(r.variable))
        fail(e.position, "A pattern predicate cannot introduce the new variable `" + r.variable + "`");
  }
  // A variable-length step needs the walk of a MATCH, and a property map is served best by the
  // planner (a seek on `{id: 'c77'}` to start from, filters decided from typed columns): the
  // predicate is EXISTS { pattern } then. Without either, the walk below (no plan per row).
  auto hasPropertyMap = [](const PatternPart& part) {
    return std::any_of(part.nodes.begin(), part.nodes.end(), [](const NodePattern& n) { return n.properties != nullptr; }) ||
           std::any_of(part.relationships.begin(), part.relationships.end(),
                       [](const RelationshipPattern& r) { return r.properties != nullptr; });
  };
  for (const PatternPart& part : e.pattern->parts)
    for (const RelationshipPattern& r : part.relationships)
      if (r.variableLength || hasPropertyMap(part)) {
        Expr exists;
        exists.kind = ExprKind::Subquery;
        exists.subqueryKind = SubqueryKind::Exists;
        exists.position = e.position;
        exists.text = e.text;
        exists.pattern = e.pattern;
        exists.children.push_back(nullptr);
        return subquery(exists, env);
      }
  const PatternPart& part = e.pattern->parts.at(0);
  auto p = std::make_unique<BoundExpr>();
  p->kind = BoundExprKind::PatternPredicate;
  p->text = e.text;
  auto slotOf = [&](const std::string& name) -> Slot { return name.empty() ? -1 : scope.at(name).slot; };
  // Walk from the first node if it is named, else from the last (reversing directions).
  std::size_t n = part.nodes.size();
  bool reverse = part.nodes.front().variable.empty();
  if (reverse && part.nodes.back().variable.empty())
    fail(e.position, "A pattern predicate must start or end at a variable: " + e.text);
  auto properties = [&](const ExprPtr& map) { return map ? expr(*map, mapEnv) : nullptr; };
  const NodePattern& start = reverse ? part.nodes.back() : part.nodes.front();
  p->patternStart = slotOf(start.variable);
  p->names = start.labels;
  p->children.push_back(properties(start.properties));
  for (std::size_t k = 0; k + 1 < n; ++k) {
    std::size_t relIndex = reverse ? n - 2 - k : k;
    const RelationshipPattern& rel = part.relationships[relIndex];
    const NodePattern& next = reverse ? part.nodes[relIndex] : part.nodes[relIndex + 1];
    PatternStep step;
    step.typeNames = rel.types;
    step.direction = rel.direction;
    if (reverse && rel.direction != Direction::Both)
      step.direction = rel.direction == Direction::Outgoing ? Direction::Incoming : Direction::Outgoing;
    step.relSlot = slotOf(rel.variable);
    step.nodeSlot = slotOf(next.variable);
    step.nodeLabelNames = next.labels;
    step.relProperties = properties(rel.properties);
    step.nodeProperties = properties(next.properties);
    p->pattern.push_back(std::move(step));
  }
  return p;
}

BoundExprPtr Binder::subquery(const Expr& e, const ExprEnv& env) {
  auto p = std::make_unique<BoundExpr>();
  p->kind = BoundExprKind::Subquery;
  p->text = e.text;
  p->subqueryKind = e.subqueryKind;
  const auto firstSlot = static_cast<Slot>(out_.slotCount);  // slots from here on are the subquery's own
  BoundSingleQuery query;
  if (e.query) {
    std::vector<std::string> columns;
    query = nested(*e.query, *env.scope, Role::Predicate, columns);
    if (e.subqueryKind == SubqueryKind::Collect) {
      // COLLECT { ... RETURN x }: the list of x, so the body must return one column.
      const auto* last = query.clauses.empty() ? nullptr : std::get_if<BoundProjection>(&query.clauses.back());
      if (last == nullptr || !last->isReturn || last->outputs.size() != 1)
        fail(e.position, "A COLLECT subquery must end with a RETURN of exactly one column: " + e.text);
      p->children.push_back(slotExpr(last->outputs[0], last->columns[0]));
    }
  } else {
    // A pattern (with a WHERE, and for a comprehension a projection) over the expression's scope.
    inPatternScope(*env.scope, [&] {
      query.clauses.emplace_back(bindPattern(*e.pattern, e.children[0].get(), false));
      if (e.subqueryKind == SubqueryKind::Collect) p->children.push_back(expr(*e.children[1], scopeEnv()));
    });
  }
  SlotCollector used;
  used.query(query);
  for (const auto& child : p->children) used.expr(child);
  for (Slot s : used.slots)
    if (s < firstSlot) p->imports.push_back(s);
  p->subqueryIndex = static_cast<int>(out_.subqueries.size());
  out_.subqueries.push_back(std::move(query));
  out_.subqueryKinds.push_back(e.subqueryKind);
  return p;
}

BoundExprPtr Binder::reduce(const Expr& e, const ExprEnv& env) {
  auto p = std::make_unique<BoundExpr>();
  p->kind = BoundExprKind::Reduce;
  p->text = e.text;
  p->children.push_back(expr(*e.children[0], env));
  p->children.push_back(expr(*e.children[1], env));
  p->slot = newSlot(e.name);
  p->elementSlot = newSlot(e.keys[0]);
  Scope inner = *env.scope;
  inner[e.name] = Variable{p->slot, VariableKind::Unknown};
  inner[e.keys[0]] = Variable{p->elementSlot, VariableKind::Unknown};
  auto saved = localTypes_;
  localTypes_.erase(e.name);
  localTypes_.erase(e.keys[0]);
  p->children.push_back(expr(*e.children[2], ExprEnv{&inner, env.computed, env.item, nullptr}));
  localTypes_ = saved;
  return p;
}

}  // namespace check
}  // namespace kgq
