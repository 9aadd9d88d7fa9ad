// Comparator: TCK equality between an expected value (TCK notation) and a kgq result value, and
// between an expected table and a kgq result.
//
// Rules (the TCK's): integers and floats are different kinds (1 ≠ 1.0); floats are equal when
// identical, both NaN, or within a relative 1e-14 (absorbs summation-order noise, not real bugs);
// strings, booleans, null compare exactly; lists compare element-wise in order, unless
// `ignoreListOrder` (then as multisets, at every depth); maps by the same keys with equal values;
// a node by its labels as a set and its properties (the id kgq generates is ignored); a
// relationship by its type and properties (ends ignored); a path element by element, including
// each relationship's direction. Tables: the column names must match in order; rows compare as a
// multiset (a full bipartite matching, so no greedy mismatch) unless `inOrder`.
//
// Promises: pure functions; never throw on any input; the mismatch description names the first
// expected row not found and the first actual row not expected.
#pragma once

#include "tck_value.h"

#include <kgq/kgq.h>

#include <string>
#include <vector>

namespace tck {

bool valuesEqual(const TValue& expected, const kgq::Value& actual, bool ignoreListOrder);

struct ExpectedTable {
  std::vector<std::string> columns;
  std::vector<std::vector<TValue>> rows;
};

struct TableComparison {
  bool equal = false;
  std::string reason;  // short, one line; empty when equal
};

TableComparison compareTables(const ExpectedTable& expected, const std::vector<std::string>& columns,
                              const std::vector<std::vector<kgq::Value>>& rows, bool inOrder,
                              bool ignoreListOrder);

// Printing for --verbose: a TCK-style table.
std::string formatExpectedTable(const ExpectedTable& t);
std::string formatActualTable(const std::vector<std::string>& columns, const std::vector<std::vector<kgq::Value>>& rows);

}  // namespace tck
