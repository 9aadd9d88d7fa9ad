// Unit tests of the graph's self-checks (graph/graph_consistency.cpp): consistencyProblem() finds
// nothing in a graph changed only through its own operations and names what is broken when a
// caller breaks a precondition; fingerprint() tells graphs apart exactly when a reader could.
#include <catch2/catch.hpp>

#include "graph/property_graph.h"

using namespace kgq;

namespace {
PropertyBag bag(PropertyGraph& g, std::initializer_list<std::pair<const char*, Value>> entries) {
  PropertyBag out;
  for (const auto& [k, v] : entries) out.push_back({g.keyNames().intern(k), v});
  return out;
}

// A small graph with every structure the check covers: labels (one past the bitmask), a built
// property index, an id property that is not the key, parallel edges and a self-loop.
struct Sample {
  PropertyGraph g;
  LabelId person = g.labelNames().intern("Person"), city = g.labelNames().intern("City");
  TypeId knows = g.typeNames().intern("KNOWS");
  KeyId age = g.keyNames().intern("age");
  NodeIndex a, b, c;
  Sample() {
    for (int i = 0; i < 70; ++i) g.labelNames().intern("L" + std::to_string(i));
    LabelId high = *g.labelNames().find("L69");
    a = g.addNode("a", {person}, bag(g, {{"age", Value(30)}, {"id", Value(7)}}));
    b = g.addNode("b", {person, city, high}, bag(g, {{"age", Value(30.0)}}));
    c = g.addNode("c", {}, {});
    g.addEdge(knows, a, b, {});
    g.addEdge(knows, a, b, bag(g, {{"since", Value(2001)}}));
    g.addEdge(knows, c, c, {});
    g.createIndex(person, age);
    g.indexLookup(person, age, Value(30));
  }
};
}  // namespace

TEST_CASE("a graph changed through its own operations is consistent throughout", "[graph][consistency]") {
  Sample s;
  PropertyGraph& g = s.g;
  CHECK(g.consistencyProblem() == "");
  PropertyGraph::Mark mark = g.mark();
  NodeIndex d = g.addNode("d", {s.person}, bag(g, {{"age", Value(41)}}));
  EdgeIndex cd = g.addEdge(s.knows, s.c, d, {});
  CHECK(g.consistencyProblem() == "");
  g.rollback(mark);
  CHECK(g.consistencyProblem() == "");

  g.setNodeProperty(s.a, s.age, Value(31));
  g.setNodeProperty(s.b, s.age, Value());
  g.addNodeLabel(s.c, s.person);
  g.removeNodeLabel(s.b, s.city);
  g.setNodeProperty(s.a, *g.keyNames().find("id"), Value("a"));
  CHECK(g.renameNode(s.c, "c2"));
  CHECK(g.consistencyProblem() == "");
  d = g.addNode("d", {}, {});
  cd = g.addEdge(s.knows, s.c, d, {});
  g.removeEdge(cd);
  g.removeNode(d);
  CHECK(g.consistencyProblem() == "");
  g.restoreNode(d);
  g.restoreEdge(cd);
  CHECK(g.consistencyProblem() == "");
  for (int i = 0; i < 200; ++i) g.addEdge(s.knows, d, s.a, {});  // past the overflow limit: a rebuild
  CHECK(g.consistencyProblem() == "");
}

TEST_CASE("a broken invariant is named", "[graph][consistency]") {
  SECTION("an edge to a removed node") {
    Sample s;
    s.g.removeNode(s.b);  // (a precondition broken: b still has edges)
    CHECK(s.g.consistencyProblem() == "edge 0 has a dangling end");
  }
  SECTION("two live nodes with one id") {
    Sample s;
    s.g.addNode("a", {}, {});  // (the caller must check the id is free)
    CHECK_THAT(s.g.consistencyProblem(), Catch::Matchers::EndsWith("('a') is not found by its id"));
  }
  SECTION("a node, a label or a type that no file could hold") {
    Sample s;
    s.g.addNode("", {}, {});
    CHECK(s.g.consistencyProblem() == "node 3 has an empty id");
    Sample t;
    t.g.addNode("e", {t.g.labelNames().intern("")}, {});
    CHECK(t.g.consistencyProblem() == "node 3 has an empty label");
    Sample u;
    u.g.addEdge(u.g.typeNames().intern(""), u.a, u.c, {});
    CHECK(u.g.consistencyProblem() == "edge 3 has an empty type");
  }
}

TEST_CASE("fingerprints differ exactly when a reader could tell the graphs apart", "[graph][consistency]") {
  Sample s, t;
  CHECK(s.g.fingerprint() == t.g.fingerprint());
  std::string before = s.g.fingerprint();

  Value old = s.g.setNodeProperty(s.a, s.age, Value(30.0));  // 30 and 30.0 are different values
  CHECK(s.g.fingerprint() != before);
  s.g.setNodeProperty(s.a, s.age, old);
  CHECK(s.g.fingerprint() == before);

  PropertyGraph::Mark mark = s.g.mark();
  s.g.addNode("d", {s.g.labelNames().intern("New")}, {});
  CHECK(s.g.fingerprint() != before);
  s.g.rollback(mark);
  CHECK(s.g.fingerprint() == before);

  s.g.removeEdge(2);
  CHECK(s.g.fingerprint() != before);
  s.g.restoreEdge(2);
  CHECK(s.g.fingerprint() == before);

  s.g.dropIndex(s.person, s.age);
  CHECK(s.g.fingerprint() != before);
  s.g.keyNames().intern("unused");  // a name interned and never used still shows (db.propertyKeys)
  CHECK(t.g.fingerprint() != s.g.fingerprint());
}
