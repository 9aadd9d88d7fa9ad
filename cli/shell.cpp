#include "cli/shell.h"

#include "cli/completion.h"
#include "cli/options.h"

#include <editline/readline.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace kgq::cli {

namespace {

Connection* volatile runningConnection = nullptr;  // for the SIGINT handler
volatile std::sig_atomic_t interruptedAtPrompt = 0;

void onInterrupt(int) {
  if (runningConnection != nullptr)
    runningConnection->interrupt();
  else
    interruptedAtPrompt = 1;
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
    "  :schema                  labels, relationship types, property keys with counts and types\n"
    "  :load FILE               load a kgq-graph JSON (or .graphml) file into the graph\n"
    "  :save FILE               save the whole graph as kgq-graph JSON (atomically)\n"
    "  :export FORMAT FILE [QUERY]\n"
    "                           write the graph, or the nodes and relationships QUERY returns, as\n"
    "                           graphml, json, csv (Neo4j import), cypher (CREATE script), dot,\n"
    "                           svg or png (pictures through Graphviz)\n"
    "  :format table|csv|json   how results print\n"
    "  :param NAME => VALUE     set a query parameter ($NAME); VALUE is JSON, else a string\n"
    "  :params                  list the parameters\n"
    "  :timing on|off           show parse / plan / execute times\n"
    "  :maxhops [N]             how far an unbounded * pattern may walk (default 15)\n"
    "  :timeout [SECONDS|off]   stop a query that runs longer (0 or off: no limit)\n"
    "  :max-memory [MIB|off]    stop a query whose intermediate results need more (0 or off: none)\n"
    "  :begin / :commit / :rollback\n"
    "                           an explicit transaction: the statements between :begin and :commit\n"
    "                           take effect together; a failing statement rolls it all back\n"
    "  :checkpoint              (kgq DIR) write a snapshot of the database and empty its log\n"
    "  :quit                    leave (Ctrl-D works too)\n"
    "Tab completes keywords, labels (after ':'), property keys (after '.') and commands.\n"
    "Ctrl-C stops a running query; Ctrl-D leaves (it warns once about unsaved changes).\n";

// The file argument of :load/:save/:export: a word, or a "quoted" or 'quoted' name with spaces.
bool takeFileArgument(std::string& rest, std::string& file) {
  rest = trim(rest);
  if (rest.empty()) return false;
  if (rest[0] == '"' || rest[0] == '\'') {
    std::size_t close = rest.find(rest[0], 1);
    if (close == std::string::npos) return false;
    file = rest.substr(1, close - 1);
    rest = trim(rest.substr(close + 1));
    return !file.empty();
  }
  std::size_t space = rest.find_first_of(" \t");
  file = rest.substr(0, space);
  rest = space == std::string::npos ? "" : trim(rest.substr(space));
  return true;
}

// Ctrl-C stops the running query (onInterrupt), in the REPL and in batch mode alike.
void installInterruptHandler() {
  struct sigaction action = {};
  action.sa_handler = onInterrupt;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
}

bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

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
    const WriteStats& w = result.stats();
    bool quietWrite = result.columns().empty() && w.containsUpdates();
    if (!quietWrite && (result.planText().empty() || !result.rows().empty())) writeResult(out_, result, format_);
    if (w.containsUpdates() && (interactive_ || quietWrite)) {
      std::string summary;
      auto add = [&](std::size_t n, const char* what) {
        if (n) summary += (summary.empty() ? "" : ", ") + std::to_string(n) + " " + what;
      };
      add(w.nodesCreated, w.nodesCreated == 1 ? "node created" : "nodes created");
      add(w.nodesDeleted, w.nodesDeleted == 1 ? "node deleted" : "nodes deleted");
      add(w.relationshipsCreated, w.relationshipsCreated == 1 ? "relationship created" : "relationships created");
      add(w.relationshipsDeleted, w.relationshipsDeleted == 1 ? "relationship deleted" : "relationships deleted");
      add(w.propertiesSet, w.propertiesSet == 1 ? "property set" : "properties set");
      add(w.labelsAdded, w.labelsAdded == 1 ? "label added" : "labels added");
      add(w.labelsRemoved, w.labelsRemoved == 1 ? "label removed" : "labels removed");
      (interactive_ ? out_ : err_) << summary << "\n";
    }
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
  if (inTransaction_ && !connection_.inTransaction()) {
    err_ << "kgq: the transaction was rolled back\n";
    inTransaction_ = false;
  }
  return false;
}

bool Shell::transactionCommand(const std::string& command) {
  try {
    if (command == ":begin") {
      connection_.begin();
      out_ << "Transaction open: :commit keeps its changes, :rollback drops them.\n";
    } else if (command == ":commit") {
      connection_.commit();
      out_ << "Committed.\n";
    } else if (command == ":rollback") {
      connection_.rollback();
      out_ << "Rolled back.\n";
    } else {
      if (!db_.isDurable()) {
        err_ << "kgq: :checkpoint needs a database directory (kgq DIR)\n";
        return false;
      }
      db_.checkpoint();
      out_ << "Checkpoint written.\n";
    }
    inTransaction_ = connection_.inTransaction();
    return true;
  } catch (const Error& e) {
    inTransaction_ = connection_.inTransaction();
    err_ << "kgq: " << e.what() << "\n";
    return false;
  }
}

bool Shell::runScript(std::string_view script, const std::string& sourceName) {
  std::vector<ScriptStatement> statements;
  try {
    statements = splitStatements(script);
  } catch (const Error& e) {
    printError(sourceName.empty() ? "" : sourceName + ": ", e.what(), ErrorStyle::OneLine);
    return false;
  }
  installInterruptHandler();
  interruptedAtPrompt = 0;
  for (const ScriptStatement& statement : statements) {
    if (interruptedAtPrompt) {  // Ctrl-C between two statements: run no more
      printError(sourceName.empty() ? "" : sourceName + ": ", "Interrupted", ErrorStyle::OneLine);
      return false;
    }
    if (!runStatement(statement, sourceName, ErrorStyle::OneLine)) return false;
  }
  return true;
}

bool Shell::limitCommand(const std::string& command, const std::string& argument) {
  bool time = command == ":timeout";
  if (argument.empty()) {
    if (time) {
      double seconds = std::chrono::duration<double>(connection_.timeout()).count();
      if (seconds == 0) out_ << "off\n";
      else out_ << seconds << " s\n";
    } else {
      std::size_t mib = connection_.memoryLimit() / Connection::kMiB;
      if (mib == 0) out_ << "off\n";
      else out_ << mib << " MiB\n";
    }
    return true;
  }
  if (time) {
    auto seconds = parseTimeoutSeconds(argument);
    if (!seconds) {
      err_ << "kgq: :timeout expects a number of seconds from 0 to 1e9, or off\n";
      return false;
    }
    setTimeout(*seconds);
  } else {
    auto mib = parseMemoryMiB(argument);
    if (!mib) {
      err_ << "kgq: :max-memory expects a whole number of MiB, or off\n";
      return false;
    }
    setMaxMemoryMiB(*mib);
  }
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
    quit_ = mayLeave();
    return true;
  }
  if (command == ":help") {
    out_ << kHelp;
    return true;
  }
  if (command == ":schema") return showSchema();
  if (command == ":format") {
    auto format = parseOutputFormat(rest);
    if (!format) {
      err_ << "kgq: :format expects table, csv or json\n";
      return false;
    }
    format_ = *format;
    return true;
  }
  if (command == ":maxhops") {
    if (rest.empty()) {
      out_ << connection_.variableLengthLimit() << "\n";
      return true;
    }
    char* end = nullptr;
    unsigned long hops = std::strtoul(rest.c_str(), &end, 10);
    if (end == rest.c_str() || *end != '\0' || hops == 0 || hops > 1000000) {
      err_ << "kgq: :maxhops expects a whole number from 1 to 1000000\n";
      return false;
    }
    connection_.setVariableLengthLimit(hops);
    return true;
  }
  if (command == ":timeout" || command == ":max-memory") return limitCommand(command, rest);
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
    std::string problem;
    if (!parseParamAssignment(assignment, name, value, &problem)) {
      if (!problem.empty()) err_ << "kgq: :param " << name << ": " << problem << "\n";
      else err_ << "kgq: :param expects NAME => VALUE\n";
      return false;
    }
    params_[name] = value;
    return true;
  }
  if (command == ":load") {
    std::string file;
    if (!takeFileArgument(rest, file) || !rest.empty()) {
      err_ << "kgq: :load expects FILE (kgq-graph JSON, or GraphML when it ends in .graphml)\n";
      return false;
    }
    try {
      LoadStats stats = endsWith(file, ".graphml") || endsWith(file, ".xml") ? loadGraphMLFile(db_, file)
                                                                                : db_.loadJsonFile(file);
      markSaved();
      out_ << "Loaded " << stats.nodes << " nodes and " << stats.edges << " relationships from " << file << "\n";
      return true;
    } catch (const Error& e) {
      err_ << "kgq: " << e.what() << "\n";
      return false;
    }
  }
  if (command == ":save") {
    std::string file;
    if (!takeFileArgument(rest, file) || !rest.empty()) {
      err_ << "kgq: :save expects FILE\n";
      return false;
    }
    try {
      db_.saveJsonFile(file);
      markSaved();
      out_ << "Saved " << db_.nodeCount() << " nodes and " << db_.edgeCount() << " relationships to " << file << "\n";
      return true;
    } catch (const Error& e) {
      err_ << "kgq: " << e.what() << "\n";
      return false;
    }
  }
  if (command == ":export") return exportCommand(rest);
  if (command == ":begin" || command == ":commit" || command == ":rollback" || command == ":checkpoint") {
    if (!rest.empty()) {
      err_ << "kgq: " << command << " takes no argument\n";
      return false;
    }
    return transactionCommand(command);
  }
  err_ << "kgq: unknown command " << command << " (:help lists the commands)\n";
  return false;
}

