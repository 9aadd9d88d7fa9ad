// Unit tests of kgq::Value and its text renderings (graph/value_render.h).
#include <catch2/catch.hpp>

#include "graph/value_render.h"

#include <kgq/value.h>

#include <cmath>
#include <limits>

using kgq::List;
using kgq::Map;
using kgq::Value;
using kgq::ValueKind;

TEST_CASE("values report their kind and hold what they were given", "[value]") {
  CHECK(Value().kind() == ValueKind::Null);
  CHECK(Value(true).asBool());
  CHECK(Value(std::int64_t{-7}).asInt() == -7);
  CHECK(Value(2.5).asFloat() == 2.5);
  CHECK(Value("text").asString() == "text");
  CHECK(Value(List{Value(1), Value("a")}).asList().size() == 2);
  CHECK(Value(Map{{"k", Value(1)}}).asMap().at("k").asInt() == 1);
  CHECK(Value(3).asNumber() == 3.0);
}

TEST_CASE("structural equality tells int from float and compares deeply", "[value]") {
  CHECK(Value(1) == Value(1));
  CHECK(Value(1) != Value(1.0));
  CHECK(Value() == Value());
  CHECK(Value(List{Value(1), Value()}) == Value(List{Value(1), Value()}));
  CHECK(Value(List{Value(1)}) != Value(List{Value(2)}));
  CHECK(Value(Map{{"a", Value("x")}}) == Value(Map{{"a", Value("x")}}));
}

TEST_CASE("floats print as Neo4j prints them: shortest digits, plain or scientific by magnitude", "[value][render]") {
  CHECK(kgq::formatFloat(5.0) == "5.0");
  CHECK(kgq::formatFloat(12.4) == "12.4");
  CHECK(kgq::formatFloat(0.1 + 0.2) == "0.30000000000000004");
  CHECK(kgq::formatFloat(-0.5) == "-0.5");
  CHECK(kgq::formatFloat(1e20) == "1.0E20");
  CHECK(kgq::formatFloat(1.5e-7) == "1.5E-7");
  CHECK(kgq::formatFloat(3000000.0) == "3000000.0");
  CHECK(kgq::formatFloat(1e7) == "1.0E7");
  CHECK(kgq::formatFloat(0.001) == "0.001");
  CHECK(kgq::formatFloat(0.000999) == "9.99E-4");
  CHECK(kgq::formatFloat(123.456) == "123.456");
  CHECK(kgq::formatFloat(-2.5e-5) == "-2.5E-5");
  CHECK(kgq::formatFloat(0.0) == "0.0");
  CHECK(kgq::formatFloat(std::nan("")) == "NaN");
  CHECK(kgq::formatFloat(std::numeric_limits<double>::infinity()) == "Infinity");
  CHECK(kgq::formatFloat(-std::numeric_limits<double>::infinity()) == "-Infinity");
}

TEST_CASE("strings and names are quoted and escaped as Cypher writes them", "[value][render]") {
  CHECK(kgq::quoteString("it's") == "'it\\'s'");
  CHECK(kgq::quoteString("a\\b") == "'a\\\\b'");
  CHECK(kgq::quoteString("line\nnext\ttab") == "'line\\nnext\\ttab'");
  CHECK(kgq::quoteString(std::string("\x01", 1)) == "'\\u0001'");
  CHECK(kgq::quoteString("湖北") == "'湖北'");
  CHECK(kgq::quoteName("name") == "name");
  CHECK(kgq::quoteName("has space") == "`has space`");
  CHECK(kgq::quoteName("1st") == "`1st`");
  CHECK(kgq::quoteName("a`b") == "`a``b`");
}

TEST_CASE("toCypher renders every kind in literal notation", "[value][render]") {
  CHECK(Value().toCypher() == "null");
  CHECK(Value(false).toCypher() == "false");
  CHECK(Value(std::int64_t{42}).toCypher() == "42");
  CHECK(Value(List{Value(1), Value("a"), Value()}).toCypher() == "[1, 'a', null]");
  CHECK(Value(Map{{"b", Value(2)}, {"a", Value(1.5)}}).toCypher() == "{a: 1.5, b: 2}");
  kgq::Node node{"city:wuhan", {"City"}, {{"id", Value("city:wuhan")}, {"name", Value("Wuhan")}}};
  CHECK(Value(node).toCypher() == "(:City {id: 'city:wuhan', name: 'Wuhan'})");
  kgq::Relationship rel{"LOCATED_IN", "city:wuhan", "region:hubei", {{"since", Value(1949)}}, 0};
  CHECK(Value(rel).toCypher() == "[:LOCATED_IN {since: 1949}]");
  kgq::Path path{{node, kgq::Node{"region:hubei", {"Region"}, {{"id", Value("region:hubei")}}}}, {rel}};
  // Without properties a node shows its labels only, as Neo4j shows it.
  CHECK(Value(kgq::Node{"_:1", {"Tmp"}, {}}).toCypher() == "(:Tmp)");
  CHECK(Value(path).toCypher() ==
        "<(:City {id: 'city:wuhan', name: 'Wuhan'})-[:LOCATED_IN {since: 1949}]->(:Region {id: 'region:hubei'})>");
}

TEST_CASE("kind names are the user-facing type names", "[value]") {
  CHECK(std::string(kgq::kindName(ValueKind::Int)) == "INTEGER");
  CHECK(std::string(kgq::kindName(ValueKind::NodeRef)) == "NODE");
  CHECK(std::string(kgq::kindName(ValueKind::List)) == "LIST");
}
