// loadGraphMLFile (include/kgq/export.h): reads the GraphML into a graph of its own with the
// GraphML loader, then adds it to the database through the kgq-graph JSON path (the database's
// graph is private to Connection), which keeps the load all or nothing.
#include <kgq/export.h>

#include "graph/json_writer.h"
#include "loaders/graphml_loader.h"

#include <cstring>
#include <fstream>
#include <sstream>

namespace kgq {

LoadStats loadGraphMLFile(Database& db, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::Io, "cannot read " + path + ": " + std::strerror(errno));
  std::ostringstream text;
  text << in.rdbuf();
  PropertyGraph graph;
  loadGraphML(graph, text.str(), path);
  std::ostringstream json;
  writeGraphJson(graph, json);
  return db.loadJsonText(json.str(), path + " (GraphML)");
}

}  // namespace kgq
