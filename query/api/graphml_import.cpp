// loadGraphMLFile (include/kgq/export.h): the GraphML loader reads the file straight into the
// database's graph (DatabaseInternals), all or nothing, with errors that point into the GraphML.
#include <kgq/export.h>

#include "loaders/graphml_loader.h"
#include "query/api/database_impl.h"

namespace kgq {

LoadStats loadGraphMLFile(Database& db, const std::string& path) {
  Database::Impl& impl = DatabaseInternals::of(db);
  // As a JSON load: under the writer lock, checked against constraints, checkpointed if durable.
  return loadIntoDatabase(impl, path, [&] { return loadGraphMLFile(impl.graph, path); });
}

}  // namespace kgq
