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

TEST_CASE("an equality on an indexed property seeks through the index", "[planner]") {
  // name is indexed automatically; the equality stays as a filter above the seek.
  std::string plan = explain("MATCH (c:City {name: 'Wuhan'})<-[:IN]-(k) RETURN k.name");
  CHECK(plan.find("NodeIndexSeek (c:City) name = 'Wuhan'") != std::string::npos);
  CHECK(plan.find("NodeByLabelScan") == std::string::npos);
  std::string byParameter = explain("MATCH (k:Company) WHERE k.name = $n RETURN k");
  CHECK(byParameter.find("NodeIndexSeek (k:Company) name = $n") != std::string::npos);
  // revenue has no index: a label scan and a filter.
  std::string unindexed = explain("MATCH (k:Company) WHERE k.revenue = 5.0 RETURN k");
  CHECK(unindexed.find("NodeByLabelScan (k:Company)") != std::string::npos);
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
  // EXPLAIN prints the top operator first, so each operator's input is on a later line.
  std::string plan = explain("MATCH (k:Company)-[:IN]->(c:City) WHERE k.revenue > 5.5 AND c.name = 'Wuhan' RETURN k");
  std::size_t filterK = plan.find("Filter k.revenue > 5.5");
  std::size_t expand = plan.find("Expand (c:City)<-[:IN]-(k:Company)");
  std::size_t filterC = plan.find("Filter c.name = 'Wuhan'");
  std::size_t seek = plan.find("NodeIndexSeek (c:City) name = 'Wuhan'");
  REQUIRE(filterK != std::string::npos);
  REQUIRE(expand != std::string::npos);
  REQUIRE(filterC != std::string::npos);
  REQUIRE(seek != std::string::npos);
  // The city is found through the name index and tested right there; the company filter sits
  // directly above the expansion that binds k.
  CHECK(filterK < expand);
  CHECK(expand < filterC);
  CHECK(filterC < seek);
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
