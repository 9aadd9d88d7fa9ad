// The families of built-in procedures, one file each under query/procedures/; each adds its
// procedures to a registry. registerBuiltinProcedures (registry.h) calls them all.
#pragma once

#include "query/procedures/registry.h"

namespace kgq {

void registerSchemaProcedures(ProcedureRegistry& registry);      // db_schema.cpp: db.labels, ..., dbms.procedures
void registerCentralityProcedures(ProcedureRegistry& registry);  // algo_centrality.cpp
void registerComponentProcedures(ProcedureRegistry& registry);   // algo_components.cpp
void registerPathProcedures(ProcedureRegistry& registry);        // algo_paths.cpp
void registerCommunityProcedures(ProcedureRegistry& registry);   // algo_community.cpp
void registerStructureProcedures(ProcedureRegistry& registry);   // algo_structure.cpp
void registerSearchProcedures(ProcedureRegistry& registry);      // db_search.cpp

// A procedure's signature from its notation (include/kgq/procedure.h); the built-ins' are
// literals, so a mistake in one is a programming error caught by every test run.
inline ProcedureSignature builtinSignature(const char* text, const char* description) {
  return ProcedureSignature::parse(text, description);
}

}  // namespace kgq
