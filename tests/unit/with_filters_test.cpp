// WITH's WHERE moved into the MATCH before it (query/plan/with_filters_to_match.h): the rows with
// and without the rewrite agree on random graphs, the moved predicate seeks or joins where a
// MATCH's WHERE would, and the forms where moving would change the answer (OPTIONAL MATCH, a
// WITH that limits, orders, aggregates or de-duplicates, a computed item) keep their Filter.
#include <catch2/catch.hpp>

#include "tests/unit/planned_rows.h"
#include "tests/unit/random_graphs.h"

#include <kgq/kgq.h>

#include <string>

using namespace kgq;
using kgq::testing::plannedRows;

namespace {

PlannerOptions without() {
  PlannerOptions o;
  o.withFiltersIntoMatch = false;
  return o;
}

}  // namespace

TEST_CASE("WITH ... WHERE after a MATCH gives the rows it gives after the WITH", "[planner][with]") {
  const char* queries[] = {
      "MATCH (a) WITH a WHERE a.id = 'n7' RETURN a.id",
      "MATCH (a:A)-[r]->(b) WITH a, b, r WHERE r.w = 2 AND b:B RETURN a.id, b.id",
      "MATCH (a)-[:R]->(b) WITH b AS x, a WHERE x.id IN ['n1', 'n2', 'n3'] RETURN a.id, x.id",
      "MATCH (a:A) MATCH (b:B) WITH a, b WHERE a.id = b.id RETURN a.id",
      "MATCH (a)-[r:S]->(b) WITH a, r, id(b) AS ib WHERE ib > 5 AND r.w = 1 RETURN a.id, ib",
      "MATCH (a) WITH * WHERE a.id STARTS WITH 'n1' RETURN a.id",
      "MATCH (a)-->(b) WITH a, b WHERE a <> b AND (a.id = 'n3' OR b.id = 'n3') RETURN a.id, b.id",
      "MATCH (a) WITH a WHERE EXISTS { (a)-[:R]->() } AND a.id < 'n3' RETURN a.id",
      "MATCH (a) WITH a WHERE size([x IN [1, 2] WHERE x > 1]) = 1 AND a.id = 'n4' RETURN a.id",
      // Not moved: each would change the answer.
      "MATCH (a) OPTIONAL MATCH (a)-[:R]->(b) WITH a, b WHERE b.id = 'n5' RETURN a.id",
      "MATCH (a) WITH a LIMIT 10 WHERE a.id = 'n30' RETURN a.id",
      "MATCH (a) WITH a ORDER BY a.id DESC SKIP 3 WHERE a.id > 'n5' RETURN a.id",
      "MATCH (a)-->(b) WITH DISTINCT a WHERE a.id > 'n5' RETURN a.id",
      "MATCH (a)-->(b) WITH a, count(b) AS n WHERE n > 2 RETURN a.id, n",
      "MATCH (a) WITH a, a.id + 'x' AS k WHERE k = 'n4x' RETURN a.id",
      "MATCH p = shortestPath((a {id: 'n1'})-[*]->(b)) WITH p, b WHERE length(p) > 2 RETURN b.id"};
  for (unsigned seed : {1u, 2u, 3u}) {
    Database db;
    db.loadJsonText(kgq::testing::randomGraph(seed, 40, 120), "random");
    for (const char* query : queries) {
      INFO(query);
      std::string plan;
      const auto rows = plannedRows(db, query, PlannerOptions{}, &plan);
      CHECK(rows == plannedRows(db, query, without()));
    }
  }
  Database db;
  db.loadJsonText(kgq::testing::randomGraph(4, 40, 120), "random");
  Connection conn(db);
  auto planOf = [&](const std::string& q) { return conn.run("EXPLAIN " + q).planText(); };
  // Moved: a seek, a hash join's probe, a predicate folded into the expansion's scan.
  CHECK(planOf("MATCH (a) WITH a WHERE a.id = 'n7' RETURN a.id").find("NodeByIdSeek") != std::string::npos);
  const std::string join = planOf("MATCH (a:A) MATCH (b:B) WITH a, b WHERE a.id = b.id RETURN a.id");
  CHECK(join.find("Filter") == std::string::npos);
  const std::string part = planOf("MATCH (a) WITH a, size(labels(a)) AS k WHERE a.id = 'n7' AND k >= 0 RETURN a.id");
  CHECK(part.find("NodeByIdSeek") != std::string::npos);  // the conjunct on a moves, the one on k stays
  CHECK(part.find("Filter k >= 0") != std::string::npos);
  // Kept: OPTIONAL MATCH and a WITH that limits keep their Filter.
  CHECK(planOf("MATCH (a) OPTIONAL MATCH (a)-[:R]->(b) WITH a, b WHERE b.id = 'n5' RETURN a.id").find("Filter b.id") !=
        std::string::npos);
  CHECK(planOf("MATCH (a) WITH a LIMIT 10 WHERE a.id = 'n30' RETURN a.id").find("Filter a.id") != std::string::npos);
  CHECK(planOf("MATCH p = shortestPath((a {id: 'n1'})-[*]->(b)) WITH p, b WHERE length(p) > 2 RETURN b.id")
            .find("Filter length(p) > 2") != std::string::npos);
  // Not trivially equal: the moved filter keeps rows and drops rows.
  const auto some = plannedRows(db, "MATCH (a) WITH a WHERE a.id STARTS WITH 'n1' RETURN a.id", PlannerOptions{});
  CHECK(some.size() == 11);
}
