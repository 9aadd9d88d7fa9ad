// PropertyIndex against a model: random changes to the values of a set of nodes, kept in step as
// PropertyGraph keeps an index (erase before a change, insert after), then every value's nodes
// compared with the model's. The value domains force what the flat table must get right: one
// node per value and many, equivalent values of two kinds (2 and 2.0), deletions from the middle
// of probe runs (backward shifts) and growth.
#include "graph/property_index.h"

#include "graph/value_semantics.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <vector>

using kgq::NodeSpan;
using kgq::PropertyIndex;
using kgq::Value;

namespace {

// The nodes whose current value is equivalent to `v`, in increasing order.
std::vector<std::uint32_t> modelFind(const std::vector<Value>& values, const Value& v) {
  std::vector<std::uint32_t> out;
  if (v.isNull()) return out;
  for (std::uint32_t n = 0; n < values.size(); ++n)
    if (!values[n].isNull() && kgq::equivalent(values[n], v)) out.push_back(n);
  return out;
}

std::vector<std::uint32_t> listed(NodeSpan span) { return std::vector<std::uint32_t>(span.begin(), span.end()); }

Value randomValue(std::mt19937& rng, int domain) {
  int k = static_cast<int>(rng() % static_cast<unsigned>(domain + 2));
  if (k == domain) return Value();                                     // null: never indexed
  if (k == domain + 1) return Value(static_cast<double>(k % 7));       // a float equal to an int below
  if (k % 3 == 0) return Value(std::int64_t{k} * 1024);                // integers in strides
  if (k % 3 == 1) return Value(std::int64_t{k % 7});
  return Value(std::string(k % 5 == 0 ? "a long string that no short-string buffer holds " : "s") + std::to_string(k));
}

void checkAgainstModel(const PropertyIndex& index, const std::vector<Value>& values, int domain) {
  PropertyIndex::ValueOf valueOf = [&](std::uint32_t n) { return values[n]; };
  std::size_t entries = 0;
  for (const Value& v : values) entries += v.isNull() ? 0 : 1;
  REQUIRE(index.size() == entries);
  std::mt19937 probe(7);
  for (int i = 0; i < std::min(domain + 2, 300); ++i) {
    Value v = randomValue(probe, domain);
    REQUIRE(listed(index.find(v, valueOf)) == modelFind(values, v));
  }
  for (std::size_t n = 0; n < values.size(); n += 1 + values.size() / 200)  // a sample of the nodes' values
    REQUIRE(listed(index.find(values[n], valueOf)) == modelFind(values, values[n]));
}

void runModel(int nodes, int domain, int steps, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<Value> values(static_cast<std::size_t>(nodes));
  PropertyIndex index(0, 0);
  PropertyIndex::ValueOf valueOf = [&](std::uint32_t n) { return values[n]; };
  for (int step = 0; step < steps; ++step) {
    auto n = static_cast<std::uint32_t>(rng() % static_cast<unsigned>(nodes));
    index.erase(values[n], n);
    values[n] = rng() % 8 == 0 ? Value() : randomValue(rng, domain);  // removal, or a new value
    index.insert(values[n], n, valueOf);
    if (step % 1000 == 0) checkAgainstModel(index, values, domain);
  }
  checkAgainstModel(index, values, domain);
  for (std::uint32_t n = 0; n < values.size(); ++n) index.erase(values[n], n);  // all gone: nothing found
  REQUIRE(index.size() == 0);
  for (const Value& v : values) REQUIRE(index.find(v, valueOf).empty());
}

}  // namespace

TEST_CASE("property index: one node per value, values spread widely", "[property_index]") {
  runModel(2000, 100000, 20000, 1);
}

TEST_CASE("property index: many nodes per value", "[property_index]") {
  runModel(500, 12, 20000, 2);
}

TEST_CASE("property index: a mix, through growth and deletions from probe runs", "[property_index]") {
  for (unsigned seed = 3; seed < 8; ++seed) runModel(3000, 800, 15000, seed);
}

TEST_CASE("property index: 2 and 2.0 are one value, null is never indexed", "[property_index]") {
  std::vector<Value> values{Value(std::int64_t{2}), Value(2.0), Value(), Value(2.5)};
  PropertyIndex index(0, 0);
  PropertyIndex::ValueOf valueOf = [&](std::uint32_t n) { return values[n]; };
  for (std::uint32_t n = 0; n < values.size(); ++n) index.insert(values[n], n, valueOf);
  CHECK(index.size() == 3);
  CHECK(listed(index.find(Value(std::int64_t{2}), valueOf)) == std::vector<std::uint32_t>{0, 1});
  CHECK(listed(index.find(Value(2.0), valueOf)) == std::vector<std::uint32_t>{0, 1});
  CHECK(listed(index.find(Value(2.5), valueOf)) == std::vector<std::uint32_t>{3});
  CHECK(index.find(Value(), valueOf).empty());
  index.erase(values[0], 0);
  CHECK(listed(index.find(Value(2.0), valueOf)) == std::vector<std::uint32_t>{1});
}
