// GraphML loader: reads a GraphML document (kgq's own export, or another tool's) straight into a
// PropertyGraph. The XML is parsed with Expat (Debian libexpat1-dev), which streams and reports the
// line of every element: Boost.Graph's read_graphml rejects `true` for booleans and invents nodes
// for unknown edge ends, and Boost.PropertyTree's reader keeps no positions.
//
// Promises:
//  - All or nothing: on any error throws kgq::Error(Load) and the graph is exactly as it was
//    (nodes, edges, ids, labels, properties, interned names); nothing is added until the whole
//    document has been read.
//  - Error messages name the source, the line and the element, then what is wrong:
//        SOURCE:LINE: ELEMENT: WHAT
//    e.g. `g.graphml:12: <edge id="e3">: target 'n9' is not a declared node`, where ELEMENT is
//    the start tag with the attributes that identify it (`<node id="n1">`, `<edge id="e3">`, or
//    `<edge source="a" target="b">` for an edge without an id, `<data key="d2"> of <node
//    id="n1">`, `<default> of <key id="d2">`) and LINE is the line of that start tag (1-based).
//    Malformed XML is `SOURCE:LINE:COLUMN: malformed XML: <Expat's message>` (COLUMN 1-based, in
//    bytes).
//  - Typed keys read back to their types: boolean (true/false/1/0), int and long as INTEGER,
//    float and double as FLOAT, string as STRING; a string key whose <desc> starts with "list"
//    holds JSON lists. Key defaults apply to elements without the data.
//  - kgq's metadata keys are understood: node `labels` (":A:B" or a JSON list) and `id`, edge
//    `type`; `label` is the display name then and is not stored; "property.NAME" keys are the
//    properties NAME; a node without labels data has no labels. Files without these keys:
//    nodes get the label `Node`, edges take their type from
//    a `label` key, else `RELATED_TO`, and every key is a property.
//  - The first <graph> is read; nested graphs are ignored, and so is <data> holding markup of a
//    tool's own (yFiles); hyperedges are an error, and so is an edge whose end is not a node of
//    the file, a node id used twice, or one the graph already has.
#pragma once

#include "graph/property_graph.h"

#include <kgq/kgq.h>

#include <string>
#include <string_view>

namespace kgq {

// Loads GraphML text into `graph`, adding to what is there; `sourceName` names it in messages.
LoadStats loadGraphML(PropertyGraph& graph, std::string_view text, const std::string& sourceName);

// The same for a file, read in pieces (Error(Io) "cannot read PATH: <strerror>" if it can't be
// read), named `path` in messages.
LoadStats loadGraphMLFile(PropertyGraph& graph, const std::string& path);

}  // namespace kgq
