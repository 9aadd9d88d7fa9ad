// Unit tests of the CSR adjacency (graph/adjacency.h) and of the graph's use of it: edge order,
// overflow lists, rebuilds, bulk loading and rollback across a rebuild.
#include <catch2/catch.hpp>

#include "graph/adjacency.h"
#include "graph/property_graph.h"

using namespace kgq;

namespace {
std::vector<std::uint32_t> edgesOf(const Adjacency& a, std::uint32_t node) {
  std::vector<std::uint32_t> out;
  a.forEach(node, [&](const AdjacencyEntry& e) { out.push_back(e.edge); });
  return out;
}
std::vector<EdgeIndex> outEdges(const PropertyGraph& g, NodeIndex n) {
  std::vector<EdgeIndex> out;
  g.forEachOutEdge(n, [&](EdgeIndex e, NodeIndex, TypeId) { out.push_back(e); });
  return out;
}
std::vector<EdgeIndex> inEdges(const PropertyGraph& g, NodeIndex n) {
  std::vector<EdgeIndex> out;
  g.forEachInEdge(n, [&](EdgeIndex e, NodeIndex, TypeId) { out.push_back(e); });
  return out;
}
}  // namespace

TEST_CASE("a rebuilt adjacency lists each node's edges in edge order, then its overflow", "[adjacency]") {
  Adjacency a;
  std::vector<std::uint32_t> from{2, 0, 2, 1, 2}, to{0, 1, 1, 2, 2}, type{0, 1, 0, 1, 2};
  a.rebuild(3, 5, from, to, type);
  CHECK(edgesOf(a, 2) == std::vector<std::uint32_t>{0, 2, 4});
  CHECK(edgesOf(a, 0) == std::vector<std::uint32_t>{1});
  CHECK(a.size(2) == 3);
  a.append(0, AdjacencyEntry{5, 2, 0});
  a.append(7, AdjacencyEntry{6, 0, 0});  // a node the base does not cover
  CHECK(edgesOf(a, 0) == std::vector<std::uint32_t>{1, 5});
  CHECK(edgesOf(a, 7) == std::vector<std::uint32_t>{6});
  CHECK(a.overflowSize() == 2);
  a.dropOverflowFrom(6);
  CHECK(edgesOf(a, 7).empty());
  CHECK(edgesOf(a, 0) == std::vector<std::uint32_t>{1, 5});
}

TEST_CASE("many single edge additions rebuild the base and keep every edge in order", "[adjacency]") {
  PropertyGraph g;
  TypeId t = g.typeNames().intern("T");
  NodeIndex hub = g.addNode("hub", {}, {});
  std::vector<EdgeIndex> expected;
  for (int i = 0; i < 70000; ++i) {  // more than the overflow allows before a rebuild
    NodeIndex n = g.addNode("n" + std::to_string(i), {}, {});
    expected.push_back(g.addEdge(t, hub, n, {}));
  }
  CHECK(outEdges(g, hub) == expected);
  CHECK(g.outDegree(hub) == 70000);
  CHECK(inEdges(g, 5) == std::vector<EdgeIndex>{expected[4]});
}

TEST_CASE("removed edges are skipped and restored in place", "[adjacency]") {
  PropertyGraph g;
  TypeId t = g.typeNames().intern("T");
  NodeIndex a = g.addNode("a", {}, {}), b = g.addNode("b", {}, {});
  EdgeIndex e0 = g.addEdge(t, a, b, {}), e1 = g.addEdge(t, a, b, {}), e2 = g.addEdge(t, a, b, {});
  g.removeEdge(e1);
  CHECK(outEdges(g, a) == std::vector<EdgeIndex>{e0, e2});
  CHECK(g.inDegree(b) == 2);
  CHECK(g.edgeCountOfType(t) == 2);
  g.restoreEdge(e1);
  CHECK(outEdges(g, a) == std::vector<EdgeIndex>{e0, e1, e2});
  CHECK(g.edgeCount() == 3);
}

