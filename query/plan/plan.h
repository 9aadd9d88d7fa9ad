// The plan: what the planner (query/plan/planner.h) produces and the executor runs. A tree of
// PlanNodes, each one relational operator (scan, expand, filter, project, aggregate, sort, ...),
// over rows that are fixed-size vectors of Values addressed by slot. Expressions are compiled to
// PlanExprs: variables resolved to slots, names to interned ids, functions to implementations.
//
// Promises: a plan refers to the graph only through interned ids (a name the graph does not know
// gets kMissingName, which matches nothing), so it is valid as long as the graph's interners are.
#pragma once

#include "graph/property_graph.h"
#include "query/parse/ast.h"

#include <kgq/value.h>

#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace kgq {

constexpr NameId kMissingName = std::numeric_limits<NameId>::max();
using Slot = int;
using Row = std::vector<Value>;

struct PlanExpr;
using PlanExprPtr = std::unique_ptr<PlanExpr>;

enum class PlanExprKind {
  Constant,          // constant
  Parameter,         // name
  Slot,              // slot
  Property,          // children[0].key (key / keyName); isNodeId when the key is `id`
  ListLiteral,       // children
  MapLiteral,        // names[i] -> children[i]
  Not, Negate, IsNull, IsNotNull,  // children[0]
  Binary,            // op, children[0..1]
  Function,          // allFunctions()[functionId](children...)
  Index,             // children[0][children[1]]
  Slice,             // children[0][children[1]..children[2]] (null pointers for open ends)
  HasLabels,         // children[0] has every label in labels
  Case,              // see ast::ExprKind::Case; hasSubject / hasElse
  ListComprehension, // slot = the element variable; children: list, where|null, projection|null
  Quantifier,        // slot = the element variable; children: list, predicate
  MapProjection,     // children[0] = the variable; entries
  PatternPredicate,  // pattern: steps from the bound node patternStart (labels; children[0]: its property map or null)
  PropertiesMatch,   // children[0] (node or relationship) has every entry of map children[1]
};

struct PlanExpr;
using PlanExprPtr = std::unique_ptr<PlanExpr>;

// One step of a pattern predicate: from the previous node over a relationship to the next node.
struct PatternStep {
  std::vector<TypeId> types;  // empty = any
  ast::Direction direction;
  Slot relSlot = -1;          // -1 = anonymous
  Slot nodeSlot = -1;         // -1 = anonymous
  std::vector<LabelId> nodeLabels;
  PlanExprPtr relProperties;   // a map the relationship's properties must match, or null
  PlanExprPtr nodeProperties;  // likewise for the node reached
};

struct MapProjectionEntry {
  int kind;  // ast::MapEntryKind
  std::string key;
  KeyId keyId = kMissingName;
  PlanExprPtr value;  // literal / variable entries
};

struct PlanExpr {
  PlanExprKind kind;
  std::string text;  // the source text, for error messages
  Value constant;
  std::string name;
  Slot slot = -1;
  KeyId key = kMissingName;
  bool isNodeId = false;
  ast::BinaryOp op = ast::BinaryOp::Eq;
  ast::QuantifierKind quantifier = ast::QuantifierKind::All;
  int functionId = -1;  // index into allFunctions() (query/check/function_catalog.h)
  int parameterIndex = -1;  // Parameter: index into QueryPlan::parameterNames
  bool hasSubject = false, hasElse = false;
  std::vector<PlanExprPtr> children;
  std::vector<std::string> names;
  std::vector<LabelId> labels;
  std::vector<MapProjectionEntry> entries;
  Slot patternStart = -1;
  std::vector<PatternStep> pattern;
};

enum class AggregateKind { CountStar, Count, Sum, Avg, Min, Max, Collect };

struct AggregateSpec {
  AggregateKind kind;
  bool distinct = false;
  PlanExprPtr argument;  // null for count(*)
  Slot slot;             // where the result goes
  std::string text;      // the aggregate as written, for error messages
};

struct ProjectItem {
  PlanExprPtr expr;
  Slot slot;
};

struct SortKey {
  PlanExprPtr expr;
  bool descending;
};

// CREATE / MERGE: a node to create, or a bound node the pattern refers to.
struct CreateNodeSpec {
  Slot slot;
  bool bound = false;  // already bound when the clause runs: use it, create nothing
  std::vector<std::string> labels;
  PlanExprPtr properties;  // a map literal or parameter, or null
};

// CREATE / MERGE: a relationship to create between two node slots.
struct CreateRelSpec {
  Slot slot;
  Slot from, to;
  std::string type;
  PlanExprPtr properties;
  std::string text;  // the relationship pattern, for messages
};

// SET and REMOVE items.
enum class UpdateKind { SetProperty, ReplaceProperties, MergeProperties, AddLabels, RemoveProperty, RemoveLabels };
struct UpdateSpec {
  UpdateKind kind;
  PlanExprPtr target;  // the node or relationship (for properties: the base of `x.key`)
  std::string key;     // SetProperty, RemoveProperty
  PlanExprPtr value;   // SetProperty, ReplaceProperties, MergeProperties
  std::vector<std::string> labels;
  std::string text;    // the item as written, for messages
};

