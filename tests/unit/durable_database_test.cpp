// The durable database (Database::open, graph/storage/): what was committed is there after a
// reopen — after a clean close (snapshot), after a crash (log replay), after a load — exactly,
// indexes and generated ids included; explicit transactions commit together or not at all; a
// second opener is refused; damaged files are reported, never half-read.
#include <catch2/catch.hpp>

#include "tests/unit/durable_test_support.h"

#include <kgq/kgq.h>

#include <sys/resource.h>
#include <sys/stat.h>

#include <csignal>

#include <cstring>

using namespace kgq;
using kgq::testing::TempDir;
using kgq::testing::exportJson;
using kgq::testing::dieHere;
using kgq::testing::inCrashingChild;
using kgq::testing::readFile;
using kgq::testing::writeFile;

namespace {

// A graph that exercises every column layout: dense int/float/string/bool columns (more than 16
// elements), a mixed column, sparse keys, lists and maps, deleted nodes and relationships, a
// renamed node, labels added and removed, more than 64 labels, every temporal type (a dense
// date column among them) and a uniqueness constraint.
void buildVariedGraph(Connection& c) {
  c.run("UNWIND range(1, 40) AS i CREATE (:Item {id: 'item' + i, n: i, f: i / 3.0, s: 'text ' + i, b: i % 2 = 0, "
        "mixed: CASE WHEN i % 3 = 0 THEN 'x' ELSE i END})");
  c.run("MATCH (a:Item), (b:Item) WHERE b.n = a.n + 1 CREATE (a)-[:NEXT {w: a.n * 1.5, tags: ['a', a.n]}]->(b)");
  c.run("CREATE (:Rare {list: [1, 2.5, 'three', true], words: ['a', 'b'], empty: []})");
  c.run("MATCH (i:Item {n: 7}) DETACH DELETE i");
  c.run("MATCH (i:Item {n: 9})-[r]->() DELETE r");
  c.run("MATCH (i:Item {n: 10}) SET i.id = 'renamed', i:Extra REMOVE i.s");
  c.run("MATCH (i:Item {n: 11}) REMOVE i:Item SET i:Former");
  c.run("UNWIND range(1, 70) AS i CREATE (:Many {k: i})");
  c.run("MATCH (m:Many {k: 70}) SET m:L1:L2:L3:L4:L5:L6:L7:L8:L9:L10:L11:L12:L13:L14:L15:L16:L17:L18:L19:L20:L21:L22:"
        "L23:L24:L25:L26:L27:L28:L29:L30:L31:L32:L33:L34:L35:L36:L37:L38:L39:L40:L41:L42:L43:L44:L45:L46:L47:L48:"
        "L49:L50:L51:L52:L53:L54:L55:L56:L57:L58:L59:L60:L61:L62:L63:L64:L65:L66");
  c.run("CREATE (), (), ()");  // generated ids
  c.run("UNWIND range(1, 40) AS i CREATE (:Day {d: date('2024-02-01') + duration({days: i})})");
  c.run("CREATE (:Dated {d: date('2024-02-29'), t: localtime('12:30:00.5'), tz: time('10:00+02:00'), "
        "ldt: localdatetime('2020-01-01T00:00:00.000000001'), dt: datetime('2021-03-28T03:30:00[Europe/Stockholm]'), "
        "off: datetime('2021-01-01T00:00-05:00'), dur: duration('P1Y2M3DT4H5M6.7S'), "
        "ds: [date('2020-01-01'), date('2021-01-01')]})");
  c.run("CREATE (:Odd {id: 5}), (:Odd {id: 'item3'})");  // ids that are not keys (one is another node's key)
  c.run("CREATE CONSTRAINT day_d FOR (d:Day) REQUIRE d.d IS UNIQUE");
  c.run("CREATE INDEX ON :Item(n)");
}

std::string answers(Connection& c) {
  std::string out;
  for (const char* q : {"MATCH (n:Item) WHERE n.n > 30 RETURN n.id, n.f, n.s, n.b, n.mixed ORDER BY n.n",
                        "MATCH (:Item {n: 20}) RETURN count(*)", "MATCH (n:L66) RETURN n.k",
                        "MATCH ()-[r:NEXT]->() RETURN count(r), sum(r.w)", "MATCH (n:Former) RETURN n.id",
                        "MATCH (n:Day) RETURN min(n.d), max(n.d), count(n.d)",
                        "MATCH (n:Dated) RETURN n.d, n.t, n.tz, n.ldt, n.dt, n.off, n.dur, n.ds", "SHOW CONSTRAINTS",
                        "SHOW INDEXES", "MATCH (n {id: 5}) RETURN labels(n)",
                        "MATCH (n {id: 'item3'}) RETURN labels(n) ORDER BY labels(n)[0]"})
  {
    Result result = c.run(q);
    for (const auto& row : result.rows())
      for (const Value& v : row) out += v.toCypher() + ";";
  }
  return out;
}

}  // namespace

