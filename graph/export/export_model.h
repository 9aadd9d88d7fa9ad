// What every graph export shares: the part of a graph to write (a selection of nodes and edges),
// the property columns of that part (each key with the kinds of value it holds, which decides a
// GraphML attr.type or a Neo4j CSV column type), a node's display name, and UTF-8 checking.
//
// Promises: columns come in order of first appearance (node order, then property order), so an
// export is deterministic; nulls are never counted (a stored property is never null anyway);
// displayName never returns an empty string.
#pragma once

#include "graph/property_graph.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kgq::exportgraph {

// The nodes and edges to write, in the order to write them. Every edge's endpoints are among the
// nodes.
struct GraphSelection {
  std::vector<NodeIndex> nodes;
  std::vector<EdgeIndex> edges;
};

// Every live node and edge, in index order.
GraphSelection selectAll(const PropertyGraph& graph);

// Bit for a value kind in a kind set.
constexpr unsigned kindBit(ValueKind k) { return 1u << static_cast<unsigned>(k); }

// One property key as it appears on the selected nodes (or edges).
struct PropertyColumn {
  KeyId key = 0;
  std::string name;
  std::size_t count = 0;       // elements that hold it
  unsigned kinds = 0;          // kindBit of each kind of value seen (Bool, Int, Float, String, List)
  unsigned elementKinds = 0;   // kinds seen inside lists (Null included)
  std::size_t emptyLists = 0;  // how many of the list values were empty

  // More than one kind of value (1 and 1.5 count as two kinds: INTEGER and FLOAT).
  bool mixed() const;
  // Only lists, whose items are all of one non-null kind (or empty lists only): `*kind` gets it
  // (Null for lists that are all empty).
  bool homogeneousList(ValueKind* kind) const;
};

std::vector<PropertyColumn> nodeColumns(const PropertyGraph& graph, const std::vector<NodeIndex>& nodes);
std::vector<PropertyColumn> edgeColumns(const PropertyGraph& graph, const std::vector<EdgeIndex>& edges);

// The kinds of a column as Cypher type names: "STRING", "INTEGER | FLOAT", "LIST<STRING>",
// "LIST<INTEGER | STRING>".
std::string describeKinds(const PropertyColumn& column);

// What to show for a node in a picture or a viewer: its name, else title, else id.
std::string displayName(const PropertyGraph& graph, NodeIndex node);

// The node's labels joined the way Neo4j's tools write them: ":Region:Province".
std::string joinedLabels(const PropertyGraph& graph, NodeIndex node);

// A property value as JSON text (lists as arrays; temporal values as ISO 8601 strings; NaN and
// infinities as NaN, Infinity, -Infinity, which Python's json module reads).
std::string jsonText(const Value& value);
// A property value as plain text: strings as they are, true/false, integers, floats in Cypher's
// notation (formatFloat), temporal values as ISO 8601 strings, lists as JSON text.
std::string propertyText(const Value& value);

// Decodes one UTF-8 sequence at s[i] and advances i. Returns false (and advances one byte) for
// an invalid, overlong, surrogate or truncated sequence.
bool decodeUtf8(std::string_view s, std::size_t& i, std::uint32_t& codePoint);

}  // namespace kgq::exportgraph
