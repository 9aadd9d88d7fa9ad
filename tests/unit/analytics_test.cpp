// Unit tests of graph analytics (graph/analytics/): the Boost.Graph view of the store, the CSR
// projection, and each algorithm on small graphs whose answers are worked out by hand in the
// comments. Cross-checks against NetworkX on generated graphs are in tests/analytics/.
#include <catch2/catch.hpp>

#include "graph/analytics/boost_view.h"
#include "graph/analytics/centrality.h"
#include "graph/analytics/community.h"
#include "graph/analytics/components.h"
#include "graph/analytics/paths.h"
#include "graph/analytics/structure.h"

#include <kgq/kgq.h>

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/graph_concepts.hpp>

#include <map>
#include <set>

using namespace kgq;
using namespace kgq::analytics;

namespace {

// A small graph built by id: node("a"), edge("a", "b", "T", weight).
struct TestGraph {
  PropertyGraph g;
  std::map<std::string, NodeIndex> ids;
  NodeIndex node(const std::string& id, const std::vector<std::string>& labels = {}) {
    std::vector<LabelId> ls;
    for (const auto& l : labels) ls.push_back(g.labelNames().intern(l));
    return ids[id] = g.addNode(id, ls, {});
  }
  EdgeIndex edge(const std::string& a, const std::string& b, const std::string& type = "T",
                 std::optional<double> weight = std::nullopt) {
    for (const auto& id : {a, b})
      if (!ids.count(id)) node(id);
    PropertyBag bag;
    if (weight) bag.push_back({g.keyNames().intern("w"), Value(*weight)});
    return g.addEdge(g.typeNames().intern(type), ids.at(a), ids.at(b), bag);
  }
  NodeIndex operator[](const std::string& id) const { return ids.at(id); }
  // id -> value of a per-node result.
  template <class T>
  std::map<std::string, T> byId(const PerNode<T>& r) const {
    std::map<std::string, T> out;
    for (std::size_t i = 0; i < r.nodes.size(); ++i) out[std::string(g.nodeId(r.nodes[i]))] = r.values[i];
    return out;
  }
};

Projection projection(Direction d = Direction::Out, std::string weight = "") {
  Projection p;
  p.direction = d;
  p.weight = std::move(weight);
  return p;
}

}  // namespace

TEST_CASE("the storage view models the Boost.Graph concepts", "[analytics]") {
  BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<StorageView<Direction::Out>>));
  BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<StorageView<Direction::Out>>));
  BOOST_CONCEPT_ASSERT((boost::BidirectionalGraphConcept<StorageView<Direction::Out>>));
  BOOST_CONCEPT_ASSERT((boost::AdjacencyGraphConcept<StorageView<Direction::Out>>));
  BOOST_CONCEPT_ASSERT((boost::EdgeListGraphConcept<StorageView<Direction::Out>>));
  BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<StorageView<Direction::Both>>));
  BOOST_CONCEPT_ASSERT((boost::BidirectionalGraphConcept<StorageView<Direction::Both>>));
  BOOST_CONCEPT_ASSERT((boost::EdgeListGraphConcept<StorageView<Direction::Both>>));
  BOOST_CONCEPT_ASSERT((boost::ReadablePropertyMapConcept<ViewEdgeIndexMap, ViewEdge>));
  CHECK(boost::is_undirected_graph<StorageView<Direction::Both>>::value);
  CHECK(boost::is_directed_graph<StorageView<Direction::Out>>::value);
}

