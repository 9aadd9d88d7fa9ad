// Expansions into a bound node (ExpandInto, and the last step of a counted expansion), which read
// whichever of the two nodes' lists is cheaper (query/exec/operators.h, intoFromTarget): the
// relationships found, and their order, are those of the same pattern matched without binding
// the end (`(b)-[r2]->(c) WHERE id(c) = id(a)`), on a graph with a hub (lists longer than 32
// both ways), parallel relationships, self-loops and both directions.
#include <catch2/catch.hpp>

#include "result_rows.h"

#include <kgq/kgq.h>

#include <string>

using namespace kgq;

TEST_CASE("an expansion into a bound node finds the relationships, in order, from either end", "[exec][expand]") {
  Database db;
  Connection conn(db);
  conn.run("CREATE (:Hub {i: -1})");
  conn.run("UNWIND range(0, 79) AS i CREATE (:N {i: i})");
  // The hub to and from most nodes (twice to some), rings between the nodes, self-loops.
  conn.run("MATCH (h:Hub), (n:N) WHERE n.i % 5 <> 0 CREATE (h)-[:R]->(n)");
  conn.run("MATCH (h:Hub), (n:N) WHERE n.i % 3 <> 0 CREATE (n)-[:R]->(h)");
  conn.run("MATCH (h:Hub), (n:N) WHERE n.i % 7 = 0 CREATE (h)-[:R]->(n)");
  conn.run("MATCH (a:N), (b:N) WHERE b.i = (a.i + 1) % 80 OR b.i = (a.i * 3) % 80 CREATE (a)-[:R]->(b)");
  conn.run("MATCH (a:N) WHERE a.i % 11 = 0 CREATE (a)-[:R]->(a)");
  const std::string returned = " RETURN id(a), id(r1), id(b), id(r2)";
  for (const char* pattern : {"(a)-[r1]->(b)-[r2]->", "(a)-[r1]->(b)<-[r2]-", "(a)-[r1]-(b)-[r2]-",
                              "(a)<-[r1]-(b)-[r2]-"}) {
    const std::string p = pattern;
    INFO(p);
    const std::string into = "MATCH " + p + "(a)";
    const std::string general = "MATCH " + p + "(c) WHERE id(c) = id(a)";
    REQUIRE(conn.run("EXPLAIN " + into + returned).planText().find("ExpandInto") != std::string::npos);
    const auto rows = testing::orderedRows(conn, into + returned);
    CHECK(rows.size() > 10);
    CHECK(rows == testing::orderedRows(conn, general + returned));
    CHECK(testing::orderedRows(conn, into + " RETURN count(*)") == testing::orderedRows(conn, general + " RETURN count(*)"));
  }
}
