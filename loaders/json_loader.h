// JSON loader: reads a kgq-graph v1 document (SPEC §2) into a PropertyGraph with RapidJSON's SAX
// Reader (no DOM: a graph file can be hundreds of megabytes), interning labels, relationship
// types and property keys through the graph's interners.
//
// Promises:
//  - All or nothing: a load that fails throws kgq::Error and leaves the graph exactly as it was
//    (nodes, edges, ids, labels, properties, interned names).
//  - No input crashes or hangs the loader; nesting deeper than the format allows is rejected as
//    soon as it is seen.
//  - Keys may come in any order, at every level (edges before nodes works: edges whose endpoints
//    are not known yet are resolved when the document ends). Edges enter the graph in file order.
//  - A property whose value is null is not stored (Cypher: null means absent).
//
// Error messages (kgq::Error, ErrorKind::Load) have the form
//     FILE:LINE:COLUMN: at JSONPOINTER: WHAT
// e.g. "graph.json:3:9: at /edges/0/to: no node with id 'region:nowhere'", where
//  - FILE is `sourceName` exactly as given (for loadGraphJsonFile: the path exactly as passed);
//  - LINE and COLUMN are 1-based; COLUMN counts bytes (not characters) from the start of the line;
//    lines end at '\n';
//  - the position is where the offending token STARTS: the value (or key) that is wrong, the '{'
//    of an object that misses a required key, or for malformed JSON the offset RapidJSON reports;
//  - JSONPOINTER (RFC 6901, '~' and '/' escaped) names the offending value or key. It is left out
//    ("FILE:LINE:COLUMN: WHAT") for malformed JSON ("malformed JSON: <RapidJSON's message>") and
//    for problems of the document as a whole (root not an object, missing top-level key);
//  - kinds are named null, boolean, integer, float, string, array, object.
// Reading a file that cannot be read throws Error(ErrorKind::Io, "cannot read FILE: <strerror>").
#pragma once

#include "graph/property_graph.h"

#include <kgq/kgq.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace kgq {

// What a load added: the public kgq::LoadStats (one type for every loader). The older name stays
// as an alias of it, not a type of its own.
using LoadReport = LoadStats;

// Loads a kgq-graph v1 document into `graph`, adding to what is there. All or nothing: on any
// error throws kgq::Error(ErrorKind::Load) and the graph is exactly as before. `text` need not be
// NUL-terminated; `sourceName` names it in error messages.
LoadStats loadGraphJson(PropertyGraph& graph, std::string_view text, const std::string& sourceName);

// Reads the file (Error(ErrorKind::Io) "cannot read FILE: <strerror>" if it can't), mapped and
// released as the parse moves on so a large file never sits in memory whole, and
// loads it as loadGraphJson does, naming it `path` in messages.
LoadStats loadGraphJsonFile(PropertyGraph& graph, const std::string& path);

}  // namespace kgq
