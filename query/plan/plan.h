// The plan: what the planner (query/plan/planner.h) produces and the executor runs. A tree of
// PlanNodes, each one relational operator over rows that are fixed-size vectors of Values
// addressed by slot. Each operator kind is its own struct (namespace plan) with exactly the fields
// it needs, held in a variant, so the compiler knows which fields a kind has; EXPLAIN and PROFILE
// text is made from them (query/plan/plan_explain.cpp). Expressions are bound expressions
// (query/check/bound_expr.h) whose names the planner has resolved to the graph's interned ids.
//
// Promises: a plan refers to the graph only through interned ids (a name the graph does not know
// gets kMissingName, which matches nothing) and its indexes, so it is valid as long as the graph's
// interners (PropertyGraph::namesGeneration) and indexes are.
#pragma once

#include "query/check/bound_query.h"

#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace kgq {

namespace plan {

// How EXPLAIN and error messages name a pattern's node: its variable and labels.
struct NodeText {
  std::string variable;
  std::vector<std::string> labels;
};

// ---- leaves ----

struct Start {};     // one empty row
struct Argument {};  // the row of the enclosing operator, once (leaf of an optional branch, MERGE)

// ---- node scans and seeks: input x the nodes they find -> slot ----

// What every node source shares: the slot it binds, the labels the node must have besides the one
// it scans, and the predicates folded into it (no row leaves it only to be dropped).
struct NodeSource {
  Slot slot = -1;
  NodeText text;
  std::vector<LabelId> labels;
  std::vector<BoundExprPtr> filters;
  // A seek's own predicate among the filters (or -1): it is kept for the seek values whose index
  // comparison is not exactly `=` (null, NaN, lists, temporal...); for a string, boolean or
  // number other than NaN (or an IN list of them) every candidate passes it: not evaluated then.
  int seekPredicate = -1;
};
struct AllNodesScan : NodeSource {};
struct LabelScan : NodeSource {
  LabelId label = kMissingName;  // the (smallest) label scanned
};
// The nodes whose `id` property equals `id` (PropertyGraph::nodesWithId: the key index, and the
// index of ids that are not keys) — or, `by` InternalId or ElementId, the node whose id(n) or
// elementId(n) it is — with the equality kept among the filters.
struct NodeByIdSeek : NodeSource {
  enum class By { IdProperty, InternalId, ElementId };
  BoundExprPtr id;           // known before the seek: constants, parameters, earlier variables
  bool eachElement = false;  // `id` is a list (`n.id IN list`): the nodes of each distinct element
  By by = By::IdProperty;
};
struct NodeIndexSeek : NodeSource {
  LabelId indexLabel = kMissingName;  // the index's label (or PropertyIndex::kAnyLabel)
  KeyId key = kMissingName;
  std::string keyName;
  BoundExprPtr value;
  bool eachElement = false;  // as NodeByIdSeek's
};

// ---- expansions ----

// Expand (into = false): from `from` over edges of `types` in `direction` to a new node `to` that
// has `toLabels`; ExpandInto (into = true): `to` is bound, keep the edges that reach it.
struct Expand {
  Slot from = -1, rel = -1, to = -1;
  bool into = false;
  bool relAlreadyBound = false;      // the relationship variable was bound by an earlier clause
  std::vector<LabelId> toLabels;
  std::vector<TypeId> types;         // empty = any type
  Direction direction = Direction::Outgoing;
  std::vector<Slot> distinctFrom;    // relationship slots of the same MATCH this edge must differ from
  std::string pattern;               // the step as written, for EXPLAIN and messages
};

// Every live relationship of `types` (empty: any) in relationship order, per input row: `rel`
// bound to it, `from` to its source and `to` to its target, the ends tested for their labels;
// undirected, each orientation (a self-loop once); `from` and `to` one slot: self-loops only.
// The planner starts a pattern part here when a predicate reads the relationship alone
// (query/plan/plan_match.cpp): relationship properties are stored by relationship, so this
// order reads them in sequence, where expanding from nodes reads them at random.
struct RelationshipScan {
  Slot from = -1, rel = -1, to = -1;
  std::vector<TypeId> types;
  bool undirected = false;
  std::vector<LabelId> fromLabels, toLabels;
  std::vector<BoundExprPtr> filters;  // the predicates placed on it
  std::string pattern;
};

// Walks minHops..maxHops edges (each edge once per walk); `rel` gets the list; into: `to` is
// bound and must be the end.
struct VarExpand {
  Slot from = -1, rel = -1, to = -1;
  bool into = false;
  std::vector<LabelId> toLabels;
  std::vector<TypeId> types;
  Direction direction = Direction::Outgoing;
  std::vector<Slot> distinctFrom;
  std::int64_t minHops = 1;
  std::int64_t maxHops = -1;   // -1: no upper bound given (the connection's limit applies)
  BoundExprPtr relProperties;  // a map every edge walked must match, or null
  std::string pattern;
  bool backwards = false;      // walks the pattern from its right end: `rel` lists the edges reversed
};

// Equality join of two inputs that do not read each other's slots: children[0] (the plan so far)
// and children[1] (a pattern part planned from a Start leaf). The side estimated smaller
// (buildLeft) is read whole into a hash table on its key; the other streams and probes it. A
// match is the left row with the right side's `rightSlots` copied in. The table's equivalence
// admits every pair that `=` makes true (null keys never match), and the planner keeps the `=` as
// a filter above the join, so `=`'s exact answer (NaN, lists holding null) decides.
struct HashJoin {
  BoundExprPtr leftKey, rightKey;
  std::vector<Slot> rightSlots;
  bool buildLeft = false;
  std::string text;  // the join's equality as written, for EXPLAIN
};

// The distinct endpoints of a variable-length walk whose relationships nobody reads, for a
// consumer that ignores duplicates (query/plan/prune_walks.h says when the planner uses it):
// per input row, each node reachable from `from` within minHops..maxHops edges once (into:
// the row once if `to` is), found breadth first with a visited mark per node.
// Counting (countSlot set, query/plan/count_rewrites.h): `to` is not bound; per input row, one
// row whose countSlot holds how many endpoints it has (none: no row) — acrossRows: how many of
// them no earlier input row had, so that the counts add up to the distinct endpoints of all rows.
struct PruningVarExpand {
  Slot from = -1, to = -1;
  bool into = false;
  std::vector<LabelId> toLabels;
  std::vector<TypeId> types;
  Direction direction = Direction::Outgoing;
  std::vector<Slot> distinctFrom;  // relationships the walk must not use (the rest of its MATCH)
  std::int64_t minHops = 1;        // 0 or 1
  std::int64_t maxHops = -1;       // -1: no upper bound
  BoundExprPtr relProperties;
  std::string pattern;
  Slot countSlot = -1;
  bool acrossRows = false;
};

// Breadth-first search from `from` to the bound `to`; `path` gets the path, `rel` the edges;
// allShortest: every shortest path, else one.
struct ShortestPath {
  Slot from = -1, rel = -1, to = -1, path = -1;
  std::vector<TypeId> types;
  Direction direction = Direction::Outgoing;
  std::int64_t minHops = 1;
  std::int64_t maxHops = -1;
  bool allShortest = false;
  BoundExprPtr relProperties;
  // The MATCH's WHERE conjuncts that read the path or its relationships: the answer is the
  // shortest path (or paths) that passes them, as in Neo4j, which searches on when the shortest
  // path fails them.
  std::vector<BoundExprPtr> pathPredicates;
  NodeText fromText, toText;
};

// `path` = the path through `elements` (node, relationship or list of them, node, ...).
struct ProjectPath {
  Slot path = -1;
  std::string variable;
  std::vector<Slot> elements;
};

// ---- relational ----

struct Filter {
  BoundExprPtr predicate;
};
struct Project {
  std::vector<ProjectItem> items;
  std::vector<std::string> names;  // for EXPLAIN: the items' names ("aggregated items" if empty)
};
// Group by `keys` (into their slots), aggregates into theirs. weightSlot: each row stands for as
// many rows as this slot says (an ExpandCount's count); -1: for one.
struct Aggregate {
  std::vector<ProjectItem> keys;
  std::vector<AggregateSpec> aggregates;
  Slot weightSlot = -1;
};
struct Distinct {
  std::vector<Slot> slots;  // rows unique on these
};
// By keys; with `limit`, only the first `limit` rows are kept (top-k).
struct Sort {
  std::vector<SortKey> keys;
  BoundExprPtr limit;
  BoundExprPtr skip;  // with a limit: the rows skipped first are kept too (skip + limit, saturating)
};
struct Skip {
  BoundExprPtr count;
};
struct Limit {
  BoundExprPtr count;
};
struct Unwind {
  BoundExprPtr list;
  Slot slot = -1;
  std::string variable;
};
// children[1] runs per input row; no match -> the input row with `nullable` null.
struct Optional {
  std::vector<Slot> nullable;
};
// Every child in turn; copies each child's childOutputs[i] into outputs[i].
struct Union {
  std::vector<Slot> outputs;
  std::vector<std::vector<Slot>> childOutputs;
  bool all = false;
};

// ---- subqueries ----

// Per input row, for each element of `list` (in `slot`): runs children[1] (the body, from an
// Argument) to its end; then the input row goes on.
struct Foreach {
  BoundExprPtr list;
  Slot slot = -1;
  std::string variable;
};
// CALL { }: per input row, runs children[1] (the body, from an Argument); each of its rows goes
// on (returnsRows), or, for a unit subquery, the input row once the body has run.
struct Apply {
  bool returnsRows = false;
};

// Per input row, the rows of `procedure` called with `arguments`, each yielded output in its
// slot; a procedure that yields nothing passes the input row on once.
struct ProcedureCall {
  const Procedure* procedure = nullptr;
  std::vector<BoundExprPtr> arguments;
  std::vector<std::pair<std::size_t, Slot>> yields;  // output index -> slot
  std::string name;                                  // the procedure's name, for EXPLAIN
};

// ---- updates ----

struct Eager {};  // reads all input rows before passing any on (writes must not see their own effects)
struct Create {
  std::vector<CreateNodeSpec> nodes;
  std::vector<CreateRelSpec> relationships;
};
// Per row: children[1] (the pattern, from an Argument) matches -> onMatch, else create + onCreate.
struct Merge {
  std::vector<CreateNodeSpec> nodes;
  std::vector<CreateRelSpec> relationships;
  std::vector<UpdateSpec> onCreate, onMatch;
  std::size_t line = 1, column = 1;
};
struct SetOrRemove {
  bool isSet = true;
  std::vector<UpdateSpec> items;
};
// All rows: delete the targets (relationships first), DETACH if detach.
struct Delete {
  std::vector<BoundExprPtr> targets;
  bool detach = false;
};

// ---- counting without matching (query/plan/count_rewrites.h says when each replaces what) ----

// One row: the number of live nodes with `label` (all nodes without hasLabel) in each
// aggregate's slot.
struct NodeCountFromCountStore {
  bool hasLabel = false;
  LabelId label = kMissingName;
  std::vector<AggregateSpec> aggregates;
  NodeText text;
};
// The live edges of `types` (any if empty): one row, or with typeSlot set one row per type with
// edges, its name in typeSlot.
struct RelationshipCountFromCountStore {
  std::vector<TypeId> types;
  Slot typeSlot = -1;
  std::vector<AggregateSpec> aggregates;
  std::string pattern;
  std::string groupedBy;
};
// Per input row, the matches of `steps` (Expand and Filter; bottom first) into `slot`; rows
// without a match are dropped.
struct ExpandCount {
  Slot slot = -1;
  std::vector<std::variant<Expand, Filter>> steps;
};

}  // namespace plan

