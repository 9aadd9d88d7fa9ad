// Unit tests of procedures: signatures (include/kgq/procedure.h), the registry and its argument
// and config checks (query/procedures/), the embedding API (Database::registerProcedure,
// procedures, callProcedure), the schema procedures, db.search on the bundled graph, and the
// algo.* procedures' rows.
#include <catch2/catch.hpp>

#include <kgq/kgq.h>

#include "query/procedures/registry.h"

#include <algorithm>
#include <map>
#include <set>

using namespace kgq;

namespace {

const char* kSmallGraph = R"({"format": "kgq-graph", "version": 1,
  "nodes": [
    {"id": "a", "labels": ["City"], "properties": {"name": "Wǔhàn", "aliases": ["River City"]}},
    {"id": "b", "labels": ["City", "Capital"], "properties": {"name": "Hefei"}},
    {"id": "c", "labels": ["Region"], "properties": {"name": "East China", "size": 3}}],
  "edges": [
    {"type": "LOCATED_IN", "from": "a", "to": "c", "properties": {"km": 2}},
    {"type": "LOCATED_IN", "from": "b", "to": "c", "properties": {"km": 1.5}},
    {"type": "NEAR", "from": "a", "to": "b", "properties": {}}]})";

std::vector<std::string> column(const Result& r, std::size_t c) {
  std::vector<std::string> out;
  for (const auto& row : r.rows()) out.push_back(row[c].isString() ? row[c].asString() : row[c].toCypher());
  return out;
}

std::map<std::string, Value> byNodeId(const Result& r, std::size_t valueColumn = 1) {
  std::map<std::string, Value> out;
  for (const auto& row : r.rows()) out[row[0].asNode().id] = row[valueColumn];
  return out;
}

}  // namespace

TEST_CASE("signatures read and print in Neo4j's notation", "[procedures]") {
  auto s = ProcedureSignature::parse("test.my.proc(name :: STRING?, id :: INTEGER?) :: (city :: STRING?, country_code :: INTEGER?)");
  CHECK(s.name == "test.my.proc");
  REQUIRE(s.inputs.size() == 2);
  CHECK(s.inputs[1].name == "id");
  CHECK(s.inputs[1].type.kind == ProcedureType::Kind::Integer);
  CHECK(s.inputs[1].type.nullable);
  REQUIRE(s.outputs.size() == 2);
  CHECK(s.toString() == "test.my.proc(name :: STRING?, id :: INTEGER?) :: (city :: STRING?, country_code :: INTEGER?)");
  CHECK(ProcedureSignature::parse("test.doNothing() :: ()").outputs.empty());
  CHECK(ProcedureSignature::parse("  test.my.proc(in :: INTEGER?) :: (a :: INTEGER?, b :: INTEGER?) ").outputs.size() == 2);
  auto d = ProcedureSignature::parse("x.y(s :: NODE, c :: MAP? = {}, k :: INTEGER = 3, l :: LIST OF STRING? = null) :: (v :: FLOAT)");
  CHECK(d.inputs[0].type.toString() == "NODE");
  CHECK(*d.inputs[1].defaultValue == Value(Map{}));
  CHECK(*d.inputs[2].defaultValue == Value(3));
  CHECK(d.inputs[3].type.kind == ProcedureType::Kind::List);
  CHECK(d.toString() == "x.y(s :: NODE, c :: MAP? = {}, k :: INTEGER = 3, l :: LIST? = null) :: (v :: FLOAT)");
  CHECK_THROWS_WITH(ProcedureSignature::parse("x.y(a :: WIDGET)"),
                    Catch::Contains("column 10") && Catch::Contains("expected a type"));
  CHECK_THROWS_WITH(ProcedureSignature::parse("x.y(a INTEGER)"), Catch::Contains("expected `::`"));
  CHECK_THROWS_AS(ProcedureSignature::parse("x.y() :: (a :: INTEGER) extra"), Error);
}

