// ValueTupleTable (query/exec/value_tuple_table.h) against a model: random tuples of 0 to 3
// values drawn from small domains (so most repeat), with 1 and 1.0 as one value, nulls, long
// strings and lists; every insert must give the model's tuple number (first-seen order) and say
// whether it was new, through the table's growth.
#include <catch2/catch.hpp>

#include "graph/value_semantics.h"
#include "query/exec/value_tuple_table.h"

#include <random>
#include <string>
#include <vector>

using kgq::Value;
using kgq::ValueTupleTable;

namespace {

Value randomValue(std::mt19937& rng, unsigned domain) {
  const unsigned k = rng() % domain;
  switch (k % 6) {
    case 0: return Value(std::int64_t{k});
    case 1: return Value(static_cast<double>(k - 1));  // equal to the integer k - 1
    case 2: return Value("a string longer than any short-string buffer, number " + std::to_string(k));
    case 3: return Value();
    case 4: return Value(kgq::List{Value(std::int64_t{k}), Value("x")});
    default: return Value(std::int64_t{k} * 4096);  // a stride of integers
  }
}

// The model: the number of the first tuple equivalent to `tuple`, or the count if none is.
std::size_t modelNumber(const std::vector<std::vector<Value>>& seen, const std::vector<Value>& tuple) {
  for (std::size_t i = 0; i < seen.size(); ++i)
    if (kgq::ValuesEquivalent()(seen[i], tuple)) return i;
  return seen.size();
}

}  // namespace

TEST_CASE("value tuple table numbers tuples as a model does", "[exec]") {
  for (std::size_t width = 0; width <= 3; ++width) {
    for (unsigned domain : {3u, 40u, 400u}) {
      std::mt19937 rng(static_cast<unsigned>(width * 1000 + domain));
      ValueTupleTable table(width);
      std::vector<std::vector<Value>> seen;
      for (int step = 0; step < 1500; ++step) {
        std::vector<Value> tuple;
        for (std::size_t k = 0; k < width; ++k) tuple.push_back(randomValue(rng, domain));
        const std::size_t expected = modelNumber(seen, tuple);
        auto [number, isNew] = table.insert(tuple.data());
        INFO("width " << width << ", domain " << domain << ", step " << step);
        REQUIRE(number == expected);
        REQUIRE(isNew == (expected == seen.size()));
        if (isNew) seen.push_back(tuple);
      }
      REQUIRE(table.size() == seen.size());
      for (std::size_t i = 0; i < seen.size(); ++i)
        REQUIRE(kgq::ValuesEquivalent()(std::vector<Value>(table.tuple(i), table.tuple(i) + width), seen[i]));
      if (width == 0) REQUIRE(table.size() == 1);  // every empty tuple is the same
    }
  }
}
