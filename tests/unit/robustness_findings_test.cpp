// Regression tests for the crashes and data losses a fuzzing run found (issue 17, item 1). Each
// case crashed (stack overflow, RapidJSON's number conversion), hit undefined behaviour or failed
// before its fix; now each input must either work or fail with a clear kgq::Error.
#include <catch2/catch.hpp>

#include <filesystem>

#include "cli/options.h"
#include "graph/property_graph.h"
#include "graph/stack_depth.h"
#include "loaders/graphml_loader.h"
#include "loaders/json_loader.h"
#include "loaders/json_value.h"

#include <kgq/kgq.h>

#include <cmath>
#include <cstdio>
#include <exception>
#include <functional>
#include <string>
#include <vector>
#include <unistd.h>

using namespace kgq;
using Catch::Matchers::Contains;

namespace {

const std::string kHeader = R"({"format":"kgq-graph","version":1,"nodes":[)";

// A one-node graph file whose node has the property p given as raw JSON text.
std::string nodeWithProperty(const std::string& json) {
  return kHeader + R"({"id":"x","properties":{"p":)" + json + "}}]}";
}

std::string longZeros(const std::string& before, std::size_t zeros, const std::string& after) {
  return before + std::string(zeros, '0') + after;
}

}  // namespace

// ---- 1. JSON numbers with a long run of zeros ----

TEST_CASE("graph files: numbers with hundreds of zeros load as the nearest float", "[robustness][json]") {
  PropertyGraph g;
  std::string text = kHeader + R"({"id":"a","properties":{"tiny":)" + longZeros("0.", 350, "1") +
                     R"(,"one":)" + longZeros("1.", 400, "1") + R"(,"big":)" + longZeros("1", 300, ".5") +
                     R"(,"list":[)" + longZeros("0.", 1000, "1") + R"(, 2.5e-3, -0.0]}}]})";
  LoadStats stats = loadGraphJson(g, text, "zeros.json");
  CHECK(stats.nodes == 1);
  NodeIndex a = *g.findNode("a");
  auto value = [&](const char* key) { return g.nodeProperty(a, *g.keyNames().find(key)); };
  CHECK(value("tiny") == Value(0.0));
  CHECK(value("one") == Value(1.0));
  CHECK(value("big") == Value(1e300));
  CHECK(value("list") == Value(List{Value(0.0), Value(2.5e-3), Value(-0.0)}));
}

TEST_CASE("graph files: numbers keep their kinds and their out-of-range messages", "[robustness][json]") {
  PropertyGraph g;
  loadGraphJson(g, kHeader + R"({"id":"a","properties":{"i":-9223372036854775808,"f":1e3,"e":1.7976931348623157e308,)"
                             R"("u":1e-400,"n":-12}}]})", "kinds.json");
  NodeIndex a = *g.findNode("a");
  auto value = [&](const char* key) { return g.nodeProperty(a, *g.keyNames().find(key)); };
  CHECK(value("i") == Value(std::numeric_limits<std::int64_t>::min()));
  CHECK(value("f") == Value(1000.0));
  CHECK(value("e") == Value(1.7976931348623157e308));
  CHECK(value("u") == Value(0.0));
  CHECK(value("n") == Value(std::int64_t{-12}));
  CHECK_THROWS_WITH(loadGraphJson(g, nodeWithProperty("18446744073709551616"), "t.json"),
                    "t.json:1:72: at /nodes/0/properties/p: integer 18446744073709551616 is out of range "
                    "(integers must fit in 64 bits: -2^63 .. 2^63-1)");
  CHECK_THROWS_WITH(loadGraphJson(g, R"({"format":"kgq-graph","version":1.0})", "t.json"),
                    "t.json:1:33: at /version: expected the integer 1, found float");
}

