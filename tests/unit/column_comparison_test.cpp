// Filters decided from typed columns (query/exec/column_comparison.h), on nodes and on
// relationships: every comparison of a property with a constant gives the general evaluator's
// answer. The general answer comes from the same comparison written so that it is not a plain
// property against a constant (`x.w + 0 <op> c`), which the column never decides.
#include <catch2/catch.hpp>

#include <kgq/kgq.h>

#include <string>
#include <vector>

using namespace kgq;

namespace {

// 60 nodes in a ring and 60 relationships: `w` an integer on most, `f` a float on most, some with
// neither.
std::string ringGraph() {
  std::string json = R"({"format": "kgq-graph", "version": 1, "nodes": [)";
  auto props = [](int i) {
    std::string p;
    if (i % 7 != 3) p += R"("w": )" + std::to_string(i % 11);
    if (i % 5 != 1) p += std::string(p.empty() ? "" : ", ") + R"("f": )" + std::to_string(i % 9) + ".5";
    return p;
  };
  for (int i = 0; i < 60; ++i)
    json += std::string(i ? ", " : "") + R"({"id": "n)" + std::to_string(i) + R"(", "properties": {)" + props(i) + "}}";
  json += R"(], "edges": [)";
  for (int i = 0; i < 60; ++i)
    json += std::string(i ? ", " : "") + R"({"type": "R", "from": "n)" + std::to_string(i) + R"(", "to": "n)" +
            std::to_string((i + 1) % 60) + R"(", "properties": {)" + props(i + 2) + "}}";
  return json + "]}";
}

std::int64_t count(Connection& conn, const std::string& query) {
  Result r = conn.run(query);
  REQUIRE(r.size() == 1);
  return r.rows()[0][0].asInt();
}

}  // namespace

TEST_CASE("comparisons decided from a column give the general evaluator's answers", "[exec][filters]") {
  Database db;
  db.loadJsonText(ringGraph(), "ring");
  Connection conn(db);
  // Deleted elements stay in the columns: the filters must not see them.
  conn.run("MATCH (a {id: 'n4'})-[r]->() DELETE r");
  conn.run("MATCH (a {id: 'n9'}) DETACH DELETE a");
  conn.run("MATCH (a {id: 'n20'})-[r]->() SET a.f = 0.0 / 0.0, r.f = 0.0 / 0.0");
  const std::vector<std::string> ops = {"=", "<>", "<", ">", "<=", ">="};
  const std::vector<std::string> constants = {"4", "0", "-1", "11", "4.5", "0.5", "NaN"};
  for (const char* key : {"w", "f"}) {
    for (const std::string& op : ops) {
      for (const std::string& c : constants) {
        const std::string constant = c == "NaN" ? "(0.0 / 0.0)" : c;
        INFO(key << " " << op << " " << constant);
        const std::string test = " " + op + " " + constant, k = key;
        CHECK(count(conn, "MATCH ()-[r]->() WHERE r." + k + test + " RETURN count(*)") ==
              count(conn, "MATCH ()-[r]->() WHERE r." + k + " + 0" + test + " RETURN count(*)"));
        CHECK(count(conn, "MATCH (a)-[r:R]->(b) WHERE r." + k + test + " RETURN count(*)") ==
              count(conn, "MATCH (a)-[r:R]->(b) WHERE r." + k + " + 0" + test + " RETURN count(*)"));
        CHECK(count(conn, "MATCH (n) WHERE n." + k + test + " RETURN count(*)") ==
              count(conn, "MATCH (n) WHERE n." + k + " + 0" + test + " RETURN count(*)"));
      }
    }
  }
  // Not trivially equal: some pass, some do not.
  std::int64_t some = count(conn, "MATCH ()-[r]->() WHERE r.w > 4 RETURN count(*)");
  CHECK(some > 0);
  CHECK(some < 59);
}
