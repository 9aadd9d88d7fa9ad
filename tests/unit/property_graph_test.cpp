// Unit tests of the property graph store (graph/property_graph.h).
#include <catch2/catch.hpp>

#include "graph/graph_transaction.h"
#include "graph/property_graph.h"

using namespace kgq;

namespace {
PropertyBag bag(PropertyGraph& g, std::initializer_list<std::pair<const char*, Value>> entries) {
  PropertyBag out;
  for (const auto& [k, v] : entries) out.push_back({g.keyNames().intern(k), v});
  return out;
}
}  // namespace

TEST_CASE("nodes are found by id and by label, with their properties", "[graph]") {
  PropertyGraph g;
  LabelId city = g.labelNames().intern("City");
  LabelId capital = g.labelNames().intern("Capital");
  NodeIndex wuhan = g.addNode("city:wuhan", {city, capital}, bag(g, {{"name", Value("Wuhan")}}));
  NodeIndex yichang = g.addNode("city:yichang", {city}, {});
  CHECK(g.nodeCount() == 2);
  CHECK(g.findNode("city:wuhan") == wuhan);
  CHECK_FALSE(g.findNode("city:nowhere").has_value());
  CHECK(g.nodesWithLabel(city) == std::vector<NodeIndex>{wuhan, yichang});
  CHECK(g.nodesWithLabel(capital) == std::vector<NodeIndex>{wuhan});
  CHECK(g.nodesWithLabel(999).empty());
  CHECK(g.nodeHasLabel(wuhan, capital));
  CHECK_FALSE(g.nodeHasLabel(yichang, capital));
  CHECK(g.nodeProperty(wuhan, *g.keyNames().find("name")).asString() == "Wuhan");
  CHECK(g.nodeProperty(yichang, *g.keyNames().find("name")).isNull());
}

TEST_CASE("edges are traversed from both ends with their types", "[graph]") {
  PropertyGraph g;
  NodeIndex a = g.addNode("a", {}, {});
  NodeIndex b = g.addNode("b", {}, {});
  TypeId knows = g.typeNames().intern("KNOWS");
  TypeId likes = g.typeNames().intern("LIKES");
  EdgeIndex ab = g.addEdge(knows, a, b, bag(g, {{"since", Value(2001)}}));
  EdgeIndex aa = g.addEdge(likes, a, a, {});
  CHECK(g.edgeCount() == 2);
  CHECK(g.edgeCountOfType(knows) == 1);
  CHECK(g.edgeSource(ab) == a);
  CHECK(g.edgeTarget(ab) == b);
  std::vector<std::pair<EdgeIndex, NodeIndex>> out, in;
  g.forEachOutEdge(a, [&](EdgeIndex e, NodeIndex other, TypeId) { out.emplace_back(e, other); });
  g.forEachInEdge(a, [&](EdgeIndex e, NodeIndex other, TypeId) { in.emplace_back(e, other); });
  CHECK(out.size() == 2);
  CHECK(in == std::vector<std::pair<EdgeIndex, NodeIndex>>{{aa, a}});
  CHECK(g.outDegree(a) == 2);
  CHECK(g.inDegree(b) == 1);
  CHECK(g.edgeProperty(ab, *g.keyNames().find("since")).asInt() == 2001);
}

TEST_CASE("rollback removes everything added after the mark, names included", "[graph]") {
  PropertyGraph g;
  LabelId city = g.labelNames().intern("City");
  NodeIndex a = g.addNode("a", {city}, {});
  PropertyGraph::Mark mark = g.mark();
  LabelId region = g.labelNames().intern("Region");
  NodeIndex b = g.addNode("b", {city, region}, bag(g, {{"new_key", Value(1)}}));
  g.addEdge(g.typeNames().intern("IN"), a, b, {});
  g.rollback(mark);
  CHECK(g.nodeCount() == 1);
  CHECK(g.edgeCount() == 0);
  CHECK_FALSE(g.findNode("b").has_value());
  CHECK(g.nodesWithLabel(city) == std::vector<NodeIndex>{a});
  CHECK_FALSE(g.labelNames().find("Region").has_value());
  CHECK_FALSE(g.keyNames().find("new_key").has_value());
  CHECK_FALSE(g.typeNames().find("IN").has_value());
  CHECK(g.outDegree(a) == 0);
  // The graph stays usable: the same id can be added again.
  NodeIndex again = g.addNode("b", {city}, {});
  CHECK(g.findNode("b") == again);
}

