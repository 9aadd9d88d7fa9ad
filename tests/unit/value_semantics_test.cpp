// Unit tests of Cypher's comparison rules (graph/value_semantics.h).
#include <catch2/catch.hpp>

#include "graph/value_semantics.h"

#include <cmath>

using kgq::List;
using kgq::Value;

namespace {
// "true", "false" or "null": the three-valued answer of a = b.
std::string eq(const Value& a, const Value& b) {
  Value r = kgq::cypherEquals(a, b);
  return r.isNull() ? "null" : r.asBool() ? "true" : "false";
}
}  // namespace

TEST_CASE("equality is three-valued and numeric across int and float", "[semantics]") {
  CHECK(eq(Value(1), Value(1.0)) == "true");
  CHECK(eq(Value(1), Value(2)) == "false");
  CHECK(eq(Value(), Value()) == "null");
  CHECK(eq(Value(1), Value()) == "null");
  CHECK(eq(Value(1), Value("1")) == "false");
  CHECK(eq(Value(std::nan("")), Value(std::nan(""))) == "false");
  CHECK(eq(Value(List{Value(1), Value()}), Value(List{Value(1), Value()})) == "null");
  CHECK(eq(Value(List{Value(1), Value()}), Value(List{Value(2), Value()})) == "false");
  CHECK(eq(Value(List{Value(1)}), Value(List{Value(1), Value(2)})) == "false");
}

TEST_CASE("comparison is defined only within a type", "[semantics]") {
  int c = 0;
  CHECK(kgq::cypherCompare(Value(1), Value(2.5), c));
  CHECK(c < 0);
  CHECK(kgq::cypherCompare(Value("b"), Value("a"), c));
  CHECK(c > 0);
  CHECK_FALSE(kgq::cypherCompare(Value(1), Value("a"), c));
  CHECK_FALSE(kgq::cypherCompare(Value(), Value(1), c));
  CHECK(kgq::cypherCompare(Value(List{Value(1), Value(2)}), Value(List{Value(1), Value(3)}), c));
  CHECK(c < 0);
  // Large integers compare exactly against floats.
  CHECK(kgq::cypherCompare(Value(std::int64_t{9007199254740993}), Value(9007199254740992.0), c));
  CHECK(c > 0);
}

TEST_CASE("ORDER BY orders across types with nulls last", "[semantics]") {
  std::vector<Value> values = {Value(),      Value(2),        Value("a"), Value(true),
                               Value(1.5),   Value(List{}),   Value(kgq::Map{}),
                               Value(std::nan(""))};
  std::sort(values.begin(), values.end(), [](const Value& a, const Value& b) { return kgq::orderCompare(a, b) < 0; });
  CHECK(values[0].isMap());
  CHECK(values[1].isList());
  CHECK(values[2].isString());
  CHECK(values[3].isBool());
  CHECK(values[4].asNumber() == 1.5);
  CHECK(values[5].asNumber() == 2);
  CHECK(std::isnan(values[6].asFloat()));
  CHECK(values[7].isNull());
}

TEST_CASE("equivalence for DISTINCT and grouping treats null and 1/1.0 as the same", "[semantics]") {
  CHECK(kgq::equivalent(Value(), Value()));
  CHECK(kgq::equivalent(Value(1), Value(1.0)));
  CHECK(kgq::equivalenceHash(Value(1)) == kgq::equivalenceHash(Value(1.0)));
  CHECK(kgq::equivalent(Value(std::nan("")), Value(std::nan(""))));
  CHECK_FALSE(kgq::equivalent(Value(1), Value("1")));
  CHECK(kgq::equivalent(Value(List{Value(), Value(2)}), Value(List{Value(), Value(2.0)})));
  kgq::ValuesHash hash;
  CHECK(hash({Value(1), Value()}) == hash({Value(1.0), Value()}));
}
