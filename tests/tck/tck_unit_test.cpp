// Unit tests of the TCK harness's own pieces: the Gherkin reader, the TCK value parser and
// printer, the comparator, error-kind mapping and the skip list. No engine queries except where
// the comparator needs kgq values, which are built by hand.
#include "comparator.h"
#include "executor.h"
#include "gherkin.h"
#include "procedure_step.h"
#include "skip_list.h"
#include "tck_value.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace tck;

namespace {

const char* kFeature = R"(# comment
@featuretag
Feature: Sample

  Background:
    Given an empty graph

  @tagged
  Scenario: [1] Plain
    When executing query:
      """
      MATCH (n)
        RETURN n
      """
    Then the result should be, in any order:
      | n     | s        |
      | (:A)  | 'a\|b'   |

  Scenario Outline: [2] Outline <x>
    When executing query:
      """
      RETURN <x> AS v
      """
    Then the result should be, in any order:
      | v   |
      | <x> |

    Examples:
      | x |
      | 1 |
      | 2 |

    @more
    Examples:
      | x   |
      | 'q' |
)";

}  // namespace

TEST_CASE("tck gherkin: plain scenario with background, doc string, table and tags") {
  Feature f = parseFeature(kFeature, "Sample.feature");
  REQUIRE(f.name == "Sample");
  REQUIRE(f.scenarios.size() == 4);
  const Scenario& s = f.scenarios[0];
  CHECK(s.name == "[1] Plain");
  CHECK(s.line == 9);
  CHECK(s.exampleIndex == 0);
  CHECK(s.problem.empty());
  CHECK(s.tags == std::vector<std::string>{"featuretag", "tagged"});
  REQUIRE(s.steps.size() == 3);
  CHECK(s.steps[0].text == "an empty graph");
  CHECK(s.steps[1].keyword == "When");
  CHECK(s.steps[1].text == "executing query:");
  CHECK(s.steps[1].hasDocString);
  CHECK(s.steps[1].docString == "MATCH (n)\n  RETURN n");
  REQUIRE(s.steps[2].table.size() == 2);
  CHECK(s.steps[2].table[0] == std::vector<std::string>{"n", "s"});
  CHECK(s.steps[2].table[1] == std::vector<std::string>{"(:A)", "'a|b'"});
}

TEST_CASE("tck gherkin: outlines expand per Examples row across blocks") {
  Feature f = parseFeature(kFeature, "Sample.feature");
  REQUIRE(f.scenarios.size() == 4);
  CHECK(f.scenarios[1].name == "[2] Outline <x>");
  CHECK(f.scenarios[1].exampleIndex == 1);
  CHECK(f.scenarios[1].line == 30);
  CHECK(f.scenarios[1].steps[1].docString == "RETURN 1 AS v");
  CHECK(f.scenarios[2].steps[2].table[1][0] == "2");
  CHECK(f.scenarios[3].exampleIndex == 3);
  CHECK(f.scenarios[3].steps[1].docString == "RETURN 'q' AS v");
  CHECK(f.scenarios[3].tags.back() == "more");
}

TEST_CASE("tck gherkin: an unterminated doc string is a scenario problem, not a crash") {
  Feature f = parseFeature("Feature: X\n  Scenario: broken\n    When executing query:\n      \"\"\"\n      RETURN 1\n", "x");
  REQUIRE(f.scenarios.size() == 1);
  CHECK_FALSE(f.scenarios[0].problem.empty());
}

TEST_CASE("tck gherkin: garbage input gives no scenarios") {
  CHECK(parseFeature("", "x").scenarios.empty());
  CHECK(parseFeature("| a | b\n\"\"\"\nWhen x\n", "x").scenarios.empty());
}

