// The procedure part of the embedding API (include/kgq/kgq.h): registering a program's
// procedures, listing all, and running one outside a query.
#include <kgq/kgq.h>

#include "query/api/database_impl.h"
#include "query/exec/executor.h"

namespace kgq {

void Database::registerProcedure(ProcedureSignature signature, ProcedureCallback callback) {
  if (!callback) throw Error(ErrorKind::Semantic, "Procedure " + signature.name + " needs a callback");
  // The program cannot read the engine's handles, so nodes, relationships and paths reach it
  // materialized (ids, labels, properties).
  impl_->procedures.add(std::move(signature),
                        [callback = std::move(callback)](const ProcedureContext& context, const std::vector<Value>& args,
                                                         ProcedureRows& rows) {
                          std::vector<Value> values;
                          values.reserve(args.size());
                          for (const Value& v : args) values.push_back(materialize(v, context.graph));
                          callback(values, rows);
                        });
}

std::vector<ProcedureSignature> Database::procedures() const {
  std::vector<ProcedureSignature> out;
  for (const Procedure* p : impl_->procedures.all()) out.push_back(p->signature);
  return out;
}

Result Database::callProcedure(std::string_view name, std::vector<Value> args) {
  const Procedure* procedure = impl_->procedures.find(name);
  if (!procedure) throw Error(ErrorKind::Semantic, "There is no procedure named " + std::string(name));
  CollectedRows collected;
  ProcedureRegistry::call(*procedure, ProcedureContext{impl_->graph, nullptr}, std::move(args), collected);
  Result result;
  for (const auto& out : procedure->signature.outputs) result.columns_.push_back(out.name);
  result.rows_.reserve(collected.rows.size());
  for (auto& row : collected.rows) {
    for (Value& v : row) v = materialize(v, impl_->graph);
    result.rows_.push_back(std::move(row));
  }
  return result;
}

}  // namespace kgq
