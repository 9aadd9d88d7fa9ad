// Unit tests of the column store (graph/property_store.h): values come back exactly as set through
// every change of representation (sparse -> dense, typed -> mixed), and truncate forgets exactly
// the slots at and after its bound.
#include <catch2/catch.hpp>

#include "graph/property_store.h"

#include <cmath>

using namespace kgq;

TEST_CASE("a column keeps int and float apart and removes on null", "[store]") {
  PropertyColumn c;
  CHECK(c.set(3, Value(1)).isNull());
  CHECK(c.set(4, Value(1.0)).isNull());
  CHECK(c.get(3) == Value(1));
  CHECK(c.get(4) == Value(1.0));
  CHECK(c.get(5).isNull());
  CHECK(c.set(3, Value()) == Value(1));
  CHECK_FALSE(c.has(3));
  CHECK(c.count() == 1);
}

TEST_CASE("a column turns dense when most slots hold it, with every value intact", "[store]") {
  PropertyColumn c;
  for (std::uint32_t s = 0; s < 100; ++s) c.set(s, Value(static_cast<std::int64_t>(s) * 7));
  REQUIRE(c.dense());
  CHECK(c.kind() == PropertyColumn::Kind::Int);
  for (std::uint32_t s = 0; s < 100; ++s) CHECK(c.intAt(s) == s * 7);
  CHECK(c.get(99) == Value(std::int64_t{693}));
  CHECK(c.get(100).isNull());
  CHECK(c.get(1000000).isNull());
  // A value of another kind turns the column mixed; nothing is lost.
  CHECK(c.set(50, Value("fifty")) == Value(std::int64_t{350}));
  CHECK(c.kind() == PropertyColumn::Kind::Mixed);
  CHECK(c.get(50) == Value("fifty"));
  CHECK(c.get(49) == Value(std::int64_t{343}));
  CHECK(c.count() == 100);
}

TEST_CASE("a rarely held key stays sparse even at a high slot", "[store]") {
  PropertyColumn c;
  for (std::uint32_t s = 0; s < 40; ++s) c.set(1000000 + s * 50000, Value("x"));
  CHECK_FALSE(c.dense());
  CHECK(c.get(1000000 + 39 * 50000) == Value("x"));
  CHECK(c.count() == 40);
}

TEST_CASE("dense columns of each kind give back exactly what was stored", "[store]") {
  PropertyColumn ints, floats, bools, strings, lists;
  for (std::uint32_t s = 0; s < 64; ++s) {
    ints.set(s, Value(std::int64_t{-1} - s));
    floats.set(s, Value(s == 7 ? std::nan("") : s / 4.0));
    bools.set(s, Value(s % 2 == 0));
    strings.set(s, Value(std::string(s, 'z')));
    lists.set(s, Value(List{Value(static_cast<std::int64_t>(s)), Value("a")}));
  }
  CHECK(floats.kind() == PropertyColumn::Kind::Float);
  CHECK(bools.kind() == PropertyColumn::Kind::Bool);
  CHECK(strings.kind() == PropertyColumn::Kind::String);
  CHECK(lists.kind() == PropertyColumn::Kind::Mixed);
  for (std::uint32_t s = 0; s < 64; ++s) {
    CHECK(ints.get(s) == Value(std::int64_t{-1} - s));
    if (s == 7) CHECK(std::isnan(floats.get(s).asFloat()));
    else CHECK(floats.get(s) == Value(s / 4.0));
    CHECK(bools.get(s) == Value(s % 2 == 0));
    CHECK(strings.get(s) == Value(std::string(s, 'z')));
    CHECK(lists.get(s) == Value(List{Value(static_cast<std::int64_t>(s)), Value("a")}));
  }
}

TEST_CASE("a column of dates is typed (days unboxed), and another kind makes it boxed", "[store][temporal]") {
  PropertyColumn dates;
  for (std::uint32_t s = 0; s < 64; ++s) dates.set(s, Value(Date{19000 + static_cast<std::int64_t>(s) - 40}));
  CHECK(dates.dense());
  CHECK(dates.kind() == PropertyColumn::Kind::Date);
  for (std::uint32_t s = 0; s < 64; ++s) CHECK(dates.get(s) == Value(Date{19000 + static_cast<std::int64_t>(s) - 40}));
  CHECK(dates.set(3, Value()) == Value(Date{18963}));
  CHECK_FALSE(dates.has(3));
  // An integer equal to a date's days is not a date: the column turns boxed and keeps both apart.
  dates.set(5, Value(std::int64_t{18965}));
  CHECK(dates.kind() == PropertyColumn::Kind::Mixed);
  CHECK(dates.get(5) == Value(std::int64_t{18965}));
  CHECK(dates.get(6) == Value(Date{18966}));
  DateTime dt;
  dt.seconds = 1;
  dt.zone = "Asia/Shanghai";
  dt.offsetSeconds = 8 * 3600;
  dates.set(7, Value(dt));
  CHECK(dates.get(7) == Value(dt));
}

TEST_CASE("truncate forgets the slots at and after its bound, sparse or dense", "[store]") {
  for (std::uint32_t n : {10u, 200u}) {
    PropertyColumn c;
    for (std::uint32_t s = 0; s < n; ++s) c.set(s, Value(static_cast<std::int64_t>(s)));
    c.truncate(n / 2);
    CHECK(c.count() == n / 2);
    CHECK(c.get(n / 2 - 1) == Value(static_cast<std::int64_t>(n / 2 - 1)));
    CHECK(c.get(n / 2).isNull());
    c.set(n - 1, Value(1.5));  // grows again after a truncate
    CHECK(c.get(n - 1) == Value(1.5));
    CHECK(c.get(n - 2).isNull());
  }
}

TEST_CASE("a store lists an element's properties in key order", "[store]") {
  PropertyStore store;
  store.set(5, 3, Value("c"));
  store.set(5, 1, Value(1));
  store.set(6, 2, Value(true));
  PropertyBag bag = store.properties(5);
  REQUIRE(bag.size() == 2);
  CHECK(bag[0].key == 1);
  CHECK(bag[1].key == 3);
  CHECK(store.count(6) == 1);
  CHECK(store.get(5, 2).isNull());
  CHECK(store.get(5, 99).isNull());
  CHECK(store.set(5, 99, Value()).isNull());  // removing what is not there changes nothing
  store.truncate(6, 2);                       // slots >= 6 and keys >= 2 go
  CHECK(store.count(6) == 0);
  CHECK(store.get(5, 3).isNull());
  CHECK(store.get(5, 1) == Value(1));
}
