// Test support: a query's rows as text, for comparing two queries' answers regardless of order.
#pragma once

#include <kgq/kgq.h>

#include <algorithm>
#include <string>
#include <vector>

namespace kgq::testing {

// Each row as its values' Cypher text joined by "|", in order.
template <class Rows>
std::vector<std::string> rowText(const Rows& rows) {
  std::vector<std::string> texts;
  for (const auto& row : rows) {
    std::string text;
    for (const Value& v : row) text += v.toCypher() + "|";
    texts.push_back(text);
  }
  return texts;
}

// The same, sorted.
template <class Rows>
std::vector<std::string> sortedText(const Rows& rows) {
  std::vector<std::string> texts = rowText(rows);
  std::sort(texts.begin(), texts.end());
  return texts;
}

// The rows of `query` on `conn`, as sortedText.
inline std::vector<std::string> sortedRows(Connection& conn, const std::string& query, const Params& params = {}) {
  return sortedText(conn.run(query, params).rows());
}

// The rows of `query` on `conn`, as rowText: in the order they came.
inline std::vector<std::string> orderedRows(Connection& conn, const std::string& query, const Params& params = {}) {
  return rowText(conn.run(query, params).rows());
}

}  // namespace kgq::testing
