// Eagerness analysis: where a query needs an Eager barrier so that each clause sees the effects
// of the clauses before it and none of those after it, although operators run row by row.
//
// A clause's footprint is what it may read of the graph and what it may write, coarsely: which
// nodes (by label, or any), whether relationships, whether properties, or anything at all
// (subqueries, procedures). Two clauses of one pipeline conflict when one may write what the
// other may read; the planner then puts an Eager between them (a write never sees rows the read
// below it would have produced only after the write, and a read never sees half of a write).
//
// Promises: footprints over-approximate (a clause reads or writes nothing outside its
// footprint), so a missing conflict is never a wrong answer; only needless barriers cost.
#pragma once

#include "query/check/bound_query.h"

#include <set>
#include <string>

namespace kgq::planning {

struct GraphFootprint {
  bool anything = false;           // unknown: conflicts with any non-empty footprint
  bool anyNode = false;            // nodes of any labels (an unlabelled pattern, labels(n), DELETE)
  std::set<std::string> nodeLabels;  // or: nodes with one of these labels
  bool relationships = false;
  bool properties = false;

  bool empty() const { return !anything && !anyNode && nodeLabels.empty() && !relationships && !properties; }
  void add(const GraphFootprint& other);
};

struct ClauseFootprint {
  GraphFootprint reads, writes;
};

ClauseFootprint footprintOf(const BoundClause& clause);

// Whether a write of `writes` can change what a read of `reads` sees.
bool conflicts(const GraphFootprint& reads, const GraphFootprint& writes);

}  // namespace kgq::planning