bool Shell::showSchema() {
  // Read from the graph itself (describeLabels & co.), printed as the queries
  // `MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS nodes ORDER BY label` (and the
  // same for types) would print them.
  auto counts = [](const char* name, const char* counted, const std::vector<NameCount>& entries) {
    RowSet rows{{name, counted}, {}};
    for (const NameCount& e : entries)
      rows.rows.push_back({Value(e.name), Value(static_cast<std::int64_t>(e.count))});
    return rows;
  };
  try {
    RowSet keys{{"owner", "property", "count", "types"}, {}};
    for (const PropertyKeyInfo& k : describePropertyKeys(db_))
      keys.rows.push_back({Value(k.onNodes ? "nodes" : "relationships"), Value(k.key),
                           Value(static_cast<std::int64_t>(k.count)), Value(k.types)});
    writeResult(out_, counts("label", "nodes", describeLabels(db_)), format_);
    writeResult(out_, counts("type", "relationships", describeRelationshipTypes(db_)), format_);
    writeResult(out_, keys, format_);
  } catch (const std::exception& e) {
    printError("", std::string("internal error: ") + e.what(), ErrorStyle::Full);
    out_.flush();
    return false;
  }
  out_.flush();
  return true;
}

void Shell::printExportReport(std::ostream& to, ExportFormat format, const ExportReport& report) {
  to << "Exported " << report.nodes << (report.nodes == 1 ? " node" : " nodes") << " and " << report.relationships
     << (report.relationships == 1 ? " relationship" : " relationships") << " as " << exportFormatName(format)
     << " to ";
  for (std::size_t i = 0; i < report.files.size(); ++i) to << (i ? " and " : "") << report.files[i];
  to << "\n";
  if (!report.note.empty()) to << report.note << "\n";
}

