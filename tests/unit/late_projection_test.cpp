// Late projection under a top-k sort (query/plan/plan_projection.cpp): with ORDER BY and LIMIT,
// the items no sort key reads are computed after Sort/Skip/Limit. The plan changes only when some
// item is deferred, and on random graphs each deferred plan gives the rows, in order, of the same query
// planned without the rewrite (PlannerOptions::lateProjection off).
#include <catch2/catch.hpp>

#include "tests/unit/planned_rows.h"
#include "tests/unit/random_graphs.h"

#include <kgq/kgq.h>

#include <string>
#include <vector>

using namespace kgq;
using kgq::testing::plannedRows;
using kgq::testing::randomGraph;

namespace {

std::vector<std::string> orderedRowsOf(Database& db, const std::string& query, bool late, std::string* plan = nullptr) {
  PlannerOptions options;
  options.lateProjection = late;
  return plannedRows(db, query, options, plan, /*ordered=*/true);
}

}  // namespace

TEST_CASE("items no sort key reads are computed after a top-k sort, with the same rows", "[planner][sort]") {
  // Every query here defers some item (checked below), so each comparison tests the rewrite.
  const std::vector<std::string> queries = {
      "MATCH (a)-[r]->(b) RETURN a.id, b.id, r.w ORDER BY r.w DESC, a.id LIMIT 4",
      "MATCH (a) RETURN a.id AS k, labels(a) AS l ORDER BY k LIMIT 3",
      "MATCH (a)-[r]->(b) RETURN b.id, a.id, type(r), r.w ORDER BY a.id, b.id, r.w SKIP 2 LIMIT 5",
      "MATCH (a) RETURN a.id AS x, properties(a) AS p ORDER BY size(labels(a)), x LIMIT 2",
      "MATCH (a) RETURN a.id, labels(a) ORDER BY size([(a)-->() | 1]) DESC, a.id LIMIT 3",
      "MATCH (a) WITH a, size(labels(a)) AS w, a.id AS i ORDER BY w DESC, i LIMIT 5 WHERE a.id <> 'n1' RETURN i, w",
      "MATCH (a) WITH a.id AS i, [(a)-->(b) | b.id] AS out ORDER BY i DESC LIMIT 3 RETURN i, out",
      "MATCH (a)-[r]->() RETURN r.w AS w, count(*) AS n, collect(a.id)[0] AS first ORDER BY w LIMIT 3",
      "MATCH (a)-->(b) RETURN a.id AS k, collect(b.id)[0] AS first ORDER BY k DESC SKIP 1 LIMIT 2",
  };
  for (unsigned seed = 1; seed <= 20; ++seed) {
    Database db;
    db.loadJsonText(randomGraph(seed, 8, 14 + static_cast<int>(seed % 5)), "random");
    for (const std::string& query : queries) {
      INFO("seed " << seed << ": " << query);
      std::string latePlan, plainPlan;
      const auto late = orderedRowsOf(db, query, true, &latePlan);
      const auto plain = orderedRowsOf(db, query, false, &plainPlan);
      CHECK(latePlan != plainPlan);
      CHECK(late == plain);
    }
  }
}

TEST_CASE("a sort without a limit, or under DISTINCT, plans as before", "[planner][sort]") {
  Database db;
  db.loadJsonText(randomGraph(2, 6, 10), "random");
  for (const char* query : {
           "MATCH (a) RETURN a.id, labels(a) ORDER BY a.id",         // no LIMIT: every row is kept
           "MATCH (a) RETURN DISTINCT a.id, labels(a) ORDER BY a.id LIMIT 2",  // DISTINCT needs every item
           "MATCH (a) RETURN a.id ORDER BY a.id LIMIT 2",             // every item is a sort key
           "MATCH (a)-->(b) RETURN a.id AS k, collect(b.id) AS bs ORDER BY k LIMIT 2",  // aggregates are sorted rows
       }) {
    INFO(query);
    std::string latePlan, plainPlan;
    CHECK(orderedRowsOf(db, query, true, &latePlan) == orderedRowsOf(db, query, false, &plainPlan));
    CHECK(latePlan == plainPlan);
  }
}