TEST_CASE("a reopened database exports the same JSON and answers the same, indexes included") {
  TempDir dir;
  std::string before, beforeAnswers;
  {
    Database db;
    db.open(dir / "db");
    Connection c(db);
    buildVariedGraph(c);
    before = exportJson(db, dir / "before.json");
    beforeAnswers = answers(c);
  }  // closes: checkpoint
  CHECK(std::filesystem::file_size(dir / "db/wal") == 16);  // emptied by the checkpoint
  Database db;
  db.open(dir / "db");
  CHECK(exportJson(db, dir / "after.json") == before);
  Connection c(db);
  CHECK(answers(c) == beforeAnswers);
  CHECK_NOTHROW(c.run("DROP INDEX ON :Item(n)"));  // the user's index came back
  c.run("CREATE (n) RETURN n");
  // Generated ids are never handed out twice, even across a reopen.
  CHECK(c.run("MATCH (n) WHERE n.id STARTS WITH '_:' RETURN count(DISTINCT n.id) = count(*)").at(0, 0) == Value(true));
  // A snapshot of a graph read from a snapshot (adjacencies written as they are, no overflow).
  std::string reopened = exportJson(db, dir / "reopened.json");
  db.checkpoint();
  db.close();
  Database third;
  third.open(dir / "db");
  CHECK(exportJson(third, dir / "third.json") == reopened);
  Connection c3(third);
  CHECK(answers(c3) == answers(c));
}

// A column that every node fills with a date is typed (days unboxed): the snapshot must write and
// read its values like those of an integer column. (It wrote none, and reading it back went past
// the end of the column.) Dates reach a durable database only through a load: the log cannot
// encode temporal values yet, so a write of one fails ("cannot store a value of kind DATE").
TEST_CASE("a typed column of dates survives a snapshot") {
  TempDir dir;
  std::string before;
  {
    Database db;
    db.open(dir / "db");
    std::string days;
    for (int i = 1; i <= 100; ++i)
      days += std::string(i > 1 ? "," : "") + "{\"id\": \"d" + std::to_string(i) + "\", \"labels\": [\"Day\"], \"properties\": {\"n\": " +
              std::to_string(i) + ", \"on\": {\"$date\": \"2020-" + (i <= 31 ? "01-" : "02-") +
              (i <= 31 ? std::to_string(100 + i).substr(1) : std::to_string(100 + (i - 31) % 29 + 1).substr(1)) + "\"}}}";
    db.loadJsonText("{\"format\": \"kgq-graph\", \"version\": 1, \"nodes\": [" + days + "], \"edges\": []}", "days.json");
    before = exportJson(db, dir / "before.json");
  }  // the load was followed by a checkpoint: the snapshot holds the column
  Database db;
  db.open(dir / "db");
  CHECK(exportJson(db, dir / "after.json") == before);
  Connection c(db);
  CHECK(c.run("MATCH (d:Day {n: 31}) RETURN toString(d.on)").at(0, 0) == Value("2020-01-31"));
}

