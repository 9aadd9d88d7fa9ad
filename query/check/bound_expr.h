// Bound expressions: what the binder (query/check/binder.h) makes of an AST expression. Every
// variable is resolved to the slot of the row that holds it, every function call to its entry in
// the function registry, every parameter to its index; what remains are names of labels,
// relationship types and property keys, which the planner resolves to the graph's interned ids
// (the binder does not know the graph). The planner builds its own predicates in this form too,
// and the executor evaluates it (query/exec/evaluator.h).
//
// Promises: a bound expression refers to no name that could fail to resolve: a variable that is
// not in scope, a function that does not exist or gets the wrong number of arguments, an
// aggregate out of place are all errors of the binder, never of a later stage.
#pragma once

#include "graph/interner.h"
#include "query/common/cypher_enums.h"
#include "query/common/source_text.h"

#include <kgq/value.h>

#include <limits>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace kgq {

using Slot = int;
using Row = std::vector<Value>;
using LabelId = NameId;
using TypeId = NameId;
using KeyId = NameId;
// The id of a name the graph does not know: it matches nothing.
constexpr NameId kMissingName = std::numeric_limits<NameId>::max();

struct FunctionEntry;  // query/function/function_registry.h

enum class BoundExprKind {
  Constant,          // constant
  Parameter,         // name, parameterIndex
  Slot,              // slot
  Property,          // children[0].name (key, resolved by the planner); isNodeId when the key is `id`
  ListLiteral,       // children
  MapLiteral,        // names[i] -> children[i]
  Not, Negate, IsNull, IsNotNull,  // children[0]
  Binary,            // op, children[0..1]
  Function,          // function(children...)
  Index,             // children[0][children[1]]
  Slice,             // children[0][children[1]..children[2]] (null pointers for open ends)
  HasLabels,         // children[0] has every label in names (ids in labels)
  Case,              // children: [subject?] (when, then)* [else?]; hasSubject / hasElse
  ListComprehension, // slot = the element variable; children: list, where|null, projection|null
  Quantifier,        // slot = the element variable; children: list, predicate
  MapProjection,     // children[0] = the variable; entries
  PatternPredicate,  // steps from the node in patternStart (labels names/labels; children[0]: its map or null)
  PropertiesMatch,   // children[0] (node or relationship) has every entry of map children[1]
  Subquery,          // the statement's subquery `subqueryIndex` run from the current row: its rows'
                     // children[0] as a list (Collect), whether it has a row (Exists), how many (Count)
  Reduce,            // slot = the accumulator, elementSlot = the element; children: init, list, step
};

struct BoundExpr;
using BoundExprPtr = std::unique_ptr<BoundExpr>;

// One step of a pattern predicate: from the previous node over a relationship to the next node.
struct PatternStep {
  std::vector<std::string> typeNames;  // empty = any
  std::vector<TypeId> types;           // resolved by the planner
  Direction direction = Direction::Outgoing;
  Slot relSlot = -1;   // -1 = anonymous
  Slot nodeSlot = -1;  // -1 = anonymous
  std::vector<std::string> nodeLabelNames;
  std::vector<LabelId> nodeLabels;
  BoundExprPtr relProperties;   // a map the relationship's properties must match, or null
  BoundExprPtr nodeProperties;  // likewise for the node reached
};

struct MapProjectionEntry {
  MapEntryKind kind;
  std::string key;
  KeyId keyId = kMissingName;
  BoundExprPtr value;  // literal / variable entries
};

struct BoundExpr {
  BoundExprKind kind;
  SourceText text;  // the source text, for error messages (shared with the AST, not copied)
  Value constant;
  std::string name;  // Parameter and property key names
  Slot slot = -1;
  KeyId key = kMissingName;
  bool isNodeId = false;
  BinaryOp op = BinaryOp::Eq;
  QuantifierKind quantifier = QuantifierKind::All;
  const FunctionEntry* function = nullptr;  // Function
  int parameterIndex = -1;  // Parameter: index into the statement's parameter names
  bool hasSubject = false, hasElse = false;
  std::vector<BoundExprPtr> children;
  std::vector<std::string> names;  // MapLiteral keys; HasLabels and PatternPredicate start labels
  std::vector<LabelId> labels;     // the ids of `names` for HasLabels / PatternPredicate
  std::vector<MapProjectionEntry> entries;
  Slot patternStart = -1;
  std::vector<PatternStep> pattern;
  Slot elementSlot = -1;                              // Reduce
  SubqueryKind subqueryKind = SubqueryKind::Collect;  // Subquery
  int subqueryIndex = -1;                             // Subquery: index into the statement's subqueries
  std::vector<Slot> imports;                          // Subquery: the slots of the caller it reads
};

// A slot reference with `text` for messages.
BoundExprPtr slotExpr(Slot slot, SourceText text);
// A deep copy.
BoundExprPtr cloneExpr(const BoundExpr& e);
// The slots `e` reads (not the variables of its own comprehensions).
std::set<Slot> slotsOf(const BoundExpr& e);
// A list literal of constants ([2001, 2002, 'x']) becomes the constant list, made once when the
// query is planned rather than for every row, and seen as a constant by what reads plans
// (column-decided filters); any other list literal is left as it is.
void foldConstantList(BoundExpr& list);

}  // namespace kgq
