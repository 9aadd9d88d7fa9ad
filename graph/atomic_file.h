// Atomic file replacement: the new content goes to a temporary file in the same directory, is
// flushed and fsynced, then renamed over the target (and the directory fsynced), so a crash or a
// failed write never leaves a partly written or damaged file behind.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace kgq {

// Calls `write` with a stream into the temporary file, then replaces `path` with it. Throws
// kgq::Error(Io) "cannot write PATH: REASON" on any failure (and whatever `write` throws), in
// which case `path` is unchanged and no temporary file remains. A new file gets mode 0666 less
// the umask; an existing file keeps its mode.
void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write);

// Several files that belong together (CSV's nodes and edges files): all are written to temporary
// files first, and only when every one is complete are they renamed over their targets, so a
// failed write (a full disk) leaves every old file as it was. (A rename failing part way, as when
// the directory vanishes, can still leave the first files replaced.) Throws as above.
struct FileToWrite {
  std::string path;
  std::function<void(std::ostream&)> write;
};
void writeFilesAtomically(const std::vector<FileToWrite>& files);

// A seam for the tests of the error paths (a full disk, an unwritable directory, which chmod
// cannot make when the tests run as root): once set, the files written accept `afterBytes`
// bytes in all, then writing fails with `error` (ENOSPC, EACCES, EIO), as a disk that fills up.
// nullopt turns it off. Not for concurrent use; nothing but tests sets it.
struct InjectedWriteFailure {
  std::size_t afterBytes = 0;
  int error = 0;
};
void injectWriteFailureForTesting(std::optional<InjectedWriteFailure> failure);

}  // namespace kgq
