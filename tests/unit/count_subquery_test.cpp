// COUNT { } subqueries that are only expansions and filters from the caller's row are counted
// by an ExpandCount, not by making a row per match (query/plan/count_rewrites.h): EXPLAIN shows
// which plans are rewritten, and on random graphs (self-loops, parallel edges) each rewritten
// count equals the size of the pattern comprehension of the same pattern, which is not rewritten.
#include <catch2/catch.hpp>

#include "tests/unit/random_graphs.h"
#include "tests/unit/result_rows.h"

#include <kgq/kgq.h>

#include <string>
#include <utility>
#include <vector>

using namespace kgq;
using kgq::testing::randomGraph;
using kgq::testing::sortedText;

namespace {

std::string explain(Connection& conn, const std::string& query) { return conn.run("EXPLAIN " + query).planText(); }

bool countedBySubplan(const std::string& plan) {
  auto subquery = plan.find("Subquery 0:");
  return subquery != std::string::npos && plan.find("ExpandCount", subquery) != std::string::npos;
}

}  // namespace

TEST_CASE("a COUNT subquery of expansions and filters is counted per row", "[planner][counts]") {
  // Each pattern, counted by COUNT { } and by the size of its pattern comprehension.
  const std::vector<std::pair<std::string, std::string>> patterns = {
      {"(a)-[:R]->()", ""},
      {"(a)-[]-()", ""},
      {"(a)<-[:R|S]-(:A)", ""},
      {"(a)-[:R]->(b)-[:S]-(c)", ""},
      {"(a)-[r:R]-(b)-[s:R]-(c)", ""},  // relationship uniqueness inside the pattern
      {"(a)-[:R {w: 2}]->(b)", ""},
      {"(a)-[:R]->(b)", "b.id <> a.id"},
      {"(a)-->(b)", "a:A"},  // a filter on the caller's node alone, below the expansion
      {"(a)-->(b)<--(a)", ""},  // into
  };
  for (unsigned seed = 1; seed <= 25; ++seed) {
    Database db;
    db.loadJsonText(randomGraph(seed, 7, 12 + static_cast<int>(seed % 6)), "random");
    Connection conn(db);
    for (const auto& [pattern, where] : patterns) {
      const std::string w = where.empty() ? "" : " WHERE " + where;
      const std::string counted = "MATCH (a) RETURN a.id, COUNT { " + pattern + w + " } AS n";
      const std::string listed = "MATCH (a) RETURN a.id, size([" + pattern + w + " | 1]) AS n";
      INFO("seed " << seed << ": " << counted);
      CHECK(countedBySubplan(explain(conn, counted)));
      CHECK_FALSE(countedBySubplan(explain(conn, listed)));
      CHECK(sortedText(conn.run(counted).rows()) == sortedText(conn.run(listed).rows()));
    }
  }
}

TEST_CASE("a COUNT subquery that is more than expansions makes its rows", "[planner][counts]") {
  Database db;
  db.loadJsonText(randomGraph(3, 6, 10), "random");
  Connection conn(db);
  for (const char* q : {
           "MATCH (a) RETURN COUNT { MATCH (a)-->(b) RETURN b.id } AS n",         // a projection
           "MATCH (a) RETURN COUNT { MATCH (a)-->(b) RETURN DISTINCT b } AS n",   // distinct rows
           "MATCH (a) RETURN COUNT { (a)-[:R*1..2]->(b) } AS n",                  // a walk
           "MATCH (a) RETURN COUNT { MATCH (b:A) WHERE b.id <> a.id } AS n",      // a scan
       }) {
    INFO(q);
    CHECK_FALSE(countedBySubplan(explain(conn, q)));
  }
  // A start that is null counts nothing (the Argument's row has no node to expand from).
  CHECK(conn.run("OPTIONAL MATCH (x:Missing) RETURN COUNT { (x)-->() } AS n").rows()[0][0] == Value(std::int64_t{0}));
}
