// Cypher script writer: a selection of a PropertyGraph as CREATE statements that rebuild it in
// kgq or another openCypher engine (Neo4j's cypher-shell, Memgraph's mgconsole).
//
// Promises: one statement per line, each ending with ';': first one CREATE per node (labels, and
// the node id as the property `id` followed by the other properties), then one
// `MATCH (a:L {id: ...}), (b:L {id: ...}) CREATE (a)-[:T {...}]->(b);` per edge, in selection
// order. Names are backquoted where Cypher needs it; strings use Cypher escapes; non-finite
// floats are written as 0.0/0.0, 1.0/0.0, -1.0/0.0. Lines starting with // are comments.
#pragma once

#include "graph/export/export_model.h"

#include <ostream>

namespace kgq::exportgraph {

void writeCypherScript(const PropertyGraph& graph, const GraphSelection& selection, std::ostream& out);

}  // namespace kgq::exportgraph
