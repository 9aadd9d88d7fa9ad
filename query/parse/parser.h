// The parse stage: query text -> AST. Runs the ANTLR-generated lexer and parser over the text,
// turns syntax errors into kgq messages, and builds kgq's AST (query/parse/ast.h) from the tree.
//
// Promises: returns a complete AST or throws kgq::Error(Syntax) whose message names the line and
// column, quotes the offending line with a caret under the offending token and says what was
// expected. Never crashes on any input: invalid UTF-8 and excessive nesting are reported as
// syntax errors too.
#pragma once

#include "query/parse/ast.h"

#include <string_view>

namespace kgq {

ast::Statement parseStatement(std::string_view text);

// The deepest nesting of brackets and CASE expressions (and expression nesting) a statement may
// have; deeper input is rejected before parsing, because the recursive-descent parser would
// exhaust the stack.
constexpr int kMaxNestingDepth = 500;

// The deepest expression tree a statement may have (kgq::ast::Expr::depth): a chain such as
// 1 + 1 + ... or a.b.c... nests one level per operator although it has no brackets; the binder,
// planner and evaluator recurse once per level, so deeper input is a syntax error naming where.
constexpr int kMaxExpressionDepth = 1000;

// The most clauses one statement may have (subqueries and UNION parts included): plans,
// operators and the values a clause chain builds (WITH [x] AS x ...) are as deep as the chain.
constexpr int kMaxClauses = 1000;

}  // namespace kgq
