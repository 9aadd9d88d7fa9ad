// Fuzz target `query`: the input is a Cypher script (at most 4 statements are run) against a small
// graph with writes enabled — 30 nodes of three labels, 60 edges of three types (a self-loop and
// parallel edges among them), properties of every storable type, three property indexes (built).
//
// After every statement: the graph's invariants hold; a statement that failed left the graph
// exactly as it was (fingerprint); no exception other than kgq::Error leaves Connection::run.
// After a script that changed the graph: the saved graph loads back with the same counts (what
// saves must load); then the base graph is restored for the next input. A statement that runs
// longer than 50 ms is interrupted, which must also leave the graph unchanged (a runaway
// statement, common in the corpus, so costs 50 ms instead of the 250 it used to).
#include "fuzz_checks.h"

#include "graph/json_writer.h"
#include "loaders/json_loader.h"
#include "query/api/database_impl.h"

#include <kgq/kgq.h>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <sstream>
#include <thread>
#include <utility>
#include <vector>

namespace {

constexpr const char* kTarget = "query";
constexpr std::size_t kMaxStatements = 4;
constexpr auto kStatementTime = std::chrono::milliseconds(50);

std::string smallGraphJson() {
  const char* labels[] = {"Person", "Company", "City"};
  const char* types[] = {"KNOWS", "WORKS_AT", "LIVES_IN"};
  std::ostringstream out;
  out << R"({"format": "kgq-graph", "version": 1, "nodes": [)";
  for (int i = 0; i < 30; ++i) {
    out << (i ? ",\n" : "\n") << R"({"id": "n)" << i << R"(", "labels": [")" << labels[i % 3] << '"'
        << (i % 7 == 0 ? R"(, "Extra")" : "") << R"(], "properties": {"name": "name)" << i % 11 << R"(", "age": )"
        << 20 + i % 9 << R"(, "score": )" << i * 0.25 << R"(, "active": )" << (i % 2 ? "true" : "false")
        << R"(, "tags": ["t)" << i % 4 << R"(", "x"])" << (i % 5 == 0 ? R"(, "id": 7)" : "") << "}}";
  }
  out << "],\n\"edges\": [";
  for (int e = 0; e < 60; ++e) {
    int from = (e * 7) % 30, to = e == 5 ? from : (e * 11 + 3) % 30;
    out << (e ? ",\n" : "\n") << R"({"type": ")" << types[e % 3] << R"(", "from": "n)" << from << R"(", "to": "n)" << to
        << R"(", "properties": {"w": )" << e % 5 << (e % 4 == 0 ? R"(, "since": 2000.5)" : "") << "}}";
  }
  out << "]}\n";
  return out.str();
}

// Interrupts the statement that runs too long: a thread that sleeps until a statement's deadline.
class Watchdog {
 public:
  Watchdog() : thread_([this] { loop(); }) { thread_.detach(); }
  void arm(kgq::Connection* conn) {
    std::lock_guard<std::mutex> guard(mutex_);
    conn_ = conn;
    deadline_ = std::chrono::steady_clock::now() + kStatementTime;
    wake_.notify_one();
  }
  void disarm() {
    std::lock_guard<std::mutex> guard(mutex_);
    conn_ = nullptr;
  }

 private:
  void loop() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      if (!conn_) {
        wake_.wait(lock);
      } else if (std::chrono::steady_clock::now() >= deadline_) {
        conn_->interrupt();
        conn_ = nullptr;
      } else {
        wake_.wait_until(lock, deadline_);
      }
    }
  }
  std::mutex mutex_;
  std::condition_variable wake_;
  kgq::Connection* conn_ = nullptr;
  std::chrono::steady_clock::time_point deadline_;
  std::thread thread_;
};

// The database the inputs run on. The base graph is made once (load, then the writes and index
// builds below, through Cypher); after a script that changed it, it is restored from that graph's
// saved JSON and index list instead (no Database, no parsing of the setup queries), and the
// restored graph's fingerprint must equal the base's.
struct Fixture {
  kgq::Database db;
  std::string baseJson, baseFingerprint;
  std::vector<std::pair<kgq::LabelId, kgq::KeyId>> baseIndexes;
  std::uint64_t baseChanges = 0, baseSchemaChanges = 0;
  Watchdog watchdog;

