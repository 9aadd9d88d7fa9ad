// Grouping (query/exec/aggregate.cpp): grouping by one node, which past 1,024 groups finds a
// node's group in a table by node instead of by hashing, gives the groups grouping by the node's
// id does (the hashed path throughout), in the same first-seen order, with null and with nodes
// the query itself creates, and every aggregate kind's state per group.
#include <catch2/catch.hpp>

#include "result_rows.h"

#include <kgq/kgq.h>

#include <string>
#include <vector>

using namespace kgq;


TEST_CASE("grouping by a node gives the groups of grouping by its id, in order", "[exec][aggregate]") {
  Database db;
  Connection conn(db);
  // 3,000 nodes, each with 0 to 3 relationships to others, so that OPTIONAL MATCH gives null too.
  conn.run("UNWIND range(0, 2999) AS i CREATE (:N {i: i, v: i % 7, s: toString(i % 13)})");
  conn.run("MATCH (a:N), (b:N) WHERE b.i = (a.i * 7 + 1) % 3000 AND a.i % 4 <> 0 CREATE (a)-[:R {w: a.i % 5}]->(b)");
  conn.run("MATCH (a:N), (b:N) WHERE b.i = (a.i * 11 + 3) % 3000 AND a.i % 3 = 0 CREATE (a)-[:R {w: a.i % 9}]->(b)");
  const std::vector<std::string> aggregates = {
      "count(*)", "count(r)", "count(DISTINCT r.w)", "sum(r.w)", "avg(r.w)", "min(r.w)", "max(r.w)",
      "collect(r.w)", "stDev(r.w)", "stDevP(r.w)", "percentileDisc(r.w, 0.5)", "percentileCont(r.w, 0.5)"};
  std::string computed, returned;
  for (std::size_t i = 0; i < aggregates.size(); ++i) {
    computed += ", " + aggregates[i] + " AS a" + std::to_string(i);
    returned += ", a" + std::to_string(i);
  }
  for (const char* match : {"MATCH (n:N) OPTIONAL MATCH (n)-[r:R]->(m)", "MATCH (n:N) OPTIONAL MATCH (m)-[r:R]->(n)",
                            "MATCH (n:N) OPTIONAL MATCH (n)-[r:R]-(m)"}) {
    const std::string m = match;
    INFO(m);
    std::vector<std::string> byNode = testing::orderedRows(conn, m + " WITH m" + computed + " RETURN m.i AS i" + returned);
    // Two keys: hashed, whatever their number.
    std::vector<std::string> byId = testing::orderedRows(conn, m + " WITH id(m) AS k, m.i AS i" + computed + " RETURN i" + returned);
    CHECK(byNode.size() > 1024);
    CHECK(byNode == byId);
  }
  // Nodes the query creates come after the table's nodes: they are hashed, one group each.
  CHECK(testing::orderedRows(conn, "MATCH (n:N) CREATE (x:New) WITH x, count(*) AS k RETURN count(x), sum(k)") ==
        std::vector<std::string>{"3000|3000|"});
  CHECK(testing::orderedRows(conn, "MATCH (n:N) WITH n, count(*) AS k RETURN count(n), sum(k), count(DISTINCT n)") ==
        std::vector<std::string>{"3000|3000|3000|"});
}
