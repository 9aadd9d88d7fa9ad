// Relationship scans (query/plan/plan_match.cpp, query/exec/relationship_scan.cpp): which
// patterns EXPLAIN shows starting at a relationship, and that those plans give exactly the rows
// of the node-first plan (the scan switched off by PlannerOptions) on random graphs with
// self-loops and parallel edges: directed either way, undirected, the same variable at both
// ends, labelled ends, longer chains, relationships that must differ from others of the MATCH,
// OPTIONAL MATCH, MERGE, and writes after the scan.
#include <catch2/catch.hpp>

#include "tests/unit/planned_rows.h"
#include "tests/unit/random_graphs.h"

#include <kgq/kgq.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace kgq;
using kgq::testing::plannedRows;
using kgq::testing::randomGraph;

namespace {

// The rows of `query`, planned with or without relationship scans, rendered and sorted.
std::vector<std::string> rowsOf(Database& db, const std::string& query, bool scans, std::string* plan = nullptr) {
  PlannerOptions options;
  options.relationshipScans = scans;
  return plannedRows(db, query, options, plan);
}

bool scans(Database& db, const std::string& query) {
  std::string plan;
  rowsOf(db, query, true, &plan);
  return plan.find("RelationshipTypeScan") != std::string::npos;
}

}  // namespace

TEST_CASE("a relationship scan gives the node-first plan's rows on random graphs", "[planner][scan]") {
  // Every query here starts at a relationship (checked below), so each comparison tests the scan.
  const std::vector<std::string> queries = {
      "MATCH (a)-[r:R]->(b) WHERE r.w = 2 RETURN a.id, r.w, b.id",
      "MATCH (a)<-[r]-(b) WHERE r.w > 1 RETURN a.id, type(r), b.id",
      "MATCH (a)-[r:R|S]-(b) WHERE r.w = 1 RETURN a.id, b.id",
      "MATCH (a)-[r]-(a) WHERE r.w = 2 RETURN a.id, type(r)",
      "MATCH (a)-[r:S]->(a) WHERE r.w < 2 RETURN a.id",
      "MATCH ()-[r:R {w: 2}]->() RETURN count(*)",
      "MATCH (a)-[r]->(b)-[s:S]->(c) WHERE r.w = 1 RETURN a.id, b.id, c.id",
      "MATCH (c)<-[s]-(a)-[r:R]-(b) WHERE r.w = 2 RETURN a.id, b.id, c.id",
      "MATCH (a)-[r:R]->(b)<-[s:R]-(c) WHERE s.w = 1 RETURN a.id, b.id, c.id",
      "MATCH (x)-[q:S]->(y), (a)-[r:S]->(b) WHERE r.w = 1 AND q.w = 1 RETURN x.id, a.id, b.id",
      "MATCH (a)-[r:R]->(b) WHERE r.w = 2 AND type(r) = 'R' AND r <> r RETURN a.id",
      "MATCH (n) OPTIONAL MATCH (n)-[s]->(m), (a)-[r:S]->(b) WHERE r.w = 2 RETURN n.id, a.id",
      "MATCH (a)-[r]->(b) WHERE r.w = 2 WITH a, count(*) AS n RETURN a.id, n",
      "MATCH (a)-[r:R]-(b) RETURN r.w, count(*)",
      "MATCH (a)<-[r]-(b)-[s]->(c) RETURN a.id, r.w + s.w AS w",
      "MATCH (a)-[r]->(b) WITH r, b ORDER BY r.w, b.id RETURN b.id, r.w",
  };
  for (unsigned seed = 1; seed <= 30; ++seed) {
    Database db;
    db.loadJsonText(randomGraph(seed, 7, 14 + static_cast<int>(seed % 6)), "random");
    for (const std::string& query : queries) {
      INFO("seed " << seed << ": " << query);
      std::string plan;
      std::vector<std::string> fast = rowsOf(db, query, true, &plan);
      CHECK(plan.find("RelationshipTypeScan") != std::string::npos);
      CHECK(fast == rowsOf(db, query, false));
    }
  }
}

TEST_CASE("EXPLAIN starts at a relationship only where its properties are read and no node is sought", "[planner][scan]") {
  Database db;
  db.loadJsonText(randomGraph(7, 40, 60), "random");
  CHECK(scans(db, "MATCH ()-[r:R]->() WHERE r.w = 2 RETURN count(*)"));
  CHECK(scans(db, "MATCH (a)-[r]-(b) WHERE r.w > 1 RETURN a, b"));
  // A node is sought or filtered: starting there reads fewer relationships.
  CHECK_FALSE(scans(db, "MATCH (a {id: 'n1'})-[r:R]->(b) WHERE r.w = 2 RETURN b"));
  CHECK_FALSE(scans(db, "MATCH (a)-[r:R]->(b) WHERE r.w = 2 AND a.id = 'n3' RETURN b"));
  CHECK_FALSE(scans(db, "MATCH (a {id: 'n1'}) MATCH (a)-[r:R]->(b) WHERE r.w = 2 RETURN b"));
  // No predicate of the relationship alone, or one of variable length.
  CHECK_FALSE(scans(db, "MATCH (a)-[r:R]->(b) RETURN count(*)"));
  CHECK_FALSE(scans(db, "MATCH (a)-[r:R]->(b) WHERE a.w = b.w RETURN count(*)"));
  CHECK_FALSE(scans(db, "MATCH (a)-[r:R]->(b) RETURN r, b.w"));
  // The relationship's properties are read later: grouped, returned, ordered by.
  CHECK(scans(db, "MATCH (a)-[r:R]->(b) RETURN r.w, count(*)"));
  CHECK(scans(db, "MATCH (a)-[r:R]->(b) WITH r ORDER BY r.w RETURN r"));
  CHECK_FALSE(scans(db, "MATCH (a)-[:R*1..2 {w: 2}]->(b) RETURN count(*)"));
  // A label far smaller than the graph: expanding from its nodes reads fewer relationships.
  Connection conn(db);
  conn.run("MATCH (n {id: 'n5'}) SET n:Rare");
  CHECK_FALSE(scans(db, "MATCH (a:Rare)-[r:R]->(b) WHERE r.w = 2 RETURN b"));
}

TEST_CASE("writes after a relationship scan see each relationship once and no new one", "[planner][scan]") {
  Database db;
  db.loadJsonText(randomGraph(11, 10, 30), "random");
  Connection conn(db);
  std::int64_t before = conn.run("MATCH ()-[r:R]->() WHERE r.w = 2 RETURN count(*)").rows()[0][0].asInt();
  REQUIRE(before > 0);
  // Each matched relationship gets a twin of the same type and weight: the scan must not find the
  // twins it creates, or it would never end.
  Result r = conn.run("MATCH (a)-[r:R]->(b) WHERE r.w = 2 CREATE (a)-[:R {w: 2}]->(b)");
  CHECK(static_cast<std::int64_t>(r.stats().relationshipsCreated) == before);
  CHECK(conn.run("MATCH ()-[r:R]->() WHERE r.w = 2 RETURN count(*)").rows()[0][0].asInt() == 2 * before);
  // MERGE by a relationship property finds the existing ones.
  std::int64_t total = conn.run("MATCH ()-[r]->() RETURN count(*)").rows()[0][0].asInt();
  conn.run("MERGE ()-[r:R {w: 2}]->()");
  CHECK(conn.run("MATCH ()-[r]->() RETURN count(*)").rows()[0][0].asInt() == total);
}
