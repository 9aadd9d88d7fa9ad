// The small vocabulary that every stage of the query pipeline shares: operators, quantifiers,
// relationship directions, shortest-path kinds and map-projection entry kinds. The parser writes
// them into the AST, the binder carries them into bound expressions, the planner and executor
// read them; keeping them here is what lets the plan and exec stages not include the AST.
//
// Promises: plain enums only, no dependencies.
#pragma once

namespace kgq {

enum class BinaryOp {
  Or, Xor, And,
  Eq, Neq, Lt, Gt, Le, Ge,
  Add, Sub, Mul, Div, Mod, Pow,
  In, StartsWith, EndsWith, Contains, RegexMatch
};
// The operator as Cypher writes it ("AND", "<=", "STARTS WITH", ...).
const char* binaryOpText(BinaryOp op);

enum class QuantifierKind { All, Any, None, Single };

// What a subquery expression gives: the list of its projection per match (a pattern
// comprehension), whether it has a row (EXISTS { }), or how many (COUNT { }).
enum class SubqueryKind { Collect, Exists, Count };

// Of a relationship pattern: -->, <--, or --.
enum class Direction { Outgoing, Incoming, Both };

enum class ShortestKind { None, Shortest, AllShortest };

// The entries of a map projection n {.a, .*, b: expr, c}.
enum MapEntryKind { kPropertySelector = 0, kAllProperties = 1, kLiteralEntry = 2, kVariableSelector = 3 };

// What a statement is: a query, or a schema command.
enum class StatementKind { Query, CreateIndex, DropIndex, CreateUniqueConstraint, DropConstraint };

}  // namespace kgq