TEST_CASE("types accept what they declare, null only when nullable", "[procedures]") {
  ProcedureType integer{ProcedureType::Kind::Integer, false};
  CHECK(integer.accepts(Value(1)));
  CHECK_FALSE(integer.accepts(Value(1.5)));
  CHECK_FALSE(integer.accepts(Value()));
  CHECK(ProcedureType{ProcedureType::Kind::Float, true}.accepts(Value(2)));
  CHECK(ProcedureType{ProcedureType::Kind::Float, true}.accepts(Value()));
  CHECK(ProcedureType{ProcedureType::Kind::Node, false}.accepts(Value(NodeRef{0})));
  CHECK_FALSE(ProcedureType{ProcedureType::Kind::Node, false}.accepts(Value("a")));
}

TEST_CASE("the registry finds procedures ignoring case and checks arguments", "[procedures]") {
  ProcedureRegistry registry;
  registry.add(ProcedureSignature::parse("test.my.proc(name :: STRING?, in :: INTEGER?, k :: INTEGER = 7) :: (out :: INTEGER?)"),
               [](const ProcedureContext&, const std::vector<Value>& args, ProcedureRows& rows) {
                 rows.add({Value(args[1].isNull() ? -1 : args[1].asInt() + args[2].asInt())});
               });
  const Procedure* p = registry.find("TEST.My.Proc");
  REQUIRE(p);
  CHECK_FALSE(registry.find("test.my"));
  CHECK_THROWS_WITH(registry.add(ProcedureSignature::parse("test.MY.proc() :: ()"), nullptr),
                    "A procedure named test.MY.proc already exists");
  CHECK_THROWS_WITH(ProcedureRegistry::bindArguments(*p, {Value("Dobby")}),
                    Catch::StartsWith("Procedure call test.my.proc takes 2 to 3 arguments, got 1"));
  CHECK_THROWS_WITH(ProcedureRegistry::bindArguments(*p, {Value("a"), Value(true)}),
                    "Procedure call test.my.proc: argument `in` must be INTEGER?, got BOOLEAN true");
  CHECK(ProcedureRegistry::bindArguments(*p, {Value("a"), Value(1)}).back() == Value(7));
  PropertyGraph g;
  CollectedRows rows;
  ProcedureRegistry::call(*p, ProcedureContext{g, nullptr}, {Value("a"), Value(1)}, rows);
  CHECK(rows.rows == std::vector<std::vector<Value>>{{Value(8)}});
  registry.add(ProcedureSignature::parse("test.wide() :: (a :: INTEGER)"),
               [](const ProcedureContext&, const std::vector<Value>&, ProcedureRows& rows) { rows.add({Value(1), Value(2)}); });
  CHECK_THROWS_WITH(ProcedureRegistry::call(*registry.find("test.wide"), ProcedureContext{g, nullptr}, {}, rows),
                    Catch::Contains("yielded a row of 2 values; its signature declares 1 columns"));
  CHECK_THROWS_AS(registry.add(ProcedureSignature::parse("bad..name() :: ()"), nullptr), Error);
}

