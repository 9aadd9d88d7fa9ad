// Filters decided from typed columns (query/exec/column_comparison.h), on nodes and on
// relationships: every comparison of a property with a constant gives the general evaluator's
// answer. The general answer comes from the same comparison written so that it is not a plain
// property against a constant (`x.w + 0 <op> c`), which the column never decides.
#include <catch2/catch.hpp>

#include "result_rows.h"

#include <kgq/kgq.h>

#include <string>
#include <vector>

using namespace kgq;

namespace {

// 60 nodes in a ring and 60 relationships: `w` an integer on most, `f` a float on most, `s` a
// string (some of them prefixes of others, some non-ASCII) and `b` a boolean on many, some with
// none of them.
std::string ringGraph() {
  std::string json = R"({"format": "kgq-graph", "version": 1, "nodes": [)";
  auto props = [](int i) {
    static const char* const strings[] = {"ab", "abc", "b", "", "zé", "科技", "a科技b", "Ab"};
    std::string p;
    if (i % 7 != 3) p += R"("w": )" + std::to_string(i % 11);
    if (i % 5 != 1) p += std::string(p.empty() ? "" : ", ") + R"("f": )" + std::to_string(i % 9) + ".5";
    if (i % 6 != 2) p += std::string(p.empty() ? "" : ", ") + R"("s": ")" + strings[i % 8] + "\"";
    if (i % 4 != 0) p += std::string(p.empty() ? "" : ", ") + R"("b": )" + (i % 3 ? "true" : "false");
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

std::int64_t count(Connection& conn, const std::string& query, const Params& params = {}) {
  Result r = conn.run(query, params);
  REQUIRE(r.size() == 1);
  return r.rows()[0][0].asInt();
}

// Checks `x.key<test>` against `general(x.key)<test>`, which no column decides, on relationships
// (scanned and expanded) and on nodes, and with `negated` also under NOT, where null and false
// differ (the column answers only for WHERE, so NOT must take the general path).
void checkAgainstGeneral(Connection& conn, const std::string& key, const std::string& test,
                         std::string (*general)(const std::string&), bool negated, const Params& params = {}) {
  for (const char* match : {"MATCH ()-[x]->() WHERE ", "MATCH (a)-[x:R]->(b) WHERE ", "MATCH (x) WHERE "}) {
    const std::string m = match;
    CHECK(count(conn, m + "x." + key + test + " RETURN count(*)", params) ==
          count(conn, m + general("x." + key) + test + " RETURN count(*)", params));
    if (negated)
      CHECK(count(conn, m + "NOT (x." + key + test + ") RETURN count(*)", params) ==
            count(conn, m + "NOT (" + general("x." + key) + test + ") RETURN count(*)", params));
  }
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
        checkAgainstGeneral(conn, key, " " + op + " " + constant, [](const std::string& p) { return p + " + 0"; },
                            false);
      }
    }
  }
  // Not trivially equal: some pass, some do not.
  std::int64_t some = count(conn, "MATCH ()-[r]->() WHERE r.w > 4 RETURN count(*)");
  CHECK(some > 0);
  CHECK(some < 59);
}

TEST_CASE("string, boolean and IN-list filters decided from a column give the general evaluator's answers",
          "[exec][filters]") {
  Database db;
  db.loadJsonText(ringGraph(), "ring");
  Connection conn(db);
  conn.run("MATCH (a {id: 'n4'})-[r]->() DELETE r");
  conn.run("MATCH (a {id: 'n9'}) DETACH DELETE a");
  // Each `key op constant` against the same with [x.key][0] for x.key, which no column decides.
  struct Case {
    const char* key;
    std::string test;
  };
  std::vector<Case> cases;
  for (const char* op : {"=", "<>", "<", ">", "<=", ">="}) {
    for (const char* c : {"'ab'", "''", "'科技'", "'b'", "'zz'"}) cases.push_back({"s", std::string(op) + " " + c});
    for (const char* c : {"true", "false"}) cases.push_back({"b", std::string(op) + " " + c});
  }
  for (const char* op : {"STARTS WITH", "ENDS WITH", "CONTAINS"})
    for (const char* c : {"'a'", "''", "'科技'", "'b'", "'abcd'"}) cases.push_back({"s", std::string(op) + " " + c});
  for (const char* list : {"[1, 4, 7]", "[4, null]", "[null]", "[]", "[4, 4.0]", "[4, '4']"}) cases.push_back({"w", std::string("IN ") + list});
  for (const char* list : {"[0.5, 3.5]", "[3.5, null, 8.5]", "[4]"}) cases.push_back({"f", std::string("IN ") + list});
  for (const char* list : {"['ab', 'b']", "['科技', null]", "['x']"}) cases.push_back({"s", std::string("IN ") + list});
  cases.push_back({"b", "IN [true]"});
  cases.push_back({"s", "= 1"});      // a string column against an integer: the evaluator's to decide
  cases.push_back({"w", "= true"});   // an integer column against a boolean
  cases.push_back({"w", "= 4.0"});    // integers against a float: 4 = 4.0 is true
  for (const Case& c : cases) {
    INFO(c.key << " " << c.test);
    checkAgainstGeneral(conn, c.key, " " + c.test, [](const std::string& p) { return "[" + p + "][0]"; }, true);
  }
  // Not trivially equal: some pass, some do not.
  std::int64_t some = count(conn, "MATCH (n) WHERE n.s STARTS WITH 'a' RETURN count(*)");
  CHECK(some > 0);
  CHECK(some < 59);
  // The `id` property (the key of nodes loaded without one) is decided from its column like any other.
  CHECK(count(conn, "MATCH (n) WHERE n.id STARTS WITH 'n1' RETURN count(*)") == 11);
  CHECK(count(conn, "MATCH (n) WHERE n.id IN ['n1', 'n2', 'n9'] RETURN count(*)") == 2);
}

