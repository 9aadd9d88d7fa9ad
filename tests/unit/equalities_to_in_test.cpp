// Disjunctions of equalities as IN (query/plan/equalities_to_in.h): which predicates are
// rewritten and into what, and that queries answer as the disjunction does. The disjunction's own
// answer comes from the same predicate inside a quantifier (`all(t IN [1] WHERE p)`), where the
// rewrite does not look.
#include <catch2/catch.hpp>

#include "query/check/checker.h"
#include "query/parse/parser.h"
#include "query/plan/equalities_to_in.h"
#include "result_rows.h"

#include <kgq/kgq.h>

#include <string>
#include <variant>

using namespace kgq;

namespace {

// The rewritten form: IN and OR spelled out with brackets, constants by value, the rest as written.
std::string shape(const BoundExpr& e) {
  if (e.kind == BoundExprKind::Constant) return e.constant.toCypher();
  if (e.kind == BoundExprKind::ListLiteral) {
    std::string out = "[";
    for (const BoundExprPtr& c : e.children) out += (out.size() > 1 ? ", " : "") + shape(*c);
    return out + "]";
  }
  if (e.kind == BoundExprKind::Not) return "NOT (" + shape(*e.children[0]) + ")";
  if (e.kind == BoundExprKind::Binary &&
      (e.op == BinaryOp::In || e.op == BinaryOp::Or || e.op == BinaryOp::And || e.op == BinaryOp::Xor))
    return "(" + shape(*e.children[0]) + " " + binaryOpText(e.op) + " " + shape(*e.children[1]) + ")";
  return e.text.str();
}

// The WHERE of `MATCH (x)-[r]->(y) WHERE <predicate> RETURN x`, rewritten, as shape() shows it;
// and the rewritten predicate's text.
std::pair<std::string, std::string> rewrite(const std::string& predicate) {
  BoundQuery q = checkStatement(parseStatement("MATCH (x)-[r]->(y) WHERE " + predicate + " RETURN x"));
  auto& match = std::get<BoundMatch>(q.queries.at(0).clauses.at(0));
  REQUIRE(match.where.size() == 1);
  BoundExprPtr rewritten = equalitiesToIn(std::move(match.where[0]));
  return {shape(*rewritten), rewritten->text.str()};
}

}  // namespace

TEST_CASE("a disjunction of equalities on one key becomes IN", "[planner][rewrite]") {
  CHECK(rewrite("x.k = 1 OR x.k = 2").first == "(x.k IN [1, 2])");
  // Either side of `=`, any value, the key's first place kept; the text is the query's.
  auto [both, text] = rewrite("x.k = 1 OR 'a' = x.k OR x.k = $p OR x.k = y.k");
  CHECK(both == "(x.k IN [1, 'a', $p, y.k])");
  CHECK(text == "x.k = 1 OR 'a' = x.k OR x.k = $p OR x.k = y.k");
  CHECK(rewrite("id(x) = 1 OR id(x) = 2").first == "(id(x) IN [1, 2])");
  CHECK(rewrite("elementId(r) = 'a' OR elementId(r) = 'b'").first == "(elementId(r) IN ['a', 'b'])");
  CHECK(rewrite("r.since = 1 OR r.since = null").first == "(r.since IN [1, null])");
  // Other disjuncts stay in place; each key with two or more equalities gets one IN.
  CHECK(rewrite("x.k = 1 OR y.q > 3 OR x.k = 2").first == "((x.k IN [1, 2]) OR y.q > 3)");
  CHECK(rewrite("x.k = 1 OR y.q = 2 OR x.k = 3 OR y.q = 4").first == "((x.k IN [1, 3]) OR (y.q IN [2, 4]))");
  // Through NOT, AND and XOR, and inside an OR's other disjuncts.
  CHECK(rewrite("NOT ((x.k = 1 OR x.k = 2) AND y.q = 0)").first == "NOT (((x.k IN [1, 2]) AND y.q = 0))");
  CHECK(rewrite("(x.k = 1 OR x.k = 2) XOR y.q = 1").first == "((x.k IN [1, 2]) XOR y.q = 1)");
  CHECK(rewrite("(x.k = 1 OR x.k = 2) AND y.q = 1 OR y.z = 0").first == "(((x.k IN [1, 2]) AND y.q = 1) OR y.z = 0)");
  // Left alone: one equality per key, keys of different variables or properties, other tests.
  for (const char* same : {"x.k = 1 OR x.q = 2", "x.k = 1 OR y.k = 2", "x.k = 1 OR x.k > 2", "x.k = 1",
                           "x.k + 0 = 1 OR x.k + 0 = 2", "x.k <> 1 OR x.k <> 2"}) {
    INFO(same);
    auto [rewritten, sameText] = rewrite(same);
    CHECK(sameText == same);
    CHECK(rewritten.find(" IN ") == std::string::npos);
  }
}

TEST_CASE("queries with disjunctions of equalities answer as the disjunction does", "[planner][rewrite]") {
  // Values of every kind, null and NaN among them, on nodes and on relationships.
  Database db;
  db.loadJsonText(R"({"format": "kgq-graph", "version": 1, "nodes": [
      {"id": "a", "properties": {"k": 1, "s": "x"}}, {"id": "b", "properties": {"k": 2, "s": "y"}},
      {"id": "c", "properties": {"k": 2.0}}, {"id": "d", "properties": {"k": "1", "s": "x"}},
      {"id": "e", "properties": {"k": [1]}}, {"id": "f", "properties": {}}, {"id": "g", "properties": {"k": 3}}],
    "edges": [{"type": "R", "from": "a", "to": "b", "properties": {"k": 1}},
      {"type": "R", "from": "b", "to": "c", "properties": {"k": 2.0}},
      {"type": "R", "from": "c", "to": "d", "properties": {"k": "2"}},
      {"type": "R", "from": "d", "to": "a", "properties": {}}]})",
                  "mixed");
  Connection conn(db);
  conn.run("MATCH (g {id: 'g'}) SET g.k = 0.0 / 0.0");
  const char* predicates[] = {
      "x.k = 1 OR x.k = 2",
      "x.k = 1 OR x.k = null",
      "x.k = null OR x.k = null",
      "x.k = '1' OR x.k = [1] OR x.k = 2.0",
      "x.k = 0.0 / 0.0 OR x.k = 1",
      "x.k = $one OR x.k = $list",
      "x.k = 1 OR x.s = 'y' OR x.k = 2",
      "NOT (x.k = 1 OR x.k = 2)",
      "NOT (x.k = 1 OR x.k = null)",
      "x.k = 1 OR x.k = 2 OR x.s STARTS WITH 'x'",
      "(x.k = 1 OR x.k = 3) XOR x.s = 'x'",
      "id(x) = 0 OR id(x) = 2",
  };
  const Params params = {{"one", Value(std::int64_t{1})}, {"list", Value(List{Value(std::int64_t{1})})}};
  for (const char* p : predicates) {
    for (const char* form : {"MATCH (x) WHERE %s RETURN x.k", "MATCH (x) WITH x WHERE %s RETURN x.k",
                             "MATCH ()-[x]->() WHERE %s RETURN x.k", "MATCH (a)-[x:R]->(b) WHERE %s RETURN x.k"}) {
      std::string query = form, general = form;
      query.replace(query.find("%s"), 2, p);
      general.replace(general.find("%s"), 2, std::string("all(t IN [1] WHERE ") + p + ")");
      INFO(query);
      CHECK(testing::sortedRows(conn, query, params) == testing::sortedRows(conn, general, params));
    }
  }
}