TEST_CASE("tck value: primitives") {
  CHECK(parseValue("12").kind == TValue::Kind::Int);
  CHECK(parseValue("-12").i == -12);
  CHECK(parseValue("9223372036854775807").i == INT64_MAX);
  CHECK(parseValue("-9223372036854775808").i == INT64_MIN);
  CHECK(parseValue("1.5").kind == TValue::Kind::Float);
  CHECK(parseValue("1e-10").f == 1e-10);
  CHECK(parseValue("-1.2635418652381264e305").f == -1.2635418652381264e305);
  CHECK(parseValue(".5").f == 0.5);
  CHECK(std::isnan(parseValue("NaN").f));
  CHECK(parseValue("Inf").f == INFINITY);
  CHECK(parseValue("-Inf").f == -INFINITY);
  CHECK(parseValue("true").b);
  CHECK(parseValue("null").kind == TValue::Kind::Null);
  CHECK(parseValue("'it\\'s\\n'").s == "it's\n");
  CHECK(parseValue("'\\u00e9'").s == "\xc3\xa9");
  CHECK(parseValue("''").s.empty());
}

TEST_CASE("tck value: containers and graph elements") {
  TValue l = parseValue("[1, [2, 'x'], {a: null}]");
  REQUIRE(l.kind == TValue::Kind::List);
  CHECK(l.list->size() == 3);
  TValue m = parseValue("{name: 'a', `odd key`: [], num: -0.0}");
  REQUIRE(m.kind == TValue::Kind::Map);
  CHECK(m.map->count("odd key") == 1);
  TValue n = parseValue("(:A:B {k: 1})");
  REQUIRE(n.kind == TValue::Kind::Node);
  CHECK(n.node->labels == std::vector<std::string>{"A", "B"});
  CHECK(parseValue("()").node->labels.empty());
  TValue r = parseValue("[:T {k: 'v'}]");
  REQUIRE(r.kind == TValue::Kind::Rel);
  CHECK(r.rel->type == "T");
  TValue p = parseValue("<(:A)-[:T]->(:B)<-[:U {x: 1}]-(:C)>");
  REQUIRE(p.kind == TValue::Kind::Path);
  CHECK(p.path->nodes.size() == 3);
  CHECK(p.path->forward == std::vector<bool>{true, false});
  CHECK(parseValue("<()>").path->rels.empty());
}

TEST_CASE("tck value: malformed input throws ParseError") {
  for (const char* bad : {"", "[1, 2", "{a 1}", "'open", "(:A", "<(:A)-[:T]-(:B)>", "1 2", "nul", "99999999999999999999"})
    CHECK_THROWS_AS(parseValue(bad), ParseError);
}

TEST_CASE("tck value: format reads back to the same notation") {
  for (const char* text : {"1", "-2.5", "1e-10", "'a\\'b'", "[1, 'x', null]", "{a: 1, b: [true]}", "(:A:B {k: 1})",
                           "[:T {k: 'v'}]", "<(:A)-[:T]->(:B)<-[:U]-(:C)>", "NaN", "-Inf", "1.0"})
    CHECK(format(parseValue(format(parseValue(text)))) == format(parseValue(text)));
  CHECK(format(parseValue("1.0")) == "1.0");
  CHECK(format(parseValue("{b: 1, a: 2}")) == "{a: 2, b: 1}");
}

TEST_CASE("tck value: parameters convert to kgq values") {
  CHECK(toKgq(parseValue("[1, 'a', 2.5, null]")) == kgq::Value(kgq::List{1, "a", 2.5, nullptr}));
  CHECK(toKgq(parseValue("{k: true}")) == kgq::Value(kgq::Map{{"k", true}}));
  CHECK_THROWS_AS(toKgq(parseValue("(:A)")), ParseError);
}

TEST_CASE("tck comparator: integers and floats differ, NaN equals NaN") {
  CHECK(valuesEqual(parseValue("1"), kgq::Value(1), false));
  CHECK_FALSE(valuesEqual(parseValue("1"), kgq::Value(1.0), false));
  CHECK_FALSE(valuesEqual(parseValue("1.0"), kgq::Value(1), false));
  CHECK(valuesEqual(parseValue("0.1"), kgq::Value(0.1), false));
  CHECK(valuesEqual(parseValue("NaN"), kgq::Value(std::nan("")), false));
  CHECK_FALSE(valuesEqual(parseValue("'1'"), kgq::Value(1), false));
  CHECK(valuesEqual(parseValue("null"), kgq::Value(), false));
}

