// kgq — the embedding API. A Database holds one in-memory property graph, optionally durable (a
// database directory: snapshot + write-ahead log); a Connection runs Cypher queries against it and
// returns typed rows.
//
//   kgq::Database db;
//   db.loadJsonFile("graph.json");
//   kgq::Connection conn(db);
//   kgq::Result r = conn.run("MATCH (c:City) WHERE c.population > $p RETURN c.name",
//                            {{"p", kgq::Value(int64_t{20000000})}});
//   for (const auto& row : r.rows()) std::cout << row[0].asString() << "\n";
//
// Promises: every failure is a kgq::Error naming what and where; a failed load or query leaves
// the graph unchanged. Many Connections on one Database may run queries from different threads at
// once: read-only statements run in parallel, a writing statement (or an open explicit
// transaction) runs alone, so every statement sees the graph as a committed state — isolation is
// per statement outside explicit transactions and serializable inside one (readers wait while it
// is open). One Connection is used by one thread at a time; it may be interrupted from another.
#pragma once

#include <kgq/procedure.h>
#include <kgq/value.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <cstdint>
#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kgq {

enum class ErrorKind {
  Syntax,     // the query text does not parse
  Semantic,   // the query parses but is invalid (unknown variable, misplaced aggregate, ...)
  Runtime,    // the query failed while running (type error, bad argument, ...)
  Load,       // a data file is malformed or inconsistent
  Io,         // a file could not be read or written
  Interrupted, // the query was cancelled
  ResourceLimit // the query went over its time or memory limit (Connection::setTimeout, setMemoryLimit)
};

// The one error type the API throws. what() is the full message, ready to show a user.
class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  ErrorKind kind() const { return kind_; }

 private:
  ErrorKind kind_;
};

using Params = Map;

// Time spent per stage of one query, in microseconds.
struct QueryTiming {
  double parseMicros = 0;
  double planMicros = 0;
  double executeMicros = 0;
  // The plan came from the database's query cache: nothing was parsed or planned (both times 0).
  bool fromPlanCache = false;
};

// What a query changed in the graph (all zero for a read-only query). As in the openCypher TCK,
// overwriting a property counts one property set and one removed; setting it to null, one removed.
// Properties of created and deleted elements count too.
struct WriteStats {
  std::size_t nodesCreated = 0;
  std::size_t nodesDeleted = 0;
  std::size_t relationshipsCreated = 0;
  std::size_t relationshipsDeleted = 0;
  std::size_t propertiesSet = 0;
  std::size_t propertiesRemoved = 0;
  std::size_t labelsAdded = 0;
  std::size_t labelsRemoved = 0;
  bool containsUpdates() const {
    return nodesCreated || nodesDeleted || relationshipsCreated || relationshipsDeleted || propertiesSet ||
           propertiesRemoved || labelsAdded || labelsRemoved;
  }
};

// The rows a query returned, with their column names, in order.
class Result {
 public:
  const std::vector<std::string>& columns() const { return columns_; }
  const std::vector<std::vector<Value>>& rows() const { return rows_; }
  std::size_t size() const { return rows_.size(); }
  const Value& at(std::size_t row, std::size_t column) const { return rows_.at(row).at(column); }
  const QueryTiming& timing() const { return timing_; }
  const WriteStats& stats() const { return stats_; }
  // For EXPLAIN and PROFILE: the plan as text; empty otherwise.
  const std::string& planText() const { return planText_; }

 private:
  friend class Connection;
  friend class Database;  // callProcedure
  std::vector<std::string> columns_;
  std::vector<std::vector<Value>> rows_;
  QueryTiming timing_;
  WriteStats stats_;
  std::string planText_;
};

// How a durable database (Database::open) writes its log.
struct DurabilityOptions {
  // EveryCommit: a commit returns after its log record is fsynced — it survives a crash of the
  // process, the OS or the machine. Relaxed: a commit returns once its record is written to the
  // OS (it survives the process being killed, kill -9 included); the log is fsynced at most every
  // relaxedSyncMillis (by a later commit), at checkpoints and on close, so an OS crash or power
  // loss may lose the commits of the last interval.
  enum class Sync { EveryCommit, Relaxed };
  Sync sync = Sync::EveryCommit;
  unsigned relaxedSyncMillis = 100;
  // A commit that grows the log past this many bytes checkpoints (writes a snapshot, empties the log).
  std::uint64_t checkpointLogBytes = 64u << 20;
};

// What a load added.
struct LoadStats {
  std::size_t nodes = 0;
  std::size_t edges = 0;
};