bool Shell::exportCommand(const std::string& arguments) {
  std::istringstream words(arguments);
  std::string formatName;
  words >> formatName;
  std::string rest;
  std::getline(words, rest);
  auto format = parseExportFormat(formatName);
  std::string file;
  if (!format || !takeFileArgument(rest, file)) {
    err_ << "kgq: :export expects FORMAT FILE [QUERY], FORMAT one of graphml, json, csv, cypher, dot, svg, png\n";
    return false;
  }
  try {
    ExportReport report;
    if (rest.empty()) {
      report = exportGraph(db_, *format, file);
    } else {
      runningConnection = &connection_;
      Result result = connection_.run(rest, params_);
      runningConnection = nullptr;
      report = exportResult(db_, result, *format, file);
    }
    printExportReport(out_, *format, report);
    return true;
  } catch (const Error& e) {
    runningConnection = nullptr;
    printError("", e.what(), ErrorStyle::Full);
  } catch (const std::exception& e) {
    runningConnection = nullptr;
    printError("", std::string("internal error: ") + e.what(), ErrorStyle::Full);
  }
  return false;
}

bool Shell::exportTo(ExportFormat format, const std::string& path, const std::optional<std::string>& script,
                     const std::string& sourceName) {
  std::string prefix = sourceName.empty() ? "" : sourceName + ": ";
  try {
    ExportReport report;
    if (!script) {
      report = exportGraph(db_, format, path);
    } else {
      installInterruptHandler();
      std::vector<ScriptStatement> statements = splitStatements(*script);
      if (statements.empty()) {
        err_ << "kgq: " << prefix << "no statement to select what to export\n";
        return false;
      }
      Result last;
      for (const ScriptStatement& st : statements) {
        std::string text = std::string(st.line - 1, '\n') + std::string(st.column - 1, ' ') + st.text;
        runningConnection = &connection_;
        last = connection_.run(text, params_);
        runningConnection = nullptr;
      }
      report = exportResult(db_, last, format, path);
    }
    printExportReport(err_, format, report);
    return true;
  } catch (const Error& e) {
    runningConnection = nullptr;
    printError(prefix, e.what(), ErrorStyle::OneLine);
  } catch (const std::exception& e) {
    runningConnection = nullptr;
    printError(prefix, std::string("internal error: ") + e.what(), ErrorStyle::OneLine);
  }
  return false;
}

