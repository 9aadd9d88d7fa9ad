// Plan-shape tests (query/plan): where patterns start, where filters go, top-k for ORDER BY
// with LIMIT, which counts come from the count store or counted expansions and which do not.
// Read through EXPLAIN, as a user would.
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
  std::size_t seek = plan.find("NodeIndexSeek (c:City) name = 'Wuhan' WHERE c.name = 'Wuhan'");
  REQUIRE(filterK != std::string::npos);
  REQUIRE(expand != std::string::npos);
  REQUIRE(seek != std::string::npos);
  // The city is found through the name index and tested right there (the equality is folded into
  // the seek); the company filter sits directly above the expansion that binds k.
  CHECK(filterK < expand);
  CHECK(expand < seek);
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

// ---- counting rewrites (query/plan/count_rewrites.h) ----

namespace {
bool has(const std::string& plan, const std::string& text) { return plan.find(text) != std::string::npos; }
// An expansion that produces rows ("ExpandCount (" does not contain it).
bool expands(const std::string& plan) { return has(plan, "Expand (") || has(plan, "ExpandInto ("); }
}  // namespace

TEST_CASE("a pure node count is read from the count store", "[planner][counts]") {
  for (const char* q : {"MATCH (n) RETURN count(*)", "MATCH (n) RETURN count(n) AS c", "MATCH (n:City) RETURN count(n)",
                        "MATCH (n:City) RETURN count(*) AS a, count(n) AS b", "MATCH (n:Nope) RETURN count(*)",
                        "MATCH (n:City) WITH count(*) AS c WHERE c > 1 RETURN c"}) {
    INFO(q);
    std::string plan = explain(q);
    CHECK(has(plan, "NodeCountFromCountStore"));
    CHECK_FALSE(has(plan, "Scan"));
    CHECK_FALSE(has(plan, "Aggregation"));
  }
  CHECK(has(explain("MATCH (n:City) RETURN count(n)"), "NodeCountFromCountStore (n:City)"));
}

TEST_CASE("a node count is not read from the count store when the match is more than a count", "[planner][counts]") {
  for (const char* q : {
           "MATCH (n:City) WHERE n.name = 'Wuhan' RETURN count(*)",  // WHERE (an index seek)
           "MATCH (n:City) WHERE n.pop > 1 RETURN count(*)",         // WHERE folded into the scan
           "MATCH (n) WHERE n.pop > 1 RETURN count(n)",              // ... into an all-nodes scan
           "MATCH (n:City {name: 'Wuhan'}) RETURN count(*)",         // property map
           "MATCH (n:City:Region) RETURN count(*)",                  // two labels
           "MATCH (n:City) RETURN n.name, count(*)",                 // the variable used by a key
           "MATCH (n:City) RETURN count(n.name)",                    // ... by the counted value
           "MATCH (n:City) RETURN count(DISTINCT n)",                // DISTINCT
           "MATCH (n:City) RETURN sum(1)",                           // not a count
           "MATCH (n:City) RETURN count(*), collect(n.name)",        // not only counts
           "OPTIONAL MATCH (n:City) RETURN count(n)",                // OPTIONAL MATCH
           "MATCH (n:City), (m) RETURN count(*)",                    // two pattern parts
           "MATCH (n:City) MATCH (m) RETURN count(*)",               // another MATCH
           "MATCH (n:City) UNWIND [1, 2] AS i RETURN count(*)",      // a later clause
           "UNWIND [1, 2] AS i MATCH (n:City) RETURN count(*)",      // an earlier clause
           "MATCH (r:Region) WITH r MATCH (n) RETURN count(*)",      // earlier bound variables
       }) {
    INFO(q);
    std::string plan = explain(q);
    CHECK_FALSE(has(plan, "CountFromCountStore"));
  }
}

