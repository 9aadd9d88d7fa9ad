// The check stage: AST -> bound query. The binder resolves every name of a statement exactly once
// — variables to slots with their kinds, functions to their registry entries, parameters to
// indexes — and validates it on the way: every variable is defined where it is used and keeps one
// kind (node, relationship, path, value); aggregates appear only in projections and never nested;
// functions exist and get the right number of arguments; projections have unique column names;
// WITH items are aliased; UNION parts agree on their columns; a query ends with RETURN or an
// update. Type errors evident from the text (`1 AND true`) are reported here too.
//
// Promises: a statement that binds runs without name errors; every problem is reported as
// kgq::Error(Semantic) naming the expression (its text, line and column).
#pragma once

#include "query/check/bound_query.h"
#include "query/parse/ast.h"

namespace kgq {

// What the check stage hands to the planner: the bound statement.
using CheckedQuery = BoundQuery;

class ProcedureRegistry;  // query/procedures/registry.h

// `procedures` resolves CALL; without it a CALL is an error.
CheckedQuery checkStatement(ast::Statement statement, const ProcedureRegistry* procedures = nullptr);

}  // namespace kgq