TEST_CASE("the storage view lists member nodes and edges in each direction, skipping removed ones", "[analytics]") {
  TestGraph t;
  t.node("a", {"A"});
  t.node("b", {"A"});
  t.node("c", {"B"});
  t.node("gone", {"A"});
  EdgeIndex ab = t.edge("a", "b", "T");
  EdgeIndex ac = t.edge("a", "c", "T");
  EdgeIndex ba = t.edge("b", "a", "U");
  t.g.removeNode(t["gone"]);

  Subgraph all(t.g, projection());
  StorageView<Direction::Out> out(all);
  CHECK(num_vertices(out) == 4);  // the index bound, as boost::filtered_graph
  std::vector<NodeIndex> vs;
  for (auto r = vertices(out); r.first != r.second; ++r.first) vs.push_back(*r.first);
  CHECK(vs == std::vector<NodeIndex>{t["a"], t["b"], t["c"]});
  CHECK(out_degree(t["a"], out) == 2);
  CHECK(in_degree(t["a"], out) == 1);
  auto first = *out_edges(t["a"], out).first;
  CHECK(first.edge == ab);
  CHECK(source(first, out) == t["a"]);
  CHECK(target(first, out) == t["b"]);
  std::vector<NodeIndex> adjacent;
  for (auto r = adjacent_vertices(t["a"], out); r.first != r.second; ++r.first) adjacent.push_back(*r.first);
  CHECK(adjacent == std::vector<NodeIndex>{t["b"], t["c"]});
  auto into = *in_edges(t["a"], out).first;
  CHECK((into.edge == ba && into.source == t["b"] && into.target == t["a"]));

  Projection reversed = projection(Direction::In);
  Subgraph in(t.g, reversed);
  StorageView<Direction::In> inView(in);
  CHECK(out_degree(t["a"], inView) == 1);  // b->a read backwards
  auto e = *edges(inView).first;
  CHECK((e.edge == ab && e.source == t["b"] && e.target == t["a"]));

  Subgraph both(t.g, projection(Direction::Both));
  StorageView<Direction::Both> undirected(both);
  CHECK(out_degree(t["a"], undirected) == 3);
  CHECK(out_degree(t["c"], undirected) == 1);
  std::size_t edgeCount = 0;
  for (auto r = edges(undirected); r.first != r.second; ++r.first) ++edgeCount;
  CHECK(edgeCount == 3);  // each edge once

  Projection onlyA;
  onlyA.labels = {"A"};
  onlyA.types = {"T"};
  Subgraph part(t.g, onlyA);
  StorageView<Direction::Out> partView(part);
  CHECK(part.nodeCount() == 2);
  CHECK(out_degree(t["a"], partView) == 1);  // a->c leaves the projection, b->a has type U
  CHECK_FALSE(part.hasEdge(ac));

  t.g.removeEdge(ab);
  Subgraph afterRemoval(t.g, projection());
  StorageView<Direction::Out> view2(afterRemoval);
  CHECK(out_degree(t["a"], view2) == 1);
  CHECK(in_degree(t["b"], view2) == 0);
}

TEST_CASE("a weight property must be a number on every member edge", "[analytics]") {
  TestGraph t;
  t.edge("a", "b", "T", 2.5);
  t.edge("b", "c", "T");
  CHECK_THROWS_WITH(Subgraph(t.g, projection(Direction::Out, "w")),
                    "Weight property `w` of relationship (b)-[:T]->(c) is missing: expected a finite number");
  Projection typed = projection(Direction::Out, "w");
  typed.types = {"T"};
  typed.labels = {};
  t.g.removeEdge(1);
  Subgraph ok(t.g, typed);
  CHECK(ok.weight(0) == 2.5);
}

TEST_CASE("PageRank follows the definition: dangling mass spread evenly, scores sum to 1", "[analytics]") {
  // a -> b, b has no out-edge. With x_a + x_b = 1: x_a = (1-d)/2 + d·x_b/2, so x_a = 1/(2+d).
  TestGraph t;
  t.edge("a", "b");
  PageRankOptions o;
  o.iterations = 200;
  o.tolerance = 1e-15;
  auto r = t.byId(pageRank(Subgraph(t.g, projection()), o));
  CHECK(r["a"] == Approx(1 / 2.85).epsilon(1e-9));
  CHECK(r["b"] == Approx(1 - 1 / 2.85).epsilon(1e-9));
  // A directed 3-cycle is symmetric: 1/3 each. One round is enough to stay there.
  TestGraph c;
  c.edge("a", "b");
  c.edge("b", "c");
  c.edge("c", "a");
  o.iterations = 1;
  for (auto& [id, score] : c.byId(pageRank(Subgraph(c.g, projection()), o))) CHECK(score == Approx(1.0 / 3));
  // Weighted: a -> b (3), a -> c (1), b and c point back to a. b gets 3/4 of a's d-share.
  TestGraph w;
  w.edge("a", "b", "T", 3);
  w.edge("a", "c", "T", 1);
  w.edge("b", "a", "T", 1);
  w.edge("c", "a", "T", 1);
  o.iterations = 500;
  auto wr = w.byId(pageRank(Subgraph(w.g, projection(Direction::Out, "w")), o));
  // x_b = 0.05 + 0.85·0.75·x_a, x_c = 0.05 + 0.85·0.25·x_a, x_a = 0.05 + 0.85·(x_b + x_c)
  double xa = (0.05 + 0.85 * 0.1) / (1 - 0.85 * 0.85);
  CHECK(wr["a"] == Approx(xa).epsilon(1e-9));
  CHECK(wr["b"] == Approx(0.05 + 0.85 * 0.75 * xa).epsilon(1e-9));
}

