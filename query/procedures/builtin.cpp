// registerBuiltinProcedures (query/procedures/registry.h): every family of built-in procedures.
#include "query/procedures/builtin_procedures.h"

namespace kgq {

void registerBuiltinProcedures(ProcedureRegistry& registry) {
  registerSchemaProcedures(registry);
  registerCentralityProcedures(registry);
  registerComponentProcedures(registry);
  registerPathProcedures(registry);
  registerCommunityProcedures(registry);
  registerStructureProcedures(registry);
  registerSearchProcedures(registry);
}

}  // namespace kgq
