#include "graph/storage/wal.h"

#include "graph/storage/checksum.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <vector>

namespace kgq::storage {
namespace {

constexpr char kMagic[8] = {'K', 'G', 'Q', '-', 'W', 'A', 'L', '\0'};
constexpr std::size_t kHeaderSize = 16;
constexpr std::size_t kRecordHeaderSize = 12;

std::string header() {
  ByteWriter w;
  w.raw(kMagic, sizeof kMagic);
  w.u32(kWalVersion);
  w.u32(crc32c(w.bytes().data(), w.size()));
  return w.bytes();
}

bool allZero(const char* p, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i)
    if (p[i] != 0) return false;
  return true;
}

void writeAll(int fd, const char* data, std::size_t size, std::uint64_t offset) {
  while (size > 0) {
    ssize_t n = ::pwrite(fd, data, size, static_cast<off_t>(offset));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw errno;
    data += n;
    size -= static_cast<std::size_t>(n);
    offset += static_cast<std::uint64_t>(n);
  }
}

}  // namespace

WalScan scanWal(const std::string& path, const std::function<void(std::uint64_t, ByteReader&)>& record) {
  WalScan scan;
  std::ifstream in(path, std::ios::binary);
  if (!in) return scan;  // no log yet
  std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw Error(ErrorKind::Io, "cannot read " + path);
  ByteReader file(bytes.data(), bytes.size(), path, 0);
  if (bytes.size() < kHeaderSize) {
    // A crash while the log was being created; it cannot have held a commit.
    if (!bytes.empty()) scan.cutNote = path + ": cut an incomplete header of " + std::to_string(bytes.size()) + " bytes";
    return scan;
  }
  if (std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) file.failAt(0, "not a kgq write-ahead log (wrong magic number)");
  file.take(sizeof kMagic, "the magic number");
  std::uint32_t version = file.u32();
  if (version != kWalVersion)
    file.failAt(8, "log format version " + std::to_string(version) + ", this kgq reads version " + std::to_string(kWalVersion));
  if (file.u32() != crc32c(bytes.data(), 12)) file.failAt(0, "header checksum mismatch");
  scan.validEnd = kHeaderSize;

  auto torn = [&](std::size_t at, const char* why) {
    scan.cutNote = path + ": offset " + std::to_string(at) + ": cut " + std::to_string(bytes.size() - at) +
                   " bytes of an incomplete last record (" + why + "); the commits before it are intact";
  };
  while (!file.atEnd()) {
    std::size_t at = file.offset();
    if (file.remaining() < kRecordHeaderSize) {
      torn(at, "its header is cut short");
      break;
    }
    const char* head = bytes.data() + at;
    std::uint32_t length = file.u32();
    std::uint32_t payloadCrc = file.u32();
    std::uint32_t headCrc = file.u32();
    if (headCrc != crc32c(head, 8)) {
      if (allZero(head, bytes.size() - at)) {
        torn(at, "zero bytes");
        break;
      }
      file.failAt(at, "record header checksum mismatch, with " + std::to_string(bytes.size() - at) +
                          " bytes after it: the log is damaged");
    }
    if (length > file.remaining()) {
      torn(at, "it is cut short");
      break;
    }
    const char* payload = file.take(length, "a record");
    if (crc32c(payload, length) != payloadCrc) {
      if (file.atEnd()) {
        torn(at, "its checksum does not match");
        break;
      }
      file.failAt(at, "record checksum mismatch, with " + std::to_string(file.remaining()) +
                          " bytes after it: the log is damaged");
    }
    ByteReader r(payload, length, path, at + kRecordHeaderSize);
    std::uint64_t sequence = r.u64();
    if (scan.records > 0 && sequence != scan.lastSequence + 1)
      file.failAt(at, "record " + std::to_string(sequence) + " follows record " + std::to_string(scan.lastSequence) +
                          ": records are missing");
    record(sequence, r);
    if (!r.atEnd()) r.fail("unexpected bytes at the end of a record");
    ++scan.records;
    scan.lastSequence = sequence;
    scan.validEnd = file.offset();
  }
  return scan;
}

WalWriter::WalWriter(const std::string& path, std::uint64_t validEnd, DurabilityOptions::Sync sync,
                     std::chrono::milliseconds relaxedInterval)
    : path_(path), mode_(sync), interval_(relaxedInterval), lastSync_(std::chrono::steady_clock::now()) {
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
  if (fd_ < 0) fail("cannot open", errno);
  try {
    if (validEnd < kHeaderSize) {
      std::string h = header();
      writeAll(fd_, h.data(), h.size(), 0);
      validEnd = kHeaderSize;
    }
    if (::ftruncate(fd_, static_cast<off_t>(validEnd)) != 0) throw errno;
    if (::fsync(fd_) != 0) throw errno;
  } catch (int e) {
    ::close(fd_);
    fd_ = -1;
    fail("cannot prepare", e);
  }
  size_ = validEnd;
}

WalWriter::~WalWriter() {
  if (fd_ < 0) return;
  if (unsynced_) ::fsync(fd_);
  ::close(fd_);
}

void WalWriter::fail(const std::string& what, int error) {
  throw Error(ErrorKind::Io, what + " the write-ahead log " + path_ + ": " + std::strerror(error));
}

bool WalWriter::hasRecords() const { return size_ > kHeaderSize; }

void WalWriter::append(const std::string& payload) {
  if (payload.size() > 0xFFFFFFF0u)
    throw Error(ErrorKind::Io, "cannot append to the write-ahead log " + path_ + ": a transaction of " +
                                   std::to_string(payload.size()) + " bytes is larger than a log record can be (4 GB)");
  ByteWriter record;
  record.u32(static_cast<std::uint32_t>(payload.size()));
  record.u32(crc32c(payload.data(), payload.size()));
  record.u32(crc32c(record.bytes().data(), 8));
  record.raw(payload.data(), payload.size());
  try {
    // One write for the whole record: a killed process leaves it whole or absent.
    writeAll(fd_, record.bytes().data(), record.size(), size_);
    auto now = std::chrono::steady_clock::now();
    if (mode_ == DurabilityOptions::Sync::EveryCommit || now - lastSync_ >= interval_) {
      if (::fdatasync(fd_) != 0) throw errno;
      lastSync_ = now;
      unsynced_ = false;
    } else {
      unsynced_ = true;
    }
  } catch (int e) {
    // The commit fails: leave the log as it was, so that it never holds a commit that did not happen.
    if (::ftruncate(fd_, static_cast<off_t>(size_)) == 0) ::fdatasync(fd_);
    fail("cannot append to", e);
  }
  size_ += record.size();
}

void WalWriter::sync() {
  if (!unsynced_) return;
  if (::fdatasync(fd_) != 0) fail("cannot sync", errno);
  unsynced_ = false;
  lastSync_ = std::chrono::steady_clock::now();
}

void WalWriter::reset() {
  if (::ftruncate(fd_, static_cast<off_t>(kHeaderSize)) != 0 || ::fsync(fd_) != 0) fail("cannot truncate", errno);
  size_ = kHeaderSize;
  unsynced_ = false;
}

}  // namespace kgq::storage
