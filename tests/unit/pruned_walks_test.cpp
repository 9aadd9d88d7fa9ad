// Pruned variable-length walks (query/plan/prune_walks.h): which shapes EXPLAIN shows as
// VarLengthExpand(Pruning) and which must stay VarLengthExpand, and that the pruned plan gives
// exactly the answers of the full walk (the rewrite switched off by PlannerOptions) on random
// graphs with self-loops, parallel edges and cycles, in every direction, for *0..k, *1..k,
// unbounded walks, type filters, property maps, endpoint labels and EXISTS.
#include <catch2/catch.hpp>

#include "tests/unit/planned_rows.h"
#include "tests/unit/random_graphs.h"

#include <kgq/kgq.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace kgq;
using kgq::testing::plannedRows;
using kgq::testing::randomGraph;

namespace {

// The rows of `query` on `db`'s graph, planned with or without pruning, each rendered as text,
// sorted (the queries' row order is not defined).
std::vector<std::string> rowsOf(Database& db, const std::string& query, bool prune, std::string* plan = nullptr) {
  PlannerOptions options;
  options.pruneWalks = prune;
  return plannedRows(db, query, options, plan);
}

bool pruned(const std::string& plan) { return plan.find("VarLengthExpand(Pruning") != std::string::npos; }

std::string explain(Database& db, const std::string& query) {
  std::string plan;
  rowsOf(db, query, true, &plan);
  return plan;
}

}  // namespace

TEST_CASE("pruned walks give the full walk's answers on random graphs", "[planner][paths]") {
  // Every query here gets the rewrite (checked below), so each comparison tests it.
  const std::vector<std::string> queries = {
      "MATCH (a)-[:R*1..3]->(b) RETURN a.id, count(DISTINCT b)",
      "MATCH (a)<-[*1..2]-(b:A) RETURN DISTINCT a.id, b.id",
      "MATCH (a)-[*0..2]-(b:B) RETURN DISTINCT a.id, b.id",
      "MATCH (a)-[*0..4]-(b) RETURN a.id, count(DISTINCT b), min(b.id), max(b.id)",
      "MATCH (a:A)-[:R|S*1..]->(b) WITH DISTINCT b RETURN b.id",
      "MATCH (a)-[:S*0..0]->(b) RETURN DISTINCT a.id, b.id",
      "MATCH (a)-[:R*1..4 {w: 1}]->(b) RETURN a.id, count(DISTINCT b.id)",
      "MATCH (a)-[*1..3]->(a) RETURN DISTINCT a.id",
      "MATCH (a)-[:R*1..]->(b) WHERE b:A OR b.id = 'n1' RETURN DISTINCT a.id, b.id",
      "MATCH (c)-[:R]->(a)-[*1..3]->(b) RETURN c.id, count(DISTINCT b)",
      "MATCH (a), (b) WHERE (a)-[:R*1..3]->(b) RETURN a.id, b.id",
      // A bound end: searched from both ends when it is not the start.
      "MATCH (a), (b) WHERE (a)-[*1..2]-(b) RETURN a.id, b.id",
      "MATCH (a), (b) WHERE EXISTS { (a)<-[:S*0..3]-(b) } RETURN a.id, b.id",
      "MATCH (a), (b) WHERE (a)-[:R*1..4 {w: 1}]-(b) RETURN a.id, b.id",
      "MATCH (a), (b:A) WHERE EXISTS { (a)-[:R|S*1..]->(b) } RETURN a.id, b.id",
      "MATCH (a), (b) WHERE EXISTS { MATCH (a)-[r:R]-(c)-[*1..]-(b) } RETURN a.id, b.id",
      "MATCH (a), (b) WHERE EXISTS { MATCH (a)-[r:R]->(c)<-[*1..2]-(b) } RETURN a.id, b.id",
      "MATCH (a) WHERE EXISTS { MATCH (a)-[:S*1..]->(:A) } RETURN a.id",
      "MATCH (a) WHERE NOT EXISTS { MATCH (a)<-[*0..2]-(:B) } RETURN a.id",
      "MATCH (c)-[:S]->(b)<-[:R*1..2]-(a) RETURN DISTINCT a.id, c.id",
      // Undirected from min 1: the start is an end only through a cycle (not over one edge and back).
      "MATCH (a)-[*1..3]-(b) RETURN a.id, count(DISTINCT b)",
      "MATCH (a)-[*1..1]-(a) RETURN DISTINCT a.id",
      "MATCH (a)-[:R*1..2]-(a) RETURN DISTINCT a.id",
      "MATCH (a)-[:R*1..3]-(a) RETURN DISTINCT a.id",
      "MATCH (a)-[*1..]-(b:A) RETURN DISTINCT a.id, b.id",
      "MATCH (a)-[:R*1..4 {w: 2}]-(b) RETURN a.id, count(DISTINCT b.id)",
      "MATCH (a) WHERE EXISTS { MATCH (a)-[:S*1..2]-(a) } RETURN a.id",
      "MATCH (c)-[:R]-(a)-[*1..3]-(b) RETURN c.id, a.id, count(DISTINCT b)",
      // The optional part of an OPTIONAL MATCH (a start with no walk keeps its row of nulls).
      "MATCH (a) OPTIONAL MATCH (a)-[:S*1..3]-(b) RETURN a.id, count(DISTINCT b)",
      "MATCH (a:A) OPTIONAL MATCH (a)-[:R*1..2]->(b:B) WHERE b.id <> 'n3' RETURN DISTINCT a.id, b.id",
      "MATCH (a) OPTIONAL MATCH (a)<-[*0..2]-(b) RETURN a.id, count(DISTINCT b), min(b.id)",
      // Counted endpoints: from one start, across many starts, per start (grouped by it).
      "MATCH (a {id: 'n1'})-[:R*1..3]->(b) RETURN count(DISTINCT b)",
      "MATCH (a)-[*1..3]-(b:A) RETURN count(DISTINCT b) AS n, count(DISTINCT b) AS m",
      "MATCH (a:B)<-[:R|S*0..2]-(b) RETURN count(DISTINCT b)",
      "MATCH (a)-[*1..2]->(b) RETURN a, count(DISTINCT b)",
      "MATCH (a:A)-[:S*0..]-(b) RETURN a.id, a, count(DISTINCT b)",
      "MATCH (a)-[*1..2]-(b) RETURN size(labels(a)) AS k, count(DISTINCT b)",  // (not counted)
  };
  for (unsigned seed = 1; seed <= 40; ++seed) {
    Database db;
    db.loadJsonText(randomGraph(seed, 7, 11 + static_cast<int>(seed % 5)), "random");
    for (const std::string& query : queries) {
      INFO("seed " << seed << ": " << query);
      std::string plan;
      std::vector<std::string> fast = rowsOf(db, query, true, &plan);
      CHECK(pruned(plan));
      CHECK(fast == rowsOf(db, query, false));
    }
  }
}