TEST_CASE("single JSON values: numbers with hundreds of zeros", "[robustness][json]") {
  CHECK(parseJsonValue(longZeros("0.", 350, "1")) == Value(0.0));
  CHECK(parseJsonValue(longZeros("[-0.", 5000, "1]")) == Value(List{Value(-0.0)}));
  CHECK(parseJsonValue(longZeros("0.", 20, "15")) == Value(1.5e-21));
  CHECK(parseJsonValue("9223372036854775807") == Value(std::int64_t{9223372036854775807}));
  CHECK(parseJsonValue("9223372036854775808") == Value(9223372036854775808.0));  // beyond int64: a float
  CHECK(parseJsonValue("{\"a\": [1, 2.5, null, \"x\"]}") ==
        Value(Map{{"a", Value(List{Value(1), Value(2.5), Value(), Value("x")})}}));
  CHECK_FALSE(parseJsonValue("1.").has_value());
  CHECK_FALSE(parseJsonValue("[1] x").has_value());
  std::optional<Value> nan = parseJsonValue("[NaN, -Infinity]", true);
  REQUIRE(nan);
  CHECK(std::isnan(nan->asList()[0].asFloat()));
  CHECK(nan->asList()[1] == Value(-INFINITY));
  std::string name;
  Value value;
  REQUIRE(cli::parseParamAssignment("x=" + longZeros("0.", 350, "1"), name, value));
  CHECK(value == Value(0.0));
}

// ---- 2. Deep nesting in JSON ----

TEST_CASE("single JSON values nested 100000 deep are refused, not a stack overflow", "[robustness][json]") {
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  std::string why;
  CHECK_FALSE(parseJsonValue(deep, false, &why).has_value());
  CHECK(why == "JSON nested more than 500 deep (at byte 501)");
  std::string objects;
  for (int i = 0; i < 100000; ++i) objects += "{\"a\":";
  CHECK_FALSE(parseJsonValue(objects + "1" + std::string(100000, '}'), false, &why).has_value());
  CHECK_THAT(why, Contains("nested more than 500 deep"));
  // As deep as a query may nest brackets is fine.
  std::optional<Value> ok = parseJsonValue(std::string(500, '[') + std::string(500, ']'), false, &why);
  REQUIRE(ok);
  CHECK(ok->isList());

  std::string name;
  Value value;
  std::string problem;
  CHECK_FALSE(cli::parseParamAssignment("x=" + deep, name, value, &problem));
  CHECK(problem == "the value is JSON nested more than 500 deep (at byte 501)");
}

TEST_CASE("graph files and GraphML with lists nested 100000 deep fail cleanly", "[robustness][json]") {
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  PropertyGraph g;
  CHECK_THROWS_WITH(loadGraphJson(g, nodeWithProperty(deep), "t.json"),
                    "t.json:1:73: at /nodes/0/properties/p/0: expected null, boolean, integer, float or string "
                    "as a list element, found array");
  std::string graphml = "<graphml>\n <key id=\"l\" for=\"node\" attr.name=\"labels\"/>\n"
                        " <key id=\"p\" for=\"node\" attr.name=\"p\" attr.type=\"string\"><desc>list</desc></key>\n"
                        " <graph>\n  <node id=\"x\"><data key=\"l\">" +
                        deep + "</data></node>\n  <node id=\"y\"><data key=\"p\">" + deep +
                        "</data></node>\n </graph>\n</graphml>\n";
  CHECK_THROWS_WITH(loadGraphML(g, graphml, "deep.graphml"), 
                    Contains("deep.graphml:6: <data key=\"p\"> of <node id=\"y\">: key 'p' expects a JSON list"));
  CHECK(g.nodeCount() == 0);
}

// ---- 7. Data that saves but does not reload ----

TEST_CASE("the --param option refuses values that are neither JSON nor UTF-8", "[robustness][cli]") {
  std::string name;
  Value value;
  std::string problem;
  CHECK_FALSE(cli::parseParamAssignment("s=ab\xFF", name, value, &problem));
  CHECK(problem == "the value is neither JSON nor valid UTF-8 text (byte 3 is not UTF-8)");
  CHECK_FALSE(cli::parseParamAssignment("s=\"ab\xC3\"", name, value, &problem));
  CHECK(problem == "the value is neither JSON nor valid UTF-8 text (byte 4 is not UTF-8)");
  REQUIRE(cli::parseParamAssignment("s=Ünïcode", name, value, &problem));
  CHECK(value == Value("Ünïcode"));
  CHECK(problem.empty());
  CHECK_FALSE(cli::parseParamAssignment("novalue", name, value, &problem));
  CHECK(problem.empty());
}

// ---- 3. Variable-length walks ----

