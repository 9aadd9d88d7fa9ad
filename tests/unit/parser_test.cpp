// Unit tests of the parse stage (query/parse): the AST built for each construct, and syntax
// errors with their positions and carets.
#include <catch2/catch.hpp>

#include "query/parse/parser.h"

#include <kgq/kgq.h>

using namespace kgq;
using namespace kgq::ast;

namespace {
const Expr& returnItem(const Statement& st, std::size_t i = 0) {
  return *st.queries.at(0).clauses.back().projection.items.at(i).expression;
}
std::string syntaxError(const std::string& query) {
  try {
    parseStatement(query);
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Syntax);
    return e.what();
  }
  return "no error";
}
}  // namespace

TEST_CASE("a MATCH ... WHERE ... RETURN query becomes clauses, patterns and expressions", "[parser]") {
  Statement st = parseStatement("match (a:City:Capital {name: 'Wuhan'})-[r:IN|PART_OF]->(b)<-[]-(c) "
                                "WHERE a.population > 1 RETURN a.name AS name, b");
  REQUIRE(st.queries.size() == 1);
  const auto& clauses = st.queries[0].clauses;
  REQUIRE(clauses.size() == 2);
  CHECK(clauses[0].kind == ClauseKind::Match);
  const PatternPart& part = clauses[0].pattern.parts.at(0);
  REQUIRE(part.nodes.size() == 3);
  CHECK(part.nodes[0].variable == "a");
  CHECK(part.nodes[0].labels == std::vector<std::string>{"City", "Capital"});
  CHECK(part.nodes[0].properties->kind == ExprKind::MapLiteral);
  CHECK(part.relationships[0].types == std::vector<std::string>{"IN", "PART_OF"});
  CHECK(part.relationships[0].direction == Direction::Outgoing);
  CHECK(part.relationships[1].direction == Direction::Incoming);
  CHECK(part.relationships[1].variable.empty());
  CHECK(clauses[0].where->op == BinaryOp::Gt);
  CHECK(clauses[1].projection.items[0].alias == "name");
  CHECK(clauses[1].projection.items[1].alias == "b");
}

TEST_CASE("column names are the expression text as written", "[parser]") {
  Statement st = parseStatement("RETURN count(*), n.name ,  1 +  2");
  const auto& items = st.queries[0].clauses[0].projection.items;
  CHECK(items[0].alias == "count(*)");
  CHECK(items[1].alias == "n.name");
  CHECK(items[2].alias == "1 +  2");
}

TEST_CASE("operator precedence and associativity follow openCypher", "[parser]") {
  Statement st1 = parseStatement("RETURN 1 + 2 * 3 ^ 2");
  const Expr& e = returnItem(st1);
  CHECK(e.op == BinaryOp::Add);
  CHECK(e.children[1]->op == BinaryOp::Mul);
  CHECK(e.children[1]->children[1]->op == BinaryOp::Pow);
  Statement st2 = parseStatement("RETURN 10 - 4 - 3");
  const Expr& sub = returnItem(st2);
  CHECK(sub.children[0]->op == BinaryOp::Sub);  // (10 - 4) - 3
  Statement st3 = parseStatement("RETURN a OR b AND NOT c");
  const Expr& logic = returnItem(st3);
  CHECK(logic.op == BinaryOp::Or);
  CHECK(logic.children[1]->op == BinaryOp::And);
  CHECK(logic.children[1]->children[1]->kind == ExprKind::Not);
}

TEST_CASE("chained comparisons mean a conjunction", "[parser]") {
  Statement st4 = parseStatement("RETURN 1 < x <= 3");
  const Expr& e = returnItem(st4);
  CHECK(e.op == BinaryOp::And);
  CHECK(e.children[0]->op == BinaryOp::Lt);
  CHECK(e.children[1]->op == BinaryOp::Le);
}

