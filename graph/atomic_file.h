// Atomic file replacement: the new content goes to a temporary file in the same directory, is
// flushed and fsynced, then renamed over the target (and the directory fsynced), so a crash or a
// failed write never leaves a partly written or damaged file behind.
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace kgq {

// Calls `write` with a stream into the temporary file, then replaces `path` with it. Throws
// kgq::Error(Io) "cannot write PATH: REASON" on any failure (and whatever `write` throws), in
// which case `path` is unchanged and no temporary file remains. A new file gets mode 0666 less
// the umask; an existing file keeps its mode.
void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace kgq
