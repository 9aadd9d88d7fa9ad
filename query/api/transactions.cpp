// Locks and transactions of the embedding API: the writer lock, explicit transactions
// (Connection::begin/commit/rollback) and the access one statement of Connection::run runs under
// (query/api/database_impl.h says what each promises).
#include "query/api/database_impl.h"

namespace kgq {
namespace {

WriteStats minus(const WriteStats& a, const WriteStats& b) {
  WriteStats d;
  d.nodesCreated = a.nodesCreated - b.nodesCreated;
  d.nodesDeleted = a.nodesDeleted - b.nodesDeleted;
  d.relationshipsCreated = a.relationshipsCreated - b.relationshipsCreated;
  d.relationshipsDeleted = a.relationshipsDeleted - b.relationshipsDeleted;
  d.propertiesSet = a.propertiesSet - b.propertiesSet;
  d.propertiesRemoved = a.propertiesRemoved - b.propertiesRemoved;
  d.labelsAdded = a.labelsAdded - b.labelsAdded;
  d.labelsRemoved = a.labelsRemoved - b.labelsRemoved;
  return d;
}

}  // namespace

WriterLock::WriterLock(Database::Impl& db) : db_(db) {
  if (db.thisThreadWrites())
    throw Error(ErrorKind::Runtime,
                "this thread has a transaction open (on this or another connection); commit or roll it back first");
  std::lock_guard<std::mutex> waiting(db.gate);
  lock_ = std::unique_lock<std::shared_mutex>(db.lock);
  db.writer.store(actingThread());
}

WriterLock::~WriterLock() { db_.writer.store(std::thread::id()); }

Connection::OpenTransaction::OpenTransaction(Database::Impl& database) : db(database), lock(database), transaction(database.graph) {
  if (db.directory) transaction.recordChanges();
}

// GraphTransaction's destructor rolls back if commit() was not called.
Connection::OpenTransaction::~OpenTransaction() = default;

void Connection::begin() {
  if (transaction_) throw Error(ErrorKind::Runtime, "a transaction is already open on this connection");
  transaction_ = std::make_unique<OpenTransaction>(*db_.impl_);
}

void Connection::commit() {
  if (!transaction_) throw Error(ErrorKind::Runtime, "there is no open transaction to commit");
  std::unique_ptr<OpenTransaction> open = std::move(transaction_);
  // If the log write fails, `open` rolls back as it goes: nothing of the transaction stays.
  db_.impl_->logCommit(open->transaction.changeRecord());
  open->transaction.commit();
}

void Connection::rollback() {
  if (!transaction_) throw Error(ErrorKind::Runtime, "there is no open transaction to roll back");
  transaction_.reset();
}

StatementAccess::StatementAccess(Database::Impl& db, std::unique_ptr<Connection::OpenTransaction>& open, bool writes)
    : db_(db), open_(open) {
  if (open) {
    transaction_ = &open->transaction;  // holds the writer lock already
    before_ = transaction_->stats();
  } else if (writes) {
    write_.emplace(db);
    own_.emplace(db.graph);
    if (db.directory) own_->recordChanges();
    transaction_ = &*own_;
  } else {
    read_.emplace(db);
  }
}

StatementAccess::~StatementAccess() {
  // An exception ends the statement: in an explicit transaction, the whole transaction goes
  // (its destructor rolls back and releases the writer lock); a statement's own transaction
  // rolls back with own_.
  if (!committed_ && open_ && std::uncaught_exceptions() > 0) open_.reset();
  own_.reset();  // before write_ releases the lock
}

WriteStats StatementAccess::commit() {
  committed_ = true;
  if (!transaction_) return WriteStats();
  if (open_) {
    WriteStats stats = minus(transaction_->stats(), before_);
    if (stats.containsUpdates()) ++db_.changes;
    return stats;
  }
  WriteStats stats = transaction_->stats();
  db_.logCommit(transaction_->changeRecord());  // throws (and own_ rolls back) if the log fails
  transaction_->commit();
  if (stats.containsUpdates()) ++db_.changes;
  return stats;
}

}  // namespace kgq