TEST_CASE("an embedding program registers procedures, lists and calls them", "[procedures]") {
  Database db;
  db.registerProcedure(ProcedureSignature::parse("my.double(x :: INTEGER) :: (result :: INTEGER)", "Twice x."),
                       [](const std::vector<Value>& args, ProcedureRows& rows) {
                         rows.add({Value(args[0].asInt() * 2)});
                         rows.add({Value(args[0].asInt() * 4)});
                       });
  Result r = db.callProcedure("MY.DOUBLE", {Value(21)});
  CHECK(r.columns() == std::vector<std::string>{"result"});
  CHECK(column(r, 0) == std::vector<std::string>{"42", "84"});
  CHECK_THROWS_WITH(db.callProcedure("my.triple", {Value(1)}), "There is no procedure named my.triple");
  CHECK_THROWS_WITH(db.callProcedure("my.double", {Value("x")}), Catch::Contains("argument `x` must be INTEGER"));
  CHECK_THROWS_WITH(db.registerProcedure(ProcedureSignature::parse("db.LABELS() :: ()"), [](auto&, auto&) {}),
                    "A procedure named db.LABELS already exists");
  db.registerProcedure(ProcedureSignature::parse("my.fail() :: ()"),
                       [](const std::vector<Value>&, ProcedureRows&) { throw std::runtime_error("disk on fire"); });
  CHECK_THROWS_WITH(db.callProcedure("my.fail"), "Procedure my.fail failed: disk on fire");

  db.loadJsonText(kSmallGraph, "small");
  db.registerProcedure(ProcedureSignature::parse("my.describe(n :: NODE) :: (id :: STRING, name :: STRING)"),
                       [](const std::vector<Value>& args, ProcedureRows& rows) {
                         rows.add({Value(args[0].asNode().id), args[0].asNode().properties.at("name")});
                       });
  Result described = db.callProcedure("my.describe", {Value(NodeRef{1})});  // a handle, as inside a query
  CHECK(column(described, 0) == std::vector<std::string>{"b"});
  CHECK(column(described, 1) == std::vector<std::string>{"Hefei"});

  std::set<std::string> names;
  for (const auto& s : db.procedures()) names.insert(s.name);
  for (const char* expected : {"db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema", "db.search",
                               "dbms.procedures", "algo.pageRank", "algo.betweenness", "algo.closeness", "algo.degree",
                               "algo.wcc", "algo.scc", "algo.biconnected", "algo.louvain", "algo.kcore", "algo.triangles",
                               "algo.articulationPoints", "algo.bfs", "algo.dijkstra", "algo.sssp", "algo.mst", "my.double"})
    CHECK(names.count(expected) == 1);
  Result listed = db.callProcedure("dbms.procedures");
  CHECK(listed.columns() == std::vector<std::string>{"name", "signature", "description", "mode"});
  bool found = false;
  for (const auto& row : listed.rows())
    if (row[0].asString() == "algo.pageRank") {
      found = true;
      CHECK(row[1].asString() == "algo.pageRank(config :: MAP? = {}) :: (node :: NODE, score :: FLOAT)");
      CHECK_FALSE(row[2].asString().empty());
      CHECK(row[3].asString() == "READ");
    }
  CHECK(found);
}

TEST_CASE("schema procedures list the names in use", "[procedures]") {
  Database db;
  db.loadJsonText(kSmallGraph, "small");
  Connection conn(db);
  conn.run("CREATE (:Gone {gone: 1})-[:GONE_TYPE {gone2: 1}]->(:Gone)");
  conn.run("MATCH (n:Gone) DETACH DELETE n");
  CHECK(column(db.callProcedure("db.labels"), 0) == std::vector<std::string>{"Capital", "City", "Region"});
  CHECK(column(db.callProcedure("db.relationshipTypes"), 0) == std::vector<std::string>{"LOCATED_IN", "NEAR"});
  CHECK(column(db.callProcedure("db.propertyKeys"), 0) == std::vector<std::string>{"aliases", "id", "km", "name", "size"});
  Result schema = db.callProcedure("db.schema");
  CHECK(schema.columns() == std::vector<std::string>{"fromLabel", "relationshipType", "toLabel", "count"});
  std::vector<std::string> rows;
  for (const auto& row : schema.rows())
    rows.push_back(row[0].asString() + " " + row[1].asString() + " " + row[2].asString() + " " + row[3].toCypher());
  CHECK(rows == std::vector<std::string>{"Capital LOCATED_IN Region 1", "City LOCATED_IN Region 2", "City NEAR Capital 1",
                                         "City NEAR City 1"});
}