TEST_CASE("EXPLAIN shows the pruning expand where only distinct endpoints matter", "[planner][paths]") {
  Database db;
  db.loadJsonText(randomGraph(7, 5, 8), "random");
  CHECK(pruned(explain(db, "MATCH (a {id: 'n0'})-[:R*1..3]->(b) RETURN count(DISTINCT b)")));
  CHECK(pruned(explain(db, "MATCH (a)-[:R*1..3]->(b) RETURN DISTINCT b")));
  CHECK(pruned(explain(db, "MATCH (a)-[:R*1..3]->(b) RETURN DISTINCT b.id")));
  CHECK(pruned(explain(db, "MATCH (a)-[:R*..3]->(b) WITH DISTINCT b RETURN b.id")));
  CHECK(pruned(explain(db, "MATCH (a)-[:R*1..3]->(b) RETURN a, collect(DISTINCT b.id), max(b.id)")));
  CHECK(pruned(explain(db, "MATCH (a) WHERE (a)-[:R*1..3]->(:A) RETURN a")));
  CHECK(pruned(explain(db, "MATCH (a) RETURN EXISTS { MATCH (a)-[*0..]-(b) } AS e")));
  // Undirected walks from min 0 and min 1.
  CHECK(pruned(explain(db, "MATCH (a)-[*0..2]-(b) RETURN DISTINCT b")));
  CHECK(pruned(explain(db, "MATCH (a)-[*1..3]-(b) RETURN DISTINCT b")));
  CHECK(pruned(explain(db, "MATCH (a {id: 'n0'}) OPTIONAL MATCH (a)-[*1..4]-(b) RETURN count(DISTINCT b)")));
}

