// Pruned variable-length walks, a rewrite of the plan stage: when only the distinct endpoints of
// a variable-length pattern matter, VarExpand (every walk, one row each) becomes
// PruningVarExpand (each endpoint once, breadth first with visited marks), as Neo4j's
// VarLengthExpand(Pruning). A walk from a node can be exponential in its length; the endpoints
// are at most the nodes.
//
// When it applies: the VarExpand sits in the input chain of a consumer that ignores how often a
// row comes — an Aggregate whose aggregates are all DISTINCT or min/max (`count(DISTINCT b)`), a
// Distinct (`RETURN DISTINCT`, `WITH DISTINCT`), or the plan of an EXISTS subquery (a pattern
// predicate with a variable-length step is one) — with only operators between them that neither
// write nor count rows (Filter, Projection, expansions, scans, Unwind, Distinct, ProjectPath), and
// nothing from the VarExpand up to and including the consumer reads its relationship list (the
// relationship variable, a path over it, or relationship uniqueness of a later step of the same
// MATCH).
//
// Why the answer is exactly openCypher's, although a breadth-first search ignores relationship
// uniqueness (trail semantics): a shortest walk to a node is a simple path, hence a trail, so a
// node v other than the start is the end of a trail of length in [min, max] with min <= 1 if and
// only if its distance d satisfies 1 <= d <= max. The start itself is the end of the empty walk
// (min 0), or (min 1) of a closed trail, and the shortest closed trail through the start is a
// cycle through it (cutting out what lies between two visits of a node keeps the edges distinct).
// Directed, a shortest such cycle is a shortest path to some u, then an edge u -> start, which a
// search that notes every edge back into the start finds. Undirected (start-u-start over one
// edge is no trail), the search labels each node with its depth and its branch, the start's
// neighbour it was reached through; an edge u-v on neither node's search path joining two
// branches (or the start and a node it did not reach the node by) closes a cycle of
// d(u) + d(v) + 1, and a shortest cycle through the start has such an edge (its two ends leave
// the start into different branches, so some edge of it changes branch, and each end of that edge
// is no farther from the start than along the cycle). With min >= 2 a node can
// be reachable only by reusing an edge, or only by a longer trail than its distance: those stay
// VarExpand. Excluded edges (the same MATCH's other relationships) and the edge property map
// only shrink the graph searched, which keeps the argument.
//
// Promises: the rewritten plan gives the consumer the same set of distinct rows; anything that
// does not qualify is left exactly as it was. A walk without upper bound is searched in full
// (the connection's variable-length limit does not apply: no walk is enumerated).
#pragma once

#include "query/plan/plan.h"

#include <memory>

namespace kgq {

// Rewrites the qualifying VarExpands in the input chain of `consumer`, a just-planned Aggregate
// or Distinct (anything else is left alone).
void pruneWalksUnder(PlanNode& consumer);

// Rewrites the qualifying VarExpands of `root`, the plan of an EXISTS subquery (only whether it
// has a row matters).
void pruneWalksOfExists(std::unique_ptr<PlanNode>& root);

}  // namespace kgq
