// Test support: a query's rows as text, for comparing two queries' answers regardless of order.
#pragma once

#include <kgq/kgq.h>

#include <algorithm>
#include <string>
#include <vector>

namespace kgq::testing {

// Each row as its values' Cypher text joined by "|", sorted.
inline std::vector<std::string> sortedRows(Connection& conn, const std::string& query, const Params& params = {}) {
  std::vector<std::string> rows;
  Result result = conn.run(query, params);
  for (const auto& row : result.rows()) {
    std::string text;
    for (const Value& v : row) text += v.toCypher() + "|";
    rows.push_back(text);
  }
  std::sort(rows.begin(), rows.end());
  return rows;
}

}  // namespace kgq::testing
