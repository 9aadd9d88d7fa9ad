#include "cli/options.h"

#include "graph/utf8.h"
#include "loaders/json_value.h"

#include <kgq/export.h>

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <iostream>

namespace kgq::cli {

bool parseParamAssignment(const std::string& text, std::string& name, Value& value, std::string* problem) {
  if (problem) problem->clear();
  std::size_t eq = text.find('=');
  if (eq == std::string::npos || eq == 0) return false;
  name = text.substr(0, eq);
  std::string raw = text.substr(eq + 1);
  std::string tooDeep;
  std::optional<Value> parsed = kgq::parseJsonValue(raw, false, &tooDeep);
  if (parsed) {
    value = *parsed;
    return true;
  }
  // Refused rather than stored: a value nothing could save or print as JSON.
  if (!tooDeep.empty()) {
    if (problem) *problem = "the value is " + tooDeep;
    return false;
  }
  std::size_t bad = firstInvalidUtf8(raw);
  if (bad != std::string::npos) {
    if (problem)
      *problem = "the value is neither JSON nor valid UTF-8 text (byte " + std::to_string(bad + 1) +
                 " is not UTF-8)";
    return false;
  }
  value = Value(raw);
  return true;
}

std::optional<double> parseTimeoutSeconds(const std::string& text) {
  if (text == "off") return 0.0;
  // Plain decimals only (strtod alone would also take "nan", "1e3" and hex); at most ~31 years.
  if (text.empty() || text.find_first_not_of("0123456789.") != std::string::npos) return std::nullopt;
  char* end = nullptr;
  double seconds = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !std::isfinite(seconds) || seconds > 1e9) return std::nullopt;
  return seconds;
}

std::optional<std::size_t> parseMemoryMiB(const std::string& text) {
  if (text == "off") return std::size_t{0};
  if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || text.size() > 9) return std::nullopt;
  return static_cast<std::size_t>(std::stoull(text));  // at most 999,999,999 MiB: no overflow in bytes
}

std::size_t defaultMaxMemoryMiB() {
  long pages = sysconf(_SC_PHYS_PAGES), pageSize = sysconf(_SC_PAGE_SIZE);
  if (pages <= 0 || pageSize <= 0) return 1024;
  std::size_t quarter = static_cast<std::size_t>(pages) / 4 * static_cast<std::size_t>(pageSize) >> 20;
  return quarter < 256 ? 256 : quarter;
}