namespace {

// A chain c0 -> c1 -> ... -> c{n-1} as a kgq-graph document.
std::string chain(int n) {
  std::string text = kHeader;
  for (int i = 0; i < n; ++i) text += std::string(i ? "," : "") + "{\"id\":\"c" + std::to_string(i) + "\"}";
  text += "],\"edges\":[";
  for (int i = 0; i + 1 < n; ++i)
    text += std::string(i ? "," : "") + "{\"type\":\"N\",\"from\":\"c" + std::to_string(i) + "\",\"to\":\"c" +
            std::to_string(i + 1) + "\"}";
  return text + "]}";
}

// Runs `f` on a thread with a small stack (what an embedding host may give a worker), so that
// recursion proportional to the input shows as a crash with inputs small enough for a unit test.
void onSmallStack(const std::function<void()>& f, std::size_t bytes = 256 * 1024) {
  runOnThreadWithStack(bytes, f);
}

std::int64_t single(Connection& conn, const std::string& query) {
  Result r = conn.run(query);
  REQUIRE(r.rows().size() == 1);
  return r.rows()[0][0].asInt();
}

}  // namespace


TEST_CASE("a variable-length walk thousands of hops long needs no call stack per hop", "[robustness][exec]") {
  Database db;
  db.loadJsonText(chain(4001), "chain.json");
  Connection conn(db);
  conn.setVariableLengthLimit(5000);
  std::int64_t walks = 0, longest = 0;
  onSmallStack([&] {
    walks = single(conn, "MATCH (a {id: 'c0'})-[*1..4000]->(b) RETURN count(*)");
    longest = single(conn, "MATCH (a {id: 'c0'})-[r*3999..]->(b) RETURN max(size(r))");
  });
  CHECK(walks == 4000);
  CHECK(longest == 4000);
  // Same walks in the same order: depth first, each node's relationships in order.
  Database small;
  small.loadJsonText(kHeader + R"({"id":"a"},{"id":"b"},{"id":"c"}],"edges":[
      {"type":"T","from":"a","to":"b","properties":{"k":1}},{"type":"T","from":"a","to":"c","properties":{"k":2}},
      {"type":"T","from":"b","to":"c","properties":{"k":3}},{"type":"T","from":"c","to":"a","properties":{"k":4}}]})",
                     "small.json");
  Connection c2(small);
  Result r = c2.run("MATCH ({id: 'a'})-[r*0..3]->(x) RETURN [e IN r | e.k] AS ks, x.id AS last");
  std::string seen;
  for (const auto& row : r.rows()) seen += row[0].toCypher() + row[1].toCypher() + " ";
  CHECK(seen == "[]'a' [1]'b' [1, 3]'c' [1, 3, 4]'a' [2]'c' [2, 4]'a' [2, 4, 1]'b' ");
}

// ---- 4. Nested CASE ----

