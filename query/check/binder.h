// The binder: the class behind checkStatement (query/check/checker.h), internal to the check
// stage. One Binder binds one part of a UNION, clause by clause, keeping the scope — the
// variables visible at that point, each with its slot and kind. Its work is split by what it
// binds: clauses (binder.cpp), patterns of MATCH / CREATE / MERGE (bind_pattern.cpp), WITH and
// RETURN (bind_projection.cpp), expressions (bind_expression.cpp).
#pragma once

#include "query/check/bound_query.h"
#include "query/check/static_types.h"
#include "query/parse/ast.h"

#include <map>
#include <string>
#include <vector>

namespace kgq {
class ProcedureRegistry;
class UserFunctions;
}

namespace kgq::check {

[[noreturn]] void fail(const ast::Position& at, const std::string& message);

// True if `e` is a call of an aggregating function (count(*) included).
bool isAggregate(const ast::Expr& e);
// True if `e` or any subexpression is an aggregate.
bool containsAggregate(const ast::Expr& e);

struct Variable {
  Slot slot;
  VariableKind kind;
};
using Scope = std::map<std::string, Variable>;

// The aggregates of an aggregating projection, gathered while its items are bound: each distinct
// aggregate (by text) gets one spec and slot; its argument sees `input`.
struct AggregateCollector {
  const Scope* input;
  std::vector<AggregateSpec>* aggregates;
};

// How to bind an expression: the variables it may use; the expressions already computed into
// slots (by text: after a projection, ORDER BY and WHERE may repeat an item); where aggregates
// are allowed, who collects them.
struct ExprEnv {
  const Scope* scope = nullptr;
  std::map<std::string, Slot, std::less<>>* computed = nullptr;  // by text: found by view, not copied
  const SourceText* item = nullptr;              // the projection item being bound, for messages
  AggregateCollector* aggregation = nullptr;     // null: aggregates are not allowed here
};

class Binder {
 public:
  Binder(BoundQuery& out, const ProcedureRegistry* procedures, const UserFunctions* functions)
      : out_(out), procedures_(procedures), functions_(functions) {}

  // Binds one part of a UNION; `columns` gets its result columns (empty without RETURN).
  BoundSingleQuery singleQuery(const ast::SingleQuery& query, std::vector<std::string>& columns);

  // Where a query's clauses stand, which decides how it may end and what it may contain.
  enum class Role {
    Statement,   // a statement (or UNION part): ends with RETURN or an update
    CallBody,    // CALL { }: ends with RETURN or an update
    Predicate,   // EXISTS { } / COUNT { }: ends anyhow, reads only
    Foreach,     // FOREACH ( | ...): update clauses only
  };

 private:
  BoundQuery& out_;
  const ProcedureRegistry* procedures_;
  const UserFunctions* functions_;
  Scope scope_;
  std::map<std::string, StaticType> localTypes_;  // comprehension variables with known types
  bool inPredicate_ = false;                      // binding a WHERE: pattern expressions allowed

  Slot newSlot(const std::string& variable);
  // Declares `name` as `kind` in the scope (a new slot) or checks it is that kind already.
  Variable declare(const std::string& name, VariableKind kind, const ast::Position& at);
  ExprEnv scopeEnv() const { return ExprEnv{&scope_, nullptr, nullptr, nullptr}; }

  // clauses (binder.cpp)
  BoundSingleQuery clauses(const ast::SingleQuery& query, Role role, std::vector<std::string>& columns);
  // Binds `query` in a scope of its own that starts as `imported`; the current scope is kept.
  BoundSingleQuery nested(const ast::SingleQuery& query, const Scope& imported, Role role,
                          std::vector<std::string>& columns, Scope* inner = nullptr);
  BoundForeach foreach(const ast::Clause& clause);
  BoundCallSubquery callSubquery(const ast::Clause& clause);
  // CALL of a procedure (bind_call.cpp); `columns` gets a standalone call's result columns.
  BoundCall call(const ast::Clause& clause, std::vector<std::string>& columns);
  BoundUnwind unwind(const ast::Clause& clause);
  BoundSetOrRemove setOrRemove(const ast::Clause& clause);
  BoundDelete deleteClause(const ast::Clause& clause);
  UpdateSpec setItem(const ast::SetItem& item);

  // patterns (bind_pattern.cpp)
  void notePattern(const ast::Pattern& pattern);
  BoundMatch match(const ast::Clause& clause);
  BoundMatch bindPattern(const ast::Pattern& pattern, const ast::Expr* where, bool optional);
  BoundCreate create(const ast::Pattern& pattern, bool merge);
  BoundMerge merge(const ast::Clause& clause);

  // projections (bind_projection.cpp)
  BoundProjection projection(const ast::Clause& clause, bool isReturn);
  BoundExprPtr skipOrLimit(const ast::ExprPtr& count, const char* clause);

  // expressions (bind_expression.cpp)
  BoundExprPtr expr(const ast::Expr& e, const ExprEnv& env);
  BoundExprPtr aggregate(const ast::Expr& e, const ExprEnv& env);
  BoundExprPtr comprehension(const ast::Expr& e, const ExprEnv& env);
  BoundExprPtr patternPredicate(const ast::Expr& e, const ExprEnv& env);
  // A subquery expression: its query bound in a scope that starts as the expression's.
  BoundExprPtr subquery(const ast::Expr& e, const ExprEnv& env);
  BoundExprPtr reduce(const ast::Expr& e, const ExprEnv& env);
  // Runs `bind` with the scope set to `start` (outside any predicate), then restores the scope.
  template <class F>
  void inPatternScope(const Scope& start, F&& bind) {
    Scope inner = start;  // `start` may be scope_ itself
    Scope outer = std::move(scope_);
    scope_ = std::move(inner);
    bool wasPredicate = inPredicate_;
    inPredicate_ = false;
    bind();
    inPredicate_ = wasPredicate;
    scope_ = std::move(outer);
  }
  StaticType typeOf(const ast::Expr& e, const Scope& scope) const;
  void checkTypes(const ast::Expr& e, const Scope& scope) const;
};

// Splits a bound WHERE at its top-level ANDs.
void splitConjuncts(BoundExprPtr e, std::vector<BoundExprPtr>& out);

}  // namespace kgq::check
