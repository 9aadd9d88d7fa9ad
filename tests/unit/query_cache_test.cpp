// The query cache (query/api/query_cache.h): plans kept by statement text for every connection,
// reads and writes alike, and made again exactly when they may have gone stale — a name added or
// forgotten (a rolled-back write included), an index or constraint created or dropped, a count
// the plan was costed on doubled or halved — so a cached plan never gives other rows than a new
// one would.
#include <catch2/catch.hpp>

#include "query/api/query_cache.h"

#include <kgq/kgq.h>

using namespace kgq;

namespace {

std::int64_t countOf(Connection& conn, const std::string& query, const Params& params = {}) {
  return conn.run(query, params).at(0, 0).asInt();
}

}  // namespace

TEST_CASE("a query's plan is reused on any connection, with other parameters, after writes", "[query_cache]") {
  Database db;
  Connection writer(db);
  writer.run("UNWIND range(1, 5) AS i CREATE (:Person {name: 'p' + toString(i), age: 20 + i})");
  const char* query = "MATCH (p:Person) WHERE p.age > $min RETURN p.name ORDER BY p.name";
  Result first = writer.run(query, {{"min", Value(23)}});
  CHECK_FALSE(first.timing().fromPlanCache);
  CHECK(first.timing().parseMicros > 0);
  CHECK(first.size() == 2);

  Connection other(db);
  Result again = other.run(query, {{"min", Value(24)}});
  CHECK(again.timing().fromPlanCache);
  CHECK(again.timing().parseMicros == 0);
  REQUIRE(again.size() == 1);
  CHECK(again.at(0, 0).asString() == "p5");
  CHECK_THROWS_AS(other.run(query), Error);  // a cached plan still needs its parameters

  writer.run("CREATE (:Person {name: 'p0', age: 90})");  // data changes keep plans: they hold no data
  Result afterWrite = other.run(query, {{"min", Value(24)}});
  CHECK(afterWrite.timing().fromPlanCache);
  REQUIRE(afterWrite.size() == 2);
  CHECK(afterWrite.at(0, 0).asString() == "p0");
}

TEST_CASE("writing statements are cached too, and run in their transaction", "[query_cache]") {
  Database db;
  Connection conn(db);
  const char* upsert = "MERGE (c:Company {id: $id}) ON CREATE SET c.n = 1 ON MATCH SET c.n = c.n + 1 RETURN c.n";
  Result created = conn.run(upsert, {{"id", Value("c1")}});
  CHECK_FALSE(created.timing().fromPlanCache);
  CHECK(created.stats().nodesCreated == 1);
  Result second = conn.run(upsert, {{"id", Value("c2")}});
  CHECK(second.timing().fromPlanCache);
  CHECK(second.stats().nodesCreated == 1);
  Result matched = conn.run(upsert, {{"id", Value("c1")}});
  CHECK(matched.timing().fromPlanCache);
  CHECK(matched.stats().nodesCreated == 0);
  CHECK(matched.at(0, 0).asInt() == 2);

  conn.begin();  // inside an explicit transaction, a cached write is part of it
  CHECK(conn.run(upsert, {{"id", Value("c3")}}).timing().fromPlanCache);
  conn.rollback();
  CHECK(countOf(conn, "MATCH (c:Company) RETURN count(c)") == 2);
}

TEST_CASE("a plan made before a name existed is made again once it does", "[query_cache]") {
  Database db;
  Connection conn(db);
  const char* query = "MATCH (n:Later) WHERE n.key = 1 RETURN count(*)";
  CHECK(countOf(conn, query) == 0);
  CHECK(conn.run(query).timing().fromPlanCache);
  conn.run("CREATE (:Later {key: 1})");  // the label and the key are new names
  Result after = conn.run(query);
  CHECK_FALSE(after.timing().fromPlanCache);
  CHECK(after.at(0, 0).asInt() == 1);
}

TEST_CASE("a name a failed or rolled-back write forgets is interned again by the next run", "[query_cache]") {
  Database db;
  Connection conn(db);
  // The statement interns :Boom and its key before it runs; dividing by zero then rolls it back,
  // names included. Its plan, kept with those names, must not be run on the names as they are now.
  const char* create = "CREATE (:Boom {v: 10 / $d})";
  CHECK_THROWS_AS(conn.run(create, {{"d", Value(0)}}), Error);
  Result created = conn.run(create, {{"d", Value(2)}});
  CHECK_FALSE(created.timing().fromPlanCache);
  CHECK(countOf(conn, "MATCH (b:Boom) RETURN b.v") == 5);

  conn.begin();
  conn.run("CREATE (:Ghost {g: 1})");
  conn.rollback();
  conn.run("CREATE (:Ghost {g: 1})");
  Result ghost = conn.run("MATCH (n:Ghost) RETURN labels(n), n.g");
  REQUIRE(ghost.size() == 1);
  CHECK(ghost.at(0, 0).toCypher() == "['Ghost']");
  CHECK(ghost.at(0, 1).asInt() == 1);
}