TEST_CASE("betweenness: exact, sampled with every node, undirected, and equal to Boost's Brandes", "[analytics]") {
  TestGraph t;  // a -> b -> c, a -> d -> c: b and d each carry half of the a..c paths
  t.edge("a", "b");
  t.edge("b", "c");
  t.edge("a", "d");
  t.edge("d", "c");
  t.edge("c", "e");  // and every a..e, b..e, d..e path goes through c
  Subgraph sub(t.g, projection());
  auto exact = t.byId(betweenness(sub, {}));
  CHECK(exact["b"] == Approx(1.0));   // (a,c): 1/2, (a,e): 1/2
  CHECK(exact["d"] == Approx(1.0));
  CHECK(exact["c"] == Approx(3.0));   // (a,e), (b,e), (d,e)
  CHECK(exact["a"] == 0);
  BetweennessOptions all;
  all.samples = 5;
  CHECK(t.byId(betweenness(sub, all)) == exact);
  // Boost's own brandes_betweenness_centrality, run on the storage view itself.
  StorageView<Direction::Out> view(sub);
  std::vector<double> boostScores(t.g.nodeSlots(), 0.0);
  boost::brandes_betweenness_centrality(
      view, boost::centrality_map(boost::make_iterator_property_map(boostScores.data(), get(boost::vertex_index, view)))
                .vertex_index_map(get(boost::vertex_index, view)));
  for (auto& [id, score] : exact) CHECK(boostScores[t[id]] == Approx(score));
  // Undirected path a - b - c: the pair (a, c) counts once.
  TestGraph p;
  p.edge("a", "b");
  p.edge("b", "c");
  CHECK(p.byId(betweenness(Subgraph(p.g, projection(Direction::Both)), {}))["b"] == Approx(1.0));
  // Sampling 2 of the 5 sources: each estimate scaled back by 2/5 is a partial sum of the exact
  // (non-negative) dependencies, the same seed gives the same sample, and over many seeds the
  // estimates average out to the exact scores (the sample is uniform).
  BetweennessOptions two;
  two.samples = 2;
  std::map<std::string, double> mean;
  const int seeds = 400;
  for (int seed = 0; seed < seeds; ++seed) {
    two.seed = static_cast<std::uint64_t>(seed);
    auto estimate = t.byId(betweenness(sub, two));
    for (auto& [id, score] : estimate) {
      CHECK(score * 2 / 5 <= exact[id] + 1e-12);
      mean[id] += score / seeds;
    }
  }
  two.seed = 7;
  CHECK(t.byId(betweenness(sub, two)) == t.byId(betweenness(sub, two)));
  for (auto& [id, score] : exact) CHECK(mean[id] == Approx(score).margin(0.15));
}

TEST_CASE("closeness and degree", "[analytics]") {
  TestGraph t;  // a -> b -> c
  t.edge("a", "b", "T", 2);
  t.edge("b", "c", "T", 5);
  auto c = t.byId(closeness(Subgraph(t.g, projection())));
  CHECK(c["a"] == Approx(2.0 / 3 * 2.0 / 2));  // reaches 2 nodes at total distance 3
  CHECK(c["b"] == Approx(1.0 / 1 * 1.0 / 2));  // reaches 1 of 2 others at distance 1
  CHECK(c["c"] == 0);
  auto outDeg = t.byId(degree(Subgraph(t.g, projection())));
  CHECK(outDeg == std::map<std::string, double>{{"a", 1}, {"b", 1}, {"c", 0}});
  auto inDeg = t.byId(degree(Subgraph(t.g, projection(Direction::In))));
  CHECK(inDeg == std::map<std::string, double>{{"a", 0}, {"b", 1}, {"c", 1}});
  auto weighted = t.byId(degree(Subgraph(t.g, projection(Direction::Both, "w"))));
  CHECK(weighted == std::map<std::string, double>{{"a", 2}, {"b", 7}, {"c", 5}});
}

