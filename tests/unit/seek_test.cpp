// Node seeks (query/exec/operators.cpp NodeByIdSeek and NodeIndexSeek) give exactly the rows of
// the filter they replace. The seek skips evaluating its own equality for the values its index
// compares exactly (strings, booleans, numbers other than NaN) and keeps it for the rest, so the
// graph holds `id` and indexed `k` values of every troublesome kind, and every seek value of the
// same kinds (and IN lists of them) is compared against the oracle: the same predicate after a
// WITH, where the node is bound and no seek is possible.
#include <catch2/catch.hpp>

#include <kgq/kgq.h>

#include "tests/unit/random_graphs.h"
#include "tests/unit/result_rows.h"

#include <algorithm>
#include <string>
#include <vector>

using namespace kgq;
using kgq::testing::sortedRows;

namespace {

const std::vector<std::string> kValues = {"null", "1", "1.0", "-0.0", "0.0", "2", "0.0/0.0", "'a'", "'b'", "''",
                                          "[1, 2]", "[1.0, 2.0]", "[1, null]", "[]", "date('2020-01-01')",
                                          "datetime('2020-01-01T00:00Z')", "true", "false", "{a: 1}"};

}  // namespace

TEST_CASE("a seek finds exactly the nodes its equality accepts, for seek values of every kind", "[seek]") {
  Database db;
  Connection conn(db);
  conn.run("CREATE INDEX ON :T(k)");
  int n = 0;
  for (const std::string& v : kValues) {
    if (v == "{a: 1}" || v == "[1, null]") continue;  // not storable, but they can be sought
    // Twice: a string `id` is the key of the first node and an `id` that is not a key of the
    // second (seeks find both through different indexes).
    for (int twice = 0; twice < 2; ++twice) conn.run("CREATE (:T {n: " + std::to_string(n++) + ", id: " + v + ", k: " + v + "})");
  }
  conn.run("CREATE (:T {n: -1})");  // neither property
  for (const std::string& v : kValues) {
    const std::string value = "RETURN " + v + " AS v";
    Params params{{"v", conn.run(value).at(0, 0)}};
    for (const char* property : {"id", "k"}) {
      const std::string p = property;
      INFO("n." << p << " = " << v);
      const std::string seek = "MATCH (n:T) WHERE n." + p + " = $v RETURN n.n";
      REQUIRE(conn.run("EXPLAIN " + seek, params).planText().find("Seek") != std::string::npos);
      CHECK(sortedRows(conn, seek, params) ==
            sortedRows(conn, "MATCH (n:T) WITH n WHERE n." + p + " = $v RETURN n.n", params));
      // The value as a per-row expression, and inside an IN list with another value.
      CHECK(sortedRows(conn, "UNWIND [$v] AS x MATCH (n:T {" + p + ": x}) RETURN n.n", params) ==
            sortedRows(conn, "UNWIND [$v] AS x MATCH (n:T) WITH n, x WHERE n." + p + " = x RETURN n.n", params));
      for (const char* other : {"'a'", "1", "null", "0.0/0.0"}) {
        INFO("n." << p << " IN [" << v << ", " << other << "]");
        const std::string list = "[$v, " + std::string(other) + "]";
        const std::string in = "MATCH (n:T) WHERE n." + p + " IN " + list + " RETURN n.n";
        REQUIRE(conn.run("EXPLAIN " + in, params).planText().find("Seek") != std::string::npos);
        CHECK(sortedRows(conn, in, params) ==
              sortedRows(conn, "MATCH (n:T) WITH n WHERE n." + p + " IN " + list + " RETURN n.n", params));
      }
    }
  }
}

TEST_CASE("a node sought by one id value starts its pattern part before a bound node", "[seek][planner]") {
  // The part (a)-...-(b {id: x}) with a bound: the plan seeks b and meets a's relationships from
  // b (into a at the last step: an ExpandInto, or the counted expansion count(*) makes of it),
  // where starting at a would test the far end of each of a's relationships. The rows are those of the same match with the equality tested after a WITH.
  for (unsigned seed : {1u, 2u, 3u}) {
    Database db;
    db.loadJsonText(kgq::testing::randomGraph(seed, 40, 160), "random");
    Connection conn(db);
    const std::pair<std::string, std::string> parts[] = {
        {"(a)-[:R]->(b {id: x})", "(a)-[:R]->(b)"},
        {"(a)<-[r]-(b:A {id: x})", "(a)<-[r]-(b:A)"},
        {"(a)-[:R|S]-(m)-[:R]->(b {id: x})", "(a)-[:R|S]-(m)-[:R]->(b)"},
        {"(b {id: x})-[:S]->(a)", "(b)-[:S]->(a)"}};
    for (const auto& [part, oracle] : parts) {
      for (const char* x : {"'n3'", "'n17'", "'missing'"}) {
        const std::string query = std::string("MATCH (a) WITH a, ") + x + " AS x MATCH " + part +
                                  " RETURN a.id AS a, count(*) AS n";
        INFO(query);
        const std::string plan = conn.run("EXPLAIN " + query).planText();
        CHECK(plan.find("NodeByIdSeek (b") != std::string::npos);  // b is not reached by expanding from a
        CHECK(sortedRows(conn, query) == sortedRows(conn, std::string("MATCH (a) WITH a, ") + x + " AS x MATCH " +
                                                               oracle + " WITH a, b, x WHERE b.id = x RETURN a.id AS a, count(*) AS n"));
      }
    }
    // The EXISTS { } of a bound node, and a pattern predicate with a property map (planned as one).
    for (const char* where : {"EXISTS { (a)-[:R]->({id: 'n5'}) }", "(a)-[:R]->({id: 'n5'})"}) {
      const std::string query = std::string("MATCH (a) WHERE ") + where + " RETURN a.id";
      INFO(query);
      CHECK(conn.run("EXPLAIN " + query).planText().find("NodeByIdSeek") != std::string::npos);
      CHECK(sortedRows(conn, query) == sortedRows(conn, "MATCH (a)-[:R]->(b) WITH DISTINCT a, b WHERE b.id = 'n5' RETURN DISTINCT a.id"));
    }
    // A list of ids may be many nodes: the bound node starts.
    const std::string list = "MATCH (a {id: 'n1'}) MATCH (a)-[:R]->(b) WHERE b.id IN ['n2', 'n3', 'n4'] RETURN count(*)";
    CHECK(conn.run("EXPLAIN " + list).planText().find("NodeByIdSeek (b") == std::string::npos);
    // So may one id in a MERGE, which creates a node of that id for every row that finds none.
    const std::string merge = "UNWIND range(1, 20) AS i MATCH (a {id: 'n' + toString(i)}) MERGE (a)-[:R]->(b:X {id: 'x'})";
    CHECK(conn.run("EXPLAIN " + merge).planText().find("NodeByIdSeek (b") == std::string::npos);
    conn.run(merge);
    CHECK(conn.run("MATCH (b:X {id: 'x'}) RETURN count(b)").rows()[0][0].asInt() == 20);
    // And once some node's id is not its key (20 of them now), one id value may be many nodes.
    const std::string seek = "MATCH (a) MATCH (a)-[:R]->(b {id: 'n3'}) RETURN count(*)";
    CHECK(conn.run("EXPLAIN " + seek).planText().find("NodeByIdSeek (b") == std::string::npos);
  }
}