bool Shell::mayLeave() {
  if (connection_.inTransaction() && interactive_ && !warnedTransaction_) {
    warnedTransaction_ = true;
    out_ << "A transaction is open. :commit keeps its changes; leave again to roll it back.\n";
    return false;
  }
  if (db_.isDurable()) return true;  // every commit is saved already
  if (!interactive_ || warnedUnsaved_ || db_.changeCount() == savedChanges_) return true;
  warnedUnsaved_ = true;
  out_ << "There are unsaved changes. :save FILE keeps them; leave again (Ctrl-D or :quit) to drop them.\n";
  return false;
}

int Shell::runStandardInput() {
  interactive_ = isatty(0) && isatty(1);
  installInterruptHandler();
  std::string history = historyPath();
  if (interactive_) {
    if (!history.empty()) read_history(history.c_str());
    std::uint64_t vocabularyAt = ~std::uint64_t{0};
    CompletionVocabulary vocabulary;
    installCompletion([this, vocabularyAt, vocabulary]() mutable {
      if (vocabularyAt != db_.changeCount()) {
        vocabularyAt = db_.changeCount();
        vocabulary = {};
        try {
          for (const NameCount& l : describeLabels(db_)) vocabulary.labels.push_back(l.name);
          for (const NameCount& t : describeRelationshipTypes(db_)) vocabulary.types.push_back(t.name);
          for (const PropertyKeyInfo& k : describePropertyKeys(db_)) vocabulary.keys.push_back(k.key);
          vocabulary.keys.push_back("id");
        } catch (const std::exception&) {
          // no completion beats a broken prompt
        }
      }
      return vocabulary;
    });
    out_ << "kgq: " << db_.nodeCount() << " nodes, " << db_.edgeCount()
         << " relationships. Statements end with ';'. :help for commands, :quit to leave.\n";
  }
  // A whole statement (its lines joined) or command is one history entry.
  auto remember = [&](const std::string& entry) {
    if (!interactive_ || entry.empty()) return;
    std::string oneLine = entry;
    for (char& c : oneLine)
      if (c == '\n') c = ' ';
    add_history(oneLine.c_str());
    if (!history.empty()) write_history(history.c_str());
  };
  bool anyFailed = false;
  std::string buffer;
  std::size_t bufferLine = 1, lineNumber = 0;
  while (!quit_) {
    std::string line;
    if (interactive_) {
      interruptedAtPrompt = 0;
      char* raw = readline(!buffer.empty() ? "...> " : connection_.inTransaction() ? "kgq(tx)> " : "kgq> ");
      if (raw == nullptr && interruptedAtPrompt) {  // Ctrl-C at the prompt: drop the statement being typed
        interruptedAtPrompt = 0;
        buffer.clear();
        out_ << "^C\n";
        out_.flush();
        continue;
      }
      if (raw == nullptr) {  // Ctrl-D
        out_ << "\n";
        if (!buffer.empty()) {  // end of the statement being typed: drop it
          buffer.clear();
          continue;
        }
        if (mayLeave()) break;
        continue;
      }
      line = raw;
      std::free(raw);
    } else if (!std::getline(std::cin, line)) {
      break;
    }
    ++lineNumber;
    if (buffer.empty() && trim(line).empty()) continue;
    if (buffer.empty() && trim(line)[0] == ':') {
      remember(trim(line));
      if (!runCommand(trim(line))) anyFailed = true;
      continue;
    }
    if (buffer.empty()) bufferLine = lineNumber;
    buffer += line + "\n";
    if (trim(buffer).back() != ';') continue;
    remember(trim(buffer));
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
    try {
      for (ScriptStatement& statement : splitStatements(buffer)) {
        if (!interactive_) statement.line += bufferLine - 1;
        if (!runStatement(statement, "", ErrorStyle::Full)) anyFailed = true;
      }
    } catch (const Error& e) {
      printError("", e.what(), ErrorStyle::Full);
      anyFailed = true;
    }
  }
  // Failures at a terminal were shown as they happened; the status reports them for piped input.
  return anyFailed && !interactive_ ? 1 : 0;
}

}  // namespace kgq::cli