TEST_CASE("a pure relationship count is read from the count store", "[planner][counts]") {
  for (const char* q : {"MATCH ()-[r]->() RETURN count(*)", "MATCH ()-[r]->() RETURN count(r)",
                        "MATCH ()<-[r:IN]-() RETURN count(r)", "MATCH ()-[r:IN|Nope]->() RETURN count(*)",
                        "MATCH (a)-[r]->(b) RETURN count(a), count(b), count(r)",
                        "MATCH ()-[e]->() RETURN type(e) AS t, count(*) AS c ORDER BY t",
                        "MATCH ()-[e:IN]->() RETURN count(*) AS c, type(e) AS t"}) {
    INFO(q);
    std::string plan = explain(q);
    CHECK(has(plan, "RelationshipCountFromCountStore"));
    CHECK_FALSE(has(plan, "Scan"));
    CHECK_FALSE(expands(plan));
    CHECK_FALSE(has(plan, "Aggregation"));
  }
  // Q7: grouped by type, then sorted
  std::string q7 = explain("MATCH ()-[e]->() RETURN type(e) AS t, count(*) AS c ORDER BY t");
  CHECK(has(q7, "RelationshipCountFromCountStore ()-[e]->() grouped by type(e)"));
  CHECK(q7.find("Sort t") < q7.find("RelationshipCountFromCountStore"));
}

TEST_CASE("a relationship count is not read from the count store when the match is more than a count",
          "[planner][counts]") {
  for (const char* q : {
           "MATCH ()-[r]-() RETURN count(*)",                 // undirected: a self-loop counts once
           "MATCH (:City)-[r]->() RETURN count(*)",           // a label at either end
           "MATCH ()-[r]->(:Region) RETURN count(*)",
           "MATCH ()-[r:IN]->() WHERE r.x = 1 RETURN count(*)",  // WHERE
           "MATCH (a)-[r:IN]->() WHERE a.pop > 1 RETURN count(*)",  // WHERE folded into the scan
           "MATCH ()-[r:IN {x: 1}]->() RETURN count(*)",      // property map
           "MATCH ({name: 'Wuhan'})-[r]->() RETURN count(*)",
           "MATCH (n)-[r]->(n) RETURN count(*)",              // one node at both ends
           "MATCH p = ()-[r]->() RETURN count(*)",            // a path variable
           "MATCH ()-[r]->()-[s]->() RETURN count(*)",        // two relationships
           "MATCH ()-[r*1..2]->() RETURN count(*)",           // variable length
           "MATCH ()-[r]->() RETURN r.x, count(*)",           // the relationship used by a key
           "MATCH (a)-[r]->() RETURN a.name, count(*)",       // ... an end node used
           "MATCH ()-[r]->() RETURN type(r), r.x, count(*)",  // another key besides type(r)
           "MATCH ()-[r]->() RETURN count(DISTINCT r)",       // DISTINCT
           "MATCH ()-[r]->() RETURN count(r.x)",
           "OPTIONAL MATCH ()-[r]->() RETURN count(r)",       // OPTIONAL MATCH
           "WITH 1 AS x MATCH ()-[r]->() RETURN count(*)",    // an earlier clause
           "MATCH ()-[r]->() UNWIND [1, 2] AS i RETURN count(*)",  // a later clause
           "MATCH (c:City) WITH c MATCH ()-[r]->() RETURN count(*)",
           "MATCH ()-[r]->() WITH r MATCH ()-[r]->() RETURN count(*)",  // the relationship bound before
       }) {
    INFO(q);
    CHECK_FALSE(has(explain(q), "CountFromCountStore"));
  }
}