using PlanOperator =
    std::variant<plan::Start, plan::Argument, plan::AllNodesScan, plan::LabelScan, plan::NodeByIdSeek,
                 plan::NodeIndexSeek, plan::RelationshipScan, plan::Expand, plan::VarExpand, plan::HashJoin, plan::PruningVarExpand, plan::ShortestPath, plan::ProjectPath,
                 plan::Filter, plan::Project, plan::Aggregate, plan::Distinct, plan::Sort, plan::Skip, plan::Limit,
                 plan::Unwind, plan::Optional, plan::Union, plan::Eager, plan::Create, plan::Merge,
                 plan::SetOrRemove, plan::Delete, plan::NodeCountFromCountStore,
                 plan::RelationshipCountFromCountStore, plan::ExpandCount, plan::Foreach, plan::Apply,
                 plan::ProcedureCall>;

struct PlanNode {
  PlanOperator op;
  std::vector<std::unique_ptr<PlanNode>> children;  // children[0] is the input
  double estimatedRows = 0;

  template <class T> T* as() { return std::get_if<T>(&op); }
  template <class T> const T* as() const { return std::get_if<T>(&op); }
  template <class T> bool is() const { return std::holds_alternative<T>(op); }
};

// What PROFILE measured for one operator.
struct OperatorProfile {
  std::uint64_t rows = 0;
  double micros = 0;  // inclusive of the operators below it
};

// One count of the graph the planner's estimates read, with the value it had (plan_statistics.h).
struct StatisticReading {
  enum class Kind : std::uint8_t { Nodes, Edges, Label, Type };
  Kind kind;
  std::uint32_t id;  // the label or type; 0 for Nodes and Edges
  std::size_t count;
};

// A planned statement, ready to run.
struct QueryPlan {
  std::unique_ptr<PlanNode> root;
  std::vector<std::string> columns;
  std::vector<Slot> outputSlots;
  std::size_t slotCount = 0;
  std::vector<std::string> parameterNames;  // BoundExprKind::Parameter names, by index
  // The plans of subquery expressions, by BoundExpr::subqueryIndex (each from an Argument).
  std::vector<std::unique_ptr<PlanNode>> subplans;
  std::vector<StatisticReading> statistics;  // what its estimates were made from
  bool returnsRows = true;                  // false for a write query without RETURN
  bool explain = false;
  bool profile = false;
};

}  // namespace kgq