TEST_CASE("commits survive a crash: the log is replayed on open") {
  TempDir dir;
  std::string expected;
  for (auto sync : {DurabilityOptions::Sync::EveryCommit, DurabilityOptions::Sync::Relaxed}) {
    std::filesystem::remove_all(dir / "db");
    REQUIRE(inCrashingChild([&] {
              Database db;
              DurabilityOptions options;
              options.sync = sync;
              db.open(dir / "db", options);
              Connection c(db);
              buildVariedGraph(c);
              exportJson(db, dir / "expected.json");
              c.begin();
              c.run("CREATE (:Uncommitted)");  // open when the process dies: must not appear
              dieHere();
            }) == 0);
    Database db;
    db.open(dir / "db");
    CHECK_THAT(db.recoveryReport(), Catch::Contains("recovered"));
    CHECK(exportJson(db, dir / "after.json") == readFile(dir / "expected.json"));
    Connection c(db);
    CHECK(c.run("MATCH (n:Uncommitted) RETURN count(n)").at(0, 0) == Value(0));
  }
}

TEST_CASE("a checkpoint past the log size, on request and after a load") {
  TempDir dir;
  writeFile(dir / "g.json", R"({"format": "kgq-graph", "version": 1, "nodes": [{"id": "a", "labels": ["A"]}], "edges": []})");
  REQUIRE(inCrashingChild([&] {
            Database db;
            DurabilityOptions options;
            options.checkpointLogBytes = 2000;
            db.open(dir / "db", options);
            db.loadJsonFile(dir / "g.json");  // checkpointed: the log keeps queries, not loads
            if (std::filesystem::file_size(dir / "db/wal") != 16) throw 1;
            Connection c(db);
            for (int i = 0; i < 100; ++i) c.run("CREATE (:B {i: $i})", {{"i", Value(i)}});
            if (std::filesystem::file_size(dir / "db/wal") > 2200) throw 2;  // checkpointed on the way
            c.run("CREATE (:C)");
            db.checkpoint();
            if (std::filesystem::file_size(dir / "db/wal") != 16) throw 3;
            c.run("CREATE (:D)");  // only in the log
            dieHere();
          }) == 0);
  Database db;
  db.open(dir / "db");
  Connection c(db);
  CHECK(c.run("MATCH (n) RETURN count(n), sum(n.i)").rows() == std::vector<std::vector<Value>>{{Value(103), Value(4950)}});
  CHECK(c.run("MATCH (n:A) RETURN n.id").at(0, 0) == Value("a"));
}

TEST_CASE("explicit transactions: commit together, roll back together, a failing statement rolls back") {
  TempDir dir;
  Database db;
  db.open(dir / "db");
  Connection c(db);
  c.begin();
  CHECK(c.inTransaction());
  CHECK_THROWS_WITH(c.begin(), Catch::Contains("already open"));
  Result r = c.run("CREATE (:T {v: 1})");
  CHECK(r.stats().nodesCreated == 1);
  CHECK(c.run("CREATE (:T {v: 2})").stats().nodesCreated == 1);  // per statement, not cumulative
  CHECK(c.run("MATCH (t:T) RETURN count(t)").at(0, 0) == Value(2));  // sees its own writes
  c.rollback();
  CHECK_FALSE(c.inTransaction());
  CHECK(c.run("MATCH (t:T) RETURN count(t)").at(0, 0) == Value(0));
  CHECK_THROWS_WITH(c.commit(), Catch::Contains("no open transaction"));
  CHECK_THROWS_WITH(c.rollback(), Catch::Contains("no open transaction"));

  c.begin();
  c.run("CREATE (:T {v: 1})");
  CHECK_THROWS(c.run("CREATE (:T {v: 1 / 0})"));
  CHECK_FALSE(c.inTransaction());  // the failure rolled the whole transaction back
  CHECK(c.run("MATCH (t:T) RETURN count(t)").at(0, 0) == Value(0));

  c.begin();
  CHECK_THROWS_WITH(c.run("CREATE INDEX ON :T(v)"), Catch::Contains("inside an explicit transaction"));
  CHECK_THROWS(c.run("CREATE (:T {v: 1}"));   // a syntax error
  CHECK_THROWS(c.run("CREATE (:T {v: x})"));  // an unknown variable
  CHECK(c.inTransaction());  // refused before it started: the transaction goes on
  c.run("CREATE (:T {v: 1})");
  c.run("MATCH (t:T) SET t.v = 5");
  Connection other(db);  // same thread: sees the open transaction, may not write
  CHECK(other.run("MATCH (t:T) RETURN t.v").at(0, 0) == Value(5));
  CHECK_THROWS_WITH(other.run("CREATE (:X)"), Catch::Contains("this thread has a transaction open"));
  CHECK_THROWS_WITH(db.checkpoint(), Catch::Contains("transaction open"));
  c.commit();
  CHECK(other.run("MATCH (t:T) RETURN t.v").at(0, 0) == Value(5));
  {
    Connection dropped(db);
    dropped.begin();
    dropped.run("CREATE (:T {v: 6})");
  }  // destroyed inside a transaction: rolled back
  CHECK(c.run("MATCH (t:T) RETURN count(t)").at(0, 0) == Value(1));
  // A plan cached inside a transaction may use a name the rollback forgets: it must not survive.
  c.begin();
  c.run("MATCH (n:Nothing) SET n:Fresh");  // changes nothing, interns Fresh
  CHECK(c.run("MATCH (n:Fresh) RETURN count(n)").at(0, 0) == Value(0));
  c.rollback();
  c.run("CREATE (:Other)");  // may get Fresh's old label id
  CHECK(c.run("MATCH (n:Fresh) RETURN count(n)").at(0, 0) == Value(0));
  // A rolled-back label on an existing node leaves nothing behind that a snapshot would keep.
  c.begin();
  c.run("MATCH (t:T) SET t:Fresh");
  c.rollback();
  std::string before = exportJson(db, dir / "before.json");
  db.close();
  Database again;
  again.open(dir / "db");
  CHECK(exportJson(again, dir / "after.json") == before);
}

