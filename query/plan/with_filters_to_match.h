// WITH's WHERE moved into the MATCH before it, a rewrite of the plan stage: in
// `MATCH pattern WITH a, b WHERE predicate`, when the WITH only passes variables on (no
// aggregate, DISTINCT, ORDER BY, SKIP or LIMIT) and the MATCH is not OPTIONAL, each conjunct of
// the predicate that reads only variables the WITH passes on unchanged becomes a conjunct of the
// MATCH's WHERE, reading the MATCH's slots. There it is placed as any WHERE of the MATCH is:
// folded into a scan, a seek (`WITH c WHERE c.id = 'c5'` seeks instead of scanning every
// company), a typed-column filter or a hash join's key, as Neo4j pushes predicates down
// through a WITH that projects nothing new. A MATCH with a shortest path keeps its WHERE to itself
// (there, Neo4j searches on for a path that passes it).
//
// Why the answer is the same: a WITH of plain variables passes every row on unchanged, so
// filtering its rows equals filtering the MATCH's rows before it; OPTIONAL MATCH is excluded,
// since its WHERE decides which rows get nulls, not which rows remain. A conjunct that reads a
// computed item (`c.x AS y WHERE y > 1`), or holds a subquery, a pattern predicate or a
// variable of its own (comprehensions, quantifiers, reduce, map projections), stays.
#pragma once

#include "query/check/bound_query.h"

namespace kgq {

// Moves the conjuncts described above, in every adjacent MATCH / WITH pair of `query`.
void moveWithFiltersIntoMatch(BoundSingleQuery& query);

}  // namespace kgq
