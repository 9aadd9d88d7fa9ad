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
  std::map<std::string, Slot>* computed = nullptr;
  const std::string* item = nullptr;             // the projection item being bound, for messages
  AggregateCollector* aggregation = nullptr;     // null: aggregates are not allowed here
};

class Binder {
 public:
  explicit Binder(BoundQuery& out) : out_(out) {}

  // Binds one part of a UNION; `columns` gets its result columns (empty without RETURN).
  BoundSingleQuery singleQuery(const ast::SingleQuery& query, std::vector<std::string>& columns);

 private:
  BoundQuery& out_;
  Scope scope_;
  std::map<std::string, StaticType> localTypes_;  // comprehension variables with known types
  bool inPredicate_ = false;                      // binding a WHERE: pattern expressions allowed

  Slot newSlot(const std::string& variable);
  // Declares `name` as `kind` in the scope (a new slot) or checks it is that kind already.
  Variable declare(const std::string& name, VariableKind kind, const ast::Position& at);
  ExprEnv scopeEnv() const { return ExprEnv{&scope_, nullptr, nullptr, nullptr}; }

  // clauses (binder.cpp)
  BoundUnwind unwind(const ast::Clause& clause);
  BoundSetOrRemove setOrRemove(const ast::Clause& clause);
  BoundDelete deleteClause(const ast::Clause& clause);
  UpdateSpec setItem(const ast::SetItem& item);

  // patterns (bind_pattern.cpp)
  void notePattern(const ast::Pattern& pattern);
  BoundMatch match(const ast::Clause& clause);
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
  StaticType typeOf(const ast::Expr& e, const Scope& scope) const;
  void checkTypes(const ast::Expr& e, const Scope& scope) const;
};

// Splits a bound WHERE at its top-level ANDs.
void splitConjuncts(BoundExprPtr e, std::vector<BoundExprPtr>& out);

}  // namespace kgq::check
