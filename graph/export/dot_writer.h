// DOT writer: a selection of a PropertyGraph as a Graphviz digraph meant to be looked at. Nodes
// are boxes filled with one colour per primary (first) label and titled with their display name;
// edges carry their type; an HTML-table legend lists the colours with node counts.
//
// Promises: every selected node is one DOT node whose name is its kgq id (so an SVG made from it
// has the id in each node's <title>) and whose label holds its display name (cut to 40
// characters with an ellipsis, wrapped); every selected edge is one DOT edge; a label keeps the
// same colour in every export of the same graph; all text is escaped for DOT (and for HTML in the
// legend); deterministic.
#pragma once

#include "graph/export/export_model.h"

#include <ostream>

namespace kgq::exportgraph {

void writeDot(const PropertyGraph& graph, const GraphSelection& selection, std::ostream& out);

// The text of a display name as it appears in a DOT label (cut and wrapped, before escaping).
std::string dotLabelText(const std::string& name);

}  // namespace kgq::exportgraph