TEST_CASE("a transaction is in the log whole or not at all") {
  TempDir dir;
  REQUIRE(inCrashingChild([&] {
            Database db;
            db.open(dir / "db");
            Connection c(db);
            c.begin();
            c.run("CREATE (:Pair {part: 1})");
            c.run("CREATE (:Pair {part: 2})");
            c.commit();
            c.begin();
            c.run("CREATE (:Pair {part: 3})");
            dieHere();
          }) == 0);
  Database db;
  db.open(dir / "db");
  Connection c(db);
  CHECK(c.run("MATCH (p:Pair) RETURN collect(p.part)").at(0, 0) == Value(List{Value(1), Value(2)}));
}

TEST_CASE("a second opener of a database directory is refused, and may open it once it is closed") {
  TempDir dir;
  auto first = std::make_unique<Database>();
  first->open(dir / "db");
  Database second;
  CHECK_THROWS_WITH(second.open(dir / "db"), Catch::Contains("in use by process") && Catch::Contains("lock"));
  CHECK_FALSE(second.isDurable());
  first.reset();
  CHECK_NOTHROW(second.open(dir / "db"));
  CHECK_THROWS_WITH(second.open(dir / "db"), Catch::Contains("already open"));
  Database loaded;
  loaded.loadJsonText(R"({"format": "kgq-graph", "version": 1, "nodes": [{"id": "a"}], "edges": []})", "x");
  CHECK_THROWS_WITH(loaded.open(dir / "other"), Catch::Contains("must be empty"));
  writeFile(dir / "file", "x");
  Database onFile;
  CHECK_THROWS_WITH(onFile.open(dir / "file"), Catch::Contains("not a directory"));
}

// ---- Damaged files ----