TEST_CASE("literals: integers, floats, strings with escapes, lists and maps", "[parser]") {
  CHECK(returnItem(parseStatement("RETURN 0x1F")).value.asInt() == 31);
  CHECK(returnItem(parseStatement("RETURN 0o17")).value.asInt() == 15);
  CHECK(returnItem(parseStatement("RETURN -9223372036854775808")).value.asInt() == INT64_MIN);
  CHECK(returnItem(parseStatement("RETURN 1.5e3")).value.asFloat() == 1500.0);
  CHECK(returnItem(parseStatement("RETURN .5")).value.asFloat() == 0.5);
  CHECK(returnItem(parseStatement(R"(RETURN 'it\'s\n\u00e9')")).value.asString() == "it's\n\xc3\xa9");
  CHECK(returnItem(parseStatement(R"(RETURN "double \"quoted\"")")).value.asString() == "double \"quoted\"");
  CHECK(returnItem(parseStatement("RETURN [1, 'a']")).kind == ExprKind::ListLiteral);
  CHECK(returnItem(parseStatement("RETURN {a: 1, `b c`: 2}")).keys == std::vector<std::string>{"a", "b c"});
  CHECK(returnItem(parseStatement("RETURN TRUE")).value.asBool());
  CHECK(returnItem(parseStatement("RETURN NuLl")).value.isNull());
}

TEST_CASE("keywords are case-insensitive and may name properties", "[parser]") {
  Statement st = parseStatement("mAtCh (n) ReTuRn n.count, n.order, n.match");
  const auto& items = st.queries[0].clauses[1].projection.items;
  CHECK(items[0].expression->name == "count");
  CHECK(items[2].expression->name == "match");
}

TEST_CASE("projection modifiers, UNWIND, WITH and UNION", "[parser]") {
  Statement st = parseStatement("UNWIND [1,2] AS x WITH DISTINCT x WHERE x > 1 RETURN x ORDER BY x DESC SKIP 1 LIMIT 2 "
                                "UNION ALL RETURN 3 AS x");
  REQUIRE(st.queries.size() == 2);
  CHECK(st.unionAll == std::vector<bool>{true});
  const auto& clauses = st.queries[0].clauses;
  CHECK(clauses[0].kind == ClauseKind::Unwind);
  CHECK(clauses[0].variable == "x");
  CHECK(clauses[1].projection.distinct);
  CHECK(clauses[1].where != nullptr);
  CHECK(clauses[2].projection.orderBy[0].descending);
  CHECK(clauses[2].projection.skip != nullptr);
  CHECK(clauses[2].projection.limit != nullptr);
}

TEST_CASE("variable-length ranges are read as written", "[parser]") {
  struct Range {
    bool variableLength;
    std::optional<std::int64_t> minHops, maxHops;
  };
  auto rel = [](const std::string& q) {
    Statement st = parseStatement(q);
    const auto& r = st.queries[0].clauses[0].pattern.parts[0].relationships[0];
    return Range{r.variableLength, r.minHops, r.maxHops};
  };
  CHECK(rel("MATCH ()-[*]->() RETURN 1").variableLength);
  CHECK_FALSE(rel("MATCH ()-[*]->() RETURN 1").minHops.has_value());
  CHECK(*rel("MATCH ()-[*2]->() RETURN 1").minHops == 2);
  CHECK(*rel("MATCH ()-[*2]->() RETURN 1").maxHops == 2);
  CHECK(*rel("MATCH ()-[*1..3]->() RETURN 1").maxHops == 3);
  CHECK_FALSE(rel("MATCH ()-[*..3]->() RETURN 1").minHops.has_value());
  CHECK_FALSE(rel("MATCH ()-[*2..]->() RETURN 1").maxHops.has_value());
}

TEST_CASE("a syntax error names line and column and shows a caret", "[parser][errors]") {
  CHECK(syntaxError("MATCH (n RETURN n") ==
        "Syntax error at line 1, column 10: unexpected 'RETURN'; expected one of ':', ')', '{', '$'\n"
        "  MATCH (n RETURN n\n"
        "           ^");
  CHECK(syntaxError("MATCH (n)\nRETURN n +") ==
        "Syntax error at line 2, column 11: unexpected end of input; expected an expression\n"
        "  RETURN n +\n"
        "            ^");
}

TEST_CASE("a syntax error on a long line quotes a window of it around the caret", "[parser][errors]") {
  // A 1 MB single-line query: the message quotes about 80 code points, not the whole line.
  std::string list(1 << 20, ' ');
  for (std::size_t i = 0; i + 2 < list.size(); i += 3) list.replace(i, 3, "1, ");
  std::string middle = "RETURN [" + list + "1 2, " + list + "3]";
  std::string message = syntaxError(middle);
  REQUIRE(message.rfind("Syntax error at line 1, column " + std::to_string(8 + list.size() + 3) + ": unexpected '2'", 0) == 0);
  CHECK(message.size() < 400);
  auto lines = [](const std::string& m) {
    std::vector<std::string> out;
    std::size_t start = 0, nl;
    while ((nl = m.find('\n', start)) != std::string::npos) out.push_back(m.substr(start, nl - start)), start = nl + 1;
    out.push_back(m.substr(start));
    return out;
  };
  std::vector<std::string> l = lines(message);
  REQUIRE(l.size() == 3);
  CHECK(l[1].rfind("  \u2026", 0) == 0);
  CHECK((l[1].size() >= 4 && l[1].compare(l[1].size() - 3, 3, "\u2026") == 0));
  // The caret stands under the '2' (the ellipsis is one code point, three bytes).
  std::size_t caret = l[2].find('^');
  REQUIRE(caret != std::string::npos);
  CHECK(l[1].substr(caret + 2, 1) == "2");
  // Near the start or the end of a long line only that side is cut; multi-byte characters
  // before the caret still count as one column each.
  std::string start = "RETURN 'é' 1, [" + list + "1]";
  std::vector<std::string> s = lines(syntaxError(start));
  REQUIRE(s.size() == 3);
  CHECK(s[1].rfind("  RETURN 'é' 1, [1, 1, ", 0) == 0);
  CHECK(s[1].compare(s[1].size() - 3, 3, "\u2026") == 0);
  CHECK(s[2] == "             ^");
  std::string end = "RETURN [" + list + "1] 2";
  std::vector<std::string> e = lines(syntaxError(end));
  REQUIRE(e.size() == 3);
  CHECK(e[1].rfind("  \u2026", 0) == 0);
  CHECK(e[1].substr(e[1].size() - 8) == "1,  1] 2");
  CHECK(e[2].size() == e[1].size() - 2);  // the caret under the last code point
  CHECK(e[2].back() == '^');
}

TEST_CASE("lexical problems are syntax errors at their position", "[parser][errors]") {
  CHECK(syntaxError("RETURN 'unterminated").rfind("Syntax error at line 1, column 8: unterminated string literal", 0) == 0);
  CHECK(syntaxError("RETURN 1 # 2").rfind("Syntax error at line 1, column 10: unexpected character '#'", 0) == 0);
  CHECK(syntaxError("RETURN 99999999999999999999").rfind("Syntax error at line 1, column 8: integer literal out of range", 0) == 0);
  CHECK(syntaxError(R"(RETURN 'bad \q escape')").find("invalid escape sequence \\q") != std::string::npos);
  CHECK(syntaxError("RETURN {a: 1, a: 2}").find("duplicate key 'a' in map") != std::string::npos);
  CHECK(syntaxError(std::string("RETURN '\xff'")).rfind("Syntax error at line 1, column 9: invalid UTF-8", 0) == 0);
}

TEST_CASE("pathological nesting is rejected, not a stack overflow", "[parser][errors]") {
  std::string deep = "RETURN " + std::string(20000, '(') + "1" + std::string(20000, ')');
  CHECK(syntaxError(deep).find("nested more than 500 deep") != std::string::npos);
  std::string nots = "RETURN ";
  for (int i = 0; i < 20000; ++i) nots += "NOT ";
  CHECK(syntaxError(nots + "true").find("NOTs in a row") != std::string::npos);
  std::string lists = "RETURN " + std::string(600, '[') + std::string(600, ']');
  CHECK(syntaxError(lists).find("nested more than 500 deep") != std::string::npos);
}

TEST_CASE("constructs not supported yet say so", "[parser][errors]") {
  try {
    parseStatement("MATCH (n) WHERE EXISTS { RETURN 1 AS x UNION RETURN 2 AS x } RETURN n");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Semantic);
    CHECK(std::string(e.what()) == "UNION inside a subquery is not supported yet (line 1, column 40)");
  }
}

TEST_CASE("scripts split at top-level semicolons only", "[parser][splitter]") {
  auto parts = splitStatements("RETURN ';' AS a;\n// c; d\nRETURN 2 /* ; */ AS b ;  ;\n  RETURN `x;y`");
  REQUIRE(parts.size() == 3);
  CHECK(parts[0].text == "RETURN ';' AS a");
  CHECK(parts[0].line == 1);
  CHECK(parts[1].text == "\n// c; d\nRETURN 2 /* ; */ AS b ");
  CHECK(parts[1].line == 1);
  CHECK(parts[1].column == 17);
  CHECK(parts[2].text == "\n  RETURN `x;y`");
  CHECK(parts[2].line == 3);
  CHECK(splitStatements("  ;; // only comments\n").empty());
}