TEST_CASE("filters against a parameter are decided from a column with the run's value", "[exec][filters]") {
  Database db;
  db.loadJsonText(ringGraph(), "ring");
  Connection conn(db);
  conn.run("MATCH (a {id: 'n9'}) DETACH DELETE a");
  // One statement text, so later runs take the cached plan with new values, of other kinds too.
  const std::vector<Value> values = {Value(std::int64_t{4}), Value(4.5), Value(std::string("ab")), Value(true),
                                     Value(List{Value(std::int64_t{1}), Value(std::int64_t{4})}),
                                     Value(List{Value(std::string("b")), Value()}), Value(), Value(std::int64_t{-1})};
  for (const char* key : {"w", "f", "s", "b"}) {
    for (const char* op : {" = $c", " < $c", " >= $c", " IN $c", " STARTS WITH $c"}) {
      for (std::size_t i = 0; i < values.size(); ++i) {
        const Value& v = values[i];
        INFO(key << op << " with value " << i);
        Params params{{"c", v}};
        if (std::string(op) == " IN $c" && !v.isList() && !v.isNull()) continue;  // IN takes a list
        checkAgainstGeneral(conn, key, op, [](const std::string& p) { return "[" + p + "][0]"; }, true, params);
      }
    }
  }
  CHECK(count(conn, "MATCH (x) WHERE x.w > $c RETURN count(*)", {{"c", Value(std::int64_t{4})}}) > 0);
}

TEST_CASE("filters against a value of the input row are decided from a column, row by row", "[exec][filters]") {
  Database db;
  db.loadJsonText(ringGraph(), "ring");
  Connection conn(db);
  conn.run("MATCH (a {id: 'n9'}) DETACH DELETE a");
  // Input rows whose values change kind from row to row: each row's candidates are compared with
  // that row's value. `[x.key][0]` is the general evaluator's answer.
  const std::string scalars = "[4, 4.5, 'ab', true, null, [1, 4], -1, 'a科技b', 'b']";
  const std::string lists = "[[1, 4], ['b', null], [], null, [true], [0.5, 4.5], ['ab', 'a科技b']]";
  for (const char* key : {"w", "f", "s", "b"}) {
    for (const char* test : {" < v", " >= v", " <> v", " IN v", " STARTS WITH v", " CONTAINS v"}) {
      for (const char* scan : {"MATCH (x) WHERE ", "MATCH ()-[x]->() WHERE "}) {
        const std::string input = "UNWIND " + (std::string(test) == " IN v" ? lists : scalars) + " AS v ";
        const std::string query = input + scan + "x." + key + test + " RETURN v, count(*)";
        INFO(query);
        // The filter is folded into the scan, run once per input row (not a join).
        const std::string plan = conn.run("EXPLAIN " + query).planText();
        CHECK(plan.find("Scan") != std::string::npos);
        CHECK(plan.find("Join") == std::string::npos);
        CHECK(plan.find("Filter") == std::string::npos);
        CHECK(testing::sortedRows(conn, query) ==
              testing::sortedRows(conn, input + scan + "[x." + key + "][0]" + test + " RETURN v, count(*)"));
      }
    }
  }
  const std::pair<const char*, const char*> fromNode[] = {
      {"x.w = o.w", "[x.w][0] = o.w"},
      {"x.s STARTS WITH substring(o.s, 0, 1)", "[x.s][0] STARTS WITH substring(o.s, 0, 1)"},
      {"x.f > o.f - 2.0", "[x.f][0] > o.f - 2.0"}};
  for (const auto& [test, general] : fromNode) {
    const std::string match = "MATCH (o) WHERE o.id IN ['n1', 'n5', 'n8', 'n20'] MATCH (x) WHERE ";
    INFO(test);
    CHECK(testing::sortedRows(conn, match + test + " RETURN o.id, count(x)") ==
          testing::sortedRows(conn, match + general + " RETURN o.id, count(x)"));
  }
  CHECK(count(conn, "WITH [1, 4] AS v MATCH (x) WHERE x.w IN v RETURN count(*)") > 0);
  // An operand that fails to evaluate fails as the general evaluator does: when a candidate is
  // tested, not when there is none.
  CHECK_THROWS_WITH(conn.run("WITH 'a' AS s MATCH (x) WHERE x.w < s - 1 RETURN count(*)"), Catch::Contains("-"));
  CHECK(count(conn, "WITH 'a' AS s MATCH (x:Nothing) WHERE x.w < s - 1 RETURN count(*)") == 0);
}

