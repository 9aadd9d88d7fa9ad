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

// Several files that belong together (CSV's nodes and edges files), all or nothing: all are
// written to temporary files first, each existing target gets a backup (a hard link beside it, or
// a copy where the filesystem has no hard links), and only then are the temporaries renamed over
// their targets. A failed write (a full disk) leaves every old file as it was; a rename failing
// part way puts the backups of the files already replaced back (and removes the ones that did
// not exist before), so the set is the old one again. Throws as above; if even the restoring
// fails, the message says which files it could not restore.
struct FileToWrite {
  std::string path;
  std::function<void(std::ostream&)> write;
};
void writeFilesAtomically(const std::vector<FileToWrite>& files);

// A seam for the tests of the error paths (a full disk, an unwritable directory, which chmod
// cannot make when the tests run as root): once set, the files written accept `afterBytes`
// bytes in all, then writing fails with `error` (ENOSPC, EACCES, EIO), as a disk that fills up.
// With `afterRenames` set, writing succeeds instead and the rename of a finished file over its
// target fails after that many have succeeded (a directory that vanishes between two renames).
// nullopt turns it off. Not for concurrent use; nothing but tests sets it.
struct InjectedWriteFailure {
  std::size_t afterBytes = 0;
  int error = 0;
  std::optional<std::size_t> afterRenames;
};
void injectWriteFailureForTesting(std::optional<InjectedWriteFailure> failure);

}  // namespace kgq
