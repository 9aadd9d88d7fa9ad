// The write-ahead log: one file of commit records appended in order. A commit is on disk once
// its record is; a snapshot plus the records after it rebuild the graph.
//
// Layout: a 16-byte header (magic "KGQ-WAL\0", format version, header CRC-32C), then records, each
// [payload length u32][payload CRC-32C u32][CRC-32C of the previous 8 bytes u32][payload], the
// payload starting with the commit's sequence number (u64, 1, 2, 3, ... over the database's life).
//
// Reading tells a torn tail (what a crash in the middle of an append leaves: an incomplete last
// record, or a bad last record, or zero bytes) from damage in the middle (a bad record with more
// data after it): the first is cut and reported, the second is an error naming the file and offset.
//
// Promises: WalWriter::append writes the whole record or, on failure, truncates the file back
// to where it was and throws Error(Io); with Sync::EveryCommit it returns only after fsync.
// WalWriter is not thread-safe (the database's writer lock serializes commits). Not copyable.
#pragma once

#include <kgq/kgq.h>

#include "graph/storage/byte_io.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

namespace kgq::storage {

inline constexpr std::uint32_t kWalVersion = 1;

struct WalScan {
  std::uint64_t records = 0;      // complete records read
  std::uint64_t lastSequence = 0; // of the last complete record (0: none)
  std::uint64_t validEnd = 0;     // file offset just past the last complete record
  std::string cutNote;            // non-empty if a torn tail was found (and must be cut)
};

// Reads every complete record of the log at `path` (a missing or empty file has none), calling
// `record(sequence, payload)` for each in order. Throws Error(Load) "PATH: offset N: WHAT" on a
// bad header, another version or damage before the tail; errors thrown by `record` propagate.
WalScan scanWal(const std::string& path, const std::function<void(std::uint64_t, ByteReader&)>& record);

class WalWriter {
 public:
  // Opens the log at `path` for appending after scanning it: cuts it to `validEnd` (writing a
  // fresh header if the file is new or had none). fsyncs what it changed.
  WalWriter(const std::string& path, std::uint64_t validEnd, DurabilityOptions::Sync sync,
            std::chrono::milliseconds relaxedInterval);
  ~WalWriter();
  WalWriter(const WalWriter&) = delete;
  WalWriter& operator=(const WalWriter&) = delete;

  // Appends one record (`payload` must begin with its sequence number).
  void append(const std::string& payload);
  // fsyncs anything written and not yet synced (relaxed mode).
  void sync();
  // Empties the log (after a checkpoint made its records part of the snapshot).
  void reset();
  std::uint64_t size() const { return size_; }
  bool hasRecords() const;

 private:
  void fail(const std::string& what, int error);
  std::string path_;
  int fd_ = -1;
  std::uint64_t size_ = 0;
  DurabilityOptions::Sync mode_;
  std::chrono::milliseconds interval_;
  bool unsynced_ = false;
  std::chrono::steady_clock::time_point lastSync_;
};

}  // namespace kgq::storage