TEST_CASE("integer and float columns compared with the other kind of number give the evaluator's exact answers",
          "[exec][filters]") {
  // Integers about 2^53, where a double no longer holds every integer, and the extremes of int64;
  // floats about 2^53 too. A comparison across kinds is exact (as long doubles), so 2^53 + 1 is
  // greater than 2.0^53 although (double)(2^53 + 1) is not.
  const std::vector<std::string> ints = {"9007199254740991",  "9007199254740992",    "9007199254740993",
                                         "-9007199254740993", "9223372036854775807", "-9223372036854775808",
                                         "4",                 "0"};
  const std::vector<std::string> floats = {"9007199254740992.0", "9.007199254740994E15", "1.0E19", "4.0",
                                           "-1.0E300",           "0.5",                  "-0.0"};
  // 24 nodes and relationships, so that the columns are dense (property_store.cpp): a column
  // decides only then.
  auto props = [&](std::size_t k) {
    return R"("properties": {"i": )" + ints[k % ints.size()] + R"(, "g": )" + floats[k % floats.size()] + "}}";
  };
  std::string json = R"({"format": "kgq-graph", "version": 1, "nodes": [)";
  for (std::size_t k = 0; k < 24; ++k)
    json += std::string(k ? ", " : "") + R"({"id": "n)" + std::to_string(k) + R"(", )" + props(k);
  json += R"(], "edges": [)";
  for (std::size_t k = 0; k < 24; ++k)
    json += std::string(k ? ", " : "") + R"({"type": "R", "from": "n)" + std::to_string(k) + R"(", "to": "n)" +
            std::to_string((k + 5) % 24) + R"(", )" + props(k + 1);
  Database db;
  db.loadJsonText(json + "]}", "numbers");
  Connection conn(db);
  conn.run("MATCH (a {id: 'n6'})-[r]->() SET a.g = 0.0 / 0.0, r.g = 0.0 / 0.0");  // NaN in both columns
  for (const char* key : {"i", "g"}) {
    for (const char* op : {"=", "<>", "<", ">", "<=", ">="}) {
      for (const auto* constants : {&ints, &floats}) {
        for (const std::string& c : *constants) {
          INFO(key << " " << op << " " << c);
          checkAgainstGeneral(conn, key, std::string(" ") + op + " " + c,
                              [](const std::string& p) { return "[" + p + "][0]"; }, true);
          // Also as a Filter after an expansion, and as the filter step of a counted expansion.
          const std::string test = std::string(key) + " " + op + " " + c;
          CHECK(count(conn, "MATCH (a)-[:R]->(b) WITH b WHERE b." + test + " RETURN count(*)") ==
                count(conn, "MATCH (a)-[:R]->(b) WITH b WHERE [b." + std::string(key) + "][0] " + op + " " + c +
                                " RETURN count(*)"));
        }
      }
    }
    for (const char* list : {"[9007199254740993, 4]", "[9007199254740992.0, 0.5]", "[4.0]", "[-0.0, 1.0E19]"}) {
      INFO(key << " IN " << list);
      checkAgainstGeneral(conn, key, std::string(" IN ") + list, [](const std::string& p) { return "[" + p + "][0]"; },
                          true);
    }
  }
  // Not trivially equal: the exact answers differ from those of comparing as doubles.
  CHECK(count(conn, "MATCH (x) WHERE x.i > 9007199254740992.0 RETURN count(*)") == 6);
  CHECK(count(conn, "MATCH (x) WHERE x.g < 9007199254740993 RETURN count(*)") == 15);  // n6 is NaN
  CHECK(count(conn, "MATCH (x) WHERE x.i IN [4.0, 9007199254740992.0] RETURN count(*)") == 6);
  CHECK(count(conn, "MATCH (x) WHERE x.g IN [4, 0] RETURN count(*)") == 5);  // 4.0 and -0.0, n6 is NaN
}
