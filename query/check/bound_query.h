// The bound query: the check stage's output and the planner's only input. The binder
// (query/check/binder.h) resolves every name of the AST exactly once: each variable — and each
// anonymous pattern element — becomes a slot of the row, with its kind; projections are split
// into grouping keys, aggregates and the items computed from them; expressions are bound
// (query/check/bound_expr.h). Clauses stay in query order, one struct per clause kind.
//
// Promises: a bound query is valid openCypher as far as names, scopes, kinds, aggregate placement
// and function arity go; the planner chooses how to run it and never reports a name error.
#pragma once

#include "query/check/bound_expr.h"
#include "query/common/schema_command.h"

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

namespace kgq {

struct Procedure;  // query/procedures/registry.h

// What a variable holds. Value: known not to be a node, relationship or path (a number, a
// list...); Unknown: decided only when the query runs (coalesce(a, b), an UNWIND element).
enum class VariableKind { Node, Relationship, Path, Value, Unknown };

// The labels, relationship types and property keys a statement mentions anywhere.
struct NamesUsed {
  std::set<std::string> labels, types, keys;
};

// ---- patterns ----

struct BoundNodePattern {
  Slot slot = -1;
  std::string variable;       // empty if anonymous
  bool boundBefore = false;   // bound by an earlier clause (MATCH: an earlier part of this one too)
  std::vector<std::string> labels;
  BoundExprPtr properties;    // a MapLiteral or Parameter, or null
};

struct BoundRelationshipPattern {
  Slot slot = -1;
  std::string variable;
  bool boundBefore = false;
  std::vector<std::string> types;  // empty = any type
  Direction direction = Direction::Outgoing;
  BoundExprPtr properties;
  bool variableLength = false;
  std::optional<std::int64_t> minHops, maxHops;  // unset = the default
};

// nodes[0] relationships[0] nodes[1] ... nodes[n]
struct BoundPatternPart {
  Slot pathSlot = -1;  // -1 without a path variable
  std::string pathVariable;
  ShortestKind shortest = ShortestKind::None;
  std::vector<BoundNodePattern> nodes;
  std::vector<BoundRelationshipPattern> relationships;
};

// ---- clauses ----

struct BoundMatch {
  bool optional = false;
  std::vector<BoundPatternPart> parts;
  std::vector<BoundExprPtr> where;  // the WHERE's conjuncts
  std::vector<Slot> introduced;     // slots this clause binds (OPTIONAL MATCH nulls them)
};

struct BoundUnwind {
  BoundExprPtr list;
  Slot slot;
  std::string variable;
};

struct ProjectItem {
  BoundExprPtr expr;
  Slot slot;
};

enum class AggregateKind { CountStar, Count, Sum, Avg, Min, Max, Collect, StDev, StDevP, PercentileCont, PercentileDisc };

struct AggregateSpec {
  AggregateKind kind;
  bool distinct = false;
  BoundExprPtr argument;  // null for count(*)
  // percentileCont / percentileDisc: the percentile, a constant or a parameter (one value for the
  // whole aggregation, as every group reads it); null for the others.
  BoundExprPtr percentile;
  Slot slot;              // where the result goes
  std::string text;       // the aggregate as written, for error messages
};

struct SortKey {
  BoundExprPtr expr;
  bool descending;
};

// WITH or RETURN. Without aggregation every item is computed into its slot (`items`); with it,
// `groupKeys` and `aggregates` are computed over the input, then `items` (those that are neither
// a key nor a bare aggregate) from their slots.
struct BoundProjection {
  bool isReturn = false;
  bool distinct = false;
  bool aggregating = false;
  std::vector<std::string> columns;  // item names, in order
  std::vector<Slot> outputs;         // item slots, in order
  std::vector<ProjectItem> groupKeys;
  std::vector<AggregateSpec> aggregates;
  std::vector<ProjectItem> items;
  std::vector<SortKey> orderBy;
  BoundExprPtr skip, limit;  // constant expressions (literals, parameters)
  BoundExprPtr where;  // WITH ... WHERE, or null
};

// A node or relationship that CREATE / MERGE makes (or, `bound`, reuses).
struct CreateNodeSpec {
  Slot slot;
  bool bound = false;  // bound before the clause or earlier in it: use it, create nothing
  std::vector<std::string> labels;
  BoundExprPtr properties;  // a map literal or parameter, or null
};

struct CreateRelSpec {
  Slot slot;
  Slot from, to;
  std::string type;
  BoundExprPtr properties;
  std::string text;  // the relationship pattern, for messages
};

struct BoundCreate {
  std::vector<CreateNodeSpec> nodes;
  std::vector<CreateRelSpec> relationships;
};

enum class UpdateKind { SetProperty, ReplaceProperties, MergeProperties, AddLabels, RemoveProperty, RemoveLabels };

// One SET or REMOVE item.
struct UpdateSpec {
  UpdateKind kind;
  BoundExprPtr target;  // the node or relationship (for properties: the base of `x.key`)
  std::string key;      // SetProperty, RemoveProperty
  BoundExprPtr value;   // SetProperty, ReplaceProperties, MergeProperties
  std::vector<std::string> labels;
  std::string text;     // the item as written, for messages
};

// MERGE: `match` finds the pattern (planned like a MATCH from the input row); `create` makes it.
struct BoundMerge {
  BoundMatch match;
  BoundCreate create;
  std::vector<UpdateSpec> onCreate, onMatch;
  std::size_t line = 1, column = 1;
};

struct BoundSetOrRemove {
  bool isSet = true;
  std::vector<UpdateSpec> items;
};

struct BoundDelete {
  bool detach = false;
  std::vector<BoundExprPtr> targets;
};

struct BoundSingleQuery;

// FOREACH (x IN list | updates): the body runs once per element, with x in `slot`.
struct BoundForeach {
  BoundExprPtr list;
  Slot slot;
  std::string variable;
  std::unique_ptr<BoundSingleQuery> body;
};

// CALL { subquery }: the body runs once per input row; with a RETURN, each of its rows extends
// the input row (its columns in `outputs`), without one (a unit subquery) the input row goes on.
struct BoundCallSubquery {
  std::unique_ptr<BoundSingleQuery> body;
  bool returnsRows = false;
  bool writes = false;
  std::vector<Slot> outputs;
};

// CALL proc(args) [YIELD ...] [WHERE ...]: per input row, the procedure's rows, each output it
// yields in its slot.
struct BoundCall {
  const Procedure* procedure = nullptr;  // in the database's registry
  std::vector<BoundExprPtr> arguments;   // one per input, defaults filled in
  std::vector<std::pair<std::size_t, Slot>> yields;  // output index -> slot
  BoundExprPtr where;
};

using BoundClause = std::variant<BoundMatch, BoundUnwind, BoundProjection, BoundCreate, BoundMerge,
                                 BoundSetOrRemove, BoundDelete, BoundForeach, BoundCallSubquery, BoundCall>;

struct BoundSingleQuery {
  std::vector<BoundClause> clauses;
};

struct BoundQuery {
  StatementKind kind = StatementKind::Query;
  bool explain = false, profile = false;
  std::vector<BoundSingleQuery> queries;  // joined by UNION
  bool unionAll = false;
  std::vector<std::string> columns;       // the result columns, in order (empty for schema commands)
  bool updates = false;                   // has CREATE / MERGE / SET / REMOVE / DELETE
  bool returnsRows = true;                // ends with RETURN (a write query may end without)
  NamesUsed names;
  std::size_t slotCount = 0;              // slots the binder allocated
  std::vector<std::string> slotNames;     // the variable of each slot ("" for anonymous ones)
  std::vector<std::string> parameterNames;  // by BoundExpr::parameterIndex
  // The subqueries of subquery expressions (pattern comprehensions, EXISTS { }, COUNT { }), by
  // BoundExpr::subqueryIndex; each runs from the row of the expression that uses it.
  std::vector<BoundSingleQuery> subqueries;
  std::vector<SubqueryKind> subqueryKinds;  // what each subquery's expression asks of it
  std::vector<Slot> outputs;  // a standalone CALL's result slots (otherwise the RETURN's)
  SchemaCommand schema;  // CreateIndex, DropIndex, CreateUniqueConstraint, DropConstraint
};

}  // namespace kgq
