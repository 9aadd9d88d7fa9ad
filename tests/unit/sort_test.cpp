// ORDER BY (query/exec/operators.cpp Sort): the order of the rows, ties kept in arrival order,
// for full sorts and top-k. Sort compares most pairs by a 64-bit lead made of the first key
// (numbers as doubles, strings by their first 8 bytes) and only the rest in full, so the keys
// here are the values where such a lead could mislead: integers about 2^53 that one double
// holds, -0.0 and 0.0, NaN, strings equal in their first 8 bytes or ending in NUL, and values of
// every other kind. The oracle is the same sort by one-element lists of the keys ([a] for a),
// which order as their element does but never have a lead.
#include <catch2/catch.hpp>

#include "tests/unit/result_rows.h"

#include <kgq/kgq.h>

#include <string>

using namespace kgq;
using kgq::testing::orderedRows;

TEST_CASE("ORDER BY gives the order of a full comparison, ties in arrival order", "[exec][sort]") {
  Database db;
  Connection conn(db);
  const std::string values =
      "[0, 1, -1, 9007199254740992, 9007199254740993, 9007199254740994, -9007199254740993, 9223372036854775807, "
      "-9223372036854775808, 0.0, -0.0, 1.0, 0.5, 0.0 / 0.0, 1.0E300, -1.0E308 * 10, 9007199254740992.0, "
      "9.007199254740994E15, '', 'a', 'ab', 'abcdefgh', 'abcdefghi', 'abcdefgh\\u0000', 'abcdefg\\u0000', "
      "'abcdefg', 'é', '科技', '科技园', null, true, false, [1], [1, 2], {k: 1}, date('2020-01-01')]";
  const std::string rows = "WITH " + values +
                           " AS vs UNWIND range(0, 299) AS i WITH i, vs[i % size(vs)] AS a, vs[(i * 7 + i / 40) % size(vs)] AS b ";
  for (const char* order : {"a", "a DESC", "a, b", "a DESC, b DESC", "b, a DESC", "a, i"}) {
    std::string oracle = order;
    for (const char* v : {"a", "b", "i"}) {
      // [a] for a: the key names are single letters followed by a space, a comma or the end.
      std::string out;
      for (std::size_t k = 0; k < oracle.size(); ++k) {
        const bool name = oracle[k] == v[0] && (k == 0 || oracle[k - 1] == ' ') &&
                          (k + 1 == oracle.size() || oracle[k + 1] == ' ' || oracle[k + 1] == ',');
        out += name ? std::string("[") + v + "]" : std::string(1, oracle[k]);
      }
      oracle = out;
    }
    for (const char* page : {"", " LIMIT 1", " LIMIT 7", " SKIP 13 LIMIT 40", " SKIP 290"}) {
      const std::string query = rows + "RETURN i, a, b ORDER BY " + order + page;
      INFO(query);
      const auto expected = orderedRows(conn, rows + "RETURN i, a, b ORDER BY " + oracle + page);
      CHECK(orderedRows(conn, query) == expected);
      CHECK(!expected.empty());
    }
  }
  // Not trivially equal: the keys differ in order from arrival.
  CHECK(orderedRows(conn, rows + "RETURN i ORDER BY a") != orderedRows(conn, rows + "RETURN i"));
}
