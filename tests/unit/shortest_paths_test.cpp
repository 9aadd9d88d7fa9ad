// shortestPath and allShortestPaths (query/exec/path_operators.cpp, a bidirectional search)
// against the full walk: on random graphs with self-loops, parallel edges and cycles, in every
// direction, with type and property filters and length bounds, allShortestPaths must give exactly
// the walks of the least length that the plain variable-length match finds (each path once, by
// its nodes and relationships), and shortestPath one of them; with WHERE predicates on the path,
// the same of the walks that pass them.
#include <catch2/catch.hpp>

#include "tests/unit/random_graphs.h"
#include "tests/unit/result_rows.h"

#include <kgq/kgq.h>

#include <algorithm>
#include <string>
#include <vector>

using kgq::testing::randomGraph;
using kgq::testing::sortedRows;

namespace {

// Calls check(conn, params, bounded, walk) on random 8-node graphs 1..seeds (with edges + seed %
// spread relationships), for `pairs` pairs of distinct ends $s and $t spread over each graph, and
// for each step of `steps` (`bounded`, and `walk`: the same bounds from 1, as the shortest-path
// functions read them).
template <class Check>
void forEachComparison(unsigned seeds, int pairs, int edges, int spread, const std::vector<std::string>& steps,
                       Check check) {
  for (unsigned seed = 1; seed <= seeds; ++seed) {
    kgq::Database db;
    db.loadJsonText(randomGraph(seed, 8, edges + static_cast<int>(seed % static_cast<unsigned>(spread))), "random");
    kgq::Connection conn(db);
    for (int pair = 0; pair < pairs; ++pair) {
      const int s = static_cast<int>((seed * 7 + static_cast<unsigned>(pair) * 3) % 8);
      const int t = static_cast<int>((seed + static_cast<unsigned>(pair) * 5 + 1) % 8);
      if (s == t) continue;
      kgq::Params params{{"s", kgq::Value("n" + std::to_string(s))}, {"t", kgq::Value("n" + std::to_string(t))}};
      for (const std::string& bounded : steps) {
        std::string walk = bounded;
        walk.replace(walk.find("*.."), 3, "*1..");
        INFO("seed " << seed << ", n" << s << " to n" << t << ", " << bounded);
        check(conn, params, bounded, walk);
      }
    }
  }
}

}  // namespace

TEST_CASE("allShortestPaths gives exactly the shortest walks of the full match", "[paths]") {
  const std::vector<std::string> steps = {"-[:R*..6]->", "<-[:R*..6]-", "-[:R*..6]-", "-[*..3]-",
                                          "-[:R|S*..5 {w: 1}]->", "<-[:S*..2]-"};
  const std::string nodesAndEdges = " RETURN [x IN nodes(p) | x.id] AS n, [r IN relationships(p) | id(r)] AS e";
  int compared = 0, found = 0;
  forEachComparison(60, 8, 12, 7, steps, [&](kgq::Connection& conn, const kgq::Params& params, const std::string& bounded,
                                             const std::string& walk) {
    const std::vector<std::string> all = sortedRows(
        conn, "MATCH p = allShortestPaths((a {id: $s})" + bounded + "(b {id: $t}))" + nodesAndEdges, params);
    const std::vector<std::string> expected = sortedRows(
        conn,
        "MATCH p = (a {id: $s})" + walk + "(b {id: $t}) WITH collect(p) AS ps, min(length(p)) AS least "
        "UNWIND [q IN ps WHERE length(q) = least] AS p" + nodesAndEdges,
        params);
    REQUIRE(all == expected);
    const std::vector<std::string> one =
        sortedRows(conn, "MATCH p = shortestPath((a {id: $s})" + bounded + "(b {id: $t}))" + nodesAndEdges, params);
    REQUIRE(one.size() == (expected.empty() ? 0u : 1u));
    if (!one.empty()) REQUIRE(std::find(expected.begin(), expected.end(), one[0]) != expected.end());
    ++compared;
    found += expected.empty() ? 0 : 1;
  });
  // The graphs are small and dense enough that most pairs are connected: the comparison is not
  // between two empty answers.
  CHECK(compared > 1500);
  CHECK(found > compared / 3);
}

