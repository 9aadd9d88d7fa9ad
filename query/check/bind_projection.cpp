// The binder's projections, WITH and RETURN: items (`*` expanded), aggregation split into grouping
// keys, aggregates and the items computed from them, DISTINCT, ORDER BY, SKIP, LIMIT and WITH's
// WHERE, and the new scope the projection leaves behind.
#include "query/check/binder.h"

namespace kgq::check {

using namespace ast;

namespace {

// Only literals and parameters may give a SKIP or LIMIT count.
const Expr* firstVariable(const Expr& e) {
  if (e.kind == ExprKind::Variable) return &e;
  for (const auto& child : e.children)
    if (child)
      if (const Expr* found = firstVariable(*child)) return found;
  return nullptr;
}

}  // namespace

BoundExprPtr Binder::skipOrLimit(const ExprPtr& count, const char* clause) {
  if (!count) return nullptr;
  if (const Expr* variable = firstVariable(*count))
    fail(variable->position, std::string("It is not allowed to refer to variables in ") + clause + ": " + count->text);
  if (count->kind == ExprKind::Literal && !(count->value.isInt() && count->value.asInt() >= 0))
    fail(count->position, std::string(clause) + " must be a non-negative integer, got " + count->text);
  Scope none;
  return expr(*count, ExprEnv{&none, nullptr, nullptr, nullptr});
}

BoundProjection Binder::projection(const Clause& clause, bool isReturn) {
  const Projection& p = clause.projection;
  BoundProjection out;
  out.isReturn = isReturn;
  out.distinct = p.distinct;

  // The items, `*` first: the visible variables in name order (as Neo4j does).
  struct Item {
    const Expr* expr;
    std::string name;
    bool hasAlias;
  };
  std::vector<Item> items;
  std::vector<std::unique_ptr<Expr>> starItems;
  if (p.star) {
    if (scope_.empty())
      fail(clause.position,
           std::string(isReturn ? "RETURN" : "WITH") + " * is not allowed when there are no variables in scope");
    for (const auto& entry : scope_) {
      auto variable = std::make_unique<Expr>();
      variable->kind = ExprKind::Variable;
      variable->name = variable->text = entry.first;
      variable->position = clause.position;
      items.push_back({variable.get(), entry.first, true});
      starItems.push_back(std::move(variable));
    }
  }
  for (const ProjectionItem& item : p.items) items.push_back({item.expression.get(), item.alias, item.hasAlias});
  // Checked right after the item is bound, so that an error inside it is reported first.
  auto checkItem = [&](const Item& item) {
    if (!isReturn && !item.hasAlias && item.expr->kind != ExprKind::Variable)
      fail(item.expr->position, "Expression in WITH must be aliased (use AS): " + item.expr->text);
    for (const Item& other : items) {
      if (&other == &item) break;
      if (other.name == item.name)
        fail(item.expr->position, "Multiple result columns with the same name `" + item.name + "`");
    }
  };
  for (const Item& item : items) {
    out.aggregating = out.aggregating || containsAggregate(*item.expr);
    out.columns.push_back(item.name);
  }

  // What each new name holds: an entity's kind when it renames a variable, a plain value when
  // the expression's type is evident, otherwise unknown until the query runs.
  auto kindOf = [&](const Expr& e) {
    if (e.kind == ExprKind::Variable) {
      auto it = scope_.find(e.name);
      if (it != scope_.end()) return it->second.kind;
    }
    StaticType type = typeOf(e, scope_);
    // null may stand for anything (WITH null AS a MATCH (a)-->() is fine): only a known value type
    // rules out a node.
    bool entity = type == StaticType::Node || type == StaticType::Relationship || type == StaticType::Path;
    bool known = type != StaticType::Unknown && type != StaticType::Null;
    return known && !entity ? VariableKind::Value : VariableKind::Unknown;
  };

  Scope newScope;
  std::map<std::string, Slot, std::less<>> computed;  // expression text -> the slot holding it
  AggregateCollector collector{&scope_, &out.aggregates};
  if (out.aggregating) {
    // Grouping keys: the items without aggregates, over the input.
    for (const Item& item : items) {
      if (containsAggregate(*item.expr)) continue;
      Slot s = newSlot(item.name);
      out.groupKeys.push_back({expr(*item.expr, scopeEnv()), s});
      checkItem(item);
      computed[item.expr->text] = s;
      if (item.expr->kind == ExprKind::Variable) computed[item.expr->name] = s;
      newScope[item.name] = Variable{s, kindOf(*item.expr)};
    }
    // Items with aggregates: computed from the keys and the aggregates' results.
    Scope keysOnly = newScope;
    for (const Item& item : items) {
      if (!containsAggregate(*item.expr)) continue;
      VariableKind kind = kindOf(*item.expr);
      ExprEnv env{&keysOnly, &computed, &item.expr->text, &collector};
      BoundExprPtr bound = expr(*item.expr, env);
      checkItem(item);
      Slot s;
      if (bound->kind == BoundExprKind::Slot && isAggregate(*item.expr)) {
        s = bound->slot;  // the aggregate's own slot
      } else {
        s = newSlot(item.name);
        out.items.push_back({std::move(bound), s});
        computed[item.expr->text] = s;
      }
      newScope[item.name] = Variable{s, kind};
    }
  } else {
    for (const Item& item : items) {
      Slot s = newSlot(item.name);
      out.items.push_back({expr(*item.expr, scopeEnv()), s});
      checkItem(item);
      computed[item.expr->text] = s;
      newScope[item.name] = Variable{s, kindOf(*item.expr)};
    }
  }
  for (const Item& item : items) out.outputs.push_back(newScope.at(item.name).slot);

  // ORDER BY (and WITH's WHERE) see the new names first, then, while rows still correspond to the
  // earlier bindings (no aggregation, no DISTINCT), the earlier ones.
  Scope orderScope = newScope;
  if (!out.aggregating && !p.distinct)
    for (const auto& entry : scope_) orderScope.insert(entry);
  // A bare name means the new variable: drop a computed expression whose text is some item's
  // alias but which computes something else (WITH a AS b, b AS a).
  for (const Item& item : items)
    if (item.expr->text != item.name) computed.erase(item.name);
  AggregateCollector orderCollector{&orderScope, &out.aggregates};
  for (const SortItem& s : p.orderBy) {
    if (containsAggregate(*s.expression) && !out.aggregating)
      fail(s.expression->position,
           "Cannot ORDER BY an aggregate in a projection that does not aggregate: " + s.expression->text);
    ExprEnv env{&orderScope, &computed, nullptr, out.aggregating ? &orderCollector : nullptr};
    out.orderBy.push_back({expr(*s.expression, env), s.descending});
  }
  out.skip = skipOrLimit(p.skip, "SKIP");
  out.limit = skipOrLimit(p.limit, "LIMIT");

  scope_ = std::move(newScope);
  if (clause.where) {
    inPredicate_ = true;
    out.where = expr(*clause.where, ExprEnv{&orderScope, &computed, nullptr, nullptr});
    inPredicate_ = false;
  }
  return out;
}

}  // namespace kgq::check
