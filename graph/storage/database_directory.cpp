#include "graph/storage/database_directory.h"

#include "graph/storage/redo.h"
#include "graph/storage/snapshot.h"
#include "graph/storage/wal.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace kgq::storage {
namespace {

std::string holderOf(int fd) {
  char buffer[32] = {};
  ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
  std::string pid = n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : "";
  while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
  return pid.empty() ? "another process" : "process " + pid;
}

bool exists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}

}  // namespace

DatabaseDirectory::DatabaseDirectory(const std::string& directory, const DurabilityOptions& options, PropertyGraph& graph)
    : directory_(directory), options_(options) {
  while (directory_.size() > 1 && directory_.back() == '/') directory_.pop_back();
  if (::mkdir(directory_.c_str(), 0777) != 0 && errno != EEXIST)
    throw Error(ErrorKind::Io, "cannot create database directory " + directory_ + ": " + std::strerror(errno));
  struct stat st;
  if (::stat(directory_.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
    throw Error(ErrorKind::Io, directory_ + " is not a directory (a kgq database is a directory)");

  std::string lockPath = directory_ + "/lock";
  lockFd_ = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
  if (lockFd_ < 0) throw Error(ErrorKind::Io, "cannot open " + lockPath + ": " + std::strerror(errno));
  if (::flock(lockFd_, LOCK_EX | LOCK_NB) != 0) {
    int e = errno;
    std::string holder = e == EWOULDBLOCK ? holderOf(lockFd_) : "";
    ::close(lockFd_);
    if (e == EWOULDBLOCK)
      throw Error(ErrorKind::Io, "database " + directory_ + " is in use by " + holder + " (it holds " + lockPath +
                                     "); close it there first");
    throw Error(ErrorKind::Io, "cannot lock " + lockPath + ": " + std::strerror(e));
  }
  try {
    std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(lockFd_, 0) != 0 || ::pwrite(lockFd_, pid.data(), pid.size(), 0) < 0) {
      // The pid only improves another process's message; the lock itself is held.
    }

    PropertyGraph loaded;
    std::string snapshotPath = directory_ + "/snapshot";
    std::uint64_t snapshotSequence = exists(snapshotPath) ? readSnapshot(snapshotPath, loaded) : 0;
    sequence_ = snapshotSequence;
    std::string walPath = directory_ + "/wal";
    std::uint64_t replayed = 0;
    WalScan scan = scanWal(walPath, [&](std::uint64_t sequence, ByteReader& payload) {
      std::size_t at = payload.offset();
      CommitRecord record = decodeCommit(payload);
      if (sequence <= snapshotSequence) return;  // in the snapshot already (a checkpoint stopped halfway)
      if (sequence != sequence_ + 1)
        payload.failAt(at, "commit " + std::to_string(sequence) + " does not follow commit " + std::to_string(sequence_) +
                               " of the snapshot: commits are missing");
      std::string why = applyCommit(loaded, record);
      if (!why.empty()) payload.failAt(at, "commit " + std::to_string(sequence) + " does not apply: " + why);
      sequence_ = sequence;
      ++replayed;
    });
    if (replayed > 0) report_ = "recovered " + std::to_string(replayed) + " commit(s) from " + walPath;
    if (!scan.cutNote.empty()) report_ += (report_.empty() ? "" : "; ") + scan.cutNote;
    wal_ = std::make_unique<WalWriter>(walPath, scan.validEnd, options.sync,
                                       std::chrono::milliseconds(options.relaxedSyncMillis));
    graph = std::move(loaded);
  } catch (...) {
    ::close(lockFd_);  // releases the lock
    throw;
  }
}

DatabaseDirectory::~DatabaseDirectory() {
  wal_.reset();  // fsyncs what relaxed mode left unsynced
  if (lockFd_ >= 0) ::close(lockFd_);
}

void DatabaseDirectory::commit(const CommitRecord& record) {
  ByteWriter payload;
  payload.u64(sequence_ + 1);
  encodeCommit(record, payload);
  wal_->append(payload.bytes());
  ++sequence_;
}

void DatabaseDirectory::checkpoint(const PropertyGraph& graph) {
  writeSnapshot(graph, sequence_, directory_ + "/snapshot");
  wal_->reset();
}

bool DatabaseDirectory::hasLog() const { return wal_->hasRecords(); }
bool DatabaseDirectory::wantsCheckpoint() const { return wal_->size() > options_.checkpointLogBytes; }
void DatabaseDirectory::sync() { wal_->sync(); }

}  // namespace kgq::storage
