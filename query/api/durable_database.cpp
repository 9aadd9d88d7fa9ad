// The durable side of Database (include/kgq/kgq.h): opening a database directory, logging
// commits, checkpoints and closing. The files themselves are graph/storage/'s business.
#include "query/api/database_impl.h"

namespace kgq {

void Database::open(const std::string& directory, const DurabilityOptions& options) {
  WriterLock writer(*impl_);
  if (impl_->directory) throw Error(ErrorKind::Runtime, "this database is already open on " + impl_->directory->path());
  if (impl_->graph.nodeSlots() != 0 || impl_->graph.edgeSlots() != 0)
    throw Error(ErrorKind::Runtime, "open " + directory + ": the database must be empty (open it before loading anything)");
  PropertyGraph graph;
  auto opened = std::make_unique<storage::DatabaseDirectory>(directory, options, graph);
  impl_->graph = std::move(graph);
  impl_->directory = std::move(opened);
  impl_->recoveryReport = impl_->directory->report();
  ++impl_->changes;
  impl_->queryCache.clear();  // plans of the graph it replaced
}

bool Database::isDurable() const {
  ReadAccess read(*impl_);
  return impl_->directory != nullptr;
}

std::string Database::recoveryReport() const {
  ReadAccess read(*impl_);
  return impl_->recoveryReport;
}

void Database::checkpoint() {
  if (impl_->thisThreadWrites())
    throw Error(ErrorKind::Runtime, "cannot checkpoint while this thread has a transaction open; commit or roll back first");
  WriterLock writer(*impl_);
  if (impl_->directory) impl_->directory->checkpoint(impl_->graph);
}

void Database::close() {
  if (impl_->thisThreadWrites())
    throw Error(ErrorKind::Runtime, "cannot close while this thread has a transaction open; commit or roll back first");
  WriterLock writer(*impl_);
  if (!impl_->directory) return;
  if (impl_->directory->hasLog()) impl_->directory->checkpoint(impl_->graph);
  impl_->directory.reset();
}

void Database::Impl::logCommit(const CommitRecord& record) {
  if (!directory || record.empty()) return;
  directory->commit(record);
  if (directory->wantsCheckpoint()) {
    try {
      directory->checkpoint(graph);
    } catch (const Error&) {
      // The commit is in the log; the checkpoint is tried again by the next commit, and on close.
    }
  }
}

}  // namespace kgq