TEST_CASE("weak and strong components, numbered by their first node", "[analytics]") {
  TestGraph t;
  t.edge("a", "b");
  t.edge("b", "c");
  t.edge("c", "a");
  t.edge("c", "d");
  t.node("lonely");
  t.edge("x", "y");
  EdgeIndex cd = 3;
  Subgraph sub(t.g, projection());
  auto weak = t.byId(weaklyConnectedComponents(sub));
  CHECK(weak == std::map<std::string, std::int64_t>{{"a", 0}, {"b", 0}, {"c", 0}, {"d", 0}, {"lonely", 1}, {"x", 2}, {"y", 2}});
  auto strong = t.byId(stronglyConnectedComponents(sub));
  CHECK(strong ==
        std::map<std::string, std::int64_t>{{"a", 0}, {"b", 0}, {"c", 0}, {"d", 1}, {"lonely", 2}, {"x", 3}, {"y", 4}});
  t.g.removeEdge(cd);
  auto split = t.byId(weaklyConnectedComponents(Subgraph(t.g, projection())));
  CHECK(split["d"] != split["a"]);
  CHECK(t.byId(stronglyConnectedComponents(Subgraph(t.g, projection(Direction::Both))))["x"] ==
        t.byId(stronglyConnectedComponents(Subgraph(t.g, projection(Direction::Both))))["y"]);
}

TEST_CASE("biconnected components and articulation points of the undirected graph", "[analytics]") {
  TestGraph t;  // triangles a-b-c and c-d-e share c; e-f is a bridge
  t.edge("a", "b");
  t.edge("b", "c");
  t.edge("c", "a");
  t.edge("c", "d");
  t.edge("e", "d");
  t.edge("c", "e");
  t.edge("e", "f");
  Subgraph sub(t.g, projection(Direction::Both));
  auto rows = biconnectedComponents(sub);
  std::map<std::int64_t, std::set<std::string>> components;
  for (std::size_t i = 0; i < rows.nodes.size(); ++i) components[rows.values[i]].insert(std::string(t.g.nodeId(rows.nodes[i])));
  CHECK(components == std::map<std::int64_t, std::set<std::string>>{
                          {0, {"a", "b", "c"}}, {1, {"c", "d", "e"}}, {2, {"e", "f"}}});
  std::vector<NodeIndex> points = articulationPoints(sub);
  CHECK(points == std::vector<NodeIndex>{t["c"], t["e"]});
}

TEST_CASE("breadth-first depths, Dijkstra distances and paths, spanning forest", "[analytics]") {
  TestGraph t;
  t.edge("a", "b", "T", 1);
  t.edge("b", "c", "T", 1);
  t.edge("a", "c", "T", 5);
  t.edge("c", "d", "T", 0.5);
  t.node("far");
  Subgraph hops(t.g, projection());
  auto bfs = breadthFirst(hops, t["a"], -1);
  CHECK(t.byId(bfs) == std::map<std::string, std::int64_t>{{"a", 0}, {"b", 1}, {"c", 1}, {"d", 2}});
  CHECK(bfs.nodes.front() == t["a"]);
  CHECK(t.byId(breadthFirst(hops, t["a"], 1)).size() == 3);
  CHECK(t.byId(breadthFirst(Subgraph(t.g, projection(Direction::In)), t["c"], -1)) ==
        std::map<std::string, std::int64_t>{{"c", 0}, {"a", 1}, {"b", 1}});

  Subgraph weighted(t.g, projection(Direction::Out, "w"));
  auto dist = shortestDistances(weighted, t["a"]);
  CHECK(t.byId(dist) == std::map<std::string, double>{{"a", 0}, {"b", 1}, {"c", 2}, {"d", 2.5}});
  CHECK(dist.nodes.back() == t["d"]);  // nearest first
  WeightedPath path = cheapestPath(weighted, t["a"], t["d"]);
  REQUIRE(path.found);
  CHECK(path.cost == 2.5);
  CHECK(path.nodes == std::vector<NodeIndex>{t["a"], t["b"], t["c"], t["d"]});
  CHECK(path.edges == std::vector<EdgeIndex>{0, 1, 3});
  CHECK(cheapestPath(hops, t["a"], t["c"]).edges == std::vector<EdgeIndex>{2});  // unweighted: one hop
  CHECK_FALSE(cheapestPath(weighted, t["d"], t["a"]).found);
  CHECK_FALSE(cheapestPath(weighted, t["a"], t["far"]).found);

  auto forest = minimumSpanningForest(Subgraph(t.g, projection(Direction::Both, "w")));
  CHECK(forest == std::vector<EdgeIndex>{3, 0, 1});  // 0.5, 1, 1; the 5 closes a cycle

  TestGraph negative;
  negative.edge("a", "b", "T", -1);
  CHECK_THROWS_WITH(shortestDistances(Subgraph(negative.g, projection(Direction::Out, "w")), 0),
                    Catch::Contains("non-negative weights") && Catch::Contains("(a)-[:T]->(b) weighs -1.0"));
}