class Database {
 public:
  Database();
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Opens (creating it if missing) the database directory `directory` and makes this database
  // durable: every committed write from now on is in its write-ahead log before the commit
  // returns. Recovers the snapshot plus the log's complete commits; a torn log tail (a crash in
  // the middle of a commit) is cut and described in recoveryReport(). Precondition: this database
  // is empty and not open. Throws Error(Io) if another process has the directory open ("in use by
  // process N") or a file cannot be read or written, Error(Load) naming the file and offset if a
  // file is damaged, another version or not kgq's; then nothing changes.
  void open(const std::string& directory, const DurabilityOptions& options = {});
  bool isDurable() const;
  // What opening recovered, empty if there was nothing to say.
  std::string recoveryReport() const;
  // Writes a new snapshot atomically and empties the log (also done on close and when the log
  // passes DurabilityOptions::checkpointLogBytes). Throws Error(Io) on failure (the log is then
  // kept) and Error(Runtime) while this thread has a transaction open. No-op when not durable.
  void checkpoint();
  // Checkpoints if the log holds anything, then releases the directory; the graph stays in
  // memory and later changes are not saved. The destructor does the same, ignoring errors.
  void close();

  // Loads a kgq-graph v1 JSON file (SPEC §2) into this database, adding to what is there.
  // In a durable database the load is followed by a checkpoint, and undone if that fails.
  // All or nothing: on any error throws Error (kind Load or Io) naming the file, the position
  // and what was expected, and the graph is unchanged.
  LoadStats loadJsonFile(const std::string& path);
  // The same for text already in memory; `sourceName` names it in error messages.
  LoadStats loadJsonText(std::string_view text, const std::string& sourceName);

  // Writes the whole graph as a kgq-graph v1 JSON file that loadJsonFile reads back to the same
  // graph. Atomic: writes a temporary file in the same directory, flushes and fsyncs it, then
  // renames it over `path`; on any failure throws Error(Io) and leaves the old file untouched.
  void saveJsonFile(const std::string& path) const;

  std::size_t nodeCount() const;
  std::size_t edgeCount() const;

  // How many changes (loads and write queries that changed something) this database has seen;
  // compare two readings to know whether anything changed in between (e.g. since a save).
  std::uint64_t changeCount() const;

  // Drops every plan in the query cache, so that each query is parsed and planned again on its
  // next run, as Neo4j's db.clearQueryCaches() does. The cache keeps the plans of the last 1,000
  // statement texts run on any connection (EXPLAIN and PROFILE excepted) and replans on its own
  // when a plan may have gone stale: an index or constraint was created or dropped, a label,
  // type or key name was added or forgotten, or a count the plan was costed on (nodes, edges, a
  // label's nodes, a type's edges) at least doubled or halved. Plans never depend on parameter
  // values or on the data otherwise, so this is for measuring cold runs, not for correctness.
  void clearQueryCache();

  // ---- Procedures (include/kgq/procedure.h) ----
  // Registers a procedure for CALL, next to the built-in db.*, dbms.* and algo.* ones. Throws
  // Error(Semantic) if the name is taken (ignoring case) or the signature repeats a name.
  void registerProcedure(ProcedureSignature signature, ProcedureCallback callback);
  // Every procedure's signature, ordered by name: what SHOW PROCEDURES lists.
  std::vector<ProcedureSignature> procedures() const;
  // Runs one procedure on its own, as `CALL name(args)` would: arguments are checked against the
  // signature (Error(Semantic) naming the argument) and defaults filled in; a node argument may
  // be a Node from an earlier result. The rows' columns are the signature's outputs, with nodes,
  // relationships and paths materialized. Throws Error(Semantic) for an unknown procedure.
  Result callProcedure(std::string_view name, std::vector<Value> args = {});

  // Registers a scalar function for queries, `name(arg, ...)` with minArgs..maxArgs arguments
  // (names are case-insensitive and may be dotted: "my.double"). The callback gets the evaluated
  // arguments (nodes, relationships and paths materialized) and returns the value; a kgq::Error it
  // throws fails the query as it is, any other exception becomes Error(Runtime) naming the
  // function. Throws Error(Semantic) if the name is taken, a built-in's included.
  void registerFunction(const std::string& name, int minArgs, int maxArgs,
                        std::function<Value(const std::vector<Value>& args)> callback);

  struct Impl;  // the graph and its indexes; defined by the implementation

 private:
  friend class Connection;
  friend struct DatabaseInternals;  // the library's own access to Impl (exports, imports)
  std::unique_ptr<Impl> impl_;
};

