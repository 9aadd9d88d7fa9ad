// The kgq shell: runs statements from a script, a -c argument or standard input, and the REPL
// (libedit line editing and history) when standard input is a terminal.
//
// Promises: a failing statement prints its error and never ends an interactive session; in batch
// mode (-c, -f) the first failure stops the run and the exit status is non-zero; when standard
// input is a pipe, every statement runs in order and the exit status says whether any failed.
// Ctrl-C interrupts the running query, not the shell.
#pragma once

#include "cli/output_format.h"

#include <kgq/kgq.h>

#include <iosfwd>
#include <string>

namespace kgq::cli {

class Shell {
 public:
  Shell(Database& db, OutputFormat format, Params params, std::ostream& out, std::ostream& err);

  // Runs the ';'-separated statements of `script`, stopping at the first failure (printed as one
  // line, prefixed by `sourceName` when not empty). True if every statement succeeded.
  bool runScript(std::string_view script, const std::string& sourceName);

  // Reads statements from standard input until end of input or :quit; returns the exit status.
  int runStandardInput();

 private:
  enum class ErrorStyle { OneLine, Full };
  bool runStatement(const ScriptStatement& statement, const std::string& sourceName, ErrorStyle style);
  // A ':' command of the REPL; false if it failed.
  bool runCommand(const std::string& line);
  void printError(const std::string& prefix, const std::string& message, ErrorStyle style);

  Database& db_;
  Connection connection_;
  OutputFormat format_;
  Params params_;
  std::ostream& out_;
  std::ostream& err_;
  bool interactive_ = false;
  bool timing_ = false;
  bool quit_ = false;
};

}  // namespace kgq::cli
