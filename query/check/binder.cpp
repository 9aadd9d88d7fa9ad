// The binder's statement and clause level: UNION parts, clause order rules, UNWIND, SET, REMOVE,
// DELETE. Patterns, projections and expressions are in the other bind_*.cpp files.
#include "query/check/binder.h"

#include "query/check/checker.h"
#include "query/function/function_registry.h"

#include <kgq/kgq.h>

namespace kgq {
namespace check {

using namespace ast;

void fail(const Position& at, const std::string& message) {
  throw Error(ErrorKind::Semantic, message + " (line " + std::to_string(at.line) + ", column " +
                                       std::to_string(at.column) + ")");
}

bool isAggregate(const Expr& e) {
  if (e.kind == ExprKind::CountStar) return true;
  if (e.kind != ExprKind::FunctionCall) return false;
  const FunctionEntry* f = findFunction(e.name);
  return f != nullptr && f->aggregate;
}

bool containsAggregate(const Expr& e) {
  if (isAggregate(e)) return true;
  for (const auto& child : e.children)
    if (child && containsAggregate(*child)) return true;
  return false;
}

void splitConjuncts(BoundExprPtr e, std::vector<BoundExprPtr>& out) {
  if (e->kind == BoundExprKind::Binary && e->op == BinaryOp::And) {
    splitConjuncts(std::move(e->children[0]), out);
    splitConjuncts(std::move(e->children[1]), out);
  } else {
    out.push_back(std::move(e));
  }
}

namespace {

const char* kindText(VariableKind kind) {
  switch (kind) {
    case VariableKind::Node: return "a node";
    case VariableKind::Relationship: return "a relationship";
    case VariableKind::Path: return "a path";
    case VariableKind::Value:
    case VariableKind::Unknown: return "a value";
  }
  return "?";
}

bool isUpdate(ClauseKind kind) {
  return kind == ClauseKind::Create || kind == ClauseKind::Merge || kind == ClauseKind::Set ||
         kind == ClauseKind::Remove || kind == ClauseKind::Delete;
}

}  // namespace

Slot Binder::newSlot(const std::string& variable) {
  out_.slotNames.push_back(variable);
  return static_cast<Slot>(out_.slotCount++);
}

Variable Binder::declare(const std::string& name, VariableKind kind, const Position& at) {
  auto it = scope_.find(name);
  if (it == scope_.end()) return scope_.emplace(name, Variable{newSlot(name), kind}).first->second;
  // A value of unknown type (coalesce(b, c) AS x) may well be a node: checked when the query runs.
  if (it->second.kind != VariableKind::Unknown && it->second.kind != kind)
    fail(at, "Variable `" + name + "` is already " + kindText(it->second.kind) + ", cannot use it as " + kindText(kind));
  return it->second;
}

BoundSingleQuery Binder::singleQuery(const SingleQuery& query, std::vector<std::string>& columns) {
  scope_.clear();
  return clauses(query, Role::Statement, columns);
}

BoundSingleQuery Binder::nested(const SingleQuery& query, const Scope& imported, Role role,
                                std::vector<std::string>& columns, Scope* inner) {
  Scope start = imported;  // `imported` may be scope_ itself
  Scope outer = std::move(scope_);
  std::map<std::string, StaticType> outerTypes = localTypes_;
  bool outerPredicate = inPredicate_;
  scope_ = std::move(start);
  inPredicate_ = false;
  BoundSingleQuery bound = clauses(query, role, columns);
  if (inner) *inner = std::move(scope_);
  scope_ = std::move(outer);
  localTypes_ = std::move(outerTypes);
  inPredicate_ = outerPredicate;
  return bound;
}

BoundSingleQuery Binder::clauses(const SingleQuery& query, Role role, std::vector<std::string>& columns) {
  BoundSingleQuery bound;
  for (std::size_t i = 0; i < query.clauses.size(); ++i) {
    const Clause& c = query.clauses[i];
    bool last = i + 1 == query.clauses.size();
    if (role == Role::Foreach && !isUpdate(c.kind) && c.kind != ClauseKind::Foreach)
      fail(c.position, "Only update clauses (CREATE, MERGE, SET, REMOVE, DELETE, FOREACH) can be used in FOREACH");
    if (role == Role::Predicate && (isUpdate(c.kind) || c.kind == ClauseKind::Foreach))
      fail(c.position, "An EXISTS, COUNT or COLLECT subquery cannot change the graph");
    if (isUpdate(c.kind)) out_.updates = true;
    switch (c.kind) {
      case ClauseKind::Match: bound.clauses.emplace_back(match(c)); break;
      case ClauseKind::Unwind: bound.clauses.emplace_back(unwind(c)); break;
      case ClauseKind::With:
        bound.clauses.emplace_back(projection(c, false));
        if (last && role != Role::Predicate) fail(c.position, "A query cannot end with WITH; add a RETURN");
        break;
      case ClauseKind::Return: {
        if (!last) fail(query.clauses[i + 1].position, "RETURN must be the last clause of a query");
        BoundProjection p = projection(c, true);
        columns = p.columns;
        bound.clauses.emplace_back(std::move(p));
        break;
      }
      case ClauseKind::Create: bound.clauses.emplace_back(create(c.pattern, false)); break;
      case ClauseKind::Merge: bound.clauses.emplace_back(merge(c)); break;
      case ClauseKind::Set:
      case ClauseKind::Remove: bound.clauses.emplace_back(setOrRemove(c)); break;
      case ClauseKind::Delete: bound.clauses.emplace_back(deleteClause(c)); break;
      case ClauseKind::Foreach: bound.clauses.emplace_back(foreach(c)); break;
      case ClauseKind::CallSubquery: bound.clauses.emplace_back(callSubquery(c)); break;
      case ClauseKind::Call: bound.clauses.emplace_back(call(c, columns)); break;
    }
    bool endsUnit = c.kind == ClauseKind::Foreach ||
                    (c.kind == ClauseKind::CallSubquery && !std::get<BoundCallSubquery>(bound.clauses.back()).returnsRows) ||
                    (c.kind == ClauseKind::Call && (c.standalone || std::get<BoundCall>(bound.clauses.back()).yields.empty()));
    if (last && (role == Role::Statement || role == Role::CallBody) && c.kind != ClauseKind::Return &&
        !isUpdate(c.kind) && !endsUnit)
      fail(c.position, "A query must end with RETURN or an update clause (CREATE, MERGE, SET, REMOVE, DELETE)");
  }
  return bound;
}

BoundForeach Binder::foreach(const Clause& c) {
  BoundForeach f;
  f.list = expr(*c.expression, scopeEnv());
  f.variable = c.variable;
  Scope inner = scope_;
  if (inner.count(c.variable)) fail(c.position, "Variable `" + c.variable + "` already declared");
  f.slot = newSlot(c.variable);
  inner[c.variable] = Variable{f.slot, VariableKind::Unknown};
  std::vector<std::string> ignored;
  f.body = std::make_unique<BoundSingleQuery>(nested(*c.subquery, inner, Role::Foreach, ignored));
  return f;
}

BoundCallSubquery Binder::callSubquery(const Clause& c) {
  BoundCallSubquery call;
  const SingleQuery& body = *c.subquery;
  // Variables come in only through an importing WITH, as in Neo4j: CALL { WITH a ... }.
  bool imports = !body.clauses.empty() && body.clauses.front().kind == ClauseKind::With;
  std::vector<std::string> columns;
  call.body = std::make_unique<BoundSingleQuery>(nested(body, imports ? scope_ : Scope{}, Role::CallBody, columns));
  for (const Clause& inner : body.clauses)
    if (isUpdate(inner.kind) || inner.kind == ClauseKind::Foreach || inner.kind == ClauseKind::CallSubquery)
      call.writes = true;
  if (!body.clauses.empty() && body.clauses.back().kind == ClauseKind::Return) {
    call.returnsRows = true;
    const auto& ret = std::get<BoundProjection>(call.body->clauses.back());
    for (std::size_t i = 0; i < ret.columns.size(); ++i) {
      if (scope_.count(ret.columns[i]))
        fail(c.position, "Variable `" + ret.columns[i] + "` already declared: CALL { } cannot return it again");
      scope_[ret.columns[i]] = Variable{ret.outputs[i], VariableKind::Unknown};
      call.outputs.push_back(ret.outputs[i]);
    }
  }
  return call;
}

BoundUnwind Binder::unwind(const Clause& c) {
  BoundUnwind u;
  u.list = expr(*c.expression, scopeEnv());
  if (scope_.count(c.variable)) fail(c.position, "Variable `" + c.variable + "` already declared");
  u.variable = c.variable;
  u.slot = declare(c.variable, VariableKind::Unknown, c.position).slot;
  return u;
}

UpdateSpec Binder::setItem(const SetItem& item) {
  UpdateSpec spec;
  spec.labels = item.labels;
  spec.text = item.target->text;
  for (const auto& l : item.labels) out_.names.labels.insert(l);
  switch (item.kind) {
    case SetItem::Property:
      spec.kind = UpdateKind::SetProperty;
      spec.key = item.target->name;
      out_.names.keys.insert(item.target->name);
      break;
    case SetItem::ReplaceProperties: spec.kind = UpdateKind::ReplaceProperties; break;
    case SetItem::MergeProperties: spec.kind = UpdateKind::MergeProperties; break;
    case SetItem::Labels: {
      spec.kind = UpdateKind::AddLabels;
      for (const auto& label : item.labels)
        if (label.empty())
          fail(item.target->position, "SET cannot write an empty label (``) on `" + item.target->name +
                                          "`: labels must have a name");
      auto it = scope_.find(item.target->name);
      if (it != scope_.end() && it->second.kind != VariableKind::Node && it->second.kind != VariableKind::Unknown)
        fail(item.target->position,
             "Labels can only be set on nodes: `" + item.target->name + "` is " + kindText(it->second.kind));
      break;
    }
  }
  BoundExprPtr target = expr(*item.target, scopeEnv());
  // x.key = v: the update's target is x, not the property.
  spec.target = item.kind == SetItem::Property ? std::move(target->children[0]) : std::move(target);
  if (item.value) spec.value = expr(*item.value, scopeEnv());
  return spec;
}

BoundSetOrRemove Binder::setOrRemove(const Clause& c) {
  BoundSetOrRemove s;
  s.isSet = c.kind == ClauseKind::Set;
  for (const SetItem& item : c.setItems) s.items.push_back(setItem(item));
  for (const RemoveItem& item : c.removeItems) {
    UpdateSpec spec;
    spec.text = item.target->text;
    spec.labels = item.labels;
    for (const auto& l : item.labels) out_.names.labels.insert(l);
    BoundExprPtr target = expr(*item.target, scopeEnv());
    if (item.kind == RemoveItem::Property) {
      spec.kind = UpdateKind::RemoveProperty;
      spec.key = item.target->name;
      out_.names.keys.insert(item.target->name);
      spec.target = std::move(target->children[0]);
    } else {
      spec.kind = UpdateKind::RemoveLabels;
      spec.target = std::move(target);
    }
    s.items.push_back(std::move(spec));
  }
  return s;
}

BoundDelete Binder::deleteClause(const Clause& c) {
  BoundDelete d;
  d.detach = c.detach;
  for (const auto& target : c.deleteTargets) d.targets.push_back(expr(*target, scopeEnv()));
  return d;
}

}  // namespace check

CheckedQuery checkStatement(ast::Statement statement, const Catalog& catalog) {
  using namespace ast;
  CheckedQuery bound;
  bound.kind = statement.kind;
  bound.explain = statement.explain;
  bound.profile = statement.profile;
  if (statement.kind != StatementKind::Query) {  // a schema command: nothing to bind
    bound.returnsRows = false;
    bound.schema = statement.schema;
    return bound;
  }
  for (std::size_t i = 0; i < statement.queries.size(); ++i) {
    check::Binder binder(bound, catalog.procedures, catalog.functions);
    std::vector<std::string> columns;
    bound.queries.push_back(binder.singleQuery(statement.queries[i], columns));
    const Clause& last = statement.queries[i].clauses.back();
    bool returns = last.kind == ClauseKind::Return || (last.standalone && !columns.empty());
    if (i == 0) bound.returnsRows = returns;
    else if (returns != bound.returnsRows)
      throw Error(ErrorKind::Semantic, "All sub queries in a UNION must either return rows or not");
    if (i == 0) {
      bound.columns = columns;
    } else if (columns != bound.columns) {
      auto list = [](const std::vector<std::string>& names) {
        std::string out;
        for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
        return "(" + out + ")";
      };
      throw Error(ErrorKind::Semantic, "All sub queries in a UNION must have the same return column names: " +
                                           list(bound.columns) + " and " + list(columns));
    }
  }
  for (std::size_t i = 1; i < statement.unionAll.size(); ++i)
    if (statement.unionAll[i] != statement.unionAll[0])
      throw Error(ErrorKind::Semantic, "Cannot mix UNION and UNION ALL");
  bound.unionAll = !statement.unionAll.empty() && statement.unionAll[0];
  return bound;
}

}  // namespace kgq