TEST_CASE("algo procedures yield nodes with scores and reject bad config", "[procedures]") {
  Database db;
  db.loadJsonText(kSmallGraph, "small");
  // In-degree within LOCATED_IN: c has 2.
  auto in = byNodeId(db.callProcedure("algo.degree", {Value(Map{{"direction", Value("in")}, {"types", Value("LOCATED_IN")}})}));
  CHECK(in["c"] == Value(2.0));
  CHECK(in["a"] == Value(0.0));
  auto pr = byNodeId(db.callProcedure("algo.pageRank"));
  double total = 0;
  for (auto& [id, score] : pr) total += score.asFloat();
  CHECK(total == Approx(1.0));
  CHECK(pr["c"].asFloat() > pr["a"].asFloat());
  auto wcc = byNodeId(db.callProcedure("algo.wcc", {Value(Map{{"labels", Value(List{Value("City")})}})}));
  CHECK(wcc.size() == 2);
  CHECK(wcc["a"] == wcc["b"]);
  CHECK(db.callProcedure("algo.louvain").columns() == std::vector<std::string>{"node", "communityId", "modularity"});

  Result r = db.callProcedure("algo.dijkstra", {db.callProcedure("db.search", {Value("wuhan")}).at(0, 0),
                                                db.callProcedure("db.search", {Value("east china")}).at(0, 0),
                                                Value(Map{{"weight", Value("km")}, {"types", Value("LOCATED_IN")}})});
  REQUIRE(r.size() == 1);
  CHECK(r.at(0, 1) == Value(2.0));
  const Path& path = r.at(0, 0).asPath();
  REQUIRE(path.nodes.size() == 2);
  CHECK(path.nodes[0].id == "a");
  CHECK(path.relationships[0].type == "LOCATED_IN");
  Result mst = db.callProcedure("algo.mst", {Value(Map{{"weight", Value("km")}, {"types", Value("LOCATED_IN")}})});
  CHECK(column(mst, 1) == std::vector<std::string>{"1.5", "2.0"});
  auto bfs = db.callProcedure("algo.bfs", {db.callProcedure("db.search", {Value("hefei")}).at(0, 0),
                                           Value(Map{{"direction", Value("BOTH")}, {"maxDepth", Value(1)}})});
  CHECK(byNodeId(bfs) == std::map<std::string, Value>{{"b", Value(0)}, {"a", Value(1)}, {"c", Value(1)}});

  CHECK_THROWS_WITH(db.callProcedure("algo.pageRank", {Value(Map{{"dampingfactor", Value(0.5)}})}),
                    "algo.pageRank: unknown config key `dampingfactor` (known keys: labels, types, direction, weight, "
                    "iterations, dampingFactor, tolerance)");
  CHECK_THROWS_WITH(db.callProcedure("algo.pageRank", {Value(Map{{"iterations", Value("many")}})}),
                    "algo.pageRank: config key `iterations` must be an integer >= 1, got 'many'");
  CHECK_THROWS_WITH(db.callProcedure("algo.pageRank", {Value(Map{{"direction", Value("sideways")}})}),
                    "algo.pageRank: config key `direction` must be 'OUT', 'IN' or 'BOTH', got 'sideways'");
  CHECK_THROWS_WITH(db.callProcedure("algo.wcc", {Value(Map{{"weight", Value("km")}})}),
                    Catch::StartsWith("algo.wcc: unknown config key `weight`"));
  CHECK_THROWS_WITH(db.callProcedure("algo.sssp", {Value("a")}), Catch::Contains("argument `source` must be NODE"));
  CHECK_THROWS_WITH(db.callProcedure("algo.pageRank", {Value(3)}), Catch::Contains("argument `config` must be MAP?"));
  CHECK_THROWS_WITH(db.callProcedure("algo.sssp", {Value(NodeRef{99})}),
                    "algo.sssp: argument `source` must be a node of this graph, got a deleted node");
  CHECK_THROWS_WITH(db.callProcedure("algo.sssp", {db.callProcedure("db.search", {Value("hefei")}).at(0, 0),
                                                   Value(Map{{"weight", Value("name")}})}),
                    Catch::Contains("Weight property `name`"));
}

TEST_CASE("db.search finds what the bundled graph calls things", "[procedures]") {
  Database db;
  db.loadJsonFile(KGQ_DATA_DIR "/china_innovation.json");
  auto top = [&](const char* text, std::size_t n) {
    Result r = db.callProcedure("db.search", {Value(text), Value(Map{{"limit", Value(static_cast<std::int64_t>(n))}})});
    std::vector<std::string> ids;
    for (const auto& row : r.rows()) ids.push_back(row[0].asNode().id);
    return ids;
  };
  CHECK(top("wuhan", 1) == std::vector<std::string>{"city:wuhan"});
  CHECK(top("WUHAN", 1) == std::vector<std::string>{"city:wuhan"});
  CHECK(top("Wǔhàn", 1) == std::vector<std::string>{"city:wuhan"});
  CHECK(top("east china", 1) == std::vector<std::string>{"region:east_china"});
  CHECK(top("eastern China", 1) == std::vector<std::string>{"region:east_china"});  // an alias
  std::vector<std::string> smes = top("specialized SMEs", 2);
  CHECK(std::set<std::string>(smes.begin(), smes.end()) ==
        std::set<std::string>{"industry:specialized_innovative_smes", "program:specialized_innovative_sme_list"});
  Result scored = db.callProcedure("db.search", {Value("china")});
  REQUIRE(scored.size() >= 2);  // the country, then names that mention it
  CHECK(scored.at(0, 0).asNode().id == "region:china");
  CHECK(scored.at(0, 1) == Value(1.0));
  for (std::size_t i = 1; i < scored.size(); ++i) CHECK(scored.at(i, 1).asFloat() <= scored.at(i - 1, 1).asFloat());
  CHECK(db.callProcedure("db.search", {Value("wuhan"), Value(Map{{"labels", Value("Region")}})}).size() == 0);
  CHECK(db.callProcedure("db.search", {Value("zzzzqqq")}).size() == 0);
  CHECK_THROWS_WITH(db.callProcedure("db.search", {Value()}), Catch::Contains("argument `text` must be STRING"));
}

