// The evaluator's hooks for temporal values: arithmetic (instant ± duration, duration ± duration,
// duration * number, duration / number) and component access (d.year, dt.timezone, dur.days).
//
// Promises: a type error or out-of-range result throws kgq::Error(Runtime) naming the expression.
#pragma once

#include "query/check/bound_expr.h"

#include <kgq/value.h>

namespace kgq {

// a OP b where a or b is temporal (neither null).
Value temporalArithmetic(BinaryOp op, const Value& a, const Value& b, const BoundExpr& where);
// base.name for a temporal base.
Value temporalComponent(const Value& base, const std::string& name, const BoundExpr& where);

}  // namespace kgq
