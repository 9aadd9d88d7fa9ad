#include "cli/shell.h"

#include "cli/options.h"

#include <editline/readline.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace kgq::cli {

namespace {

Connection* runningConnection = nullptr;  // for the SIGINT handler

void onInterrupt(int) {
  if (runningConnection != nullptr) runningConnection->interrupt();
}

std::string trim(const std::string& s) {
  std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  std::size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

std::string historyPath() {
  const char* home = std::getenv("HOME");
  return home ? std::string(home) + "/.kgq_history" : std::string();
}

const char* kHelp =
    "Statements end with ';' and may span lines. Commands:\n"
    "  :help                    this text\n"
    "  :schema                  labels, relationship types and property keys with counts\n"
    "  :load FILE               load a kgq-graph JSON file into the graph\n"
    "  :format table|csv|json   how results print\n"
    "  :param NAME => VALUE     set a query parameter ($NAME); VALUE is JSON, else a string\n"
    "  :params                  list the parameters\n"
    "  :timing on|off           show parse / plan / execute times\n"
    "  :quit                    leave (Ctrl-D works too)\n";

}  // namespace

Shell::Shell(Database& db, OutputFormat format, Params params, std::ostream& out, std::ostream& err)
    : db_(db), connection_(db), format_(format), params_(std::move(params)), out_(out), err_(err) {}

void Shell::printError(const std::string& prefix, const std::string& message, ErrorStyle style) {
  std::string text = style == ErrorStyle::OneLine ? message.substr(0, message.find('\n')) : message;
  err_ << "kgq: " << prefix << text << std::endl;
}

bool Shell::runStatement(const ScriptStatement& statement, const std::string& sourceName, ErrorStyle style) {
  // Pad so that positions in error messages count from the start of the script, not the statement.
  std::string text = std::string(statement.line - 1, '\n') + std::string(statement.column - 1, ' ') + statement.text;
  std::string prefix = sourceName.empty() ? "" : sourceName + ": ";
  try {
    runningConnection = &connection_;
    Result result = connection_.run(text, params_);
    runningConnection = nullptr;
    if (!result.planText().empty()) out_ << result.planText();
    if (!result.planText().empty() && result.columns().empty()) return true;
    if (result.planText().empty() || !result.rows().empty()) writeResult(out_, result, format_);
    if (interactive_) {
      const QueryTiming& t = result.timing();
      double total = t.parseMicros + t.planMicros + t.executeMicros;
      out_ << std::fixed << std::setprecision(3) << "(" << total / 1000.0 << " ms";
      if (timing_)
        out_ << ": parse " << t.parseMicros / 1000.0 << " ms, plan " << t.planMicros / 1000.0 << " ms, execute "
             << t.executeMicros / 1000.0 << " ms";
      out_ << ")" << std::defaultfloat << "\n";
    }
    out_.flush();
    return true;
  } catch (const Error& e) {
    runningConnection = nullptr;
    printError(prefix, e.what(), style);
  } catch (const std::exception& e) {
    runningConnection = nullptr;
    printError(prefix, std::string("internal error: ") + e.what(), style);
  }
  return false;
}

bool Shell::runScript(std::string_view script, const std::string& sourceName) {
  std::vector<ScriptStatement> statements;
  try {
    statements = splitStatements(script);
  } catch (const Error& e) {
    printError(sourceName.empty() ? "" : sourceName + ": ", e.what(), ErrorStyle::OneLine);
    return false;
  }
  for (const ScriptStatement& statement : statements)
    if (!runStatement(statement, sourceName, ErrorStyle::OneLine)) return false;
  return true;
}

bool Shell::runCommand(const std::string& line) {
  std::istringstream words(line);
  std::string command;
  words >> command;
  std::string rest;
  std::getline(words, rest);
  rest = trim(rest);
  if (command == ":quit" || command == ":exit" || command == ":q") {
    quit_ = true;
    return true;
  }
  if (command == ":help") {
    out_ << kHelp;
    return true;
  }
  if (command == ":schema") {
    ScriptStatement labels{"MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS nodes ORDER BY label", 1, 1};
    ScriptStatement types{"MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS relationships ORDER BY type", 1, 1};
    ScriptStatement keys{"MATCH (n) UNWIND keys(n) AS key RETURN key, count(*) AS nodes ORDER BY key", 1, 1};
    bool saved = interactive_;
    interactive_ = false;  // no timing lines inside the schema listing
    bool ok = runStatement(labels, "", ErrorStyle::Full) && runStatement(types, "", ErrorStyle::Full) &&
              runStatement(keys, "", ErrorStyle::Full);
    interactive_ = saved;
    return ok;
  }
  if (command == ":format") {
    auto format = parseOutputFormat(rest);
    if (!format) {
      err_ << "kgq: :format expects table, csv or json\n";
      return false;
    }
    format_ = *format;
    return true;
  }
  if (command == ":timing") {
    if (rest != "on" && rest != "off") {
      err_ << "kgq: :timing expects on or off\n";
      return false;
    }
    timing_ = rest == "on";
    return true;
  }
  if (command == ":params") {
    for (const auto& [name, value] : params_) out_ << "$" << name << " => " << value.toCypher() << "\n";
    return true;
  }
  if (command == ":param") {
    std::string assignment = rest;
    std::size_t arrow = assignment.find("=>");
    if (arrow != std::string::npos) assignment = trim(assignment.substr(0, arrow)) + "=" + trim(assignment.substr(arrow + 2));
    std::string name;
    Value value;
    if (!parseParamAssignment(assignment, name, value)) {
      err_ << "kgq: :param expects NAME => VALUE\n";
      return false;
    }
    params_[name] = value;
    return true;
  }
  if (command == ":load") {
    try {
      LoadStats stats = db_.loadJsonFile(rest);
      out_ << "Loaded " << stats.nodes << " nodes and " << stats.edges << " relationships from " << rest << "\n";
      return true;
    } catch (const Error& e) {
      err_ << "kgq: " << e.what() << "\n";
      return false;
    }
  }
  err_ << "kgq: unknown command " << command << " (:help lists the commands)\n";
  return false;
}

int Shell::runStandardInput() {
  interactive_ = isatty(0) && isatty(1);
  struct sigaction action = {};
  action.sa_handler = onInterrupt;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  std::string history = historyPath();
  if (interactive_) {
    if (!history.empty()) read_history(history.c_str());
    out_ << "kgq: " << db_.nodeCount() << " nodes, " << db_.edgeCount()
         << " relationships. Statements end with ';'. :help for commands, :quit to leave.\n";
  }
  bool anyFailed = false;
  std::string buffer;
  std::size_t bufferLine = 1, lineNumber = 0;
  while (!quit_) {
    std::string line;
    if (interactive_) {
      char* raw = readline(buffer.empty() ? "kgq> " : "...> ");
      if (raw == nullptr) break;
      line = raw;
      std::free(raw);
      if (!trim(line).empty()) {
        add_history(line.c_str());
        if (!history.empty()) write_history(history.c_str());
      }
    } else if (!std::getline(std::cin, line)) {
      break;
    }
    ++lineNumber;
    if (buffer.empty() && trim(line).empty()) continue;
    if (buffer.empty() && trim(line)[0] == ':') {
      if (!runCommand(trim(line))) anyFailed = true;
      continue;
    }
    if (buffer.empty()) bufferLine = lineNumber;
    buffer += line + "\n";
    if (trim(buffer).back() != ';') continue;
    std::vector<ScriptStatement> statements;
    try {
      statements = splitStatements(buffer);
    } catch (const Error& e) {
      printError("", e.what(), ErrorStyle::Full);
      anyFailed = true;
    }
    for (ScriptStatement& statement : statements) {
      if (!interactive_) statement.line += bufferLine - 1;  // positions count from the input's start
      if (!runStatement(statement, "", ErrorStyle::Full)) anyFailed = true;
    }
    buffer.clear();
  }
  if (!trim(buffer).empty()) {  // a last statement without ';'
    for (ScriptStatement& statement : splitStatements(buffer)) {
      if (!interactive_) statement.line += bufferLine - 1;
      if (!runStatement(statement, "", ErrorStyle::Full)) anyFailed = true;
    }
  }
  if (interactive_) out_ << "\n";
  return anyFailed ? 1 : 0;
}

}  // namespace kgq::cli
