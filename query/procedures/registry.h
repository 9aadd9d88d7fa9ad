// ProcedureRegistry: every procedure a database can CALL, by case-insensitive qualified name:
// kgq's own (db.*, dbms.*, algo.*, registered by registerBuiltinProcedures) and those the
// embedding program adds (Database::registerProcedure). This is what the CALL clause binds to:
// find() at compile time, bindArguments() to check and complete the arguments, call() to run.
//
// Promises: names are unique ignoring case; bindArguments and call throw Error(Semantic) naming
// the procedure and the argument for a wrong count or type, and call() throws Error(Runtime)
// naming the procedure when a row has the wrong width or a callback fails with a non-kgq
// exception. Not thread-safe for add(); find() and call() may run concurrently.
#pragma once

#include <kgq/kgq.h>
#include <kgq/procedure.h>

#include "graph/property_graph.h"

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kgq {

// What a built-in procedure sees besides its arguments.
struct ProcedureContext {
  const PropertyGraph& graph;
  const std::atomic<bool>* interrupted = nullptr;  // may be null
};

using ProcedureImplementation =
    std::function<void(const ProcedureContext& context, const std::vector<Value>& args, ProcedureRows& rows)>;

struct Procedure {
  ProcedureSignature signature;
  ProcedureImplementation run;
};

class ProcedureRegistry {
 public:
  ProcedureRegistry() = default;
  ProcedureRegistry(const ProcedureRegistry&) = delete;  // dbms.procedures points back at its registry
  ProcedureRegistry& operator=(const ProcedureRegistry&) = delete;

  // Adds a procedure. Throws Error(Semantic) if the name is taken (ignoring case), the name is
  // not a dotted identifier, or two inputs or two outputs share a name.
  void add(ProcedureSignature signature, ProcedureImplementation run);
  // nullptr if there is none.
  const Procedure* find(std::string_view name) const;
  // Every procedure, by name.
  std::vector<const Procedure*> all() const;

  // The full argument list: `args` checked against the inputs' count and types, with the
  // defaults of left-out trailing inputs appended.
  static std::vector<Value> bindArguments(const Procedure& procedure, std::vector<Value> args);
  // Binds the arguments and runs the procedure, passing its rows to `rows`.
  static void call(const Procedure& procedure, const ProcedureContext& context, std::vector<Value> args,
                   ProcedureRows& rows);

 private:
  std::map<std::string, std::unique_ptr<Procedure>> byName_;  // lower-cased name
};

// Adds db.*, dbms.* and algo.* (query/procedures/*.cpp) to `registry`.
void registerBuiltinProcedures(ProcedureRegistry& registry);

// A ProcedureRows that keeps the rows.
class CollectedRows : public ProcedureRows {
 public:
  void add(std::vector<Value> row) override { rows.push_back(std::move(row)); }
  std::vector<std::vector<Value>> rows;
};

}  // namespace kgq
