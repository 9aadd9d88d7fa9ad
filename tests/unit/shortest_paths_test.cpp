// shortestPath and allShortestPaths (query/exec/path_operators.cpp, a bidirectional search)
// against the full walk: on random graphs with self-loops, parallel edges and cycles, in every
// direction, with type and property filters and length bounds, allShortestPaths must give exactly
// the walks of the least length that the plain variable-length match finds (each path once, by
// its nodes and relationships), and shortestPath one of them.
#include <catch2/catch.hpp>

#include "tests/unit/random_graphs.h"
#include "tests/unit/result_rows.h"

#include <kgq/kgq.h>

#include <algorithm>
#include <string>
#include <vector>

using kgq::testing::randomGraph;
using kgq::testing::sortedRows;

TEST_CASE("allShortestPaths gives exactly the shortest walks of the full match", "[paths]") {
  const std::vector<std::string> steps = {"-[:R*..6]->", "<-[:R*..6]-", "-[:R*..6]-", "-[*..3]-",
                                          "-[:R|S*..5 {w: 1}]->", "<-[:S*..2]-"};
  const std::string nodesAndEdges = " RETURN [x IN nodes(p) | x.id] AS n, [r IN relationships(p) | id(r)] AS e";
  int compared = 0, found = 0;
  for (unsigned seed = 1; seed <= 60; ++seed) {
    kgq::Database db;
    db.loadJsonText(randomGraph(seed, 8, 12 + static_cast<int>(seed % 7)), "random");
    kgq::Connection conn(db);
    for (int pair = 0; pair < 8; ++pair) {
      const int s = static_cast<int>((seed * 7 + static_cast<unsigned>(pair) * 3) % 8);
      const int t = static_cast<int>((seed + static_cast<unsigned>(pair) * 5 + 1) % 8);
      if (s == t) continue;
      kgq::Params params{{"s", kgq::Value("n" + std::to_string(s))}, {"t", kgq::Value("n" + std::to_string(t))}};
      for (const std::string& bounded : steps) {
        std::string walk = bounded;  // the same bounds from 1, as allShortestPaths reads them
        walk.replace(walk.find("*.."), 3, "*1..");
        INFO("seed " << seed << ", n" << s << " to n" << t << ", " << bounded);
        const std::vector<std::string> all = sortedRows(
            conn, "MATCH p = allShortestPaths((a {id: $s})" + bounded + "(b {id: $t}))" + nodesAndEdges, params);
        const std::vector<std::string> expected = sortedRows(
            conn,
            "MATCH p = (a {id: $s})" + walk + "(b {id: $t}) WITH collect(p) AS ps, min(length(p)) AS least "
            "UNWIND [q IN ps WHERE length(q) = least] AS p" + nodesAndEdges,
            params);
        REQUIRE(all == expected);
        const std::vector<std::string> one = sortedRows(
            conn, "MATCH p = shortestPath((a {id: $s})" + bounded + "(b {id: $t}))" + nodesAndEdges, params);
        REQUIRE(one.size() == (expected.empty() ? 0u : 1u));
        if (!one.empty()) REQUIRE(std::find(expected.begin(), expected.end(), one[0]) != expected.end());
        ++compared;
        found += expected.empty() ? 0 : 1;
      }
    }
  }
  // The graphs are small and dense enough that most pairs are connected: the comparison is not
  // between two empty answers.
  CHECK(compared > 1500);
  CHECK(found > compared / 3);
}
