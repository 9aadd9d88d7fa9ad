// kgq-tck: runs openCypher TCK feature files against kgq.
//
//   kgq-tck [--skip-list FILE] [--verbose] [--check-skips] [--write-skip-list FILE]
//           [--timeout SECONDS] [--no-fork] DIR...
//
// Prints `FAIL <file>:<line> <scenario> [example N]: <reason>` per failing scenario, a
// per-directory breakdown, and ends with exactly `N passed, N failed, N skipped`. Exits 1 if any
// scenario that is not skipped failed, 2 on a usage problem, 0 otherwise.
#include "runner.h"

#include <CLI/CLI.hpp>

#include <iostream>

int main(int argc, char** argv) {
  tck::RunnerOptions opt;
  bool noFork = false;
  CLI::App app{"kgq-tck: run openCypher TCK .feature files against kgq"};
  app.add_option("--skip-list", opt.skipListPath, "scenarios not to count, each with a reason")->check(CLI::ExistingFile);
  app.add_flag("--verbose,-v", opt.verbose, "show the query and expected vs actual for each failure");
  app.add_flag("--check-skips", opt.checkSkips, "also run skipped scenarios and report those that pass now");
  app.add_option("--write-skip-list", opt.writeSkipListPath,
                 "write a fresh skip list of the failing scenarios (reasons kept from --skip-list or inferred)");
  app.add_option("--timeout", opt.timeoutSeconds, "wall-clock limit per scenario, in seconds")
      ->check(CLI::PositiveNumber);
  app.add_flag("--no-fork", noFork, "run scenarios in this process (for debugging; a crash stops the run)");
  app.add_option("DIR", opt.inputs, "directories of .feature files (searched recursively) or .feature files")
      ->required();
  CLI11_PARSE(app, argc, argv);
  opt.isolate = !noFork;
  return tck::runAll(opt, std::cout, std::cerr);
}
