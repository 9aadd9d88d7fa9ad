// Unit tests of the check stage (query/check): each rule and its message.
#include <catch2/catch.hpp>

#include "query/check/checker.h"
#include "query/parse/parser.h"

#include <kgq/kgq.h>

using namespace kgq;

namespace {
std::string checkError(const std::string& query) {
  try {
    checkStatement(parseStatement(query));
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Semantic);
    return e.what();
  }
  return "no error";
}
}  // namespace

TEST_CASE("valid queries pass and report their columns", "[checker]") {
  CheckedQuery q = checkStatement(parseStatement("MATCH (a)-[r]->(b) WITH a, count(r) AS n RETURN a.name, n"));
  CHECK(q.columns == std::vector<std::string>{"a.name", "n"});
  CHECK(checkStatement(parseStatement("UNWIND [1] AS x RETURN x UNION RETURN 2 AS x")).columns ==
        std::vector<std::string>{"x"});
  CHECK(checkStatement(parseStatement("RETURN [x IN [1,2] WHERE x > 1 | x * 2] AS l")).columns.size() == 1);
}

TEST_CASE("variables must be defined where they are used", "[checker]") {
  CHECK(checkError("RETURN x") == "Variable `x` not defined (line 1, column 8)");
  CHECK(checkError("MATCH (a) WITH a AS b RETURN a") == "Variable `a` not defined (line 1, column 30)");
  CHECK(checkError("MATCH (a) WHERE b.x = 1 RETURN a") == "Variable `b` not defined (line 1, column 17)");
  CHECK(checkError("RETURN [x IN [1] | y] AS l") == "Variable `y` not defined (line 1, column 20)");
  CHECK(checkError("MATCH (a) WHERE (a)-->(b) RETURN a") ==
        "A pattern predicate cannot introduce the new variable `b` (line 1, column 17)");
}

TEST_CASE("a variable keeps one kind", "[checker]") {
  CHECK(checkError("MATCH (a)-[a]->() RETURN a") ==
        "Variable `a` is already a node, cannot use it as a relationship (line 1, column 10)");
  CHECK(checkError("MATCH ()-[r]->(), ()-[r]->() RETURN r") ==
        "Cannot use the same relationship variable `r` for several relationships (line 1, column 21)");
  CHECK(checkError("UNWIND [1] AS x UNWIND [2] AS x RETURN x") == "Variable `x` already declared (line 1, column 17)");
}

TEST_CASE("aggregates only in projections, never nested", "[checker]") {
  CHECK(checkError("MATCH (a) WHERE count(*) > 1 RETURN a") ==
        "Invalid use of aggregating function count(*) in this context (line 1, column 17)");
  CHECK(checkError("RETURN sum(count(*))") == "Cannot nest aggregating functions: sum(count(*)) (line 1, column 8)");
  CHECK(checkError("MATCH (a) RETURN a.x ORDER BY count(*)") ==
        "Cannot ORDER BY an aggregate in a projection that does not aggregate: count(*) (line 1, column 31)");
}

TEST_CASE("functions must exist and get the right number of arguments", "[checker]") {
  CHECK(checkError("RETURN nosuch(1)") == "Unknown function 'nosuch' in nosuch(1) (line 1, column 8)");
  CHECK(checkError("RETURN toUpper()") == "Function toUpper() takes 1 argument, got 0 in toUpper() (line 1, column 8)");
  CHECK(checkError("RETURN range(1)") == "Function range() takes 2 to 3 arguments, got 1 in range(1) (line 1, column 8)");
  CHECK(checkError("RETURN toUpper(DISTINCT 'a')") ==
        "DISTINCT is only allowed in aggregating functions: toUpper(DISTINCT 'a') (line 1, column 8)");
}

TEST_CASE("projection and query-shape rules", "[checker]") {
  CHECK(checkError("MATCH (a) WITH a.x RETURN 1") == "Expression in WITH must be aliased (use AS): a.x (line 1, column 16)");
  CHECK(checkError("RETURN 1 AS a, 2 AS a") == "Multiple result columns with the same name `a` (line 1, column 16)");
  CHECK(checkError("RETURN *") == "RETURN * is not allowed when there are no variables in scope (line 1, column 1)");
  CHECK(checkError("RETURN 1 MATCH (a) RETURN a") == "RETURN must be the last clause of a query (line 1, column 10)");
  CHECK(checkError("MATCH (a)") ==
        "A query must end with RETURN or an update clause (CREATE, MERGE, SET, REMOVE, DELETE) (line 1, column 1)");
  CHECK(checkError("MATCH (a) WITH a") == "A query cannot end with WITH; add a RETURN (line 1, column 11)");
  CHECK(checkError("RETURN 1 AS a UNION RETURN 2 AS b") ==
        "All sub queries in a UNION must have the same return column names: (a) and (b)");
  CHECK(checkError("RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a") == "Cannot mix UNION and UNION ALL");
  CHECK(checkError("MATCH (a) RETURN a SKIP a.x") ==
        "It is not allowed to refer to variables in SKIP: a.x (line 1, column 25)");
  CHECK(checkError("UNWIND [1] AS x RETURN x LIMIT x") ==
        "It is not allowed to refer to variables in LIMIT: x (line 1, column 32)");
}

