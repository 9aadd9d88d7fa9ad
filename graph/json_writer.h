// JSON writer: a PropertyGraph as a kgq-graph v1 document (SPEC §2), the inverse of the JSON
// loader. Used by Database::saveJsonFile and by the JSON export.
//
// Promises: loading the output gives back the same graph (ids, labels, properties with their
// types, edges in the same order); one node or edge per line; deterministic. Throws
// kgq::Error(Io) for a value JSON cannot hold (a NaN or infinite float), naming where it is.
#pragma once

#include "graph/property_graph.h"

#include <ostream>
#include <vector>

namespace kgq {

void writeGraphJson(const PropertyGraph& graph, std::ostream& out);

// The same for a part of the graph: the given nodes and edges (an edge's endpoints must be among
// the nodes), in the order given.
void writeGraphJson(const PropertyGraph& graph, const std::vector<NodeIndex>& nodes,
                    const std::vector<EdgeIndex>& edges, std::ostream& out);

}  // namespace kgq