enum class PlanKind {
  Start,        // one empty row
  Argument,     // the row of the enclosing operator, once (leaf of an optional branch)
  AllNodesScan, // input x every node            -> slot
  LabelScan,    // input x nodes with `label`    -> slot
  NodeByIdSeek, // input x the node whose id is expr -> slot
  NodeIndexSeek,// input x the nodes whose `key` equals expr, through the index on (label, key)
  Expand,       // from fromSlot over edges (types, direction) to toSlot (with toLabels); relSlot
  ExpandInto,   // like Expand, but toSlot is bound: keep edges that reach it
  VarExpand,    // walks minHops..maxHops edges (each edge once per walk); relSlot gets the list;
                // into: toSlot is bound and must be the end
  ShortestPath, // BFS from fromSlot to the bound toSlot; slot gets the path, relSlot the edges;
                // allShortest: every shortest path, else one
  ProjectPath,  // slot = the path through `slots` (node, relationship or list of them, node, ...)
  Filter,       // rows where expr is true
  Project,      // items: evaluate each into its slot
  Aggregate,    // group by groupKeys (into their slots), aggregates into theirs
  Distinct,     // rows unique on slots
  Sort,         // by keys; if limit is set, only the first `limit` rows (top-k)
  Skip,         // drops expr rows
  Limit,        // stops after expr rows
  Unwind,       // for each element of expr -> slot
  Optional,     // children[1] runs per input row; no match -> input row with `slots` null
  Union,        // every child in turn; copies each child's outputs[i] into slots[i]
  Eager,        // reads all input rows before passing any on (writes must not see their own effects)
  Create,       // per row: createNodes then createRels
  Merge,        // per row: children[1] (the pattern, from an Argument) matches -> onMatch, else create + onCreate
  Update,       // per row: SET / REMOVE items (updates)
  Delete,       // all rows: delete deleteTargets (relationships first), DETACH if detach
  // Counting without matching (query/plan/count_rewrites.cpp says when each replaces what):
  NodeCountFromCountStore,          // one row: the number of live nodes with the label in `labels`
                                    // (all nodes if it is empty) in each aggregate's slot
  RelationshipCountFromCountStore,  // the live edges of `types` (any if empty): one row, or with
                                    // `slot` set one row per type with edges, its name in `slot`
  ExpandCount,  // per input row, the matches of `steps` (Expand, ExpandInto, Filter; bottom first)
                // into `slot`; rows without a match are dropped
};

struct PlanNode {
  PlanKind kind;
  std::vector<std::unique_ptr<PlanNode>> children;  // children[0] is the input
  Slot slot = -1;
  Slot fromSlot = -1, relSlot = -1, toSlot = -1;
  bool relAlreadyBound = false;  // Expand: the relationship variable was bound by an earlier clause
  LabelId label = kMissingName;
  KeyId key = kMissingName;        // NodeIndexSeek
  std::vector<LabelId> labels;   // scans and expands: labels the produced node must have
  std::vector<TypeId> types;     // empty = any type
  ast::Direction direction = ast::Direction::Outgoing;
  std::vector<Slot> distinctFrom;  // Expand: relationship slots this edge must differ from
  std::int64_t minHops = 1;        // VarExpand, ShortestPath
  std::int64_t maxHops = -1;       // -1: no upper bound given (the connection's limit applies)
  bool into = false;               // VarExpand
  bool allShortest = false;        // ShortestPath
  PlanExprPtr relProperties;       // VarExpand, ShortestPath: a map every edge must match
  PlanExprPtr expr;
  std::vector<PlanExprPtr> filters; // AllNodesScan, LabelScan: predicates each produced row must pass
                                    // (Filters folded into the scan: no row leaves it only to be dropped)
  std::vector<ProjectItem> items;   // Project; Aggregate group keys
  std::vector<AggregateSpec> aggregates;
  std::vector<SortKey> sortKeys;
  PlanExprPtr limit;                // Sort: keep only this many rows (top-k)
  std::vector<Slot> slots;          // Distinct keys; Optional null slots; Union output slots
  std::vector<std::vector<Slot>> childOutputs;  // Union: each child's output slots
  std::vector<CreateNodeSpec> createNodes;  // Create, Merge
  std::vector<CreateRelSpec> createRels;    // Create, Merge
  std::vector<UpdateSpec> updates, onCreate, onMatch;
  std::vector<PlanExprPtr> deleteTargets;
  bool detach = false;
  std::vector<std::unique_ptr<PlanNode>> steps;  // ExpandCount: the chain it counts, without inputs
  Slot weightSlot = -1;             // Aggregate: each row stands for as many rows as this slot
                                    // says (an ExpandCount's count); -1: for one
  std::string detail;               // for EXPLAIN: the pattern or expression text
  double estimatedRows = 0;
};

// What PROFILE measured for one operator.
struct OperatorProfile {
  std::uint64_t rows = 0;
  double micros = 0;  // inclusive of the operators below it
};

// A planned statement, ready to run.
struct QueryPlan {
  std::unique_ptr<PlanNode> root;
  std::vector<std::string> columns;
  std::vector<Slot> outputSlots;
  std::size_t slotCount = 0;
  std::vector<std::string> parameterNames;  // PlanExprKind::Parameter names, by index
  bool returnsRows = true;                  // false for a write query without RETURN
  bool explain = false;
  bool profile = false;
};

}  // namespace kgq
