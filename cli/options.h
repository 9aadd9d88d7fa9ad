// Command-line options of the kgq executable, parsed with CLI11 (Debian libcli11-dev).
//
// Promises: parseOptions either fills Options or returns an exit code with the message already
// printed (0 for --help/--version, 2 for a usage error naming the bad argument).
#pragma once

#include <kgq/kgq.h>

#include "cli/output_format.h"

#include <optional>
#include <string>
#include <vector>

namespace kgq::cli {

// Per-query limits as --timeout, --max-memory, :timeout and :max-memory take them: a number, or
// 0 / "off" for none. Nullopt for anything else (negative, not a number, too large).
std::optional<double> parseTimeoutSeconds(const std::string& text);
std::optional<std::size_t> parseMemoryMiB(const std::string& text);
// The memory limit when none is given: a quarter of the physical memory (at least 256 MiB).
std::size_t defaultMaxMemoryMiB();

struct Options {
  std::vector<std::string> dataFiles;  // empty: the bundled graph (or the database directory)
  std::optional<std::string> database; // --db DIR or a DIR argument: a durable database directory
  bool relaxedSync = false;            // --sync relaxed
  std::optional<std::string> query;    // -c
  std::optional<std::string> script;   // -f
  std::optional<std::string> saveTo;   // --save: write the graph here after the statements ran
  std::vector<std::string> exportTo;   // --export FORMAT FILE
  std::optional<std::string> renderTo; // --render FILE (.svg or .png)
  OutputFormat format = OutputFormat::Table;
  Params params;
  std::optional<std::size_t> maxHops;  // --max-hops: the walk limit of unbounded * patterns
  double timeoutSeconds = 0;           // --timeout: per query, 0 for none (the default)
  std::size_t maxMemoryMiB = defaultMaxMemoryMiB();  // --max-memory: per query, 0 for none
};

// Returns nullopt on success; otherwise the exit status to end with.
std::optional<int> parseOptions(int argc, char** argv, Options& options);

// "name=value": the value parsed as JSON, else taken as a string. False if there is no '=', or
// (with `problem` saying why) if the value is JSON nested too deep, or neither JSON nor UTF-8.
bool parseParamAssignment(const std::string& text, std::string& name, Value& value, std::string* problem = nullptr);

}  // namespace kgq::cli