TEST_CASE("tck comparator: lists in order unless ignoring element order") {
  kgq::Value actual(kgq::List{2, 1, kgq::Value(kgq::List{4, 3})});
  CHECK_FALSE(valuesEqual(parseValue("[1, 2, [3, 4]]"), actual, false));
  CHECK(valuesEqual(parseValue("[1, 2, [3, 4]]"), actual, true));
  CHECK(valuesEqual(parseValue("[2, 1, [4, 3]]"), actual, false));
  CHECK_FALSE(valuesEqual(parseValue("[1, 1, [3, 4]]"), actual, true));
}

TEST_CASE("tck comparator: nodes by label set and properties, ids ignored") {
  kgq::Node n{"gen:1", {"B", "A"}, {{"k", kgq::Value(1)}}};
  CHECK(valuesEqual(parseValue("(:A:B {k: 1})"), kgq::Value(n), false));
  CHECK_FALSE(valuesEqual(parseValue("(:A {k: 1})"), kgq::Value(n), false));
  CHECK_FALSE(valuesEqual(parseValue("(:A:B {k: 1.0})"), kgq::Value(n), false));
  CHECK_FALSE(valuesEqual(parseValue("(:A:B)"), kgq::Value(n), false));
}

TEST_CASE("tck comparator: relationships and path directions") {
  kgq::Node a{"1", {"A"}, {}}, b{"2", {"B"}, {}};
  kgq::Relationship r{"T", "1", "2", {{"w", kgq::Value(2)}}, 7};
  CHECK(valuesEqual(parseValue("[:T {w: 2}]"), kgq::Value(r), false));
  CHECK_FALSE(valuesEqual(parseValue("[:U {w: 2}]"), kgq::Value(r), false));
  kgq::Path forward{{a, b}, {r}};
  CHECK(valuesEqual(parseValue("<(:A)-[:T {w: 2}]->(:B)>"), kgq::Value(forward), false));
  CHECK_FALSE(valuesEqual(parseValue("<(:A)<-[:T {w: 2}]-(:B)>"), kgq::Value(forward), false));
  kgq::Path backward{{b, a}, {r}};
  CHECK(valuesEqual(parseValue("<(:B)<-[:T {w: 2}]-(:A)>"), kgq::Value(backward), false));
}

TEST_CASE("tck comparator: tables as multisets or in order") {
  ExpectedTable e;
  e.columns = {"x"};
  e.rows = {{parseValue("1")}, {parseValue("2")}, {parseValue("2")}};
  std::vector<std::vector<kgq::Value>> rows = {{kgq::Value(2)}, {kgq::Value(1)}, {kgq::Value(2)}};
  CHECK(compareTables(e, {"x"}, rows, false, false).equal);
  CHECK_FALSE(compareTables(e, {"x"}, rows, true, false).equal);
  CHECK_FALSE(compareTables(e, {"y"}, rows, false, false).equal);
  rows.pop_back();
  rows.push_back({kgq::Value(1)});
  TableComparison c = compareTables(e, {"x"}, rows, false, false);
  CHECK_FALSE(c.equal);
  CHECK(c.reason.find("missing | 2 |") != std::string::npos);
  CHECK(c.reason.find("unexpected | 1 |") != std::string::npos);
}

TEST_CASE("tck errors: phases map to kgq error kinds") {
  CHECK(errorMatches("SyntaxError", "compile time", kgq::ErrorKind::Syntax, "bad", nullptr));
  CHECK(errorMatches("SemanticError", "compile time", kgq::ErrorKind::Semantic, "bad", nullptr));
  CHECK_FALSE(errorMatches("SyntaxError", "compile time", kgq::ErrorKind::Runtime, "bad", nullptr));
  CHECK(errorMatches("TypeError", "runtime", kgq::ErrorKind::Runtime, "bad", nullptr));
  CHECK(errorMatches("TypeError", "runtime", kgq::ErrorKind::Semantic, "bad", nullptr));
  CHECK_FALSE(errorMatches("TypeError", "runtime", kgq::ErrorKind::Syntax, "bad", nullptr));
  CHECK_FALSE(errorMatches("EntityNotFound", "runtime", kgq::ErrorKind::Semantic, "bad", nullptr));
  CHECK(errorMatches("TypeError", "any time", kgq::ErrorKind::Syntax, "bad", nullptr));
  CHECK_FALSE(errorMatches("SyntaxError", "compile time", kgq::ErrorKind::Syntax, "MERGE is not supported yet", nullptr));
  CHECK_FALSE(errorMatches("TypeError", "any time", kgq::ErrorKind::Interrupted, "stopped", nullptr));
}

