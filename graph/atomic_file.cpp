#include "graph/atomic_file.h"

#include <kgq/kgq.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <streambuf>
#include <vector>

namespace kgq {
namespace {

// The failure tests asked for (injectWriteFailureForTesting), or none.
std::optional<InjectedWriteFailure> injected;
std::size_t injectedWritten = 0;  // bytes written since it was set, over all files
std::size_t injectedRenamed = 0;  // renames over a target since it was set

// An output stream buffer over a file descriptor that remembers the first write error.
class FdBuffer : public std::streambuf {
 public:
  explicit FdBuffer(int fd) : fd_(fd), buffer_(1 << 16) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!flushBuffer()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return flushBuffer() ? 0 : -1; }

 private:
  bool flushBuffer() {
    const char* data = pbase();
    std::size_t left = static_cast<std::size_t>(pptr() - pbase());
    while (left > 0) {
      std::size_t allowed = left;
      if (injected && !injected->afterRenames) {
        std::size_t room = injected->afterBytes > injectedWritten ? injected->afterBytes - injectedWritten : 0;
        if (room == 0) {
          if (!error_) error_ = injected->error;
          return false;
        }
        allowed = std::min(left, room);
      }
      ssize_t n = ::write(fd_, data, allowed);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        if (!error_) error_ = errno;
        return false;
      }
      data += n;
      left -= static_cast<std::size_t>(n);
      if (injected && !injected->afterRenames) injectedWritten += static_cast<std::size_t>(n);
    }
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return true;
  }

  int fd_;
  std::vector<char> buffer_;
  int error_ = 0;
};

std::string directoryOf(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

[[noreturn]] void fail(const std::string& path, const std::string& reason) {
  throw Error(ErrorKind::Io, "cannot write " + path + ": " + reason);
}

}  // namespace

void injectWriteFailureForTesting(std::optional<InjectedWriteFailure> failure) {
  injected = failure;
  injectedWritten = 0;
  injectedRenamed = 0;
}

namespace {

// Writes what `write` writes to a new temporary file beside `path`, flushed, fsynced and given
// the mode `path` has (or a new file's); returns its name. On failure nothing remains.
std::string writeTemporary(const std::string& path, const std::function<void(std::ostream&)>& write) {
  std::string temporary = path + ".tmp-XXXXXX";
  int fd = ::mkstemp(temporary.data());
  if (fd < 0) fail(path, std::strerror(errno));
  auto abandon = [&]() {
    ::close(fd);
    ::unlink(temporary.c_str());
  };
  struct stat existing;
  mode_t mode;
  if (::stat(path.c_str(), &existing) == 0) {
    mode = existing.st_mode & 07777;
  } else {
    mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  try {
    FdBuffer buffer(fd);
    std::ostream out(&buffer);
    write(out);
    out.flush();
    if (!out || buffer.error()) fail(path, std::strerror(buffer.error() ? buffer.error() : EIO));
    if (::fchmod(fd, mode) != 0 || ::fsync(fd) != 0) fail(path, std::strerror(errno));
  } catch (...) {
    abandon();
    throw;
  }
  if (::close(fd) != 0) {
    int error = errno;
    ::unlink(temporary.c_str());
    fail(path, std::strerror(error));
  }
  return temporary;
}

// The rename of a finished file over its target, or the failure tests asked for.
int renameOver(const std::string& from, const std::string& to) {
  if (injected && injected->afterRenames && injectedRenamed++ >= *injected->afterRenames) {
    errno = injected->error;
    return -1;
  }
  return ::rename(from.c_str(), to.c_str());
}

void syncDirectoryOf(const std::string& path) {
  int dir = ::open(directoryOf(path).c_str(), O_RDONLY | O_DIRECTORY);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
}

// Renames `temporary` over `path` and makes the rename durable; on failure removes `temporary`.
void replaceWith(const std::string& temporary, const std::string& path) {
  if (renameOver(temporary, path) != 0) {
    int error = errno;
    ::unlink(temporary.c_str());
    fail(path, std::strerror(error));
  }
  syncDirectoryOf(path);
}

// A second name beside `path` for the file it names now, so that the file stays reachable once a
// rename replaces `path`: a hard link (no copying), or a copy where the filesystem refuses links.
// "" when there is no file at `path`.
std::string backUp(const std::string& path) {
  struct stat existing;
  if (::stat(path.c_str(), &existing) != 0) {
    if (errno == ENOENT) return "";
    fail(path, std::strerror(errno));
  }
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string backup = path + ".old-" + std::to_string(::getpid()) + "-" + std::to_string(attempt);
    if (::link(path.c_str(), backup.c_str()) == 0) return backup;
    if (errno != EEXIST) break;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(path, std::string("cannot keep a copy of the old file: ") + std::strerror(errno));
  return writeTemporary(path, [&](std::ostream& out) {
    if (existing.st_size > 0) out << in.rdbuf();  // (inserting an empty buffer sets failbit)
  });
}

// After the rename of files[failed] failed: puts each backup of the files before it back (a file
// that did not exist before is removed again). Returns what it could not restore ("" if all).
std::string restoreBefore(const std::vector<FileToWrite>& files, std::vector<std::string>& backups,
                          std::size_t failed) {
  std::string unrestored;
  for (std::size_t i = failed; i-- > 0;) {
    const std::string& path = files[i].path;
    bool ok = backups[i].empty() ? ::unlink(path.c_str()) == 0 || errno == ENOENT
                                 : ::rename(backups[i].c_str(), path.c_str()) == 0;
    if (ok) {
      backups[i].clear();
      syncDirectoryOf(path);
    } else {
      unrestored += (unrestored.empty() ? "" : ", ") + path + " (" + std::strerror(errno) +
                    (backups[i].empty() ? "" : "; the old file is kept as " + backups[i]) + ")";
    }
  }
  return unrestored;
}

}  // namespace

void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
  replaceWith(writeTemporary(path, write), path);
}

void writeFilesAtomically(const std::vector<FileToWrite>& files) {
  std::vector<std::string> temporaries, backups;
  auto removeAll = [](const std::vector<std::string>& names, std::size_t first) {
    for (std::size_t i = first; i < names.size(); ++i)
      if (!names[i].empty()) ::unlink(names[i].c_str());
  };
  try {
    for (const FileToWrite& f : files) temporaries.push_back(writeTemporary(f.path, f.write));
    for (const FileToWrite& f : files) backups.push_back(backUp(f.path));
  } catch (...) {
    removeAll(temporaries, 0);
    removeAll(backups, 0);
    throw;
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    try {
      replaceWith(temporaries[i], files[i].path);
    } catch (const Error& e) {
      removeAll(temporaries, i + 1);
      std::string unrestored = restoreBefore(files, backups, i);
      removeAll(backups, i);  // the files from i on were not replaced: their backups are spare
      if (!unrestored.empty())
        throw Error(ErrorKind::Io, std::string(e.what()) + "; could not put back the old " + unrestored);
      throw;
    }
  }
  removeAll(backups, 0);
}

}  // namespace kgq
