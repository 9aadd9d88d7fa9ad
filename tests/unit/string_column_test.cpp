// Unit tests of the compact string slots of dense property columns (graph/string_column.h): every
// string comes back byte for byte whether inline (<= 15 bytes) or in the arena, through
// overwrites, clears, shrinking and the arena compaction that reclaims overwritten bytes.
#include <catch2/catch.hpp>

#include "graph/property_store.h"
#include "graph/string_column.h"

#include <string>
#include <vector>

using namespace kgq;

namespace {
std::string longText(std::size_t i, std::size_t length) {
  std::string s = "s" + std::to_string(i) + ":";
  while (s.size() < length) s += static_cast<char>('a' + (s.size() + i) % 26);
  return s;
}
}  // namespace

TEST_CASE("a string column keeps short, boundary, long and binary strings exactly", "[store][strings]") {
  StringColumn c;
  c.resize(6);
  const std::string fifteen(15, 'x'), sixteen(16, 'y'), binary("a\0b\xff\0", 5), utf8 = "科技有限公司集团";
  c.set(0, fifteen);
  c.set(1, sixteen);
  c.set(2, binary);
  c.set(3, utf8);
  CHECK(c.get(0) == fifteen);
  CHECK(c.get(1) == sixteen);
  CHECK(c.get(2) == binary);
  CHECK(c.get(3) == utf8);
  CHECK(c.get(4).empty());  // never set
  c.clear(1);
  CHECK(c.get(1).empty());
  c.set(3, "short");  // long -> inline
  CHECK(c.get(3) == "short");
  c.set(0, sixteen);  // inline -> long
  CHECK(c.get(0) == sixteen);
}

TEST_CASE("a string column grows, shrinks and reclaims overwritten bytes", "[store][strings]") {
  StringColumn c;
  const std::size_t n = 20'000;
  c.resize(n);
  for (std::size_t i = 0; i < n; ++i) c.set(i, longText(i, 40 + i % 50));
  // Overwrite every long string many times: the arena must not keep every old copy.
  for (int round = 0; round < 10; ++round)
    for (std::size_t i = 0; i < n; ++i) c.set(i, longText(i + round, 40 + (i + round) % 50));
  std::size_t live = 0;
  for (std::size_t i = 0; i < n; ++i) {
    REQUIRE(c.get(i) == longText(i + 9, 40 + (i + 9) % 50));
    live += c.get(i).size();
  }
  CHECK(c.arenaBytes() <= 2 * live + (std::size_t{2} << 20));
  // A string bigger than a chunk gets one of its own.
  const std::string huge = longText(7, (std::size_t{1} << 20) + 123);
  c.set(5, huge);
  CHECK(c.get(5) == huge);
  CHECK(c.get(6) == longText(6 + 9, 40 + (6 + 9) % 50));
  c.resize(10);
  CHECK(c.size() == 10);
  c.resize(12);
  CHECK(c.get(11).empty());
  CHECK(c.get(5) == huge);
  CHECK(c.get(9) == longText(9 + 9, 40 + (9 + 9) % 50));
}

TEST_CASE("a dense string property column reads back through every change", "[store][strings]") {
  PropertyColumn col;
  std::vector<std::string> want(5000);
  for (std::uint32_t s = 0; s < want.size(); ++s) {
    want[s] = s % 3 ? longText(s, 30) : "id" + std::to_string(s);
    col.set(s, Value(want[s]));
  }
  REQUIRE(col.dense());
  REQUIRE(col.kind() == PropertyColumn::Kind::String);
  CHECK(col.set(7, Value()) == Value(want[7]));  // removal returns the old string
  CHECK_FALSE(col.has(7));
  CHECK(col.set(8, Value(std::string("new"))) == Value(want[8]));
  want[8] = "new";
  for (std::uint32_t s = 0; s < want.size(); ++s)
    if (s != 7) REQUIRE(col.get(s) == Value(want[s]));
  col.set(9, Value(std::int64_t{9}));  // mixed kinds: the strings move into boxed Values intact
  CHECK(col.kind() == PropertyColumn::Kind::Mixed);
  CHECK(col.get(10) == Value(want[10]));
  CHECK(col.get(9) == Value(std::int64_t{9}));
}
