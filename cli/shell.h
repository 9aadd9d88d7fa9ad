// The kgq shell: runs statements from a script, a -c argument or standard input, and the REPL
// (libedit line editing and history) when standard input is a terminal.
//
// Promises: a failing statement prints its error and never ends an interactive session; in batch
// mode (-c, -f) the first failure stops the run and the exit status is non-zero; when standard
// input is a pipe, every statement runs in order and the exit status says whether any failed.
// Ctrl-C interrupts the running query, not the shell (at the prompt it drops the line being typed);
// in batch mode (-c, -f) it stops the running statement cleanly (a write is rolled back) and the
// run, with a non-zero exit status.
// Ctrl-D (or :quit) with changes made since the last load or save warns once before leaving (not
// in a database directory, where every commit is saved; there an open transaction warns once).
// Tab completes keywords, labels, relationship types, property keys, :commands, export formats and
// file names.
#pragma once

#include "cli/output_format.h"

#include <kgq/export.h>
#include <kgq/kgq.h>

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>

namespace kgq::cli {

class Shell {
 public:
  Shell(Database& db, OutputFormat format, Params params, std::ostream& out, std::ostream& err);

  // Runs the ';'-separated statements of `script`, stopping at the first failure (printed as one
  // line, prefixed by `sourceName` when not empty). True if every statement succeeded.
  bool runScript(std::string_view script, const std::string& sourceName);

  // The walk limit of variable-length patterns without upper bound (Connection::setVariableLengthLimit).
  void setMaxHops(std::size_t hops) { connection_.setVariableLengthLimit(hops); }
  // The per-query limits (Connection::setTimeout, setMemoryLimit); 0: none.
  void setTimeout(double seconds) { connection_.setTimeout(seconds); }
  void setMaxMemoryMiB(std::size_t mib) { connection_.setMemoryLimit(mib * Connection::kMiB); }

  // Reads statements from standard input until end of input or :quit; returns the exit status.
  int runStandardInput();

  // Runs the statements of `script` without printing their results and exports the result of the
  // last one (no script: the whole graph) to `path`. The report goes to the error stream (stdout
  // stays for data). True on success.
  bool exportTo(ExportFormat format, const std::string& path, const std::optional<std::string>& script,
                const std::string& sourceName);

  // Remembers the graph as saved (no unsaved changes): call after the initial load.
  void markSaved() { savedChanges_ = db_.changeCount(); }

 private:
  enum class ErrorStyle { OneLine, Full };
  bool runStatement(const ScriptStatement& statement, const std::string& sourceName, ErrorStyle style);
  // A ':' command of the REPL; false if it failed.
  bool runCommand(const std::string& line);
  void printError(const std::string& prefix, const std::string& message, ErrorStyle style);
  bool showSchema();
  // :timeout and :max-memory.
  bool limitCommand(const std::string& command, const std::string& argument);
  // :begin, :commit, :rollback, :checkpoint.
  bool transactionCommand(const std::string& command);
  bool exportCommand(const std::string& arguments);
  void printExportReport(std::ostream& to, ExportFormat format, const ExportReport& report);
  // Asks to leave; false (with a warning, once) if there are unsaved changes.
  bool mayLeave();

  Database& db_;
  Connection connection_;
  OutputFormat format_;
  Params params_;
  std::ostream& out_;
  std::ostream& err_;
  bool interactive_ = false;
  bool timing_ = false;
  bool quit_ = false;
  std::uint64_t savedChanges_ = 0;
  bool warnedUnsaved_ = false;
  bool warnedTransaction_ = false;
  bool inTransaction_ = false;  // as of the last command (to tell when a failure rolled it back)
};

}  // namespace kgq::cli