namespace {

std::string repeat(const std::string& s, int n) {
  std::string out;
  out.reserve(s.size() * static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace


TEST_CASE("CASE nested thousands deep is a syntax error before parsing", "[robustness][parse]") {
  Database db;
  Connection conn(db);
  std::string deep = "RETURN " + repeat("CASE WHEN true THEN ", 3500) + "1" + repeat(" END", 3500);
  CHECK_THROWS_WITH(conn.run(deep), Contains("CASE expressions and brackets nested more than 500 deep"));
  std::string mixed = "RETURN " + repeat("CASE WHEN true THEN [", 2000) + "1" + repeat("] END", 2000);
  CHECK_THROWS_WITH(conn.run(mixed), Contains("nested more than 500 deep"));
  // Within the limit it runs; CASE and END as names (keys, properties) do not count.
  CHECK(single(conn, "RETURN " + repeat("CASE WHEN true THEN ", 200) + "7" + repeat(" END", 200)) == 7);
  CHECK(single(conn, "WITH {end: 1, case: 2} AS m RETURN m.end + m.case") == 3);
  // Names spelled END cannot buy deeper nesting.
  std::string names = "WITH {end: 1} AS m RETURN " + repeat("CASE WHEN m.end = 1 THEN ", 3500) + "1" + repeat(" END", 3500);
  CHECK_THROWS_WITH(conn.run(names), Contains("nested more than 500 deep"));
}

// ---- 4. Long operator chains ----

namespace {

// `first` then n - 1 times `sep` + `term`: an operator chain n terms long.
std::string chain(const std::string& first, const std::string& sep, const std::string& term, int n) {
  return first + repeat(sep + term, n - 1);
}

}  // namespace

// The deepest statements the bounds let through need more stack than a host's worker thread may
// have (in a release build 0.8 MiB for a 999-term chain, 1.3 MiB to refuse 499 brackets; under
// ASan several times as much): on a 256 KiB thread they run all the same, on one with room. (They
// overflowed that stack before.)
TEST_CASE("statements as deep as the bounds allow run on a thread with a small stack", "[robustness][parse]") {
  Database db;
  Connection conn(db);
  std::int64_t sum = 0, nested = 0, cases = 0;
  onSmallStack([&] {
    sum = single(conn, "RETURN " + chain("1", " + ", "1", 999));
    nested = single(conn, "RETURN size(" + repeat("[", 240) + "1" + repeat("]", 240) + ")");
    cases = single(conn, "RETURN " + repeat("CASE WHEN true THEN ", 240) + "7" + repeat(" END", 240));
  });
  CHECK(sum == 999);
  CHECK(nested == 1);
  CHECK(cases == 7);
}

// A statement moved to a thread with room acts for its caller: it runs in the caller's open
// transaction, and a write on another connection of the caller's thread is refused as on the
// caller's own thread, not left waiting for the lock the caller holds.
TEST_CASE("a statement moved to a larger stack acts for the thread that called it", "[robustness][parse]") {
  Database db;
  Connection a(db), b(db);
  std::string refused;
  std::int64_t seen = -1, after = -1;
  onSmallStack([&] {
    a.begin();
    a.run("CREATE (:T {v: 1})");
    seen = single(a, "MATCH (t:T) RETURN count(t)");  // read inside the transaction
    try {
      b.run("CREATE (:T {v: 2})");
    } catch (const Error& e) {
      refused = e.what();
    }
    a.commit();
    // A statement that fails inside a transaction ends it: the writer lock this thread took is
    // released by this thread, so what comes after does not wait for it.
    a.begin();
    CHECK_THROWS(a.run("CREATE (:T {v: 1 / 0})"));
    after = single(b, "MATCH (t:T) RETURN count(t)");
  });
  CHECK(after == 1);
  CHECK(seen == 1);
  CHECK_THAT(refused, Catch::Contains("this thread has a transaction open"));
  CHECK(single(b, "MATCH (t:T) RETURN count(t)") == 1);
}

TEST_CASE("operator chains deeper than the expression bound are a syntax error naming where", "[robustness][parse]") {
  Database db;
  Connection conn(db);
  const std::string tooDeep = "expression nested too deeply (more than 1000 levels)";
  // Each chain nests one level per operator; 20,000 terms would overflow the binder's and the
  // evaluator's recursion (and destroying the tree) without the bound.
  const std::vector<std::string> chains = {
      "RETURN " + chain("1", " + ", "1", 20000),
      "RETURN " + chain("2", " ^ ", "1", 20000),
      "RETURN " + chain("true", " AND ", "true", 20000),
      "RETURN " + chain("false", " OR ", "false", 20000),
      "RETURN " + chain("1", " < ", "2", 20000),
      "RETURN " + chain("null", "", " IS NULL", 20000),
      "WITH {a: 1} AS m RETURN m" + repeat(".a", 20000),
      "RETURN [1]" + repeat("[0]", 20000),
      "RETURN " + repeat("[", 200) + chain("1", " + ", "1", 900) + repeat("]", 200),
  };
  for (const std::string& q : chains) {
    INFO(q.substr(0, 60));
    onSmallStack([&] { CHECK_THROWS_WITH(conn.run(q), Contains(tooDeep) && Contains("line 1, column")); },
                 1024 * 1024);
  }
  // A chain inside a pattern's property map counts too: 100 pattern comprehensions nested, each
  // map value a 900-term chain, nest 90,000 levels below the outer one.
  std::string nested = "1";
  for (int i = 0; i < 100; ++i) nested = "[(a)-->({p: " + chain("1", " + ", "1", 900) + " + size(" + nested + ")}) | 1]";
  onSmallStack([&] { CHECK_THROWS_WITH(conn.run("RETURN " + nested), Contains(tooDeep)); }, 1024 * 1024);
  CHECK_THROWS_WITH(conn.run("MATCH (a {p: " + chain("1", " + ", "1", 1200) + "}) RETURN a"), Contains(tooDeep));
  // So does a whole query as an EXISTS / COUNT body: 100 such bodies nested, each WHERE a
  // 900-term chain, nest 90,000 levels below the outermost expression (issue 17).
  for (const std::string kind : {"EXISTS", "COUNT"}) {
    std::string bodies = "true";
    for (int i = 0; i < 100; ++i)
      bodies = kind + " { MATCH (a) WHERE " + chain("1", " + ", "1", 900) + " > 0 AND " +
               (kind == "COUNT" ? "(" + bodies + ") >= 0" : bodies) + " }";
    INFO(kind);
    onSmallStack([&] { CHECK_THROWS_WITH(conn.run("RETURN " + bodies), Contains(tooDeep) && Contains("line 1, column")); },
                 1024 * 1024);
  }

  CHECK_THROWS_WITH(conn.run("RETURN {" + repeat("k: 1, ", 3) + "k: 2}"), Contains("duplicate key 'k' in map"));
  // Prefix chains were bounded already (with their own message).
  CHECK_THROWS_WITH(conn.run("RETURN " + repeat("NOT ", 20000) + "true"), Contains("NOTs in a row"));
  CHECK_THROWS_WITH(conn.run("RETURN " + repeat("- ", 20000) + "1"), Contains("too many signs in a row"));
  // Up to the bound they run.
  Result nulls;
  onSmallStack(
      [&] {
        CHECK(single(conn, "RETURN " + chain("1", " + ", "1", 999)) == 999);
        CHECK(single(conn, "RETURN COUNT { MATCH (a) WHERE " + chain("1", " + ", "1", 990) + " > 0 }") == 0);
        CHECK(single(conn, "RETURN size([x IN [1, 2, 3] WHERE " + chain("x = 0", " OR ", "x = 2", 990) + "])") == 1);
        nulls = conn.run("WITH null AS m RETURN m" + repeat(".a", 998) + " IS NULL AS a, " +
                         chain("1", " < ", "2", 300) + " AS b");
      },
      8 * 1024 * 1024);
  REQUIRE(nulls.rows().size() == 1);
  CHECK(nulls.rows()[0][0] == Value(true));
  CHECK(nulls.rows()[0][1] == Value(false));
}

// ---- 5. Long clause chains ----

TEST_CASE("clause chains are bounded: 100000 WITHs are an error, not a stack overflow", "[robustness][exec]") {
  Database db;
  Connection conn(db);
  CHECK_THROWS_WITH(conn.run(repeat("WITH 1 AS x ", 100000) + "RETURN x"),
                    Contains("more than 1000 clauses in one statement"));
  CHECK_THROWS_WITH(conn.run("WITH 1 AS x " + repeat("WITH [x] AS x ", 50000) + "RETURN x"),
                    Contains("more than 1000 clauses in one statement"));
  CHECK_THROWS_WITH(conn.run(repeat("UNWIND [1] AS x ", 600) + "RETURN 1 UNION " + repeat("UNWIND [1] AS y ", 600) +
                             "RETURN 1"),
                    Contains("more than 1000 clauses"));
  // As many as the limit allows run, also on a small stack, and nest values as deep.
  Result r;
  onSmallStack(
      [&] { r = conn.run("WITH 1 AS x " + repeat("WITH [x] AS x ", 998) + "RETURN x"); }, 8 * 1024 * 1024);
  REQUIRE(r.rows().size() == 1);
  const Value* v = &r.rows()[0][0];
  int depth = 0;
  while (v->isList()) v = &v->asList()[0], ++depth;
  CHECK(depth == 998);
  CHECK(*v == Value(1));
  // Values nested deeper without clauses (reduce) are refused when returned, not a crash.
  CHECK_THROWS_WITH(conn.run("RETURN reduce(a = [], i IN range(1, 10000) | [a]) AS deep"),
                    "Cannot return a value with lists or maps nested more than 1000 deep");
  CHECK_THROWS_WITH(conn.run("RETURN reduce(a = {}, i IN range(1, 10000) | {a: a}) AS deep"),
                    "Cannot return a value with lists or maps nested more than 1000 deep");
  CHECK(single(conn, "RETURN size(reduce(a = [], i IN range(1, 10000) | [a]))") == 1);
}

// ---- Values nested deeper than the call stack allows ----

namespace {

// A list nested `depth` deep around 1, built in C++.
Value nestedList(int depth) {
  Value v(1);
  for (int i = 0; i < depth; ++i) v = Value(List{v});
  return v;
}

}  // namespace

TEST_CASE("values nested 100000 deep are destroyed without recursion", "[robustness][values]") {
  onSmallStack([] {
    { Value deep = nestedList(100000); }
    Value map;
    for (int i = 0; i < 100000; ++i) map = Value(Map{{"a", map}, {"b", Value(List{map})}});
    map = Value();  // assignment frees the old value the same way
    // Shared parts are freed once, when their last owner goes.
    Value shared = nestedList(50000);
    Value twice(List{shared, shared});
    shared = Value();
  });
  Database db;
  Connection conn(db);
  std::int64_t sizes = 0;
  onSmallStack([&] {
    sizes = single(conn, "RETURN size(reduce(a = [], i IN range(1, 100000) | [a])) + "
                         "size(keys(reduce(m = {}, i IN range(1, 100000) | {a: m, b: [m]})))");
  });
  CHECK(sizes == 3);
}

TEST_CASE("comparing, hashing and printing values nested too deep is an error, not a crash", "[robustness][values]") {
  const std::string tooDeep = "nested more than 1000 deep";
  Value deep = nestedList(100000);
  onSmallStack([&] {
    CHECK_THROWS_WITH(deep.toCypher(), "cannot print a value with lists or maps nested more than 1000 deep");
    CHECK_THROWS_WITH((void)(deep == nestedList(100000)), Contains("cannot compare") && Contains(tooDeep));
  }, 1024 * 1024);
  // 1000 levels are fine.
  CHECK(nestedList(999).toCypher() == std::string(999, '[') + "1" + std::string(999, ']'));
  CHECK(nestedList(999) == nestedList(999));

  Database db;
  Connection conn(db);
  const std::string build = "WITH reduce(a = [], i IN range(1, 100000) | [a]) AS d ";
  onSmallStack([&] {
    CHECK_THROWS_WITH(conn.run(build + "RETURN d = d"), Contains("cannot compare") && Contains(tooDeep));
    CHECK_THROWS_WITH(conn.run(build + "RETURN d < d"), Contains("cannot compare") && Contains(tooDeep));
    CHECK_THROWS_WITH(conn.run(build + "UNWIND [1, 2] AS x WITH x, d ORDER BY d RETURN x"), Contains(tooDeep));
    CHECK_THROWS_WITH(conn.run(build + "UNWIND [1, 2] AS x RETURN count(DISTINCT d)"), Contains(tooDeep));
    CHECK_THROWS_WITH(conn.run(build + "RETURN d IN [d]"), Contains(tooDeep));
    CHECK_THROWS_WITH(conn.run(build + "RETURN d"), Contains(tooDeep));
  }, 1024 * 1024);
}

// ---- Quadratic corners: long label lists, split() into characters ----

TEST_CASE("a node with 300,000 labels loads, from JSON and from GraphML, duplicates still refused", "[robustness][json]") {
  const int n = 300000;
  std::string labels, exact;
  for (int i = 0; i < n; ++i) {
    labels += (i ? ",\"L" : "\"L") + std::to_string(i) + "\"";
  }
  Database db;
  db.loadJsonText(kHeader + R"({"id":"many","labels":[)" + labels + "]}]}", "many.json");
  Connection conn(db);
  CHECK(single(conn, "MATCH (n {id: 'many'}) RETURN size(labels(n))") == n);
  CHECK(single(conn, "MATCH (n:L299999) RETURN count(n)") == 1);
  CHECK_THROWS_WITH(db.loadJsonText(kHeader + R"({"id":"dup","labels":["A","B","A"]}]})", "dup.json"),
                    Contains("duplicate label 'A'"));
  // A later node may use the same labels again.
  db.loadJsonText(kHeader + R"({"id":"again","labels":["L0","L1"]}]})", "again.json");
  CHECK(single(conn, "MATCH (n:L1) RETURN count(n)") == 2);

  PropertyGraph g;
  std::string graphml = "<graphml>\n <key id=\"l\" for=\"node\" attr.name=\"kgq.labels\"/>\n <graph>\n"
                        "  <node id=\"x\"><data key=\"l\">[" + labels + ",\"L7\"]</data></node>\n </graph>\n</graphml>\n";
  LoadStats stats = loadGraphML(g, graphml, "many.graphml");
  CHECK(stats.nodes == 1);
  CHECK(g.nodeLabels(0).size() == static_cast<std::size_t>(n));
}

TEST_CASE("split(s, '') of 100,000 characters gives each character once", "[robustness][exec]") {
  Database db;
  Connection conn(db);
  Result r = conn.run("WITH reduce(s = '', i IN range(1, 100) | s + 'a\u00e9\u57ce') AS unit "
                      "WITH reduce(s = '', i IN range(1, 334) | s + unit) AS text "
                      "WITH split(text, '') AS chars "
                      "RETURN size(chars), chars[0], chars[1], chars[-1], size([c IN chars WHERE c = '\u57ce'])");
  REQUIRE(r.rows().size() == 1);
  CHECK(r.at(0, 0) == Value(100200));
  CHECK(r.at(0, 1) == Value("a"));
  CHECK(r.at(0, 2) == Value("\u00e9"));
  CHECK(r.at(0, 3) == Value("\u57ce"));
  CHECK(r.at(0, 4) == Value(33400));
}

// ---- 6. Integer overflow ----

TEST_CASE("range() at the ends of the integers, and a top-k limit at the largest integer", "[robustness][exec]") {
  Database db;
  Connection conn(db);
  Result r = conn.run("RETURN range(-9223372036854775808, 9223372036854775807, 9223372036854775807) AS l");
  CHECK(r.rows()[0][0].toCypher() == "[-9223372036854775808, -1, 9223372036854775806]");
  r = conn.run("RETURN range(9223372036854775807, -9223372036854775808, -9223372036854775807 - 1) AS l");
  CHECK(r.rows()[0][0].toCypher() == "[9223372036854775807, -1]");
  r = conn.run("UNWIND [3, 1, 4, 1, 5] AS x RETURN x ORDER BY x SKIP 1 LIMIT 9223372036854775807");
  std::string seen;
  for (const auto& row : r.rows()) seen += row[0].toCypher() + " ";
  CHECK(seen == "1 3 4 5 ");
  r = conn.run("UNWIND [3, 1, 4, 1, 5] AS x RETURN x ORDER BY x DESC SKIP 9223372036854775807 LIMIT 9223372036854775807");
  CHECK(r.rows().empty());
  CHECK_THROWS_WITH(conn.run("UNWIND [1] AS x RETURN x ORDER BY x SKIP toInteger('-3') LIMIT 2"),
                    Contains("SKIP must be a non-negative integer, got -3"));
}

// ---- 7. Writes that would save but not load ----

TEST_CASE("empty labels and relationship types are refused at write time", "[robustness][write]") {
  Database db;
  Connection conn(db);
  conn.run("CREATE (:A {k: 1})");
  CHECK_THROWS_WITH(conn.run("CREATE (:``)"), Contains("CREATE cannot write an empty label (``)"));
  CHECK_THROWS_WITH(conn.run("MERGE (:B:``)"), Contains("MERGE cannot write an empty label (``)"));
  CHECK_THROWS_WITH(conn.run("MATCH (n) SET n:``"), Contains("SET cannot write an empty label (``) on `n`"));
  CHECK_THROWS_WITH(conn.run("CREATE ()-[:``]->()"), Contains("CREATE cannot write an empty relationship type (``)"));
  CHECK_THROWS_WITH(conn.run("MATCH (n) MERGE (n)-[:``]->(:C)"),
                    Contains("MERGE cannot write an empty relationship type (``)"));
  CHECK(db.nodeCount() == 1);
  CHECK(db.edgeCount() == 0);
  // Reading with an empty name is harmless and finds nothing.
  CHECK(single(conn, "MATCH (n:``) RETURN count(n)") == 0);
}

TEST_CASE("what a query writes saves and loads back: an empty id is not a node key", "[robustness][write]") {
  Database db;
  Connection conn(db);
  conn.run("CREATE ({id: ''}), ({id: ''}), (:L {id: 'k'})-[:R {w: ''}]->({id: 7})");
  std::string path = (std::filesystem::temp_directory_path() / "kgq_robust_XXXXXX").string();
  int fd = mkstemp(path.data());
  REQUIRE(fd >= 0);
  close(fd);
  db.saveJsonFile(path);
  Database back;
  back.loadJsonFile(path);
  std::remove(path.c_str());
  CHECK(back.nodeCount() == 4);
  CHECK(back.edgeCount() == 1);
  Connection c2(back);
  CHECK(single(c2, "MATCH (n {id: ''}) RETURN count(n)") == 2);
  CHECK(single(c2, "MATCH (:L {id: 'k'})-[r:R {w: ''}]->({id: 7}) RETURN count(r)") == 1);
}
