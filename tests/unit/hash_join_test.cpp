// Hash joins (query/plan/plan_match.cpp, query/exec/hash_join.cpp) give exactly the rows of the
// nested loop they replace. The oracle is the same query with the equality hidden in a CASE,
// which the planner cannot use as a join key, so it runs as a cartesian product and a filter.
// Random graphs hold keys of every troublesome kind: missing, NaN, 1 and 1.0, [1, 2] and
// [1.0, 2.0], strings, temporal values (and the probe side a list holding null); relationships on both sides check relationship uniqueness.
#include <catch2/catch.hpp>

#include <kgq/kgq.h>

#include "tests/unit/result_rows.h"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace kgq;
using kgq::testing::sortedRows;

namespace {

const std::vector<std::string> kKeys = {"null", "1", "1.0", "2", "0.0/0.0", "'a'", "'b'", "[1, 2]", "[1]",
                                        "[1.0, 2.0]", "date('2020-01-01')", "true"};

// A graph of `nodes` nodes labelled A or B, each with a key `k` (or none) and a few R edges.
void buildRandomGraph(Connection& conn, std::mt19937& random, int nodes) {
  std::uniform_int_distribution<std::size_t> key(0, kKeys.size());
  for (int i = 0; i < nodes; ++i) {
    std::size_t k = key(random);
    std::string props = "{n: " + std::to_string(i) + (k < kKeys.size() ? ", k: " + kKeys[k] : "") + "}";
    conn.run(std::string("CREATE (:") + (i % 2 ? "A" : "B") + " " + props + ")");
  }
  std::uniform_int_distribution<int> node(0, nodes - 1);
  for (int e = 0; e < nodes; ++e)
    conn.run("MATCH (x {n: $a}), (y {n: $b}) CREATE (x)-[:R]->(y)",
             {{"a", Value(std::int64_t{node(random)})}, {"b", Value(std::int64_t{node(random)})}});
}

bool plansHashJoin(Connection& conn, const std::string& query) {
  return conn.run("EXPLAIN " + query).planText().find("ValueHashJoin") != std::string::npos;
}

}  // namespace

TEST_CASE("a hash join returns the rows of the nested loop it replaces", "[hash_join]") {
  struct Shape {
    std::string join, oracle;
  };
  const std::vector<Shape> shapes = {
      {"MATCH (a:A), (b:B) WHERE a.k = b.k RETURN a.n, b.n",
       "MATCH (a:A), (b:B) WHERE CASE WHEN a.k = b.k THEN true END RETURN a.n, b.n"},
      // builds on the input side (one row against many)
      {"MATCH (a:A) WHERE a.n < 3 MATCH (b) WHERE b.k = a.k RETURN a.n, b.n",
       "MATCH (a:A) WHERE a.n < 3 MATCH (b) WHERE CASE WHEN b.k = a.k THEN true END RETURN a.n, b.n"},
      {"UNWIND [1, 2.0, null, 'a', [1, null]] AS x MATCH (b) WHERE b.k = x RETURN x, b.n",
       "UNWIND [1, 2.0, null, 'a', [1, null]] AS x MATCH (b) WHERE CASE WHEN b.k = x THEN true END RETURN x, b.n"},
      // relationships on both sides: one MATCH never uses an edge twice
      {"MATCH (a:A)-[r:R]->(c), (b)-[s:R]->(d) WHERE c.k = d.k RETURN a.n, b.n, c.n, d.n",
       "MATCH (a:A)-[r:R]->(c), (b)-[s:R]->(d) WHERE CASE WHEN c.k = d.k THEN true END RETURN a.n, b.n, c.n, d.n"},
      // an expression key, and a second predicate across the sides
      {"MATCH (a:A), (b:B) WHERE a.n % 5 = b.n % 5 AND a.n < b.n RETURN a.n, b.n",
       "MATCH (a:A), (b:B) WHERE CASE WHEN a.n % 5 = b.n % 5 THEN true END AND a.n < b.n RETURN a.n, b.n"},
      // a path of the joined part
      {"MATCH (a:A), p = (b:B)-[:R]->() WHERE a.k = b.k RETURN a.n, length(p), b.n",
       "MATCH (a:A), p = (b:B)-[:R]->() WHERE CASE WHEN a.k = b.k THEN true END RETURN a.n, length(p), b.n"},
  };
  for (unsigned seed = 1; seed <= 8; ++seed) {
    Database db;
    Connection conn(db);
    std::mt19937 random(seed);
    buildRandomGraph(conn, random, 40);
    for (const Shape& shape : shapes) {
      INFO("seed " << seed << ": " << shape.join);
      CHECK(plansHashJoin(conn, shape.join));
      CHECK_FALSE(plansHashJoin(conn, shape.oracle));
      CHECK(sortedRows(conn, shape.join) == sortedRows(conn, shape.oracle));
    }
  }
}

TEST_CASE("a hash join inside a branch opened per row is built for that row", "[hash_join]") {
  Database db;
  Connection conn(db);
  conn.run("UNWIND range(1, 6) AS i CREATE (:A {k: i % 3, n: i}), (:B {k: i % 2, n: i})");
  const std::string join =
      "UNWIND [1, 3, 5] AS round CALL { WITH round MATCH (a:A) WHERE a.n <= round MATCH (b:B) "
      "WHERE b.k = a.k RETURN count(*) AS c } RETURN round, c";
  const std::string oracle =
      "UNWIND [1, 3, 5] AS round CALL { WITH round MATCH (a:A) WHERE a.n <= round MATCH (b:B) "
      "WHERE CASE WHEN b.k = a.k THEN true END RETURN count(*) AS c } RETURN round, c";
  CHECK(plansHashJoin(conn, join));
  CHECK(sortedRows(conn, join) == sortedRows(conn, oracle));
  CHECK(sortedRows(conn, join) == std::vector<std::string>{"1|3|", "3|6|", "5|9|"});
}
