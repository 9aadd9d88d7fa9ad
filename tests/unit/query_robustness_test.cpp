// No query text may crash the engine: seeded mutations of valid queries (characters dropped,
// duplicated, swapped, replaced by syntax characters) and truncations go through the whole
// pipeline; each must either succeed or throw kgq::Error, and the graph must not change.
// Run under -DKGQ_SANITIZE=ON to catch memory errors as well.
#include <catch2/catch.hpp>

#include <kgq/kgq.h>

#include <random>

using namespace kgq;

namespace {
const char* kGraph = R"({"format": "kgq-graph", "version": 1,
  "nodes": [
    {"id": "a", "labels": ["P"], "properties": {"name": "A", "n": 1, "l": [1, 2]}},
    {"id": "b", "labels": ["P", "Q"], "properties": {"name": "B", "n": 2.5}},
    {"id": "c", "labels": ["Q"], "properties": {}}],
  "edges": [
    {"type": "R", "from": "a", "to": "b", "properties": {"w": 3}},
    {"type": "S", "from": "b", "to": "c"}, {"type": "R", "from": "c", "to": "c"}]})";

const char* kQueries[] = {
    "MATCH (a:P)-[r:R]->(b) WHERE a.n < b.n AND b:Q RETURN a.name, r.w, b ORDER BY a.name DESC SKIP 0 LIMIT 5",
    "MATCH (a)-[]-(b), (c {name: 'B'}) RETURN DISTINCT a.id, count(*) AS k ORDER BY k",
    "UNWIND [1, 2.5, 'x', null, [1], {a: 1}] AS v RETURN v, v + 1, toString(v), size([v]) ORDER BY v",
    "WITH [x IN range(1, 10) WHERE x % 2 = 0 | x ^ 2] AS l RETURN l[1..-1], head(l), any(y IN l WHERE y > 10)",
    "MATCH (n) RETURN n {.name, .*, k: labels(n)}, CASE n.n WHEN 1 THEN 'one' ELSE 'other' END",
    "MATCH (n) WHERE n.name =~ '(A|B).*' OR (n)-[:S]->() RETURN collect(n.name), sum(n.n), avg(n.n), min(n.n)",
    "RETURN 1 UNION ALL RETURN 2",
    "MATCH (a:P) WITH a, a.n * 2 AS d WHERE d > 1 RETURN a.name, d, keys(a), properties(a)",
};
}  // namespace

TEST_CASE("mutated queries either run or fail cleanly, and change nothing", "[robustness]") {
  Database db;
  db.loadJsonText(kGraph, "robustness");
  Connection conn(db);
  std::mt19937 random(20261123);
  const std::string syntax = "()[]{}<>-=:,.;'\"`$*|+^%/\\ \n0123456789aZ";
  int ran = 0, failed = 0;
  for (const char* base : kQueries) {
    std::string original = base;
    for (std::size_t cut = 0; cut <= original.size(); cut += 3) {
      try {
        conn.run(original.substr(0, cut));
        ++ran;
      } catch (const Error&) {
        ++failed;
      }
    }
    for (int round = 0; round < 300; ++round) {
      std::string q = original;
      int edits = 1 + static_cast<int>(random() % 4);
      for (int e = 0; e < edits && !q.empty(); ++e) {
        std::size_t at = random() % q.size();
        switch (random() % 4) {
          case 0: q.erase(at, 1); break;
          case 1: q.insert(at, 1, q[at]); break;
          case 2: q[at] = syntax[random() % syntax.size()]; break;
          default: std::swap(q[at], q[random() % q.size()]); break;
        }
      }
      try {
        conn.run(q);
        ++ran;
      } catch (const Error&) {
        ++failed;
      }
    }
  }
  CHECK(ran > 0);
  CHECK(failed > 0);
  CHECK(db.nodeCount() == 3);
  CHECK(db.edgeCount() == 3);
}