TEST_CASE("counts over a chain of expansions are counted per row, not materialized", "[planner][counts]") {
  // Q3: grouped by the region the pattern starts from; both expansions are counted.
  std::string q3 = explain(
      "MATCH (c:Company)-[:IN]->(:City)-[:IN]->(r:Region) RETURN r.name, count(*) AS n ORDER BY n DESC LIMIT 10");
  CHECK(has(q3, "ExpandCount (r:Region)<-[:IN]-(:City), (:City)<-[:IN]-(c:Company)"));
  CHECK(q3.find("Aggregation") < q3.find("ExpandCount"));
  CHECK(q3.find("ExpandCount") < q3.find("NodeByLabelScan (r:Region)"));
  CHECK_FALSE(expands(q3));
  for (const char* q : {
           "MATCH (r:Region)<-[:IN]-(c) RETURN r.name, count(c)",        // a count of a chain variable
           "MATCH (r:Region)<-[:IN]-(c) RETURN count(r), count(DISTINCT r)",  // variables bound before
           "MATCH (r:Region)<-[:IN]-(c:City) WHERE c.name <> 'x' RETURN r.name, count(*)",  // a filter inside
           "MATCH (r:Region)<-[:IN {x: 1}]-(c) RETURN r.name, count(*)",
           "MATCH ()-[r]-() RETURN count(*)",                             // undirected
           "MATCH (a)-[r]-(b)-[s]-(a) RETURN a.name, count(*)",           // ExpandInto
       }) {
    INFO(q);
    std::string plan = explain(q);
    CHECK(has(plan, "ExpandCount"));
    CHECK_FALSE(expands(plan));
  }
  // Grouped by the middle node: the last expansion is counted, the first produces rows.
  std::string middle = explain("MATCH (k:Company)-[:IN]->(c:City)-[:IN]->(r:Region) RETURN c.name, count(*)");
  CHECK(has(middle, "ExpandCount (c:City)<-[:IN]-(k:Company)"));
  CHECK(has(middle, "Expand (r:Region)<-[:IN]-(c:City)"));
}

TEST_CASE("counts over expansions are materialized when the aggregation needs the rows", "[planner][counts]") {
  for (const char* q : {
           "MATCH (r:Region)<-[:IN]-(c) RETURN c.name, count(*)",           // the chain's node used
           "MATCH (r:Region)<-[e:IN]-(c) RETURN type(e), count(*)",         // ... its relationship
           "MATCH (r:Region)<-[:IN]-(c) RETURN count(DISTINCT c)",          // a DISTINCT count of it
           "MATCH (r:Region)<-[:IN]-(c) RETURN count(c.name)",              // a value of it
           "MATCH (r:Region)<-[:IN]-(c) RETURN r.name, sum(c.revenue)",     // not a count
           "MATCH (r:Region)<-[:IN]-(c) RETURN r.name, count(*), collect(c.name)",
           "MATCH (r:Region)<-[:IN*1..2]-(c) RETURN r.name, count(*)",      // variable length
           "MATCH (r:Region) OPTIONAL MATCH (r)<-[:IN]-(c) RETURN r.name, count(*)",  // OPTIONAL MATCH
           "MATCH p = (r:Region)<-[:IN]-(c) RETURN r.name, count(*)",       // a path variable
           "MATCH (r:Region)<-[:IN]-(c) WITH r, c RETURN r.name, count(*)", // rows projected first
       }) {
    INFO(q);
    std::string plan = explain(q);
    CHECK_FALSE(has(plan, "ExpandCount"));
    CHECK(expands(plan));
  }
}

TEST_CASE("PROFILE shows the counting operators with their rows", "[planner][counts]") {
  Database db;
  db.loadJsonText(kGraph, "plan");
  Connection conn(db);
  Result q3 = conn.run(
      "PROFILE MATCH (c:Company)-[:IN]->(:City)-[:IN]->(r:Region) RETURN r.name, count(*) AS n ORDER BY n DESC");
  REQUIRE(q3.size() == 1);
  CHECK(q3.at(0, 0).asString() == "Hubei");
  CHECK(q3.at(0, 1).asInt() == 3);
  // One region row carrying the count of three matches: no operator produces three rows.
  CHECK(has(q3.planText(), "  rows 1  "));
  CHECK_FALSE(has(q3.planText(), "  rows 3  "));
  Result q7 = conn.run("PROFILE MATCH ()-[e]->() RETURN type(e) AS t, count(*) AS c ORDER BY t");
  REQUIRE(q7.size() == 1);
  CHECK(q7.at(0, 0).asString() == "IN");
  CHECK(q7.at(0, 1).asInt() == 5);
  CHECK(has(q7.planText(), "RelationshipCountFromCountStore"));
  Result nodes = conn.run("PROFILE MATCH (k:Company) RETURN count(k)");
  CHECK(nodes.at(0, 0).asInt() == 3);
  CHECK(has(nodes.planText(), "NodeCountFromCountStore"));
}

