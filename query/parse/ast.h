// The AST: kgq's own representation of a parsed statement. Produced by the parser stage
// (query/parse/parser.h) from the ANTLR parse tree; everything downstream reads only this.
//
// Promises: every node carries the source position (1-based line and column) and, for
// expressions, the exact source text (used for column names and error messages; each node
// shares the statement's text rather than holding a copy). The AST is a
// plain tree of values owned through unique_ptr; it holds no ANTLR type.
#pragma once

#include "query/common/cypher_enums.h"
#include "query/common/schema_command.h"
#include "query/common/source_text.h"

#include <kgq/value.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kgq::ast {

struct Position {
  std::size_t line = 1;
  std::size_t column = 1;
};

// ---- Expressions ----

enum class ExprKind {
  Literal,          // value
  Parameter,        // name
  Variable,         // name
  Property,         // children[0].name
  ListLiteral,      // children
  MapLiteral,       // keys[i] -> children[i]
  Not,              // children[0]
  Negate,           // children[0]
  Binary,           // op, children[0], children[1]
  IsNull,           // children[0]
  IsNotNull,        // children[0]
  FunctionCall,     // name (lower-cased), distinct, children = arguments
  CountStar,        //
  Index,            // children[0][children[1]]
  Slice,            // children[0][children[1]..children[2]] (either bound may be a null pointer)
  HasLabels,        // children[0]:names...
  Case,             // children: [subject?] (when, then)* [else?]; hasSubject, hasElse
  ListComprehension,// name = variable; children: list, where (or null), projection (or null)
  Quantifier,       // name = variable, op = ALL/ANY/NONE/SINGLE; children: list, predicate
  MapProjection,    // name = variable; keys/children: entries (see MapEntryKind)
  PatternPredicate, // pattern (a relationship pattern used as a boolean)
  Subquery,         // subqueryKind; pattern comprehension: pattern, children: where|null, projection;
                    // EXISTS / COUNT: pattern + children: where|null, or query (a whole subquery)
  Reduce,           // name = accumulator, keys[0] = element variable; children: init, list, step
  Unsupported       // a construct the grammar knows but the engine does not run yet; name says which
};

// The enums shared with later stages (query/common/cypher_enums.h), under their AST names.
using kgq::BinaryOp;
using kgq::binaryOpText;
using kgq::QuantifierKind;
using kgq::SubqueryKind;
using kgq::Direction;
using kgq::ShortestKind;
using kgq::MapEntryKind;
using kgq::kPropertySelector;
using kgq::kAllProperties;
using kgq::kLiteralEntry;
using kgq::kVariableSelector;

struct Pattern;
struct Expr;
struct SingleQuery;
using ExprPtr = std::unique_ptr<Expr>;

struct Expr {
  ExprKind kind;
  Position position;
  SourceText text;  // the source text, whitespace as written (shared, not copied: source_text.h)
  Value value;       // Literal
  std::string name;  // Parameter, Variable, Property key, function name, comprehension variable
  BinaryOp op = BinaryOp::Eq;
  QuantifierKind quantifier = QuantifierKind::All;
  bool distinct = false;  // FunctionCall
  bool hasSubject = false, hasElse = false;  // Case
  std::vector<ExprPtr> children;
  std::vector<std::string> keys;  // MapLiteral keys; HasLabels labels; MapProjection entry keys
  std::vector<int> entryKinds;    // MapProjection: see MapProjectionEntry
  std::shared_ptr<Pattern> pattern;  // PatternPredicate, Subquery
  SubqueryKind subqueryKind = SubqueryKind::Collect;  // Subquery
  std::shared_ptr<SingleQuery> query;  // Subquery given as a whole query: EXISTS { MATCH ... }
  // Levels of expressions from this one down to its deepest leaf (a leaf has 1), at most
  // kMaxExpressionDepth (query/parse/parser.h): every later stage may recurse this deep.
  std::uint32_t depth = 1;
};

// ---- Patterns ----

struct NodePattern {
  Position position;
  std::string variable;  // empty if anonymous
  std::vector<std::string> labels;
  ExprPtr properties;    // a MapLiteral or Parameter, or null
};

struct RelationshipPattern {
  Position position;
  std::string variable;
  std::vector<std::string> types;  // empty = any type
  Direction direction = Direction::Outgoing;
  ExprPtr properties;
  bool variableLength = false;
  std::optional<std::int64_t> minHops, maxHops;  // for variable length; unset = default
};

// nodes[0] rels[0] nodes[1] rels[1] ... nodes[n]
struct PatternPart {
  Position position;
  std::string pathVariable;
  ShortestKind shortest = ShortestKind::None;
  std::vector<NodePattern> nodes;
  std::vector<RelationshipPattern> relationships;
};

struct Pattern {
  std::vector<PatternPart> parts;
};

// ---- Clauses ----

struct ProjectionItem {
  ExprPtr expression;
  std::string alias;  // the column name: the alias, or the expression's text
  bool hasAlias = false;
};

struct SortItem {
  ExprPtr expression;
  bool descending = false;
};

struct Projection {
  Position position;
  bool distinct = false;
  bool star = false;
  std::vector<ProjectionItem> items;
  std::vector<SortItem> orderBy;
  ExprPtr skip;
  ExprPtr limit;
};

enum class ClauseKind { Match, Unwind, With, Return, Create, Merge, Set, Remove, Delete, Foreach, CallSubquery, Call };

struct SetItem {
  enum Kind { Property, ReplaceProperties, MergeProperties, Labels } kind;
  ExprPtr target;  // Property: the Property expression; others: the Variable
  ExprPtr value;
  std::vector<std::string> labels;
};

struct RemoveItem {
  enum Kind { Property, Labels } kind;
  ExprPtr target;
  std::vector<std::string> labels;
};

struct Clause {
  ClauseKind kind;
  Position position;
  // Match
  bool optional = false;
  Pattern pattern;  // Match, Create, Merge (one part)
  ExprPtr where;    // Match, With
  // Unwind
  ExprPtr expression;
  std::string variable;
  // With, Return
  Projection projection;
  // Set, Merge actions
  std::vector<SetItem> setItems;
  std::vector<SetItem> onCreate, onMatch;
  std::vector<RemoveItem> removeItems;
  // Delete
  bool detach = false;
  std::vector<ExprPtr> deleteTargets;
  // Call (a procedure): its name as written, the arguments (hasArguments: in parentheses, else
  // taken from the parameters of the inputs' names), YIELD items (output -> variable, or yieldStar),
  // WHERE in `where`; standalone: the whole statement, as `CALL proc` or `SHOW PROCEDURES`
  std::string procedure;
  std::vector<ExprPtr> arguments;
  bool hasArguments = true;
  std::vector<std::pair<std::string, std::string>> yields;
  bool yieldStar = false;
  bool standalone = false;
  // CallSubquery: the subquery; Foreach (with `variable`, `expression`): the update clauses run for
  // each element
  std::shared_ptr<SingleQuery> subquery;
};

struct SingleQuery {
  std::vector<Clause> clauses;
};

using kgq::StatementKind;

struct Statement {
  StatementKind kind = StatementKind::Query;
  bool explain = false;
  bool profile = false;
  std::vector<SingleQuery> queries;  // joined by UNION
  std::vector<bool> unionAll;        // unionAll[i] joins queries[i] and queries[i+1]
  SchemaCommand schema;  // CreateIndex, DropIndex, CreateUniqueConstraint, DropConstraint
};

}  // namespace kgq::ast
