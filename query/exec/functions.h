// Implementations of the scalar functions in the catalog (query/check/function_catalog.h),
// indexed like allFunctions(). Aggregates are implemented by the Aggregate operator instead.
#pragma once

#include "query/exec/evaluator.h"

#include <vector>

namespace kgq {

using FunctionImpl = Value (*)(std::vector<Value>& args, const PlanExpr& call, EvalContext& ctx);

// One entry per allFunctions() entry; nullptr for aggregates.
const std::vector<FunctionImpl>& functionImplementations();

}  // namespace kgq
