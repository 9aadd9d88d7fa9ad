// CSV writer in the layout Neo4j's bulk importer (neo4j-admin database import) reads: a nodes
// file with `id:ID,:LABEL,name:string,...` and an edges file with
// `:START_ID,:END_ID,:TYPE,...`, one typed column per property key.
//
// Promises: column types are long, double, boolean, string, or long[]/double[]/boolean[]/string[]
// for keys holding only lists of one kind; a key with values of several kinds, or lists of mixed
// or null items, is a string column (lists as JSON text). Absent properties are empty fields;
// strings are always quoted, so an empty string is "" and stays distinct from absent. Array
// items and labels are joined by the chosen array delimiter (';' unless some item or label
// contains one, then '|'); a list column whose items contain both becomes JSON text. Lines end
// with "\n"; fields may hold newlines (the importer needs --multiline-fields=true then).
#pragma once

#include "graph/export/export_model.h"

#include <ostream>

namespace kgq::exportgraph {

struct CsvLayout {
  char arrayDelimiter = ';';
  bool multilineFields = false;  // some field holds a line break
};

// Chooses the array delimiter for this selection.
CsvLayout chooseCsvLayout(const PropertyGraph& graph, const GraphSelection& selection);

void writeNodesCsv(const PropertyGraph& graph, const GraphSelection& selection, CsvLayout& layout, std::ostream& out);
void writeEdgesCsv(const PropertyGraph& graph, const GraphSelection& selection, CsvLayout& layout, std::ostream& out);

}  // namespace kgq::exportgraph
