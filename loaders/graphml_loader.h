// GraphML loader: reads a GraphML document (kgq's own export, or another tool's) into a
// PropertyGraph, parsing the XML with Boost.PropertyTree's XML reader (header-only, part of
// Boost): Boost.Graph's read_graphml rejects `true` for booleans and invents nodes for unknown
// edge ends, so it is not used.
//
// Promises:
//  - All or nothing: on any error throws kgq::Error(Load) "SOURCE: WHAT" and the graph is as it
//    was. Malformed XML names the line.
//  - Typed keys read back to their types: boolean (true/false/1/0), int and long as INTEGER,
//    float and double as FLOAT, string as STRING; a string key whose <desc> starts with "list"
//    holds JSON lists. Key defaults apply to elements without the data.
//  - kgq's metadata keys are understood: node `labels` (":A:B" or a JSON list) and `id`, edge
//    `type`; `label` is the display name then and is not stored; "property.NAME" keys are the
//    properties NAME. Files without them: nodes get the label `Node`, edges take their type from
//    a `label` key, else `RELATED_TO`, and every key is a property.
//  - The first <graph> is read; nested graphs are ignored; hyperedges are an error, and so is an
//    edge whose end is not a node of the file or a node id used twice.
#pragma once

#include "graph/property_graph.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace kgq {

struct GraphMLReport {
  std::size_t nodes = 0;
  std::size_t edges = 0;
};

GraphMLReport loadGraphML(PropertyGraph& graph, std::string_view text, const std::string& sourceName);

}  // namespace kgq