// A session on a Database: runs queries. Cheap to create; keep one per thread of use. Running a
// query text again — on any connection, with other parameters — reuses its plan from the
// database's query cache (Database::clearQueryCache says when plans are made again).
class Connection {
 public:
  explicit Connection(Database& db);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Parses, checks, plans and runs one statement. Throws Error on failure, leaving the graph
  // as it was. A trailing ';' is allowed; several statements are not (see splitStatements).
  // Outside a transaction a writing statement commits on its own (in a durable database: its
  // changes are in the log when run returns). Inside one, its changes wait for commit(), and a
  // statement that fails once it runs rolls the whole transaction back (inTransaction() is then
  // false), as Neo4j does; one refused before it touches the graph (a syntax error, an unknown
  // variable, CREATE INDEX) leaves the transaction as it was.
  Result run(std::string_view query, const Params& params = {});

  // Explicit transactions. begin() takes the database's writer lock (waiting for statements of
  // other connections to finish; other connections' statements then wait until commit or
  // rollback) and throws Error(Runtime) if this connection is already in one. commit() makes the
  // changes of every statement since begin() durable together — all or none after a crash — and
  // rollback() undoes them; both throw Error(Runtime) outside a transaction. A Connection
  // destroyed inside a transaction rolls it back. Don't open a transaction and then run queries
  // on a second connection from the same thread: reads there see this transaction's changes,
  // writes there fail.
  void begin();
  void commit();
  void rollback();
  bool inTransaction() const { return transaction_ != nullptr; }

  // Asks the query running on this connection to stop; it then throws Error(Interrupted).
  // Safe to call from another thread or a signal handler.
  void interrupt() { interrupted_.store(true); }

  // Per-query limits for the queries this connection runs (0, the default: none). A query that
  // runs longer than the timeout, or whose intermediate results (sorted, distinct, grouped,
  // collected or returned rows, strings and lists it builds) are estimated to need more than the
  // memory limit, stops with Error(ResourceLimit) naming the limit; a writing query is rolled
  // back as any failed one is. The time counts from the start of execution; a procedure (CALL)
  // is stopped by time only between the rows it yields, by interrupt() at any time.
  void setTimeout(std::chrono::nanoseconds timeout) { timeout_ = timeout.count() > 0 ? timeout : std::chrono::nanoseconds{0}; }
  // The same in seconds (0.25 is a quarter of a second); 0, a negative number or NaN: none.
  void setTimeout(double seconds) {
    constexpr double kMaxSeconds = 9e9;  // ~285 years; beyond, nanoseconds would overflow
    double ns = seconds > 0 ? (seconds < kMaxSeconds ? seconds : kMaxSeconds) * 1e9 : 0;
    setTimeout(std::chrono::nanoseconds(ns > 0 && ns < 1 ? 1 : static_cast<std::int64_t>(ns)));
  }
  std::chrono::nanoseconds timeout() const { return timeout_; }
  static constexpr std::size_t kMiB = std::size_t{1} << 20;  // setMemoryLimit(512 * Connection::kMiB)
  void setMemoryLimit(std::size_t bytes) { memoryLimit_ = bytes; }
  std::size_t memoryLimit() const { return memoryLimit_; }

  // How deep a variable-length pattern without an upper bound (`*`, `*2..`) may walk. A walk that
  // could go deeper fails with an error naming the limit instead of running away; give an
  // explicit bound (`*1..30`) or raise this limit.
  static constexpr std::size_t kDefaultVariableLengthLimit = 15;
  void setVariableLengthLimit(std::size_t hops) { variableLengthLimit_ = hops; }
  std::size_t variableLengthLimit() const { return variableLengthLimit_; }

 public:
  struct OpenTransaction;  // the writer lock and transaction between begin() and commit()/rollback()

 private:
  Database& db_;
  std::unique_ptr<OpenTransaction> transaction_;
  std::atomic<bool> interrupted_{false};
  std::size_t variableLengthLimit_ = kDefaultVariableLengthLimit;
  std::chrono::nanoseconds timeout_{0};
  std::size_t memoryLimit_ = 0;
};

// One statement of a script, with where it starts in the script (1-based line and column).
struct ScriptStatement {
  std::string text;
  std::size_t line = 1;
  std::size_t column = 1;
};

// Splits a script into its ';'-separated statements, honouring strings and comments; empty
// statements are dropped. Throws Error(Syntax) on an unterminated string or comment.
std::vector<ScriptStatement> splitStatements(std::string_view script);

}  // namespace kgq
