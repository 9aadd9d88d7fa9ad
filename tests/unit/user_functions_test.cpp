// Scalar functions registered by the embedding program (Database::registerFunction,
// query/function/user_functions.h).
#include <catch2/catch.hpp>

#include <kgq/kgq.h>

#include <stdexcept>

using namespace kgq;

namespace {
const char* kGraph = R"({"format": "kgq-graph", "version": 1,
  "nodes": [{"id": "c1", "labels": ["City"], "properties": {"name": "Wuhan", "population": 11}},
            {"id": "c2", "labels": ["City"], "properties": {"name": "Yichang", "population": 4}}],
  "edges": []})";
}  // namespace

TEST_CASE("a registered function runs in queries with its arguments evaluated", "[functions][api]") {
  Database db;
  db.loadJsonText(kGraph, "cities");
  db.registerFunction("my.double", 1, 1, [](const std::vector<Value>& args) {
    return args[0].isInt() ? Value(args[0].asInt() * 2) : Value();
  });
  db.registerFunction("my.label", 1, 2, [](const std::vector<Value>& args) {
    // Nodes arrive materialized: labels and properties readable.
    const Node& n = args[0].asNode();
    std::string sep = args.size() > 1 ? args[1].asString() : ":";
    return Value(n.labels.at(0) + sep + n.properties.at("name").asString());
  });
  Connection conn(db);
  Result r = conn.run("MATCH (c:City) RETURN My.Double(c.population) AS d, my.label(c) AS l, my.label(c, '/') AS m "
                      "ORDER BY d");
  REQUIRE(r.size() == 2);
  CHECK(r.at(0, 0) == Value(8));
  CHECK(r.at(0, 1) == Value("City:Yichang"));
  CHECK(r.at(1, 2) == Value("City/Wuhan"));
}

TEST_CASE("registered functions are checked like built-in ones", "[functions][api]") {
  Database db;
  db.registerFunction("f.one", 1, 1, [](const std::vector<Value>& args) { return args[0]; });
  db.registerFunction("f.fails", 0, 0, [](const std::vector<Value>&) -> Value { throw std::runtime_error("no"); });
  Connection conn(db);
  CHECK_THROWS_WITH(conn.run("RETURN f.one(1, 2)"), Catch::Contains("Function f.one() takes 1 argument, got 2"));
  CHECK_THROWS_WITH(conn.run("RETURN f.nope(1)"), Catch::Contains("Unknown function 'f.nope'"));
  try {
    conn.run("RETURN f.fails() AS x");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Runtime);
    CHECK(std::string(e.what()) == "Function f.fails failed: no in `f.fails()`");
  }
  CHECK_THROWS_WITH(db.registerFunction("toLower", 1, 1, [](const std::vector<Value>& a) { return a[0]; }),
                    Catch::Contains("already exists"));
  CHECK_THROWS_WITH(db.registerFunction("F.ONE", 1, 1, [](const std::vector<Value>& a) { return a[0]; }),
                    Catch::Contains("already exists"));
  CHECK_THROWS_WITH(db.registerFunction("bad name", 0, 0, [](const std::vector<Value>&) { return Value(); }),
                    Catch::Contains("Invalid function name"));
  CHECK_THROWS_WITH(db.registerFunction("f.two", 2, 1, [](const std::vector<Value>&) { return Value(); }),
                    Catch::Contains("range"));
}