  Fixture() {
    static const std::string json = smallGraphJson();
    db.loadJsonText(json, "fuzz-graph.json");
    kgq::Connection conn(db);
    conn.run("MATCH (p:Person) SET p.born = date('1990-01-01') + duration({days: p.age}), p.seen = localdatetime('2020-02-03T04:05:06')");
    conn.run("CREATE INDEX ON :Person(age)");
    conn.run("CREATE INDEX ON :City(score)");
    // Indexes are built on first use: use each, so that writes must keep them current.
    conn.run("MATCH (p:Person {age: 21}) MATCH (c:City {score: 0.5}) MATCH (n {name: 'name1'}) RETURN count(*)");
    std::ostringstream saved;
    kgq::writeGraphJson(graph(), saved);
    baseJson = saved.str();
    baseIndexes = graph().indexes();
    // The inputs run on the restored graph (the same data; names interned in the file's order),
    // restored twice at the start, so that a restore that is not exact fails at once.
    reset();
    baseFingerprint = graph().fingerprint();
    reset();
  }
  kgq::Database::Impl& impl() { return kgq::DatabaseInternals::of(db); }
  kgq::PropertyGraph& graph() { return impl().graph; }
  bool changed() const {
    const kgq::Database::Impl& i = kgq::DatabaseInternals::of(db);
    return i.changes != baseChanges || i.schemaChanges != baseSchemaChanges;
  }
  void remember() {
    baseChanges = impl().changes;
    baseSchemaChanges = impl().schemaChanges;
  }
  void reset() {
    kgq::PropertyGraph fresh;
    kgq::loadGraphJson(fresh, baseJson, "base.json");
    for (const auto& [label, key] : baseIndexes) {
      fresh.createIndex(label, key);
      fresh.indexLookup(label, key, kgq::Value(std::int64_t{0}));  // builds it
    }
    graph() = std::move(fresh);
    impl().queryCache.clear();  // plans of the old graph, as Database::open clears them
    remember();
    if (baseFingerprint.empty()) return;  // the first restore, which makes the base
    std::string restored = graph().fingerprint();
    if (restored != baseFingerprint)
      kgq::fuzz::violation(kTarget, "the fixture's restored graph differs from the base graph:\n" + baseFingerprint +
                                        "restored as\n" + restored, "");
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > kgq::fuzz::kMaxInputBytes) return -1;
  static Fixture& fixture = *new Fixture;  // never destroyed: the watchdog thread outlives main
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<kgq::ScriptStatement> statements;
  try {
    statements = kgq::splitStatements(input);
  } catch (const kgq::Error&) {
    statements.emplace_back();  // an unterminated string or comment: run it whole, for the parser's error
    statements.back().text = std::string(input);
  }
  {
    kgq::Connection conn(fixture.db);
    for (std::size_t i = 0; i < statements.size() && i < kMaxStatements; ++i) {
      kgq::PropertyGraph& graph = fixture.graph();
      // Taken before every statement, not only when the change counters moved: taking it lazily
      // gave false reports (some statement changes the fingerprint but moves neither).
      std::string before = graph.fingerprint();
      fixture.watchdog.arm(&conn);
      try {
        conn.run(statements[i].text);
        fixture.watchdog.disarm();
      } catch (const kgq::Error& e) {
        fixture.watchdog.disarm();
        kgq::fuzz::requireUnchanged(kTarget, graph, before, std::string("a statement that failed (") + e.what() + ")", input);
      }
      kgq::fuzz::requireConsistent(kTarget, graph, input);
    }
  }
  if (fixture.changed()) {
    std::ostringstream saved;
    try {
      kgq::writeGraphJson(fixture.graph(), saved);
    } catch (const kgq::Error&) {
      saved.str("");  // a value JSON cannot hold (NaN): refused with an error, as promised
    }
    if (!saved.str().empty()) {
      kgq::PropertyGraph reloaded;
      try {
        kgq::loadGraphJson(reloaded, saved.str(), "saved.json");
      } catch (const kgq::Error& e) {
        kgq::fuzz::violation(kTarget, std::string("the graph saves but does not load: ") + e.what(), input);
      }
      if (reloaded.nodeCount() != fixture.graph().nodeCount() || reloaded.edgeCount() != fixture.graph().edgeCount())
        kgq::fuzz::violation(kTarget, "the saved graph loads back with other counts", input);
      kgq::fuzz::requireConsistent(kTarget, reloaded, input);
    }
    fixture.reset();
  }
  return 0;
}
