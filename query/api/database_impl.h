// Database::Impl: what a kgq::Database owns, and DatabaseInternals, the way the library's own API
// functions outside Database and Connection (exports, GraphML import, the schema description)
// reach it: they read and fill the one graph directly, never through a Cypher round trip or a
// copy. Internal to the implementation of the public API (query/api/*.cpp); nothing outside
// query/api includes it.
#pragma once

#include <kgq/kgq.h>

#include "graph/property_graph.h"
#include "query/procedures/registry.h"

#include <cstdint>

namespace kgq {

struct Database::Impl {
  Impl() { registerBuiltinProcedures(procedures); }
  PropertyGraph graph;
  ProcedureRegistry procedures;  // built-ins, then what the embedding program registers
  std::uint64_t changes = 0;  // bumped by every load and every write query that changed something
  std::uint64_t indexChanges = 0;  // bumped by CREATE / DROP INDEX (plans change, the data does not)
  // What cached plans were made against: any change to data or indexes voids them.
  std::uint64_t planEpoch() const { return changes * 1000003 + indexChanges; }
};

struct DatabaseInternals {
  static Database::Impl& of(Database& db) { return *db.impl_; }
  static const Database::Impl& of(const Database& db) { return *db.impl_; }
};

}  // namespace kgq
