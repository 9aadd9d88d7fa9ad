// DatabaseDirectory: a durable database on disk — a directory holding `snapshot` (the graph at the
// last checkpoint, graph/storage/snapshot.h), `wal` (the commits since, graph/storage/wal.h) and
// `lock` (held with flock while open, so that a second process cannot open it for writing).
//
// Opening recovers: the snapshot (if any) plus every complete log record after it; a torn log
// tail is cut and reported in report(). A checkpoint writes a new snapshot atomically and then
// empties the log; records carry sequence numbers and the snapshot the last one it holds, so a
// crash between the two steps only leaves records that the next open skips.
//
// Promises: the constructor either opens (graph filled, lock held) or throws Error — Io for the
// file system and the lock ("... is in use by process N"), Load for a damaged file, naming file
// and offset — leaving `graph` untouched. commit() returns once the record is in the log (and
// fsynced in the default mode); if it throws, the log does not hold the commit. Not thread-safe:
// the caller serializes commit/checkpoint (the database's writer lock). Not copyable.
#pragma once

#include <kgq/kgq.h>

#include "graph/change_record.h"
#include "graph/property_graph.h"

#include <cstdint>
#include <memory>
#include <string>

namespace kgq::storage {

class WalWriter;

class DatabaseDirectory {
 public:
  DatabaseDirectory(const std::string& directory, const DurabilityOptions& options, PropertyGraph& graph);
  ~DatabaseDirectory();
  DatabaseDirectory(const DatabaseDirectory&) = delete;
  DatabaseDirectory& operator=(const DatabaseDirectory&) = delete;

  const std::string& path() const { return directory_; }
  // What recovery did ("replayed 12 commits from ...", a cut tail), empty if there was nothing to say.
  const std::string& report() const { return report_; }

  void commit(const CommitRecord& record);
  // Writes `graph` as the new snapshot and empties the log.
  void checkpoint(const PropertyGraph& graph);
  // The log holds commits that are not in the snapshot.
  bool hasLog() const;
  // The log has grown past the checkpoint size.
  bool wantsCheckpoint() const;
  // fsyncs commits that relaxed mode has not synced yet.
  void sync();

 private:
  std::string directory_;
  DurabilityOptions options_;
  int lockFd_ = -1;
  std::uint64_t sequence_ = 0;  // of the last commit
  std::unique_ptr<WalWriter> wal_;
  std::string report_;
};

}  // namespace kgq::storage
