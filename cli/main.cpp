// The kgq command (SPEC §4): `kgq` opens the REPL on the bundled knowledge graph; `kgq DIR` or
// `kgq --db DIR` on a durable database directory (with --data: files loaded into it);
// `kgq [--data FILE...] [-c QUERY | -f SCRIPT] [--format table|csv|json] [--param k=v]` runs
// queries in batch mode, exiting 0 on success and non-zero with a one-line error otherwise;
// `--export FORMAT FILE` / `--render FILE` write the graph, or what -c/-f's last query returns.
#include "cli/options.h"
#include "cli/shell.h"

#include <kgq/export.h>
#include <kgq/kgq.h>

#include <fstream>
#include <iostream>
#include <sstream>

extern const unsigned char kgq_bundled_graph[];
extern const unsigned long kgq_bundled_graph_size;

int main(int argc, char** argv) {
  kgq::cli::Options options;
  if (auto exitCode = kgq::cli::parseOptions(argc, argv, options)) return *exitCode;

  kgq::Database db;
  try {
    if (options.database) {
      kgq::DurabilityOptions durability;
      if (options.relaxedSync) durability.sync = kgq::DurabilityOptions::Sync::Relaxed;
      db.open(*options.database, durability);
      if (!db.recoveryReport().empty()) std::cerr << "kgq: " << db.recoveryReport() << std::endl;
    } else if (options.dataFiles.empty()) {
      db.loadJsonText(std::string_view(reinterpret_cast<const char*>(kgq_bundled_graph), kgq_bundled_graph_size), "bundled china_innovation.json");
    }
    for (const std::string& file : options.dataFiles) db.loadJsonFile(file);
  } catch (const kgq::Error& e) {
    std::cerr << "kgq: " << e.what() << std::endl;
    return 1;
  }

  kgq::cli::Shell shell(db, options.format, options.params, std::cout, std::cerr);
  if (options.maxHops) shell.setMaxHops(*options.maxHops);
  shell.setTimeout(options.timeoutSeconds);
  shell.setMaxMemoryMiB(options.maxMemoryMiB);
  shell.markSaved();
  int status;
  std::optional<kgq::ExportFormat> exportFormat;
  std::string exportFile;
  if (!options.exportTo.empty()) {
    exportFormat = kgq::parseExportFormat(options.exportTo[0]);
    exportFile = options.exportTo[1];
  } else if (options.renderTo) {
    exportFile = *options.renderTo;
    exportFormat = exportFile.size() > 4 && exportFile.compare(exportFile.size() - 4, 4, ".png") == 0
                       ? kgq::ExportFormat::Png
                       : kgq::ExportFormat::Svg;
  }
  // The statements to run: -c, or the text of the -f script (named in messages by its path).
  std::optional<std::string> script = options.query;
  std::string sourceName;
  if (options.script) {
    std::ifstream in(*options.script, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (!in) {
      std::cerr << "kgq: cannot read " << *options.script << std::endl;
      return 1;
    }
    script = text.str();
    sourceName = *options.script;
  }
  if (exportFormat) {
    status = shell.exportTo(*exportFormat, exportFile, script, sourceName) ? 0 : 1;
  } else if (script) {
    status = shell.runScript(*script, sourceName) ? 0 : 1;
  } else {
    status = shell.runStandardInput();
  }
  if (status == 0 && options.saveTo) {
    try {
      db.saveJsonFile(*options.saveTo);
    } catch (const kgq::Error& e) {
      std::cerr << "kgq: " << e.what() << std::endl;
      return 1;
    }
  }
  return status;
}
