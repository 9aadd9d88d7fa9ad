// Cypher's rules for comparing values, shared by every operator that compares: `=` and `<` with
// three-valued logic (null when unknown), the total order ORDER BY uses across all types, and
// the equivalence that DISTINCT and grouping use (null equivalent to null, 1 to 1.0).
//
// Promises: orderCompare is a strict weak order over all values (nulls last); equivalent() and
// equivalenceHash() agree (equivalent values hash equally).
#pragma once

#include <kgq/value.h>

#include <cstddef>
#include <cstdint>

namespace kgq {

// a = b: Bool, or Null when the answer is unknown (a null inside).
Value cypherEquals(const Value& a, const Value& b);
// a < b as -1/0/+1 when comparable; returns false and leaves `result` alone when incomparable
// (different types, or null involved): the caller then yields null.
bool cypherCompare(const Value& a, const Value& b, int& result);
// ORDER BY order: map < node < relationship < list < path < datetime < localdatetime < date < time
// < localtime < duration < string < boolean < number < null (openCypher's orderability).
int orderCompare(const Value& a, const Value& b);
bool equivalent(const Value& a, const Value& b);
std::size_t equivalenceHash(const Value& v);

// Hash and equality functors for containers keyed by one value (indexes, hash joins) or by rows
// of values (DISTINCT, grouping).
// A hash as 32 well-mixed bits, for open-addressing tables indexed by its low bits:
// equivalenceHash is the identity on integers, whose runs and strides would otherwise cluster.
inline std::uint32_t spreadHash(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return static_cast<std::uint32_t>(h);
}

struct ValueHash {
  std::size_t operator()(const Value& v) const { return equivalenceHash(v); }
};
struct ValueEquivalent {
  bool operator()(const Value& a, const Value& b) const { return equivalent(a, b); }
};
struct ValuesHash {
  std::size_t operator()(const std::vector<Value>& values) const;
};
struct ValuesEquivalent {
  bool operator()(const std::vector<Value>& a, const std::vector<Value>& b) const;
};

}  // namespace kgq
