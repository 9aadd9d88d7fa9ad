// loadGraphMLFile (include/kgq/export.h): the GraphML loader reads the file straight into the
// database's graph (DatabaseInternals), all or nothing, with errors that point into the GraphML.
#include <kgq/export.h>

#include "loaders/graphml_loader.h"
#include "query/api/database_impl.h"

namespace kgq {

LoadStats loadGraphMLFile(Database& db, const std::string& path) {
  Database::Impl& impl = DatabaseInternals::of(db);
  LoadStats stats = loadGraphMLFile(impl.graph, path);
  ++impl.changes;  // as for a JSON load: cached plans are void, and the REPL knows the graph changed
  return stats;
}

}  // namespace kgq