namespace {

// A database directory with a snapshot and three commits in the log, and the exports after each.
struct DamagedFixture {
  TempDir dir;
  std::string snapshot, wal;
  std::vector<std::string> exports;  // after 0, 1, 2, 3 logged commits
  std::vector<std::size_t> recordEnds;
  DamagedFixture() {
    REQUIRE(inCrashingChild([&] {
              Database db;
              db.open(dir / "db");
              Connection c(db);
              c.run("CREATE (:A {name: 'a', v: [1, 2]})-[:R {w: 1.5}]->(:B {name: 'b'})");
              db.checkpoint();
              exportJson(db, dir / "e0.json");
              c.run("MATCH (a:A) SET a.v = 3");
              exportJson(db, dir / "e1.json");
              c.run("CREATE (:C {name: 'c'})");
              exportJson(db, dir / "e2.json");
              c.run("MATCH (b:B) DETACH DELETE b");
              exportJson(db, dir / "e3.json");
              dieHere();
            }) == 0);
    snapshot = readFile(dir / "db/snapshot");
    wal = readFile(dir / "db/wal");
    for (int i = 0; i <= 3; ++i) exports.push_back(readFile(dir / ("e" + std::to_string(i) + ".json")));
    // Record boundaries: each record is a 12-byte header plus the length it names.
    std::size_t at = 16;
    while (at + 12 <= wal.size()) {
      std::uint32_t length;
      std::memcpy(&length, wal.data() + at, 4);
      at += 12 + length;
      recordEnds.push_back(at);
    }
    INFO("wal size " << wal.size());
    REQUIRE(recordEnds.size() == 3);
    REQUIRE(recordEnds.back() == wal.size());
  }
  // Opens a copy with `snapshotBytes` and `walBytes`; returns the export, or throws what open threw.
  std::string open(const std::string& snapshotBytes, const std::string& walBytes, std::string* report = nullptr) {
    std::filesystem::remove_all(dir / "copy");
    std::filesystem::create_directory(dir / "copy");
    writeFile(dir / "copy/snapshot", snapshotBytes);
    writeFile(dir / "copy/wal", walBytes);
    Database db;
    try {
      db.open(dir / "copy");
    } catch (const Error&) {
      CHECK(db.nodeCount() == 0);  // a failed open changes nothing
      CHECK_FALSE(db.isDurable());
      throw;
    }
    if (report) *report = db.recoveryReport();
    return exportJson(db, dir / "out.json");
  }
};

}  // namespace

TEST_CASE("every flipped byte and every truncation of a snapshot is an error naming the file and offset") {
  DamagedFixture f;
  REQUIRE(f.open(f.snapshot, f.wal) == f.exports[3]);
  std::string where = f.dir / "copy/snapshot: offset ";
  for (std::size_t i = 0; i < f.snapshot.size(); ++i) {
    std::string bad = f.snapshot;
    bad[i] = static_cast<char>(bad[i] ^ 0x10);
    INFO("byte " << i);
    CHECK_THROWS_WITH(f.open(bad, f.wal), Catch::StartsWith(where));
  }
  for (std::size_t n = 0; n < f.snapshot.size(); ++n) {
    INFO("length " << n);
    CHECK_THROWS_WITH(f.open(f.snapshot.substr(0, n), f.wal), Catch::StartsWith(where));
  }
  CHECK_THROWS_WITH(f.open(f.snapshot + "x", f.wal), Catch::Contains("after the last section"));
  std::string version = f.snapshot;
  version[8] = 2;
  CHECK_THROWS_WITH(f.open(version, f.wal), Catch::Contains("offset 8: snapshot format version 2, this kgq reads version 1"));
  CHECK_THROWS_WITH(f.open("not a snapshot at all", f.wal), Catch::Contains("not a kgq snapshot"));
}

TEST_CASE("a damaged log: a torn tail is cut with a message, damage before it is an error, never a wrong graph") {
  DamagedFixture f;
  std::string where = f.dir / "copy/wal: offset ";
  // Truncation anywhere: the complete records before the cut are replayed, the rest reported.
  for (std::size_t n = 0; n <= f.wal.size(); ++n) {
    INFO("length " << n);
    std::size_t complete = 0;
    while (complete < 3 && f.recordEnds[complete] <= n) ++complete;
    std::string report;
    CHECK(f.open(f.snapshot, f.wal.substr(0, n), &report) == f.exports[complete]);
    bool atBoundary = n == 0 || n == 16 || (complete > 0 && f.recordEnds[complete - 1] == n);
    if (!atBoundary) CHECK_THAT(report, Catch::Contains("cut"));
    if (atBoundary) CHECK_THAT(report, !Catch::Contains("cut"));
  }
  // Flipped bytes: in the last record, cut like a torn write; anywhere else, refused.
  for (std::size_t i = 0; i < f.wal.size(); ++i) {
    INFO("byte " << i);
    std::string bad = f.wal;
    bad[i] = static_cast<char>(bad[i] ^ 0x01);
    if (i >= f.recordEnds[1] + 12) {  // the last record's payload
      std::string report;
      CHECK(f.open(f.snapshot, bad, &report) == f.exports[2]);
      CHECK_THAT(report, Catch::Contains("offset " + std::to_string(f.recordEnds[1])) && Catch::Contains("cut"));
    } else {
      CHECK_THROWS_WITH(f.open(f.snapshot, bad), Catch::StartsWith(where));
    }
  }
  // Zero bytes after the last record (a file system that extended the file before a crash).
  std::string report;
  CHECK(f.open(f.snapshot, f.wal + std::string(40, '\0'), &report) == f.exports[3]);
  CHECK_THAT(report, Catch::Contains("cut 40 bytes"));
  std::string version = f.wal;
  version[8] = 9;
  CHECK_THROWS_WITH(f.open(f.snapshot, version), Catch::Contains("offset 8: log format version 9, this kgq reads version 1"));
  // A log that belongs to another database (its records do not follow this snapshot).
  Database other;
  TempDir otherDir;
  REQUIRE(inCrashingChild([&] {
            Database db;
            db.open(otherDir / "db");
            Connection c(db);
            c.run("CREATE (:Other)");
            c.run("CREATE (:Other)");
            dieHere();
          }) == 0);
  CHECK_THROWS_WITH(f.open(f.snapshot, readFile(otherDir / "db/wal")), Catch::StartsWith(where));
  // A log without its snapshot.
  CHECK_THROWS_WITH(f.open("", f.wal), Catch::Contains("snapshot"));
}

