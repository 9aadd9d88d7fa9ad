// Counting rewrites of the plan stage: an aggregation that only counts rows need not have them
// made. Three rewrites of a freshly planned Aggregate node (its input complete):
//
// - count store: a MATCH of one node `(n)` / `(n:L)`, or one directed relationship
//   `()-[r]->()` / `()-[r:T1|T2]->()` with unlabelled ends, first in its query, with no WHERE,
//   property map or path variable, under an aggregation of only non-DISTINCT counts of `*` or of
//   the pattern's variables (grouped by nothing, or for a relationship by `type(r)`), becomes
//   NodeCountFromCountStore / RelationshipCountFromCountStore, which read the graph's counts.
//   Not for an undirected relationship: it matches a self-loop once and every other
//   relationship twice, which the counts cannot tell apart.
// - counting expansion: the longest chain of Expand / ExpandInto operators (and the Filters among
//   them) right under an aggregation of counts (count(*), count(x), count(DISTINCT x)) such that
//   its grouping keys and count arguments use none of the variables the chain binds (except as
//   count(x) of such a variable, which counts rows as count(*) does) becomes ExpandCount, which
//   counts the chain's matches per input row; the Aggregate adds that count instead of 1. After
//   an aggregation only its keys and results are visible, so nothing later can read the chain's
//   variables either.
// - counted distinct endpoints: an aggregation whose aggregates are all count(DISTINCT b) of the
//   endpoint b of the PruningVarExpand right under it (query/plan/prune_walks.h), with keys that
//   do not read b, makes the walk count its endpoints instead of making a row of each. Grouped by
//   nothing, the walk counts those no earlier input row reached (the counts add up to the distinct
//   endpoints of all rows); grouped, only when the walk's input rows are distinct on variables
//   that are keys (a scan or a single-value seek of such a variable: `RETURN a, count(DISTINCT
//   b)`), so each group is fed by one row, whose endpoints are distinct already.
//
// A fourth rewrites the plan of a COUNT { } subquery: when it is only expansions and Filters over
// its Argument (`COUNT { (c)-[:T]->() }`), they become an ExpandCount, whose one row (or none)
// holds the count (query/exec/subquery.h reads it), so no row is made per match.
//
// Promises: the rewritten plan gives the same rows as the Aggregate it replaces (the same groups
// with the same values; the count store may produce groups in another order, and order is only
// defined by ORDER BY); anything else is left exactly as it was.
#pragma once

#include "graph/property_graph.h"
#include "query/plan/plan.h"

#include <functional>
#include <memory>

namespace kgq {

// `aggregate` rewritten as above when it qualifies, else unchanged. `newSlot` allocates a slot of
// the plan being built (ExpandCount needs one for its count).
std::unique_ptr<PlanNode> rewriteCounts(std::unique_ptr<PlanNode> aggregate, const PropertyGraph& graph,
                                        const std::function<Slot()>& newSlot);

// `root`, the plan of a COUNT { } subquery, rewritten to an ExpandCount as above when it
// qualifies, else unchanged.
std::unique_ptr<PlanNode> rewriteCountSubquery(std::unique_ptr<PlanNode> root, const std::function<Slot()>& newSlot);

}  // namespace kgq