TEST_CASE("a count of distinct endpoints is counted by the walk where each group is fed by one start row", "[planner][paths]") {
  Database db;
  db.loadJsonText(randomGraph(7, 5, 8), "random");
  auto counting = [&](const std::string& query) {
    return explain(db, query).find("VarLengthExpand(Pruning, counting)") != std::string::npos;
  };
  CHECK(counting("MATCH (a {id: 'n0'})-[:R*1..3]->(b) RETURN count(DISTINCT b)"));
  CHECK(counting("MATCH (a)-[:R*1..3]->(b) RETURN count(DISTINCT b)"));
  CHECK(counting("MATCH (a:A)-[:R*1..3]->(b) RETURN a, count(DISTINCT b) AS n"));
  CHECK(counting("MATCH (a:A)-[:R*1..3]->(b) WHERE a.id <> 'n2' RETURN a.id, a, count(DISTINCT b)"));
  // A group might be fed by several rows: its endpoints need not be distinct.
  CHECK_FALSE(counting("MATCH (a)-[:R*1..3]->(b) RETURN a.id, count(DISTINCT b)"));
  CHECK_FALSE(counting("MATCH (c)-[:S]->(a)-[:R*1..3]->(b) RETURN a, count(DISTINCT b)"));
  CHECK_FALSE(counting("MATCH (a) WHERE a.id IN ['n0', 'n0'] MATCH (a)-[:R*1..3]->(b) RETURN a, count(DISTINCT b)"));
  // Something else is read of the endpoints.
  CHECK_FALSE(counting("MATCH (a)-[:R*1..3]->(b) RETURN count(DISTINCT b), max(b.id)"));
  CHECK_FALSE(counting("MATCH (a)-[:R*1..3]->(b) RETURN count(DISTINCT b.id)"));
  CHECK_FALSE(counting("MATCH (a)-[:R*1..3]->(b) RETURN b.id, count(DISTINCT b)"));
}

TEST_CASE("the full walk stays where walks or their number matter or a search would differ", "[planner][paths]") {
  Database db;
  db.loadJsonText(randomGraph(7, 5, 8), "random");
  // The relationships or the path are used.
  CHECK_FALSE(pruned(explain(db, "MATCH (a)-[r:R*1..3]->(b) RETURN DISTINCT b, size(r)")));
  CHECK_FALSE(pruned(explain(db, "MATCH p = (a)-[:R*1..3]->(b) RETURN DISTINCT b, length(p)")));
  CHECK_FALSE(pruned(explain(db, "MATCH p = (a)-[:R*1..3]->(b) RETURN count(DISTINCT p)")));
  // Duplicates count.
  CHECK_FALSE(pruned(explain(db, "MATCH (a)-[:R*1..3]->(b) RETURN count(b)")));
  CHECK_FALSE(pruned(explain(db, "MATCH (a)-[:R*1..3]->(b) RETURN b")));
  CHECK_FALSE(pruned(explain(db, "MATCH (a)-[:R*1..3]->(b) RETURN count(DISTINCT b), count(*)")));
  CHECK_FALSE(pruned(explain(db, "MATCH (a)-[:R*1..3]->(b) WITH b LIMIT 3 RETURN DISTINCT b")));
  CHECK_FALSE(pruned(explain(db, "MATCH (a) RETURN COUNT { MATCH (a)-[:R*1..3]->(b) } AS n")));
  CHECK_FALSE(pruned(explain(db, "MATCH (a) OPTIONAL MATCH (a)-[:R*1..3]->(b) RETURN a, count(b)")));
  CHECK_FALSE(pruned(explain(db, "MATCH (a) OPTIONAL MATCH (a)-[r:R*1..3]->(b) RETURN DISTINCT b, size(r)")));
  // Trails and shortest walks differ from min 2.
  CHECK_FALSE(pruned(explain(db, "MATCH (a)-[:R*2..3]->(b) RETURN DISTINCT b")));
  CHECK_FALSE(pruned(explain(db, "MATCH (a)-[*2..3]-(b) RETURN DISTINCT b")));
  // A later step of the same MATCH must not reuse the walk's relationships.
  CHECK_FALSE(pruned(explain(db, "MATCH (a {id: 'n0'})-[:R*1..2]->(b)-[:R]->(c) RETURN DISTINCT c")));
}

TEST_CASE("a pruned walk without upper bound is searched in full, not cut at the walk limit", "[planner][paths]") {
  // A chain of 40 nodes: the full walk to its end would exceed the 15-hop limit.
  std::string json = R"({"format": "kgq-graph", "version": 1, "nodes": [)";
  for (int i = 0; i < 40; ++i) json += std::string(i ? ", " : "") + R"({"id": "c)" + std::to_string(i) + R"("})";
  json += R"(], "edges": [)";
  for (int i = 0; i + 1 < 40; ++i)
    json += std::string(i ? ", " : "") + R"({"type": "N", "from": "c)" + std::to_string(i) + R"(", "to": "c)" +
            std::to_string(i + 1) + R"("})";
  Database db;
  db.loadJsonText(json + "]}", "chain");
  Connection conn(db);
  Result r = conn.run("MATCH (a {id: 'c0'})-[:N*]->(b) RETURN count(DISTINCT b) AS n");
  REQUIRE(r.size() == 1);
  CHECK(r.rows()[0][0] == Value(std::int64_t{39}));
  CHECK_THROWS_WITH(conn.run("MATCH (a {id: 'c0'})-[:N*]->(b) RETURN count(b) AS n"),
                    Catch::Contains("would walk more than 15 relationships"));
}
