// The function registry: every Cypher function kgq knows, in one table — its name, how many
// arguments it takes, whether it aggregates, and (for a scalar function) its implementation. The
// binder resolves a call to its entry once; the executor calls the entry's implementation; the
// Aggregate operator computes the aggregates itself.
//
// Promises: one entry per function; lookups are by lower-case name; every scalar entry has an
// implementation and no aggregate has one (tests/unit/function_registry_test.cpp).
#pragma once

#include <kgq/value.h>

#include <functional>
#include <string_view>
#include <vector>

namespace kgq {

struct BoundExpr;    // query/check/bound_expr.h
struct EvalContext;  // query/exec/evaluator.h

// Evaluated arguments (already checked for count), the call (for messages), the context.
using FunctionImpl = Value (*)(std::vector<Value>& args, const BoundExpr& call, EvalContext& ctx);

struct FunctionEntry {
  std::string_view name;  // lower case
  int minArgs;
  int maxArgs;
  bool aggregate;
  FunctionImpl implementation;  // null for aggregates
  // A function the embedding program registered (query/function/user_functions.h): what
  // `implementation` calls, with the arguments materialized.
  std::function<Value(const std::vector<Value>& args)> external = nullptr;
};

// The entry of `lowerCaseName`, or nullptr if there is no such function.
const FunctionEntry* findFunction(std::string_view lowerCaseName);
const std::vector<FunctionEntry>& allFunctions();

}  // namespace kgq