TEST_CASE("a bulk load lists its edges once it ends, and a rollback undoes it", "[adjacency]") {
  PropertyGraph g;
  TypeId t = g.typeNames().intern("T");
  NodeIndex a = g.addNode("a", {}, {});
  NodeIndex b = g.addNode("b", {}, {});
  EdgeIndex first = g.addEdge(t, a, b, {});
  PropertyGraph::Mark mark = g.mark();
  g.beginBulkLoad();
  NodeIndex c = g.addNode("c", {}, {});
  EdgeIndex bc = g.addEdge(t, b, c, {});
  g.endBulkLoad();
  CHECK(outEdges(g, b) == std::vector<EdgeIndex>{bc});
  CHECK(inEdges(g, c) == std::vector<EdgeIndex>{bc});
  g.rollback(mark);
  CHECK(outEdges(g, b).empty());
  CHECK(outEdges(g, a) == std::vector<EdgeIndex>{first});
  // A failed bulk load: rolled back before it ended.
  g.beginBulkLoad();
  g.addNode("d", {}, {});
  g.addEdge(t, a, 2, {});
  g.rollback(mark);
  CHECK(outEdges(g, a) == std::vector<EdgeIndex>{first});
  CHECK(g.edgeCount() == 1);
  // And the graph takes single additions again.
  NodeIndex e = g.addNode("e", {}, {});
  EdgeIndex ae = g.addEdge(t, a, e, {});
  CHECK(outEdges(g, a) == std::vector<EdgeIndex>{first, ae});
}

TEST_CASE("a rollback across a rebuild of the adjacency leaves only the old edges", "[adjacency]") {
  PropertyGraph g;
  TypeId t = g.typeNames().intern("T");
  NodeIndex a = g.addNode("a", {}, {});
  EdgeIndex loop = g.addEdge(t, a, a, {});
  PropertyGraph::Mark mark = g.mark();
  for (int i = 0; i < 70000; ++i) g.addEdge(t, a, a, {});  // forces at least one rebuild
  g.rollback(mark);
  CHECK(outEdges(g, a) == std::vector<EdgeIndex>{loop});
  CHECK(inEdges(g, a) == std::vector<EdgeIndex>{loop});
  CHECK(g.edgeCount() == 1);
}

TEST_CASE("node ids longer than the inline prefix are told apart by their full text", "[graph]") {
  PropertyGraph g;
  NodeIndex x = g.addNode("organization:alpha-1", {}, {});
  NodeIndex y = g.addNode("organization:alpha-2", {}, {});  // same first 11 bytes
  NodeIndex z = g.addNode("", {}, {});
  CHECK(g.findNode("organization:alpha-1") == x);
  CHECK(g.findNode("organization:alpha-2") == y);
  CHECK(g.findNode("") == z);
  CHECK_FALSE(g.findNode("organization:alpha-3").has_value());
  CHECK_FALSE(g.findNode("organizatio").has_value());
  std::string_view ids[] = {"organization:alpha-2", "nope", "organization:alpha-1"};
  std::optional<NodeIndex> found[3];
  g.findNodes(ids, 3, found);
  CHECK(found[0] == y);
  CHECK_FALSE(found[1].has_value());
  CHECK(found[2] == x);
  g.removeNode(x);
  CHECK_FALSE(g.findNode("organization:alpha-1").has_value());
  CHECK(g.findNode("organization:alpha-2") == y);
  g.restoreNode(x);
  CHECK(g.findNode("organization:alpha-1") == x);
}

TEST_CASE("labels beyond the 64 held in the bitmask are still found", "[graph]") {
  PropertyGraph g;
  std::vector<LabelId> many;
  for (int i = 0; i < 70; ++i) many.push_back(g.labelNames().intern("L" + std::to_string(i)));
  NodeIndex n = g.addNode("n", {many[3], many[68]}, {});
  CHECK(g.nodeHasLabel(n, many[3]));
  CHECK(g.nodeHasLabel(n, many[68]));
  CHECK_FALSE(g.nodeHasLabel(n, many[69]));
  CHECK(g.addNodeLabel(n, many[69]));
  CHECK(g.nodeHasLabel(n, many[69]));
  CHECK(g.removeNodeLabel(n, many[3]));
  CHECK(g.nodeLabels(n) == std::vector<LabelId>{many[68], many[69]});
  CHECK(g.nodesWithLabel(many[3]).empty());
}
