// Runner: finds the feature files under the given directories, runs every scenario (each in its
// own child process unless told otherwise), applies the skip list, prints one line per failing
// scenario, a per-directory breakdown and the final summary line `N passed, N failed, N skipped`.
//
// Promises: one scenario can never stop the run: a scenario that throws, crashes the engine
// (signal) or hangs past the limit (even where Connection::interrupt() does not reach) is
// reported as failed and the run goes on. The TCK root of a feature file is the nearest ancestor
// directory that contains `graphs/`; if there is none, the directory given on the command line.
// Paths in output and in the skip list are relative to that root. Returns the process exit
// status: 0 if no non-skipped scenario failed, 1 if some did, 2 on a usage problem (including
// a skip list with an entry that has no reason).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace tck {

struct RunnerOptions {
  std::vector<std::string> inputs;  // directories (searched recursively) or .feature files
  std::string skipListPath;         // "" for none
  std::string writeSkipListPath;    // "" for none
  bool verbose = false;
  bool checkSkips = false;
  bool isolate = true;  // run each scenario in a forked child process
  double timeoutSeconds = 10;
};

int runAll(const RunnerOptions& options, std::ostream& out, std::ostream& err);

}  // namespace tck