// ---- seeks on values known per input row ----

TEST_CASE("an equality with a value of the input row seeks once per row", "[planner][seeks]") {
  // The id comes from UNWIND: a seek per row, not a label scan per row.
  std::string byId = explain("UNWIND ['c1', 'c2'] AS x MATCH (c:City {id: x}) RETURN c.name");
  CHECK(has(byId, "NodeByIdSeek (c:City) id = x"));
  CHECK_FALSE(has(byId, "NodeByLabelScan"));
  std::string computed = explain("UNWIND [1, 2] AS i MATCH (c:City) WHERE c.id = 'c' + toString(i) RETURN c.name");
  CHECK(has(computed, "NodeByIdSeek (c:City) id = 'c' + toString(i)"));
  // An indexed property (name) with a value from an earlier clause.
  std::string byName = explain("MATCH (r:Region) WITH r.name AS n MATCH (k:Company) WHERE k.name = n RETURN k");
  CHECK(has(byName, "NodeIndexSeek (k:Company) name = n"));
  // A value that needs the node itself cannot seek.
  CHECK_FALSE(has(explain("MATCH (c:City) WHERE c.id = c.name RETURN c"), "Seek"));
  // MERGE finds its node through the same seek.
  std::string merge = explain("UNWIND ['c1', 'x'] AS x MERGE (c:City {id: x}) RETURN c");
  CHECK(has(merge, "NodeByIdSeek (c:City) id = x"));
  Database db;
  db.loadJsonText(kGraph, "plan");
  Connection conn(db);
  Result r = conn.run("UNWIND ['c2', 'c1', 'c9'] AS x MATCH (c:City {id: x}) RETURN c.name");
  REQUIRE(r.size() == 2);
  CHECK(r.at(0, 0).asString() == "Yichang");
  CHECK(r.at(1, 0).asString() == "Wuhan");
}

TEST_CASE("an equality between unconnected pattern parts plans a hash join on the smaller side", "[planner]") {
  // revenue has no index: three companies against two cities, the cities are built.
  std::string plan = explain("MATCH (k:Company), (c:City) WHERE k.revenue = c.population RETURN k, c");
  CHECK(plan.find("ValueHashJoin k.revenue = c.population (builds on the part)") != std::string::npos);
  CHECK(plan.find("Filter k.revenue = c.population") != std::string::npos);  // `=` decides exactly
  // The input is the smaller side: it is built, and the part streams through it.
  std::string smallInput = explain("MATCH (c:City), (k:Company) WHERE k.revenue = c.population RETURN k");
  CHECK(smallInput.find("ValueHashJoin k.revenue = c.population (builds on the input)") != std::string::npos);
  // Values of an earlier clause are a join's input too.
  std::string unwound = explain("UNWIND [5.0, 7.0, 6.0, 1.0] AS x MATCH (k:Company) WHERE k.revenue = x RETURN k");
  CHECK(unwound.find("ValueHashJoin k.revenue = x") != std::string::npos);
}

