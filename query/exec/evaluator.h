// Expression evaluation for the executor: computes a BoundExpr over one row, with openCypher's
// semantics (three-valued logic, null propagation, integer vs float arithmetic, overflow and
// division-by-zero errors, RE2 regular expressions).
//
// Promises: never crashes on any input value; a type error or bad argument throws
// kgq::Error(Runtime) naming the expression's source text.
#pragma once

#include "graph/property_graph.h"
#include "query/check/bound_expr.h"
#include "query/exec/query_guard.h"

#include <kgq/kgq.h>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace re2 {
class RE2;
}

namespace kgq {

class GraphTransaction;
class SubqueryRunner;  // query/exec/subquery.h

struct EvalContext {
  EvalContext(const PropertyGraph& g, const std::vector<Value>& params, QueryGuard& guard);
  ~EvalContext();

  const PropertyGraph& graph;
  const std::vector<Value>& parameters;  // by QueryPlan::parameterNames index
  QueryGuard& guard;  // interruption, time and memory limits
  GraphTransaction* transaction = nullptr;  // set for a query that writes
  std::int64_t variableLengthLimit = 15;    // the deepest walk of a pattern without upper bound
  SubqueryRunner* subqueries = nullptr;     // runs the plans of subquery expressions
  // Argument vectors of function calls, kept with their capacity between calls: a call takes
  // one (nested calls take others) and gives it back, so calls allocate no vector each.
  std::vector<std::vector<Value>> spareArguments;
  // Compiled regular expressions by pattern text: a query compiles each pattern once.
  std::unordered_map<std::string, std::unique_ptr<re2::RE2>> regexes;
  // The statement's clock (UTC seconds, nanoseconds), read once by the first date()/datetime()...
  std::optional<std::pair<std::int64_t, std::int32_t>> statementClock;

  // Throws Error(Interrupted) if the query was asked to stop, Error(ResourceLimit) if it is past
  // its time limit (QueryGuard::check). Loops over many items call guard.tick() instead.
  void checkInterrupted() const { guard.check(); }
};

// Evaluates `e` over `row`. The row is not const: list comprehensions bind their variable in it.
Value evaluate(const BoundExpr& e, Row& row, EvalContext& ctx);

// WHERE semantics: only true passes (false and null do not); a non-boolean is a type error.
// A comparison a typed column decides (query/exec/column_comparison.h) is decided there.
bool evaluatePredicate(const BoundExpr& e, Row& row, EvalContext& ctx);
// The same, always by evaluating `e`: for callers that tried the column themselves.
bool evaluateCondition(const BoundExpr& e, Row& row, EvalContext& ctx);

// The {k: v} test of patterns: whether a node or relationship has every entry of a map (a null
// entry never matches; `id` is the `id` property, as every other key), with the map's keys looked
// up once, for testing many elements against one map.
class PropertyMapTest {
 public:
  // `wanted` is the evaluated map: null matches nothing, a non-map is a type error naming `where`.
  PropertyMapTest(const Value& wanted, const BoundExpr& where, const PropertyGraph& graph);
  bool matches(const Value& entity, const PropertyGraph& graph) const;

 private:
  bool never_ = false;
  std::vector<std::pair<KeyId, Value>> entries_;
};

// Whether the node or relationship `entity` has every entry of the map `wanted` (PropertyMapTest,
// for one element). `where` names the pattern in errors.
bool hasProperties(const Value& entity, const Value& wanted, const BoundExpr& where, EvalContext& ctx);

// The stored properties of a NodeRef or EdgeRef as a map (empty for anything else).
Map entityProperties(const Value& entity, const PropertyGraph& graph);

// Throws Error(Runtime) "Type mismatch: expected EXPECTED but was KIND in `TEXT`".
[[noreturn]] void typeMismatch(const std::string& expected, const Value& got, const BoundExpr& where);

}  // namespace kgq