TEST_CASE("tck skip list: keys, parsing and reason inference") {
  CHECK(scenarioKey("a/B.feature", "[1] x", 0) == "a/B.feature:[1] x");
  CHECK(scenarioKey("a/B.feature", "[1] x", 3) == "a/B.feature:[1] x [example 3]");
  SkipList l = parseSkipList("# header\n\na/B.feature:[1] x: y  # MERGE not supported\nc.feature:z\n");
  REQUIRE(l.entries.size() == 2);
  CHECK(l.entries.at("a/B.feature:[1] x: y").reason == "MERGE not supported");
  CHECK(l.problems.size() == 1);
  Outcome o;
  o.errorMessage = "MERGE is not supported yet (line 1, column 1)";
  CHECK(inferSkipReason(o) == "writes: MERGE not supported");
  o.errorMessage = "variable-length relationships are not supported yet (line 1, column 10)";
  CHECK(inferSkipReason(o) == "variable-length relationships not supported");
  o.errorMessage = "Unknown function 'date' in date('x') (line 1, column 8)";
  CHECK(inferSkipReason(o) == "temporal types: function date() not supported");
  o.errorMessage = "A node id must be a string, not 1 in `{id: 1}`";
  CHECK(inferSkipReason(o).find("property named id") != std::string::npos);
  o.errorMessage = "Type mismatch: expected BOOLEAN but was INTEGER";
  o.reason = "expected SyntaxError at compile time (InvalidArgumentType), got Runtime error: Type mismatch (at runtime)";
  CHECK(inferSkipReason(o).rfind("compile-time type", 0) == 0);
  o.reason.clear();
  o.errorMessage = "Type mismatch: expected INTEGER";
  CHECK(inferSkipReason(o).empty());
  o.errorMessage.clear();
  o.reason = "result mismatch: expected 1 rows, got 2";
  CHECK(inferSkipReason(o).empty());
}

TEST_CASE("the 'there exists a procedure' step registers a table procedure filtered by its inputs", "[tck]") {
  kgq::Database db;
  tck::Table table = {{"name", "id", "city", "country_code"},
                      {"'Stefan'", "1", "'Berlin'", "49"},
                      {"'Stefan'", "2", "'München'", "49"},
                      {"null", "1", "'Nowhere'", "0"}};
  REQUIRE(tck::registerTableProcedure(
      db, "there exists a procedure test.my.proc(name :: STRING?, id :: INTEGER?) :: (city :: STRING?, country_code :: INTEGER?):",
      table));
  kgq::Result r = db.callProcedure("test.my.proc", {kgq::Value("Stefan"), kgq::Value(1)});
  REQUIRE(r.size() == 1);
  CHECK(r.columns() == std::vector<std::string>{"city", "country_code"});
  CHECK(r.at(0, 0) == kgq::Value("Berlin"));
  CHECK(r.at(0, 1) == kgq::Value(49));
  CHECK(db.callProcedure("test.my.proc", {kgq::Value(), kgq::Value(1)}).at(0, 0) == kgq::Value("Nowhere"));
  CHECK(db.callProcedure("test.my.proc", {kgq::Value("Petra"), kgq::Value(1)}).size() == 0);
  CHECK_THROWS_AS(db.callProcedure("test.my.proc", {kgq::Value(true), kgq::Value(1)}), kgq::Error);

  REQUIRE(tck::registerTableProcedure(db, "there exists a procedure test.doNothing() :: ():", {{""}}));
  CHECK(db.callProcedure("test.doNothing").size() == 0);
  CHECK(db.callProcedure("test.doNothing").columns().empty());
  CHECK_FALSE(tck::registerTableProcedure(db, "an empty graph", {}));
  CHECK_THROWS_AS(tck::registerTableProcedure(db, "there exists a procedure test.x(in :: INTEGER?) :: (out :: INTEGER?):",
                                              {{"out", "in"}}),
                  std::invalid_argument);
}
