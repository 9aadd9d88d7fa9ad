// Many connections on one Database from several threads (include/kgq/kgq.h): readers run while
// one writer commits single statements and explicit transactions, and every read sees a
// committed state — never half a statement or half a transaction, never a torn property. Bounded
// by a number of commits, not by time. Meant to run under ThreadSanitizer too (-DKGQ_TSAN=ON).
#include <catch2/catch.hpp>

#include "tests/unit/durable_test_support.h"

#include <kgq/kgq.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

using namespace kgq;

namespace {

// Each commit keeps: as many :A as :B nodes, and a.twice = 2 * a.k on every :A.
void writer(Database& db, int commits, std::atomic<bool>& done, std::string& error) {
  try {
    Connection c(db);
    for (int i = 1; i <= commits; ++i) {
      Params p{{"i", Value(i)}, {"name", Value("n" + std::to_string(i % 17))}};
      switch (i % 4) {
        case 0: c.run("CREATE (:A {k: $i, twice: 2 * $i, name: $name}), (:B {k: $i})", p); break;
        case 1:  // two statements in one transaction: readers must see both or neither
          c.begin();
          c.run("CREATE (:A {k: $i, twice: 2 * $i, name: $name})", p);
          c.run("CREATE (:B {k: $i})", p);
          c.commit();
          break;
        case 2: c.run("MATCH (a:A) WITH a ORDER BY a.k LIMIT 1 SET a.k = a.k + 1000, a.twice = a.twice + 2000", p); break;
        case 3:
          c.run("MATCH (a:A) WITH a ORDER BY a.k DESC LIMIT 1 MATCH (b:B) WITH a, b ORDER BY b.k LIMIT 1 DETACH DELETE a, b", p);
          break;
      }
    }
  } catch (const std::exception& e) {
    error = e.what();
  }
  done.store(true);
}

void reader(Database& db, std::atomic<bool>& done, std::atomic<int>& reads, std::string& error) {
  try {
    Connection c(db);
    while (!done.load()) {
      Result counts = c.run("MATCH (a:A) WITH count(a) AS a OPTIONAL MATCH (b:B) RETURN a, count(b) AS b");
      if (counts.at(0, 0) != counts.at(0, 1)) {
        error = "saw " + counts.at(0, 0).toCypher() + " :A but " + counts.at(0, 1).toCypher() + " :B";
        return;
      }
      Result torn = c.run("MATCH (a:A) WHERE a.twice <> 2 * a.k RETURN count(a)");
      if (torn.at(0, 0) != Value(0)) {
        error = "saw a torn property update";
        return;
      }
      c.run("MATCH (n {name: 'n3'}) RETURN count(n)");  // the name index, built by whichever reader comes first
      reads.fetch_add(1);
    }
  } catch (const std::exception& e) {
    error = e.what();
  }
}

void hammer(Database& db, int commits) {
  std::atomic<bool> done{false};
  std::atomic<int> reads{0};
  std::string writerError;
  std::vector<std::string> readerErrors(3);
  std::vector<std::thread> threads;
  for (std::size_t r = 0; r < readerErrors.size(); ++r)
    threads.emplace_back(reader, std::ref(db), std::ref(done), std::ref(reads), std::ref(readerErrors[r]));
  threads.emplace_back(writer, std::ref(db), commits, std::ref(done), std::ref(writerError));
  for (auto& t : threads) t.join();
  CHECK(writerError == "");
  for (const std::string& e : readerErrors) CHECK(e == "");
  CHECK(reads.load() > 0);
  Connection c(db);
  // 100 creates of each kind, 50 deletes of a pair each: the writer's work all arrived.
  CHECK(c.run("MATCH (a:A) RETURN count(a)").at(0, 0) == Value(commits / 2 - commits / 4));
}

}  // namespace

TEST_CASE("readers on several threads see only committed states while one writer commits (in memory)") {
  Database db;
  hammer(db, 400);
}

TEST_CASE("readers on several threads see only committed states while one writer commits (durable)") {
  kgq::testing::TempDir dir;
  std::string before;
  {
    Database db;
    DurabilityOptions options;
    options.sync = DurabilityOptions::Sync::Relaxed;
    options.checkpointLogBytes = 16384;  // checkpoints while readers read
    db.open(dir / "db", options);
    hammer(db, 400);
    before = kgq::testing::exportJson(db, dir / "before.json");
  }
  Database db;
  db.open(dir / "db");
  CHECK(kgq::testing::exportJson(db, dir / "after.json") == before);
}

TEST_CASE("connections on other threads wait for an open transaction, then see all of it") {
  Database db;
  Connection writerConnection(db);
  writerConnection.begin();
  writerConnection.run("CREATE (:A), (:A)");
  std::atomic<bool> started{false};
  Value seen;
  std::thread other([&] {
    Connection c(db);
    started.store(true);
    seen = c.run("MATCH (a:A) RETURN count(a)").at(0, 0);  // waits until the commit below
  });
  while (!started.load()) std::this_thread::yield();
  writerConnection.run("CREATE (:A)");
  writerConnection.commit();
  other.join();
  CHECK(seen == Value(3));
}