TEST_CASE("node ids of any length survive renames, the id arena's compaction and rollback", "[graph]") {
  // Ids up to 15 bytes sit in the node's slot, longer ones in an arena that renames fill with
  // dead bytes until it compacts (graph/string_column.h): every id must still be found and read.
  PropertyGraph g;
  auto idOf = [](std::size_t i, std::size_t length) {
    std::string id = std::to_string(i) + ":";
    id.resize(std::max(length, id.size()), 'x');
    return id;
  };
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < 64; ++i) ids.push_back(idOf(i, i % 2 ? 15 : 16 + i));
  for (const std::string& id : ids) g.addNode(id, {}, {});
  // Each round renames every long id to a new long id: ~2 KiB of dead bytes a round, so the
  // arena passes its 1 MiB compaction threshold several times.
  for (std::size_t round = 0; round < 2000; ++round) {
    for (std::size_t i = 0; i < ids.size(); i += 2) {
      std::string renamed = idOf(i, 16 + (round + i) % 40) + std::to_string(round);
      REQUIRE(g.renameNode(static_cast<NodeIndex>(i), renamed));
      ids[i] = renamed;
    }
  }
  PropertyGraph::Mark mark = g.mark();
  g.addNode(std::string(300, 'y'), {}, {});
  g.addNode("", {}, {});
  g.rollback(mark);
  REQUIRE(g.nodeSlots() == ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    CHECK(g.nodeId(static_cast<NodeIndex>(i)) == ids[i]);
    CHECK(g.findNode(ids[i]) == static_cast<NodeIndex>(i));
  }
  CHECK_FALSE(g.findNode(std::string(300, 'y')).has_value());
  CHECK(g.consistencyProblem().empty());
}

TEST_CASE("the interner gives dense ids and finds without adding", "[graph]") {
  Interner names;
  CHECK(names.intern("a") == 0);
  CHECK(names.intern("b") == 1);
  CHECK(names.intern("a") == 0);
  CHECK(names.find("b") == 1u);
  CHECK_FALSE(names.find("c").has_value());
  CHECK(names.size() == 2);
  names.truncate(1);
  CHECK_FALSE(names.find("b").has_value());
  CHECK(names.name(0) == "a");
}

TEST_CASE("label lists stay exact through deletions, label changes, creations, commits and rollbacks", "[graph]") {
  // Deleting or unlabelling nodes leaves their label lists to be compacted at the next read
  // (graph/property_graph.h, labelIndex_): every read, and every committed or rolled-back
  // transaction, must still see exactly the live nodes carrying each label, in increasing order.
  PropertyGraph g;
  const LabelId a = g.labelNames().intern("A"), b = g.labelNames().intern("B");
  for (int i = 0; i < 300; ++i) g.addNode("n" + std::to_string(i), i % 3 ? std::vector<LabelId>{a} : std::vector<LabelId>{a, b}, {});
  auto expected = [&](LabelId label) {
    std::vector<NodeIndex> out;
    for (NodeIndex n = 0; n < g.nodeSlots(); ++n)
      if (g.nodeIsLive(n) && g.nodeHasLabel(n, label)) out.push_back(n);
    return out;
  };
  std::uint32_t rng = 12345;
  auto next = [&] { return rng = rng * 1103515245u + 12345u, (rng >> 8) % 1000u; };
  int created = 0;
  for (int round = 0; round < 40; ++round) {
    GraphTransaction tx(g);
    for (int step = 0; step < 60; ++step) {
      const NodeIndex n = static_cast<NodeIndex>(next() % g.nodeSlots());
      const unsigned what = next() % 5;
      if (what == 0 && g.nodeIsLive(n) && g.outDegree(n) + g.inDegree(n) == 0) tx.deleteNode(n);
      else if (what == 1 && g.nodeIsLive(n)) tx.removeLabel(n, next() % 2 ? a : b);
      else if (what == 2 && g.nodeIsLive(n)) tx.addLabel(n, next() % 2 ? a : b);
      else if (what == 3) tx.createNode("new" + std::to_string(created++), {b}, {});
      if (step % 7 == 0) {  // a read in the middle of the transaction compacts what it reads
        REQUIRE(g.nodesWithLabel(a) == expected(a));
        REQUIRE(g.nodesWithLabel(b) == expected(b));
      }
    }
    if (round % 2) tx.commit();
    else tx.rollback();
    INFO(g.consistencyProblem());
    REQUIRE(g.consistencyProblem().empty());
    REQUIRE(g.nodesWithLabel(a) == expected(a));
    REQUIRE(g.nodesWithLabel(b) == expected(b));
  }
}