std::optional<int> parseOptions(int argc, char** argv, Options& options) {
  CLI::App app{"kgq: an embeddable knowledge graph with a Cypher query language.\n"
               "With no -c or -f, reads statements from standard input (a REPL on a terminal)."};
  app.set_version_flag("--version", "kgq 0.1.0");
  app.add_option("--data", options.dataFiles, "Graph files (kgq-graph JSON) to load instead of the bundled graph")
      ->check(CLI::ExistingFile)
      ->take_all();
  std::optional<std::string> dbOption, dbArgument;
  app.add_option("--db", dbOption,
                 "Open (or create) this database directory: every committed write is saved (snapshot + write-ahead log)");
  app.add_option("DIR", dbArgument, "The same as --db DIR");
  std::string sync = "full";
  app.add_option("--sync", sync,
                 "With --db: 'full' fsyncs every commit; 'relaxed' fsyncs at most every 100 ms (a killed process "
                 "loses nothing, an OS crash may lose the last 100 ms)")
      ->check(CLI::IsMember({"full", "relaxed"}));
  auto* query = app.add_option("-c,--command", options.query, "Run these ';'-separated statements and exit");
  auto* script = app.add_option("-f,--file", options.script, "Run the statements of this script file and exit")
                     ->check(CLI::ExistingFile);
  query->excludes(script);
  app.add_option("--max-hops", options.maxHops,
                 "How many relationships a variable-length pattern without upper bound (*) may walk (default 15)")
      ->check(CLI::Range(1, 1000000));
  std::optional<std::string> timeout, maxMemory;
  app.add_option("--timeout", timeout,
                 "Stop a query that runs longer than SECONDS (a decimal number; 0 or 'off': no limit, the default; "
                 "Ctrl-C stops one in any case)")
      ->type_name("SECONDS");
  app.add_option("--max-memory", maxMemory,
                 "Stop a query whose intermediate results need more than MIB mebibytes (0 or 'off': no limit; "
                 "default: a quarter of this machine's memory, " + std::to_string(defaultMaxMemoryMiB()) + ")")
      ->type_name("MIB");
  app.add_option("--save", options.saveTo,
                 "After the statements ran without error, save the graph to this kgq-graph JSON file (atomically)");
  auto* exportOption =
      app.add_option("--export", options.exportTo,
                     "Export the graph, or what the -c/-f statements' last query returns, as FORMAT (graphml, "
                     "json, csv, cypher, dot, svg, png) to FILE")
          ->expected(2)
          ->type_name("FORMAT FILE");
  auto* renderOption = app.add_option("--render", options.renderTo,
                                      "Draw the graph, or what -c QUERY returns, with Graphviz into FILE (.svg or .png)");
  exportOption->excludes(renderOption);
  std::string format = "table";
  app.add_option("--format", format, "Output format")->check(CLI::IsMember({"table", "csv", "json"}));
  std::vector<std::string> params;
  app.add_option("--param", params, "A query parameter name=value (value read as JSON, else as a string)")
      ->take_all();
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "kgq: " << e.what() << "\nRun 'kgq --help' for usage.\n";
    return 2;
  }
  options.format = *parseOutputFormat(format);
  if (timeout) {
    auto seconds = parseTimeoutSeconds(*timeout);
    if (!seconds) {
      std::cerr << "kgq: --timeout expects a number of seconds from 0 to 1e9 (0 or 'off' for none), got '"
                << *timeout << "'\nRun 'kgq --help' for usage.\n";
      return 2;
    }
    options.timeoutSeconds = *seconds;
  }
  if (maxMemory) {
    auto mib = parseMemoryMiB(*maxMemory);
    if (!mib) {
      std::cerr << "kgq: --max-memory expects a whole number of MiB (0 or 'off' for none), got '" << *maxMemory
                << "'\nRun 'kgq --help' for usage.\n";
      return 2;
    }
    options.maxMemoryMiB = *mib;
  }
  if (dbOption && dbArgument) {
    std::cerr << "kgq: give the database directory once (--db DIR or DIR)\nRun 'kgq --help' for usage.\n";
    return 2;
  }
  options.database = dbOption ? dbOption : dbArgument;
  options.relaxedSync = sync == "relaxed";
  if (!options.exportTo.empty() && !parseExportFormat(options.exportTo[0])) {
    std::cerr << "kgq: --export: unknown format '" << options.exportTo[0]
              << "' (graphml, json, csv, cypher, dot, svg, png)\nRun 'kgq --help' for usage.\n";
    return 2;
  }
  if (options.renderTo) {
    const std::string& f = *options.renderTo;
    auto endsWith = [&](const char* suffix) {
      std::size_t n = std::char_traits<char>::length(suffix);
      return f.size() >= n && f.compare(f.size() - n, n, suffix) == 0;
    };
    if (!endsWith(".svg") && !endsWith(".png")) {
      std::cerr << "kgq: --render: FILE must end in .svg or .png, got '" << f << "'\nRun 'kgq --help' for usage.\n";
      return 2;
    }
  }
  for (const std::string& p : params) {
    std::string name;
    Value value;
    std::string problem;
    if (!parseParamAssignment(p, name, value, &problem)) {
      if (!problem.empty()) {
        std::cerr << "kgq: --param " << name << ": " << problem << "\n";
        return 2;
      }
      std::cerr << "kgq: --param expects name=value, got '" << p << "'\nRun 'kgq --help' for usage.\n";
      return 2;
    }
    options.params[name] = value;
  }
  return std::nullopt;
}

}  // namespace kgq::cli
