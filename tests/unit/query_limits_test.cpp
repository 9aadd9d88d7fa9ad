// Unit tests of the per-query limits (Connection::setTimeout, Connection::setMemoryLimit, the
// QueryGuard behind them): which queries each limit stops, the error text, that a write stopped by
// a limit changes nothing, that buffers are released when an operator restarts, and that a query
// within its limits is unaffected. No verdict depends on timing beyond "a 0.2 s timeout stops a
// query that would run for minutes".
#include <catch2/catch.hpp>

#include <kgq/kgq.h>

#include "query/exec/query_guard.h"

#include <chrono>
#include <string>
#include <thread>

using namespace kgq;

namespace {

// n nodes (:N {i: 1..n}).
void addNodes(Connection& conn, int n) {
  conn.run("UNWIND range(1, $n) AS i CREATE (:N {i: i})", {{"n", Value(n)}});
}

// A clique of k nodes (:K {i}), one relationship per pair.
void addClique(Connection& conn, int k) {
  conn.run("UNWIND range(1, $k) AS i CREATE (:K {i: i})", {{"k", Value(k)}});
  conn.run("MATCH (a:K), (b:K) WHERE a.i < b.i CREATE (a)-[:E]->(b)");
}

// What a query must not change: counts, a property sum, the labels and types in use.
std::string fingerprint(Database& db) {
  Connection c(db);
  Result r = c.run(
      "MATCH (n) OPTIONAL MATCH (n)-[r]->() "
      "RETURN count(DISTINCT n) AS nodes, count(r) AS rels, sum(DISTINCT n.i) AS s, "
      "collect(DISTINCT labels(n)) AS labels, collect(DISTINCT type(r)) AS types");
  std::string text;
  for (const Value& v : r.rows().at(0)) text += v.toCypher() + ";";
  return text + std::to_string(db.nodeCount()) + "/" + std::to_string(db.edgeCount());
}

// The error a query fails with (FAIL if it does not).
Error failure(Connection& conn, const std::string& query) {
  try {
    conn.run(query);
  } catch (const Error& e) {
    return e;
  }
  FAIL("no error for " << query);
  return Error(ErrorKind::Runtime, "");
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const std::string kTimeLimit = "Query exceeded the time limit of ";
const std::string kMemoryLimit = "Query exceeded the memory limit of ";

}  // namespace

TEST_CASE("limits are off by default and can be read back", "[limits]") {
  Database db;
  Connection conn(db);
  CHECK(conn.timeout().count() == 0);
  CHECK(conn.memoryLimit() == 0);
  conn.setTimeout(0.25);
  CHECK(conn.timeout() == std::chrono::milliseconds(250));
  conn.setTimeout(std::chrono::seconds(3));
  CHECK(conn.timeout() == std::chrono::seconds(3));
  conn.setTimeout(-1.0);
  CHECK(conn.timeout().count() == 0);
  conn.setMemoryLimit(64 * Connection::kMiB);
  CHECK(conn.memoryLimit() == 64u << 20);
}

TEST_CASE("a 0.2 s timeout stops a cartesian product that would run for minutes", "[limits]") {
  Database db;
  Connection conn(db);
  addNodes(conn, 1000);
  conn.setTimeout(std::chrono::milliseconds(200));
  Error e = failure(conn, "MATCH (a), (b), (c), (d) RETURN count(*)");  // 10^12 rows
  CHECK(e.kind() == ErrorKind::ResourceLimit);
  CHECK(std::string(e.what()) ==
        "Query exceeded the time limit of 0.2 s (set a higher one with --timeout, :timeout or "
        "Connection::setTimeout, in Python Connection.timeout; 0 means none)");
  // The connection runs the next query as usual.
  CHECK(conn.run("MATCH (n) RETURN count(n)").at(0, 0).asInt() == 1000);
}

TEST_CASE("the timeout stops loops inside one expression too", "[limits]") {
  Database db;
  Connection conn(db);
  conn.setTimeout(0.2);
  // One row, but 10^7 reduce steps each copying a growing list: quadratic, minutes of work.
  Error e = failure(conn, "RETURN size(reduce(acc = [], x IN range(1, 10000000) | acc + [x])) AS n");
  CHECK(e.kind() == ErrorKind::ResourceLimit);
  CHECK(contains(e.what(), kTimeLimit));
}

TEST_CASE("the memory limit stops a cartesian product whose rows are kept", "[limits]") {
  Database db;
  Connection conn(db);
  addNodes(conn, 1000);
  conn.setMemoryLimit(16 * Connection::kMiB);
  SECTION("as result rows") {
    Error e = failure(conn, "MATCH (a), (b) RETURN a.i, b.i");  // 10^6 rows
    CHECK(e.kind() == ErrorKind::ResourceLimit);
    CHECK(std::string(e.what()) ==
          "Query exceeded the memory limit of 16 MiB (set a higher one with --max-memory, :max-memory or "
          "Connection::setMemoryLimit, in Python Connection.memory_limit; 0 means none)");
  }
  SECTION("sorted") {
    CHECK(contains(failure(conn, "MATCH (a), (b) WITH a, b ORDER BY rand() RETURN count(*)").what(), kMemoryLimit));
  }
  SECTION("distinct") {
    CHECK(contains(failure(conn, "MATCH (a), (b) RETURN count(DISTINCT [a.i, b.i])").what(), kMemoryLimit));
    CHECK(contains(failure(conn, "MATCH (a), (b) WITH DISTINCT a.i AS x, b.i AS y RETURN count(*)").what(),
                   kMemoryLimit));
  }
  SECTION("grouped") {
    CHECK(contains(failure(conn, "MATCH (a), (b) RETURN a.i * 1000 + b.i AS k, count(*)").what(), kMemoryLimit));
  }
  SECTION("a count is not stopped: nothing is kept") {
    CHECK(conn.run("MATCH (a), (b) RETURN count(*)").at(0, 0).asInt() == 1000000);
  }
  SECTION("the table of a hash join") {
    // The unwound rows (estimated fewer than the 1,000 nodes) are the side the join builds on.
    const std::string join =
        "UNWIND range(1, 200000) AS x WITH x, [x, x, x, x, x, x, x, x, x, x] AS pad "
        "MATCH (a) WHERE a.i = x RETURN count(*)";
    REQUIRE(conn.run("EXPLAIN " + join).planText().find("ValueHashJoin") != std::string::npos);
    CHECK(contains(failure(conn, join).what(), kMemoryLimit));
    conn.setMemoryLimit(0);
    CHECK(conn.run(join).at(0, 0).asInt() == 1000);
  }
}

TEST_CASE("the memory limit stops range(), collect() and growing strings and lists", "[limits]") {
  Database db;
  Connection conn(db);
  conn.setMemoryLimit(64 * Connection::kMiB);
  CHECK(contains(failure(conn, "RETURN size(range(1, 1000000000)) AS n").what(), kMemoryLimit));
  CHECK(contains(failure(conn, "UNWIND range(1, 1000000) AS i UNWIND range(1, 10) AS j RETURN size(collect(i))").what(),
                 kMemoryLimit));
  CHECK(contains(failure(conn, "RETURN size([x IN range(1, 1000000) | [x, x, x, x]]) AS n").what(), kMemoryLimit));
  CHECK(contains(failure(conn, "WITH range(1, 1000000) AS l RETURN size(l + l) AS n").what(), kMemoryLimit));
  // A string that doubles 30 times reaches 1 GiB.
  CHECK(contains(failure(conn, "RETURN size(reduce(s = 'ab', x IN range(1, 30) | s + s)) AS n").what(),
                 kMemoryLimit));
  CHECK(contains(failure(conn, "WITH reduce(s = 'ab', x IN range(1, 24) | s + s) AS s RETURN size(split(s, '')) AS n")
                     .what(),
                 kMemoryLimit));
  CHECK(contains(failure(conn, "WITH reduce(s = 'ab', x IN range(1, 24) | s + s) AS s RETURN size(reverse(s)) AS n")
                     .what(),
                 kMemoryLimit));
  CHECK(contains(failure(conn, "WITH reduce(s = 'ab', x IN range(1, 20) | s + s) AS s "
                                "RETURN size(replace(s, 'a', reduce(t = 'x', y IN range(1, 10) | t + t))) AS n")
                     .what(),
                 kMemoryLimit));
  CHECK(conn.run("WITH reduce(s = 'ab', x IN range(1, 20) | s + s) AS s RETURN size(replace(s, 'ab', 'abc')) AS n")
            .at(0, 0)
            .asInt() == 3 << 20);
  // What fits runs: split() on a long string with few pieces is not refused for the pieces it might have had.
  CHECK(conn.run("WITH reduce(s = 'ab', x IN range(1, 21) | s + s) AS s RETURN size(split(s, 'x')) AS n")
            .at(0, 0)
            .asInt() == 1);
  // Without a limit, range() keeps its own cap of 10^7 elements.
  conn.setMemoryLimit(0);
  CHECK(contains(failure(conn, "RETURN size(range(1, 1000000000)) AS n").what(), "more than 10000000 elements"));
}

TEST_CASE("a variable-length walk on a clique hits the memory limit or the timeout", "[limits]") {
  Database db;
  Connection conn(db);
  addClique(conn, 20);
  SECTION("memory: the walks from one node are kept before they are returned") {
    conn.setMemoryLimit(64 * Connection::kMiB);
    Error e = failure(conn, "MATCH (a:K {i: 1})-[*1..6]-(b) RETURN count(*)");
    CHECK(e.kind() == ErrorKind::ResourceLimit);
    CHECK(contains(e.what(), kMemoryLimit));
  }
  SECTION("time") {
    conn.setTimeout(0.2);
    conn.setMemoryLimit(256 * Connection::kMiB);  // a safety net: walks are kept per start node
    // 4 * 10^7 walks, each times 380 more: hours of work.
    Error e = failure(conn, "MATCH (a:K)-[*1..5]-(b) MATCH (c:K)-[*1..2]-(d) RETURN count(*)");
    CHECK(e.kind() == ErrorKind::ResourceLimit);
    CHECK(contains(e.what(), kTimeLimit));
  }
}

TEST_CASE("a write query stopped by a limit leaves the graph unchanged", "[limits]") {
  Database db;
  Connection conn(db);
  addNodes(conn, 1000);
  const std::string before = fingerprint(db);
  const std::uint64_t changes = db.changeCount();
  bool explicitTransaction = false;
  SECTION("memory: creating a node per pair") {
    conn.setMemoryLimit(16 * Connection::kMiB);
    Error e = failure(conn, "MATCH (a), (b) CREATE (:Pair {a: a.i, b: b.i})");
    CHECK(e.kind() == ErrorKind::ResourceLimit);
  }
  SECTION("memory: the fuzz batch, MERGE a relationship per pair") {
    conn.setMemoryLimit(16 * Connection::kMiB);
    Error e = failure(conn, "MATCH (a), (b) WHERE id(a) < id(b) MERGE (a)-[:M]-(b)");
    CHECK(e.kind() == ErrorKind::ResourceLimit);
  }
  SECTION("time: setting properties over a cartesian product") {
    conn.setTimeout(0.2);
    conn.setMemoryLimit(256 * Connection::kMiB);  // a safety net: a write buffers its rows first
    Error e = failure(conn, "MATCH (a), (b), (c) SET a.seen = coalesce(a.seen, 0) + 1, b:Seen");
    CHECK(e.kind() == ErrorKind::ResourceLimit);
  }
  SECTION("time, inside an explicit transaction: the whole transaction rolls back") {
    explicitTransaction = true;
    conn.begin();
    conn.run("CREATE (:Extra {i: -1})");
    conn.setTimeout(0.2);
    conn.setMemoryLimit(256 * Connection::kMiB);
    Error e = failure(conn, "MATCH (a), (b), (c) CREATE (:T)");
    CHECK(e.kind() == ErrorKind::ResourceLimit);
    CHECK_FALSE(conn.inTransaction());
  }
  CHECK(fingerprint(db) == before);
  // (A statement of an explicit transaction counts as a change even when it is rolled back.)
  if (!explicitTransaction) CHECK(db.changeCount() == changes);
}

TEST_CASE("what an operator held is released when it restarts", "[limits]") {
  Database db;
  Connection conn(db);
  conn.setMemoryLimit(16 * Connection::kMiB);
  // 2,000 subquery runs, each sorting and collecting 1,000 values (~100 KiB): 200 MiB in all,
  // but never more than one run's worth at a time.
  Result r = conn.run(
      "UNWIND range(1, 2000) AS i CALL { UNWIND range(1, 1000) AS j WITH j ORDER BY j DESC "
      "RETURN collect(j) AS c } RETURN sum(size(c)) AS n");
  CHECK(r.at(0, 0).asInt() == 2000000);
  // And queries one after another each start from nothing.
  for (int i = 0; i < 3; ++i)
    CHECK(conn.run("UNWIND range(1, 100000) AS i RETURN count(DISTINCT i) AS n").at(0, 0).asInt() == 100000);
}

TEST_CASE("interrupt() and the timeout are one check: both stop the same loops", "[limits]") {
  Database db;
  Connection conn(db);
  addNodes(conn, 1000);
  std::thread stopper([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    conn.interrupt();
  });
  Error e = failure(conn, "MATCH (a), (b), (c), (d) RETURN count(*)");
  stopper.join();
  CHECK(e.kind() == ErrorKind::Interrupted);
}

TEST_CASE("QueryGuard: charges, releases and estimates", "[limits]") {
  QueryGuard guard(nullptr, {std::chrono::nanoseconds{0}, 1000});
  {
    HeldBytes held;
    held.add(guard, 600);
    CHECK(guard.heldBytes() == 600);
    CHECK(guard.fits(400));
    CHECK_FALSE(guard.fits(401));
    CHECK_THROWS_AS(held.add(guard, 401), Error);
    CHECK(guard.heldBytes() == 600);  // a refused charge is not held
    held.clear();
    CHECK(guard.heldBytes() == 0);
    held.add(guard, 1000);
  }
  CHECK(guard.heldBytes() == 0);  // released when the holder goes
  QueryGuard unlimited;
  unlimited.charge(SIZE_MAX / 2);
  unlimited.checkGrowth(SIZE_MAX / 2);
  CHECK(estimatedBytes(Value(std::string(1000, 'x'))) >= 1000);
  CHECK(estimatedBytes(Value(List(100, Value(1)))) >= 100 * sizeof(Value));
  // Nesting deeper than recursion could go is estimated with an explicit stack.
  Value deep(List{});
  for (int i = 0; i < 1000; ++i) deep = Value(List{deep});
  CHECK(estimatedBytes(deep) >= 1000 * sizeof(Value));
}