TEST_CASE("the README's analytics example gives the rows it shows", "[procedures]") {
  Database db;
  db.loadJsonFile(KGQ_DATA_DIR "/china_innovation.json");
  Connection conn(db);
  Result r = conn.run(
      "CALL algo.betweenness({labels: ['City', 'Region', 'Industry', 'Program'], direction: 'BOTH'}) "
      "YIELD node, score RETURN node.name AS name, round(score) AS score ORDER BY score DESC LIMIT 5");
  std::vector<std::string> names;
  std::vector<double> scores;
  for (const auto& row : r.rows()) {
    names.push_back(row[0].asString());
    scores.push_back(row[1].asFloat());
  }
  CHECK(names == std::vector<std::string>{"China", "artificial intelligence",
                                          "expand the opening up of value-added telecommunication services in pilot areas",
                                          "Guangdong", "Beijing"});
  CHECK(scores == std::vector<double>{4255, 2835, 2531, 2497, 1685});
}

TEST_CASE("every procedure copes with an empty graph and with self-loops, parallel edges and deletions", "[procedures]") {
  Database empty;
  for (const auto& s : empty.procedures()) {
    if (s.inputs.empty() || s.inputs[0].type.kind != ProcedureType::Kind::Map) continue;
    INFO(s.name);
    CHECK(empty.callProcedure(s.name).size() == (s.name == "dbms.procedures" ? empty.procedures().size() : 0u));
  }
  Database db;
  db.loadJsonText(R"({"format": "kgq-graph", "version": 1,
    "nodes": [{"id": "a", "labels": ["N"], "properties": {}}, {"id": "b", "labels": ["N"], "properties": {}},
              {"id": "c", "labels": ["N"], "properties": {}}, {"id": "d", "labels": ["N"], "properties": {}}],
    "edges": [{"type": "T", "from": "a", "to": "a", "properties": {}}, {"type": "T", "from": "a", "to": "b", "properties": {}},
              {"type": "T", "from": "a", "to": "b", "properties": {}}, {"type": "T", "from": "b", "to": "a", "properties": {}},
              {"type": "T", "from": "b", "to": "c", "properties": {}}, {"type": "T", "from": "c", "to": "d", "properties": {}}]})",
                  "loops");
  Connection conn(db);
  conn.run("MATCH (n {id: 'd'}) DETACH DELETE n");
  for (const auto& s : db.procedures()) {
    if (s.inputs.empty() || s.inputs[0].type.kind != ProcedureType::Kind::Map || s.name.rfind("algo.", 0) != 0) continue;
    INFO(s.name);
    Result r = db.callProcedure(s.name);
    for (const auto& row : r.rows())
      if (row[0].kind() == ValueKind::Node) CHECK(row[0].asNode().id != "d");
  }
  CHECK(byNodeId(db.callProcedure("algo.wcc")).size() == 3);
  CHECK(byNodeId(db.callProcedure("algo.kcore")) ==
        std::map<std::string, Value>{{"a", Value(3)}, {"b", Value(3)}, {"c", Value(1)}});  // c peels at 1; b then has 3
  CHECK(column(db.callProcedure("algo.articulationPoints"), 0).size() == 1);
  CHECK(db.callProcedure("algo.mst").size() == 2);
}