TEST_CASE("creating or dropping an index or constraint makes plans again", "[query_cache]") {
  Database db;
  Connection conn(db);
  conn.run("UNWIND range(1, 100) AS i CREATE (:Item {code: i})");
  const char* query = "MATCH (i:Item {code: $code}) RETURN i.code";
  Params params{{"code", Value(42)}};
  conn.run(query, params);
  conn.run("CREATE INDEX ON :Item(code)");
  Result indexed = conn.run(query, params);
  CHECK_FALSE(indexed.timing().fromPlanCache);
  CHECK(conn.run("EXPLAIN MATCH (i:Item {code: $code}) RETURN i.code").planText().find("NodeIndexSeek") !=
        std::string::npos);
  CHECK(conn.run(query, params).timing().fromPlanCache);
  // A plan that seeks through the index must not outlive it.
  conn.run("DROP INDEX ON :Item(code)");
  Result dropped = conn.run(query, params);
  CHECK_FALSE(dropped.timing().fromPlanCache);
  REQUIRE(dropped.size() == 1);
  CHECK(dropped.at(0, 0).asInt() == 42);
  conn.run("CREATE CONSTRAINT FOR (i:Item) REQUIRE i.code IS UNIQUE");
  CHECK_FALSE(conn.run(query, params).timing().fromPlanCache);
}

TEST_CASE("a plan is made again when a count it was costed on doubles or halves", "[query_cache]") {
  Database db;
  Connection conn(db);
  conn.run("CREATE (:P {v: 1})");
  const char* query = "MATCH (p:P) WHERE p.v > 0 RETURN count(*)";
  CHECK(countOf(conn, query) == 1);
  conn.run("UNWIND range(1, 10) AS i CREATE (:P {v: i})");  // 1 -> 11: fewer than kMinimumDrift more
  Result small = conn.run(query);
  CHECK(small.timing().fromPlanCache);
  CHECK(small.at(0, 0).asInt() == 11);
  conn.run("UNWIND range(1, 1000) AS i CREATE (:P {v: i})");
  Result grown = conn.run(query);
  CHECK_FALSE(grown.timing().fromPlanCache);
  CHECK(grown.at(0, 0).asInt() == 1011);
  conn.run("UNWIND range(1, 200) AS i CREATE (:P {v: i})");  // 1011 -> 1211: less than double
  CHECK(conn.run(query).timing().fromPlanCache);
  conn.run("MATCH (p:P) WHERE p.v > 10 DELETE p");  // 1211 -> 31
  Result shrunk = conn.run(query);
  CHECK_FALSE(shrunk.timing().fromPlanCache);
  CHECK(shrunk.at(0, 0).asInt() == 31);
}

TEST_CASE("EXPLAIN and PROFILE are not cached, and clearQueryCache drops every plan", "[query_cache]") {
  Database db;
  Connection conn(db);
  conn.run("EXPLAIN RETURN 1");
  CHECK_FALSE(conn.run("EXPLAIN RETURN 1").timing().fromPlanCache);
  CHECK_FALSE(conn.run("PROFILE RETURN 1").timing().fromPlanCache);
  CHECK_FALSE(conn.run("PROFILE RETURN 1").planText().empty());
  conn.run("RETURN 1");
  CHECK(conn.run("RETURN 1").timing().fromPlanCache);
  db.clearQueryCache();
  CHECK_FALSE(conn.run("RETURN 1").timing().fromPlanCache);
}

TEST_CASE("the query cache drops the least recently used plan when full", "[query_cache]") {
  PropertyGraph graph;
  QueryCache cache(2);
  auto entry = [&] { return CachedPlan{std::make_shared<QueryPlan>(), false, graph.namesGeneration()}; };
  cache.insert("a", entry());
  cache.insert("b", entry());
  CHECK(cache.find("a", graph));  // a is now the most recently used
  cache.insert("c", entry());
  CHECK(cache.size() == 2);
  CHECK(cache.find("a", graph));
  CHECK_FALSE(cache.find("b", graph));
  CHECK(cache.find("c", graph));
  cache.insert(std::string(QueryCache::kLongestText + 1, 'x'), entry());  // too long to keep
  CHECK(cache.size() == 2);
  graph.labelNames().intern("New");  // stale now: dropped when looked up
  CHECK_FALSE(cache.find("a", graph));
  CHECK(cache.size() == 1);
}
