// Database::Impl: what a kgq::Database owns; DatabaseInternals, the way the library's own API
// functions outside Database and Connection (exports, GraphML import, the schema description)
// reach it: they read and fill the one graph directly, never through a Cypher round trip or a
// copy; and the locks and transactions a statement runs under (query/api/transactions.cpp).
// Internal to the implementation of the public API (query/api/*.cpp); nothing outside query/api
// includes it.
#pragma once

#include <kgq/kgq.h>

#include "graph/graph_transaction.h"
#include "graph/property_graph.h"
#include "graph/stack_depth.h"
#include "query/api/query_cache.h"
#include "query/common/cypher_enums.h"
#include "query/common/schema_command.h"
#include "query/function/user_functions.h"
#include "query/procedures/registry.h"
#include "graph/storage/database_directory.h"

#include <atomic>
#include <functional>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <thread>

namespace kgq {

struct Database::Impl {
  Impl() { registerBuiltinProcedures(procedures); }
  PropertyGraph graph;
  ProcedureRegistry procedures;  // built-ins, then what the embedding program registers
  UserFunctions functions;       // the scalar functions the embedding program registers
  std::uint64_t changes = 0;  // bumped by every load and every write query that changed something
  std::uint64_t schemaChanges = 0;  // bumped by CREATE / DROP INDEX and CONSTRAINT
  QueryCache queryCache;      // plans by statement text, for every connection

  // Readers share `lock`; a writing statement or an open explicit transaction holds it alone, and
  // `writer` says which thread that is (so that the thread's own reads do not wait for itself).
  // A waiting writer holds `gate`, which new readers pass through: without it a steady stream of
  // readers would keep the writer out for ever (glibc's rwlock prefers readers).
  std::shared_mutex lock;
  std::mutex gate;
  std::atomic<std::thread::id> writer{};
  bool thisThreadWrites() const { return writer.load() == actingThread(); }

  std::unique_ptr<storage::DatabaseDirectory> directory;  // set while durable
  std::string recoveryReport;
  // Writes `record` to the log (durable databases; nothing otherwise), checkpointing afterwards
  // if the log grew past its limit. Throws Error(Io) if the log write fails.
  void logCommit(const CommitRecord& record);
};

struct DatabaseInternals {
  static Database::Impl& of(Database& db) { return *db.impl_; }
  static const Database::Impl& of(const Database& db) { return *db.impl_; }
};

// Shared access for reading, unless this thread already holds the writer lock.
class ReadAccess {
 public:
  explicit ReadAccess(Database::Impl& db) {
    if (db.thisThreadWrites()) return;
    { std::lock_guard<std::mutex> pass(db.gate); }
    lock_ = std::shared_lock<std::shared_mutex>(db.lock);
  }

 private:
  std::shared_lock<std::shared_mutex> lock_;
};

// The writer lock held by one thread: marks the thread as the writer while held.
class WriterLock {
 public:
  explicit WriterLock(Database::Impl& db);
  ~WriterLock();
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;

 private:
  Database::Impl& db_;
  std::unique_lock<std::shared_mutex> lock_;
};

struct Connection::OpenTransaction {
  explicit OpenTransaction(Database::Impl& db);
  ~OpenTransaction();  // rolls back unless committed
  Database::Impl& db;
  WriterLock lock;
  GraphTransaction transaction;
};

// What one statement of Connection::run runs under: shared access for a read, the writer lock and
// a transaction for a write — the connection's explicit transaction if it has one, else one of the
// statement's own that commit() logs and commits. A statement that leaves by an exception without
// commit() is undone; in an explicit transaction that rolls the whole transaction back.
class StatementAccess {
 public:
  StatementAccess(Database::Impl& db, std::unique_ptr<Connection::OpenTransaction>& open, bool writes);
  ~StatementAccess();
  StatementAccess(const StatementAccess&) = delete;
  StatementAccess& operator=(const StatementAccess&) = delete;

  GraphTransaction* transaction() { return transaction_; }
  // The statement succeeded: returns what it changed (explicit transactions: what this statement
  // added to the transaction's counts).
  WriteStats commit();

 private:
  Database::Impl& db_;
  std::unique_ptr<Connection::OpenTransaction>& open_;
  std::optional<ReadAccess> read_;
  std::optional<WriterLock> write_;
  std::optional<GraphTransaction> own_;
  GraphTransaction* transaction_ = nullptr;
  WriteStats before_;
  bool committed_ = false;
};

// Runs `load` (which fills db.graph all or nothing, from `source`) under the writer lock; undoes
// it if what it added breaks a uniqueness constraint, or if the checkpoint a durable database
// takes after a load fails (the log keeps queries' changes, not loads).
LoadStats loadIntoDatabase(Database::Impl& db, const std::string& source, const std::function<LoadStats()>& load);

// A schema command (CREATE / DROP INDEX, CREATE / DROP CONSTRAINT), carried out under the writer
// lock and logged (query/api/schema_commands.cpp). Indexes and constraints are kept in the
// snapshot, not in JSON files. Refused inside an explicit transaction (`inTransaction`).
void runSchemaCommand(Database::Impl& db, bool inTransaction, StatementKind kind, const SchemaCommand& command);

}  // namespace kgq
