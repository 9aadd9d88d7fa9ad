// Unit tests of the embedding API (include/kgq/kgq.h): loading, running with parameters, typed
// rows, error kinds, interruption.
#include <catch2/catch.hpp>

#include <kgq/kgq.h>

#include <thread>

using namespace kgq;

namespace {
const char* kGraph = R"({"format": "kgq-graph", "version": 1,
  "nodes": [
    {"id": "p1", "labels": ["Person"], "properties": {"name": "Ann", "age": 31}},
    {"id": "p2", "labels": ["Person"], "properties": {"name": "Bo", "age": 25}},
    {"id": "c1", "labels": ["City"], "properties": {"name": "Wuhan"}}],
  "edges": [
    {"type": "LIVES_IN", "from": "p1", "to": "c1", "properties": {"since": 2019}},
    {"type": "KNOWS", "from": "p1", "to": "p2"}]})";

ErrorKind errorKind(Connection& conn, const std::string& query) {
  try {
    conn.run(query);
  } catch (const Error& e) {
    return e.kind();
  }
  FAIL("no error for " << query);
  return ErrorKind::Io;
}
}  // namespace

TEST_CASE("a loaded graph answers queries with typed rows", "[api]") {
  Database db;
  LoadStats stats = db.loadJsonText(kGraph, "test");
  CHECK(stats.nodes == 3);
  CHECK(stats.edges == 2);
  CHECK(db.nodeCount() == 3);
  Connection conn(db);
  Result r = conn.run("MATCH (p:Person)-[l:LIVES_IN]->(c) RETURN p, l, c.name AS city, p.age / 2 AS half");
  REQUIRE(r.size() == 1);
  CHECK(r.columns() == std::vector<std::string>{"p", "l", "city", "half"});
  const Node& p = r.at(0, 0).asNode();
  CHECK(p.id == "p1");
  CHECK(p.labels == std::vector<std::string>{"Person"});
  CHECK(p.properties.at("age").asInt() == 31);
  const Relationship& l = r.at(0, 1).asRelationship();
  CHECK(l.type == "LIVES_IN");
  CHECK(l.from == "p1");
  CHECK(l.to == "c1");
  CHECK(r.at(0, 2).asString() == "Wuhan");
  CHECK(r.at(0, 3).asInt() == 15);
}

TEST_CASE("parameters are bound by name and any value kind", "[api]") {
  Database db;
  db.loadJsonText(kGraph, "test");
  Connection conn(db);
  Result r = conn.run("MATCH (p:Person) WHERE p.age >= $min AND p.name IN $names RETURN p.name ORDER BY p.name",
                      {{"min", Value(20)}, {"names", Value(List{Value("Ann"), Value("Bo"), Value("Cy")})}});
  REQUIRE(r.size() == 2);
  CHECK(r.at(1, 0).asString() == "Bo");
  Result byMap = conn.run("MATCH (p $props) RETURN p.id", {{"props", Value(Map{{"name", Value("Bo")}})}});
  REQUIRE(byMap.size() == 1);
  CHECK(byMap.at(0, 0).asString() == "p2");
}

TEST_CASE("each failure has its kind and leaves the graph as it was", "[api][errors]") {
  Database db;
  db.loadJsonText(kGraph, "test");
  Connection conn(db);
  CHECK(errorKind(conn, "MATCH (n RETURN n") == ErrorKind::Syntax);
  CHECK(errorKind(conn, "RETURN x") == ErrorKind::Semantic);
  CHECK(errorKind(conn, "RETURN $missing") == ErrorKind::Semantic);
  CHECK(errorKind(conn, "RETURN 1 / 0") == ErrorKind::Runtime);
  try {
    db.loadJsonText(R"({"format": "kgq-graph", "version": 1, "nodes": [{"id": "p1"}]})", "again.json");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Load);
    CHECK(std::string(e.what()).rfind("again.json:1:", 0) == 0);
  }
  CHECK(db.nodeCount() == 3);
  try {
    db.loadJsonFile("/nonexistent/graph.json");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Io);
  }
}

TEST_CASE("EXPLAIN returns the plan without running, PROFILE runs and measures", "[api]") {
  Database db;
  db.loadJsonText(kGraph, "test");
  Connection conn(db);
  Result explained = conn.run("EXPLAIN MATCH (p:Person) RETURN p.name");
  CHECK(explained.size() == 0);
  CHECK(explained.planText().find("NodeByLabelScan (p:Person)") != std::string::npos);
  Result profiled = conn.run("PROFILE MATCH (p:Person) RETURN p.name");
  CHECK(profiled.size() == 2);
  CHECK(profiled.planText().find("rows 2") != std::string::npos);
}

TEST_CASE("a query can be interrupted from another thread", "[api]") {
  Database db;
  db.loadJsonText(kGraph, "test");
  Connection conn(db);
  std::thread stopper([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    conn.interrupt();
  });
  // 10^12 combinations: runs until interrupted.
  ErrorKind kind = errorKind(conn, "UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b RETURN count(*)");
  stopper.join();
  CHECK(kind == ErrorKind::Interrupted);
  // The connection works again afterwards.
  CHECK(conn.run("RETURN 1 AS one").at(0, 0).asInt() == 1);
}

TEST_CASE("a load that breaks a uniqueness constraint loads nothing", "[api]") {
  Database db;
  Connection conn(db);
  conn.run("CREATE CONSTRAINT FOR (p:Person) REQUIRE p.email IS UNIQUE");
  conn.run("CREATE (:Person {email: 'a@x'})");
  const char* clash = R"({"format": "kgq-graph", "version": 1, "nodes": [
    {"id": "n1", "labels": ["Person"], "properties": {"email": "b@x"}},
    {"id": "n2", "labels": ["Person"], "properties": {"email": "a@x"}}], "edges": []})";
  CHECK_THROWS_WITH(db.loadJsonText(clash, "clash.json"),
                    Catch::Contains("clash.json") && Catch::Contains("`email` = 'a@x'"));
  CHECK(db.nodeCount() == 1);
  const char* fine = R"({"format": "kgq-graph", "version": 1, "nodes": [
    {"id": "n1", "labels": ["Person"], "properties": {"email": "b@x"}}, {"id": "n2", "labels": ["Other"],
     "properties": {"email": "a@x"}}], "edges": []})";
  db.loadJsonText(fine, "fine.json");
  CHECK(db.nodeCount() == 3);
}