TEST_CASE("a commit whose log write fails changes nothing, and a failed checkpoint keeps the log") {
  TempDir dir;
  REQUIRE(inCrashingChild([&] {
            Database db;
            db.open(dir / "db");
            Connection c(db);
            c.run("CREATE (:Kept {n: 1})");
            // Files may grow only a few bytes more: the next log record cannot be written whole.
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit limit{};
            limit.rlim_cur = limit.rlim_max = std::filesystem::file_size(dir / "db/wal") + 10;
            if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) throw 1;
            std::uintmax_t walBefore = std::filesystem::file_size(dir / "db/wal");
            try {
              c.run("CREATE (:Lost {n: 2, text: 'long enough not to fit in ten bytes'})");
              throw 2;
            } catch (const Error& e) {
              if (e.kind() != ErrorKind::Io || std::string(e.what()).find("write-ahead log") == std::string::npos) throw 3;
            }
            if (c.run("MATCH (n) RETURN count(n)").at(0, 0) != Value(1)) throw 4;  // in memory: unchanged
            if (std::filesystem::file_size(dir / "db/wal") != walBefore) throw 5;   // on disk: unchanged
            c.begin();
            c.run("CREATE (:Lost)");
            try {
              c.commit();
              throw 6;
            } catch (const Error&) {
            }
            if (c.inTransaction() || c.run("MATCH (n) RETURN count(n)").at(0, 0) != Value(1)) throw 7;
            try {
              db.checkpoint();  // the snapshot cannot be written either
              throw 8;
            } catch (const Error& e) {
              if (e.kind() != ErrorKind::Io) throw 9;
            }
            dieHere();
          }) == 0);
  Database db;
  db.open(dir / "db");
  Connection c(db);
  CHECK(c.run("MATCH (n) RETURN labels(n)").rows() == std::vector<std::vector<Value>>{{Value(List{Value("Kept")})}});
}

TEST_CASE("a uniqueness constraint holds after a reopen, from the log and from the snapshot") {
  TempDir dir;
  REQUIRE(inCrashingChild([&] {
            Database db;
            db.open(dir / "db");
            Connection c(db);
            c.run("CREATE CONSTRAINT person_email FOR (p:Person) REQUIRE p.email IS UNIQUE");
            c.run("CREATE (:Person {email: 'a@x'})");
            dieHere();  // the constraint is in the log only
          }) == 0);
  for (int round = 0; round < 2; ++round) {  // replayed from the log, then read from the snapshot
    Database db;
    db.open(dir / "db");
    Connection c(db);
    CHECK(c.run("SHOW CONSTRAINTS").at(0, 0) == Value("person_email"));
    CHECK_THROWS_WITH(c.run("CREATE (:Person {email: 'a@x'})"), Catch::Contains("already exists"));
    CHECK(c.run("MATCH (p:Person) RETURN count(p)").at(0, 0) == Value(1));
  }  // closing checkpoints
}
