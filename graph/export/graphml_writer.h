// GraphML writer (SPEC §5): a selection of a PropertyGraph as a GraphML document that Gephi, yEd,
// Cytoscape and networkx.read_graphml open with every property and its type.
//
// Promises:
//  - Valid against the GraphML 1.0 schema: keys first, node and edge ids are NMTOKENs, every
//    <data> names a declared key of its domain, edgedefault="directed", an id on every edge.
//  - One <key> per (node|edge, property) with attr.type boolean, long (INTEGER), double (FLOAT)
//    or string. A key whose values are of several kinds is written as string (the XML comment
//    before it and its <desc> say so); lists are JSON text in a string key whose <desc> starts
//    with "list". Nulls are omitted.
//  - Metadata keys: node `labels` (":Region:Province", or a JSON list when a label holds a ':')
//    and `label` (the display name); edge
//    `type` and `label` (the type). A property whose name is one of these (or a node property
//    `id` that is not the node's key) is written as "property.NAME". A node whose id is not an
//    NMTOKEN gets a safe XML id and its real id in a node key `id`.
//  - Every string is XML-escaped; \r (and \t, \n in attributes) as character references;
//    characters XML 1.0 cannot hold (other control characters, invalid UTF-8) become U+FFFD and a
//    comment at the top counts them.
//  - Deterministic output, streamed: nodes and edges go to `out` as they are written (a first
//    pass only counts the replaced characters for the comment at the top), so memory does not
//    grow with the size of the document.
#pragma once

#include "graph/export/export_model.h"

#include <ostream>

namespace kgq::exportgraph {

void writeGraphML(const PropertyGraph& graph, const GraphSelection& selection, std::ostream& out);

}  // namespace kgq::exportgraph