TEST_CASE("types evident before running are checked before running", "[checker]") {
  CHECK(checkError("RETURN 123 AND true") == "Type mismatch: expected BOOLEAN but was INTEGER in `123 AND true` (line 1, column 8)");
  CHECK(checkError("RETURN NOT 'x'") == "Type mismatch: expected BOOLEAN but was STRING in `NOT 'x'` (line 1, column 8)");
  CHECK(checkError("RETURN 'a' % 2") == "Type mismatch: expected INTEGER or FLOAT but was STRING in `'a' % 2` (line 1, column 8)");
  CHECK(checkError("RETURN 1 IN true") == "Type mismatch: expected LIST but was BOOLEAN in `1 IN true` (line 1, column 8)");
  CHECK(checkError("WITH 1 AS n RETURN [1][0].x") == "no error");  // the element type is not tracked
  CHECK(checkError("RETURN all(x IN ['a', 'b'] WHERE x % 2 = 0)") ==
        "Type mismatch: expected INTEGER or FLOAT but was STRING in `x % 2` (line 1, column 34)");
  CHECK(checkError("RETURN any(x IN [1, 'b'] WHERE x % 2 = 0)") == "no error");  // mixed: known only at run time
  CHECK(checkError("MATCH (n)-[r]->() RETURN n - 1") ==
        "Type mismatch: expected INTEGER or FLOAT but was NODE in `n - 1` (line 1, column 26)");
  CHECK(checkError("RETURN 1 SKIP -1") == "SKIP must be a non-negative integer, got -1 (line 1, column 15)");
  CHECK(checkError("RETURN 1 LIMIT 1.5") == "LIMIT must be a non-negative integer, got 1.5 (line 1, column 16)");
}

TEST_CASE("WITH ... WHERE sees the variables from before the WITH", "[checker]") {
  CHECK(checkError("MATCH (a) WITH a.name AS name WHERE a.age > 1 RETURN name") == "no error");
  CHECK(checkError("MATCH (a) WITH DISTINCT a.name AS name WHERE a.age > 1 RETURN name") ==
        "Variable `a` not defined (line 1, column 46)");
}

TEST_CASE("write clauses follow openCypher's rules", "[checker]") {
  CHECK(checkError("CREATE (a)-[:R]-(b)") == "Only directed relationships are supported in CREATE (line 1, column 11)");
  CHECK(checkError("CREATE (a)-[:R*2]->(b)") == "Variable length relationships cannot be used in CREATE (line 1, column 11)");
  CHECK(checkError("MERGE (a)-[r]->(b)") == "Exactly one relationship type must be specified for MERGE (line 1, column 10)");
  CHECK(checkError("MATCH (a)-[r]->() CREATE (a)-[r:T]->()") == "Variable `r` already declared (line 1, column 29)");
  CHECK(checkError("CREATE (a:A), (a:B)") ==
        "Variable `a` already declared: CREATE cannot add labels or properties to it (line 1, column 15)");
  CHECK(checkError("SET x.p = 1") == "Variable `x` not defined (line 1, column 5)");
  CHECK(checkError("MATCH (a) MERGE (a)") == "Variable `a` already declared (line 1, column 17)");
  CHECK(checkError("MATCH (a) DELETE b") == "Variable `b` not defined (line 1, column 18)");
  CheckedQuery q = checkStatement(parseStatement("MATCH (a:A) SET a.k = 1, a:B REMOVE a.old CREATE (a)-[:T]->(:C)"));
  CHECK(q.updates);
  CHECK_FALSE(q.returnsRows);
  CHECK(q.names.labels == std::set<std::string>{"A", "B", "C"});
  CHECK(q.names.types == std::set<std::string>{"T"});
  CHECK(q.names.keys == std::set<std::string>{"k", "old"});
}

TEST_CASE("constructs the engine does not run yet are refused before running", "[checker]") {
  CHECK(checkError("CALL db.labels() YIELD label RETURN label") ==
        "CALL needs a database: no procedures are known here (line 1, column 1)");
  CHECK(checkError("CALL { RETURN 1 AS x UNION RETURN 2 AS x } RETURN x") ==
        "UNION inside a subquery is not supported yet (line 1, column 22)");
}
