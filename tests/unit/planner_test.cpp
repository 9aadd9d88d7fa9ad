// Plan-shape tests (query/plan): where patterns start, where filters go, top-k for ORDER BY
// with LIMIT. Read through EXPLAIN, as a user would.
#include <catch2/catch.hpp>

#include <kgq/kgq.h>

using namespace kgq;

namespace {
const char* kGraph = R"({"format": "kgq-graph", "version": 1,
  "nodes": [
    {"id": "r1", "labels": ["Region"], "properties": {"name": "Hubei"}},
    {"id": "c1", "labels": ["City"], "properties": {"name": "Wuhan"}},
    {"id": "c2", "labels": ["City"], "properties": {"name": "Yichang"}},
    {"id": "k1", "labels": ["Company"], "properties": {"name": "A", "revenue": 5.0}},
    {"id": "k2", "labels": ["Company"], "properties": {"name": "B", "revenue": 7.0}},
    {"id": "k3", "labels": ["Company"], "properties": {"name": "C", "revenue": 6.0}}],
  "edges": [
    {"type": "IN", "from": "c1", "to": "r1"}, {"type": "IN", "from": "c2", "to": "r1"},
    {"type": "IN", "from": "k1", "to": "c1"}, {"type": "IN", "from": "k2", "to": "c1"},
    {"type": "IN", "from": "k3", "to": "c2"}]})";

std::string explain(const std::string& query) {
  static Database db;
  static bool loaded = false;
  if (!loaded) {
    db.loadJsonText(kGraph, "plan");
    loaded = true;
  }
  Connection conn(db);
  return conn.run("EXPLAIN " + query).planText();
}
}  // namespace

TEST_CASE("an id lookup seeks instead of scanning", "[planner]") {
  std::string plan = explain("MATCH (c:City {id: 'c1'})<-[:IN]-(k) RETURN k.name");
  CHECK(plan.find("NodeByIdSeek (c:City) id = 'c1'") != std::string::npos);
  CHECK(plan.find("Scan") == std::string::npos);
  std::string viaWhere = explain("MATCH (c) WHERE c.id = $id RETURN c");
  CHECK(viaWhere.find("NodeByIdSeek (c) id = $id") != std::string::npos);
  CHECK(viaWhere.find("Filter") == std::string::npos);
}

TEST_CASE("a pattern starts at its most selective node", "[planner]") {
  // One Region against three Companies: start at the Region and expand inwards.
  std::string plan = explain("MATCH (k:Company)-[:IN]->(:City)-[:IN]->(r:Region) RETURN count(*)");
  CHECK(plan.find("NodeByLabelScan (r:Region)") != std::string::npos);
  // A bound variable from an earlier clause beats any scan.
  std::string bound = explain("MATCH (r:Region) WITH r MATCH (c:City)-[:IN]->(r) RETURN c");
  CHECK(bound.find("NodeByLabelScan (c:City)") == std::string::npos);
}

TEST_CASE("filters are pushed down to the first operator that binds their variables", "[planner]") {
  std::string plan = explain("MATCH (k:Company)-[:IN]->(c:City) WHERE k.revenue > 5.5 AND c.name = 'Wuhan' RETURN k");
  // Each conjunct sits directly above the operator that binds its variable: the plan prints the
  // top first, so a filter's line comes right before (above) its input's line.
  auto line = [&](const std::string& needle) { return plan.find(needle); };
  REQUIRE(line("Filter c.name = 'Wuhan'") != std::string::npos);
  REQUIRE(line("Filter k.revenue > 5.5") != std::string::npos);
  std::size_t start = plan.find("Scan");
  std::size_t expand = plan.find("Expand");
  // The first filter applies to the start node right after the scan, before expanding.
  bool cityFirst = plan.find("NodeByLabelScan (c:City)") != std::string::npos;
  if (cityFirst) {
    CHECK(line("Filter c.name = 'Wuhan'") > expand);
    CHECK(line("Filter c.name = 'Wuhan'") < start);
  } else {
    CHECK(line("Filter k.revenue > 5.5") > expand);
    CHECK(line("Filter k.revenue > 5.5") < start);
  }
}

TEST_CASE("ORDER BY with LIMIT keeps only the top k rows", "[planner]") {
  std::string plan = explain("MATCH (k:Company) RETURN k.name ORDER BY k.revenue DESC LIMIT 2");
  CHECK(plan.find("Sort k.revenue DESC (top 2)") != std::string::npos);
  std::string withSkip = explain("MATCH (k:Company) RETURN k.name ORDER BY k.revenue SKIP 1 LIMIT 1");
  CHECK(withSkip.find("(top 1 + 1)") != std::string::npos);
  Database db;
  db.loadJsonText(kGraph, "plan");
  Connection conn(db);
  Result r = conn.run("MATCH (k:Company) RETURN k.name ORDER BY k.revenue DESC SKIP 1 LIMIT 1");
  REQUIRE(r.size() == 1);
  CHECK(r.at(0, 0).asString() == "C");
}