TEST_CASE("core numbers and triangles", "[analytics]") {
  TestGraph t;  // K4 on a, b, c, d; e hangs off d; f is alone
  for (auto [x, y] : std::vector<std::pair<const char*, const char*>>{
           {"a", "b"}, {"a", "c"}, {"a", "d"}, {"b", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}})
    t.edge(x, y);
  t.node("f");
  Subgraph sub(t.g, projection(Direction::Both));
  CHECK(t.byId(coreNumbers(sub)) ==
        std::map<std::string, std::int64_t>{{"a", 3}, {"b", 3}, {"c", 3}, {"d", 3}, {"e", 1}, {"f", 0}});
  TriangleCounts tri = triangles(sub);
  CHECK(t.byId(tri.triangles) ==
        std::map<std::string, std::int64_t>{{"a", 3}, {"b", 3}, {"c", 3}, {"d", 3}, {"e", 0}, {"f", 0}});
  CHECK(tri.coefficient[t["a"]] == 1.0);
  CHECK(tri.coefficient[t["d"]] == Approx(3.0 / 6));  // 4 neighbours: 3 of 6 pairs linked
  CHECK(tri.coefficient[t["e"]] == 0);
  // A reciprocal pair and a parallel edge do not make triangles or extra neighbours.
  t.edge("b", "a");
  t.edge("a", "b");
  TriangleCounts again = triangles(Subgraph(t.g, projection(Direction::Both)));
  CHECK(again.triangles.values == tri.triangles.values);
  CHECK(again.coefficient == tri.coefficient);
}

TEST_CASE("Louvain splits two cliques joined by one edge, with the modularity worked out by hand", "[analytics]") {
  TestGraph t;
  const char* left[] = {"a", "b", "c", "d"};
  const char* right[] = {"w", "x", "y", "z"};
  for (int i = 0; i < 4; ++i)
    for (int j = i + 1; j < 4; ++j) {
      t.edge(left[i], left[j]);
      t.edge(right[i], right[j]);
    }
  t.edge("d", "w");
  Subgraph sub(t.g, projection(Direction::Both));
  Communities c = louvain(sub, {});
  auto byId = t.byId(c.community);
  for (const char* id : left) CHECK(byId[id] == 0);
  for (const char* id : right) CHECK(byId[id] == 1);
  // m = 13; each side: 6 inner edges, total degree 13. Q = 2·(6/13 − (13/26)²) = 12/13 − 1/2.
  CHECK(c.modularity == Approx(12.0 / 13 - 0.5));
  CHECK(modularity(sub, c.community.values, 1.0) == Approx(c.modularity));
  std::vector<std::int64_t> single(c.community.values.size(), 0);
  CHECK(modularity(sub, single, 1.0) == Approx(0.0).margin(1e-12));
}

TEST_CASE("a raised interrupt flag stops the long algorithms", "[analytics]") {
  TestGraph t;
  t.edge("a", "b");
  t.edge("b", "c");
  Subgraph sub(t.g, projection());
  std::atomic<bool> flag{true};
  sub.setInterruptFlag(&flag);
  CHECK_THROWS_WITH(pageRank(sub, {}), "Query interrupted");
  CHECK_THROWS_WITH(betweenness(sub, {}), "Query interrupted");
  CHECK_THROWS_WITH(closeness(sub), "Query interrupted");
  Subgraph both(t.g, projection(Direction::Both));
  both.setInterruptFlag(&flag);
  CHECK_THROWS_WITH(louvain(both, {}), "Query interrupted");
  flag = false;
  CHECK(pageRank(sub, {}).nodes.size() == 3);
}