TEST_CASE("a hash join is not planned where a seek, a single row or no equality serves", "[planner]") {
  // An indexed property (name) is a seek per row, not a join, unless the part has fewer nodes
  // than the input has rows (two cities against three companies: one table of the cities).
  std::string seek = explain("MATCH (c:City), (k:Company) WHERE k.name = c.name RETURN k");
  CHECK(seek.find("ValueHashJoin") == std::string::npos);
  CHECK(seek.find("NodeIndexSeek (k:Company) name = c.name") != std::string::npos);
  std::string smallPart = explain("MATCH (k:Company), (c:City) WHERE c.name = k.name RETURN k");
  CHECK(smallPart.find("ValueHashJoin c.name = k.name") != std::string::npos);
  // No equality between the parts: a cartesian product.
  std::string product = explain("MATCH (k:Company), (c:City) WHERE k.revenue < c.population RETURN k");
  CHECK(product.find("ValueHashJoin") == std::string::npos);
  // One row on the input side: nothing to gain.
  std::string single = explain("MATCH (r:Region {id: 'r1'}), (k:Company) WHERE k.revenue = r.population RETURN k");
  CHECK(single.find("ValueHashJoin") == std::string::npos);
  // A variable-length relationship that must differ from one on the other side stays a nested loop.
  std::string varLength =
      explain("MATCH (k:Company)-[:IN]->(c), (x)-[:IN*1..2]->(y) WHERE c.population = y.population RETURN k");
  CHECK(varLength.find("ValueHashJoin") == std::string::npos);
}

TEST_CASE("IN a list known before the scan seeks each element", "[planner]") {
  std::string byId = explain("MATCH (c) WHERE c.id IN ['c1', 'c2'] RETURN c");
  CHECK(byId.find("NodeByIdSeek (c) id IN ['c1', 'c2']") != std::string::npos);
  CHECK(byId.find("Scan") == std::string::npos);
  std::string byIndex = explain("MATCH (k:Company) WHERE k.name IN $names RETURN k");
  // IN itself decides for the values the index does not compare exactly (null, NaN, lists).
  CHECK(byIndex.find("NodeIndexSeek (k:Company) name IN $names WHERE k.name IN $names") != std::string::npos);
  std::string perRow = explain("UNWIND [['A'], ['B', 'C']] AS names MATCH (k:Company) WHERE k.name IN names RETURN k");
  CHECK(perRow.find("NodeIndexSeek (k:Company) name IN names") != std::string::npos);
  // A list on the left is no seek: `x IN k.tags` asks about the node's list.
  std::string reversed = explain("MATCH (k:Company) WHERE 'A' IN k.name RETURN k");
  CHECK(reversed.find("Seek") == std::string::npos);
}

TEST_CASE("a disjunction of equalities on one property seeks its values as IN does", "[planner]") {
  std::string byId = explain("MATCH (c) WHERE c.id = 'c1' OR 'c2' = c.id OR c.id = $third RETURN c");
  CHECK(byId.find("NodeByIdSeek (c) id IN ['c1', 'c2', $third] WHERE c.id = 'c1' OR 'c2' = c.id OR c.id = $third") !=
        std::string::npos);
  std::string byIndex = explain("MATCH (k:Company) WHERE k.name = 'A' OR k.name = 'B' RETURN k");
  CHECK(byIndex.find("NodeIndexSeek (k:Company) name IN ['A', 'B']") != std::string::npos);
  std::string perRow = explain("UNWIND ['A', 'B'] AS x MATCH (k:Company) WHERE k.name = x OR k.name = x + '!' RETURN k");
  CHECK(perRow.find("NodeIndexSeek (k:Company) name IN [x, x + '!']") != std::string::npos);
  // Two properties, a leaf that is not an equality, a value read from the node itself: a scan.
  for (const char* scanned : {"MATCH (c) WHERE c.id = 'c1' OR c.name = 'A' RETURN c",
                              "MATCH (c) WHERE c.id = 'c1' OR c.id STARTS WITH 'x' RETURN c",
                              "MATCH (c) WHERE c.id = 'c1' OR c.id = c.name RETURN c"})
    CHECK(explain(scanned).find("Seek") == std::string::npos);
}

