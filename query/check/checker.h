// The check stage: AST -> checked query. Validates a statement before anything runs: every
// variable is defined where it is used and keeps one kind (node, relationship, path, value);
// aggregates appear only in projections and never nested; functions exist and get the right
// number of arguments; projections have unique column names; WITH items are aliased; UNION parts
// agree on their columns; a query ends with RETURN.
//
// Promises: a statement that passes runs without semantic surprises; every problem is reported as
// kgq::Error(Semantic) naming the expression (its text, line and column).
#pragma once

#include "query/parse/ast.h"

#include <set>
#include <string>
#include <vector>

namespace kgq {

// Value: known not to be a node, relationship or path (a number, a list...); Unknown: decided only
// when the query runs (coalesce(a, b), an UNWIND element), so it may be used as any of them.
enum class VariableKind { Node, Relationship, Path, Value, Unknown };

// The labels, relationship types and property keys a statement mentions anywhere.
struct NamesUsed {
  std::set<std::string> labels, types, keys;
};

struct CheckedQuery {
  ast::Statement statement;
  std::vector<std::string> columns;  // the result columns, in order (empty for schema commands)
  bool updates = false;              // has CREATE / MERGE / SET / REMOVE / DELETE
  bool returnsRows = true;           // ends with RETURN (a write query may end without)
  NamesUsed names;
};

CheckedQuery checkStatement(ast::Statement statement);

// True if `e` is a call of an aggregating function (count(*) included).
bool isAggregate(const ast::Expr& e);
// True if `e` or any subexpression is an aggregate.
bool containsAggregate(const ast::Expr& e);

}  // namespace kgq