TEST_CASE("shortest paths with WHERE predicates on the path are the shortest walks that pass them", "[paths]") {
  // As Neo4j answers: a predicate on the path or its relationships is a part of the search, which
  // goes on to longer walks when the shortest fail it (not a filter of the shortest path found).
  const std::vector<std::string> steps = {"-[:R*..6]->", "-[:R|S*..5]-", "<-[*..4]-"};
  const std::vector<std::string> predicates = {
      "length(p) > 2", "none(x IN nodes(p)[1..-1] WHERE x:A)", "all(r IN relationships(p) WHERE r.w = 2)",
      "size([x IN nodes(p) WHERE x:B]) >= 2 AND length(p) < 5", "any(r IN relationships(p) WHERE type(r) = 'S')"};
  const std::string nodesAndEdges = " RETURN [x IN nodes(p) | x.id] AS n, [r IN relationships(p) | id(r)] AS e";
  int compared = 0, found = 0, longer = 0;
  forEachComparison(25, 5, 14, 5, steps, [&](kgq::Connection& conn, const kgq::Params& params, const std::string& bounded,
                                             const std::string& walk) {
    for (const std::string& predicate : predicates) {
      INFO("WHERE " << predicate);
      const std::string where = " WHERE " + predicate;
      const std::vector<std::string> all = sortedRows(
          conn, "MATCH p = allShortestPaths((a {id: $s})" + bounded + "(b {id: $t}))" + where + nodesAndEdges, params);
      const std::vector<std::string> expected = sortedRows(
          conn,
          "MATCH p = (a {id: $s})" + walk + "(b {id: $t})" + where +
              " WITH collect(p) AS ps, min(length(p)) AS least UNWIND [q IN ps WHERE length(q) = least] AS p" +
              nodesAndEdges,
          params);
      REQUIRE(all == expected);
      const std::vector<std::string> one = sortedRows(
          conn, "MATCH p = shortestPath((a {id: $s})" + bounded + "(b {id: $t}))" + where + nodesAndEdges, params);
      REQUIRE(one.size() == (expected.empty() ? 0u : 1u));
      if (!one.empty()) REQUIRE(std::find(expected.begin(), expected.end(), one[0]) != expected.end());
      // Walks longer than the shortest one: answers a filter after the search would not give.
      const std::vector<std::string> unfiltered = sortedRows(
          conn, "MATCH p = allShortestPaths((a {id: $s})" + bounded + "(b {id: $t}))" + nodesAndEdges, params);
      if (!expected.empty() && !unfiltered.empty() &&
          std::count(expected[0].begin(), expected[0].end(), ',') > std::count(unfiltered[0].begin(), unfiltered[0].end(), ','))
        ++longer;
      ++compared;
      found += expected.empty() ? 0 : 1;
    }
  });
  CHECK(compared > 1000);
  CHECK(found > compared / 4);
  CHECK(longer > 20);
}

TEST_CASE("an unbounded shortest path with WHERE predicates searches to the variable-length limit, never cutting",
          "[paths]") {
  kgq::Database db;
  kgq::Connection conn(db);
  conn.run("UNWIND range(1, 20) AS i CREATE (:M {i: i})");
  conn.run("MATCH (m:M) WITH collect(m) AS ms UNWIND range(0, 18) AS i WITH ms[i] AS a, ms[i + 1] AS b CREATE (a)-[:R]->(b)");
  const std::string path = "MATCH p = shortestPath((x:M {i: 1})-[*]->(y:M {i: 20})) WHERE length(p) > 5 RETURN length(p)";
  // The only path has 19 relationships, past the limit of 15: an error, not an empty answer.
  CHECK_THROWS_WITH(conn.run(path), Catch::Contains("within 15 relationships"));
  conn.setVariableLengthLimit(20);
  CHECK(conn.run(path).rows()[0][0].asInt() == 19);
  conn.setVariableLengthLimit(15);
  CHECK(conn.run("MATCH p = shortestPath((x:M {i: 1})-[*..30]->(y:M {i: 20})) WHERE length(p) > 5 RETURN length(p)")
            .rows()[0][0]
            .asInt() == 19);
  // No trail from 1 to 3 is longer than 2 (the relationships between them are 2): no rows, no error.
  CHECK(conn.run("MATCH p = shortestPath((x:M {i: 1})-[*]->(y:M {i: 3})) WHERE length(p) > 5 RETURN p").size() == 0);
  CHECK(conn.run("MATCH p = shortestPath((x:M {i: 3})-[*]->(y:M {i: 1})) WHERE length(p) > 5 RETURN p").size() == 0);
}
