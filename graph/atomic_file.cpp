#include "graph/atomic_file.h"

#include <kgq/kgq.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <streambuf>
#include <vector>

namespace kgq {
namespace {

// The failure tests asked for (injectWriteFailureForTesting), or none.
std::optional<InjectedWriteFailure> injected;
std::size_t injectedWritten = 0;  // bytes written since it was set, over all files

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
      if (injected) {
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
      if (injected) injectedWritten += static_cast<std::size_t>(n);
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

// Renames `temporary` over `path` and makes the rename durable; on failure removes `temporary`.
void replaceWith(const std::string& temporary, const std::string& path) {
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    int error = errno;
    ::unlink(temporary.c_str());
    fail(path, std::strerror(error));
  }
  int dir = ::open(directoryOf(path).c_str(), O_RDONLY | O_DIRECTORY);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
}

}  // namespace

void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
  replaceWith(writeTemporary(path, write), path);
}

void writeFilesAtomically(const std::vector<FileToWrite>& files) {
  std::vector<std::string> temporaries;
  auto removeFrom = [&](std::size_t first) {
    for (std::size_t i = first; i < temporaries.size(); ++i) ::unlink(temporaries[i].c_str());
  };
  try {
    for (const FileToWrite& f : files) temporaries.push_back(writeTemporary(f.path, f.write));
  } catch (...) {
    removeFrom(0);
    throw;
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    try {
      replaceWith(temporaries[i], files[i].path);
    } catch (...) {
      removeFrom(i + 1);
      throw;
    }
  }
}

}  // namespace kgq