TEST_CASE("id(n) and elementId(n) equal to a known value seek the node itself", "[planner]") {
  CHECK(explain("MATCH (n) WHERE id(n) = 5 RETURN n").find("NodeByInternalIdSeek (n) id(n) = 5") != std::string::npos);
  CHECK(explain("MATCH (n:City) WHERE $i = id(n) RETURN n").find("NodeByInternalIdSeek (n:City) id(n) = $i") !=
        std::string::npos);
  CHECK(explain("MATCH (n) WHERE id(n) IN [1, 2] RETURN n").find("NodeByInternalIdSeek (n) id(n) IN [1, 2]") !=
        std::string::npos);
  CHECK(explain("UNWIND ['a', 'b'] AS k MATCH (n) WHERE elementId(n) = k RETURN n")
            .find("NodeByElementIdSeek (n) elementId(n) = k") != std::string::npos);
  // Before the `id` property: the identity finds one node at most.
  CHECK(explain("MATCH (n) WHERE n.id = 'c1' AND id(n) = 3 RETURN n").find("NodeByInternalIdSeek") != std::string::npos);
  // A value read from the node itself: no seek.
  CHECK(explain("MATCH (m), (n) WHERE id(n) = id(n) + 0 RETURN n").find("IdSeek") == std::string::npos);
}

TEST_CASE("an Eager barrier goes exactly between clauses that may write what another reads", "[planner]") {
  auto eagerCount = [](const std::string& query) {
    std::string plan = explain(query);
    std::size_t n = 0;
    for (std::size_t at = plan.find("Eager"); at != std::string::npos; at = plan.find("Eager", at + 1)) ++n;
    return n;
  };
  // Nothing read before the write: a list, a parameter list and its per-row seeks in MERGE.
  CHECK(eagerCount("UNWIND range(1, 10) AS i CREATE (:Tag {id: 't' + toString(i), n: i})") == 0);
  CHECK(eagerCount("UNWIND $rows AS r MERGE (c:Company {id: r.id}) ON CREATE SET c.name = r.name") == 0);
  // Nodes read by id, relationships written: new relationships change no node seek.
  CHECK(eagerCount("UNWIND $pairs AS p MATCH (a:Company {id: p.a}), (b:Company {id: p.b}) CREATE (a)-[:DEAL]->(b)") == 0);
  // Other labels than the ones read.
  CHECK(eagerCount("MATCH (c:City) CREATE (:Tag {name: c.name})") == 0);
  // The same label, any node, the same relationships, the properties read: a barrier.
  CHECK(eagerCount("MATCH (c:City) CREATE (:City)") == 1);
  CHECK(eagerCount("MATCH (c:City) CREATE ()") == 1);
  CHECK(eagerCount("MATCH (c:City)<-[:IN]-(k) CREATE (c)<-[:IN]-(:Company)") == 1);
  CHECK(eagerCount("MATCH (a:Company), (b:Company) WHERE a.revenue < b.revenue SET a.revenue = b.revenue") == 1);
  // Reads after writes wait for the whole write: the barrier is above the CREATE.
  std::string plan = explain("UNWIND [1, 2] AS x CREATE (:City) WITH x MATCH (c:City) RETURN count(*)");
  REQUIRE(plan.find("Eager") != std::string::npos);
  CHECK(plan.find("Eager") < plan.find("Create"));
  CHECK(eagerCount("UNWIND [1, 2] AS x CREATE (:Tag) WITH x MATCH (c:City) RETURN count(*)") == 0);
  // Aggregation and DELETE read all their input themselves.
  CHECK(eagerCount("MATCH (c:City) WITH count(*) AS n CREATE (:City {n: n})") == 0);
  CHECK(eagerCount("MATCH (c:City) DETACH DELETE c WITH 1 AS one MATCH (k:City) RETURN count(k)") == 0);
}
