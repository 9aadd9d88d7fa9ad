// The embedding API (include/kgq/kgq.h): Database owns the graph; Connection::run drives the
// pipeline parse -> check (bind) -> plan -> execute and times each stage.
#include <kgq/kgq.h>

#include "graph/atomic_file.h"
#include "graph/graph_transaction.h"
#include "graph/json_writer.h"
#include "graph/stack_depth.h"
#include "loaders/json_loader.h"
#include "query/api/database_impl.h"
#include "query/check/checker.h"
#include "query/exec/executor.h"
#include "query/parse/parser.h"
#include "query/plan/planner.h"

#include <chrono>
#include <optional>

namespace kgq {

Database::Database() : impl_(std::make_unique<Impl>()) {}
Database::~Database() {
  try {
    close();
  } catch (const Error&) {
    // The log still holds every commit: the next open recovers them.
  }
}

LoadStats loadIntoDatabase(Database::Impl& impl, const std::string& source, const std::function<LoadStats()>& load) {
  WriterLock writer(impl);
  PropertyGraph::Mark mark = impl.graph.mark();
  LoadStats stats = load();
  // A file holding what a uniqueness constraint forbids loads nothing.
  std::string violation = impl.graph.uniquenessViolationFrom(static_cast<NodeIndex>(mark.nodes));
  if (!violation.empty()) {
    impl.graph.rollback(mark);
    throw Error(ErrorKind::Load, source + ": " + violation);
  }
  ++impl.changes;
  if (impl.directory) {
    try {
      impl.directory->checkpoint(impl.graph);
    } catch (...) {
      impl.graph.rollback(mark);
      throw;
    }
  }
  return stats;
}

LoadStats Database::loadJsonFile(const std::string& path) {
  return loadIntoDatabase(*impl_, path, [&] { return loadGraphJsonFile(impl_->graph, path); });
}

LoadStats Database::loadJsonText(std::string_view text, const std::string& sourceName) {
  return loadIntoDatabase(*impl_, sourceName, [&] { return loadGraphJson(impl_->graph, text, sourceName); });
}

void Database::saveJsonFile(const std::string& path) const {
  ReadAccess read(*impl_);
  writeFileAtomically(path, [&](std::ostream& out) { writeGraphJson(impl_->graph, out); });
}

std::uint64_t Database::changeCount() const {
  ReadAccess read(*impl_);
  return impl_->changes;
}

void Database::clearQueryCache() { impl_->queryCache.clear(); }

std::size_t Database::nodeCount() const {
  ReadAccess read(*impl_);
  return impl_->graph.nodeCount();
}
std::size_t Database::edgeCount() const {
  ReadAccess read(*impl_);
  return impl_->graph.edgeCount();
}

namespace {

double microsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

Connection::Connection(Database& db) : db_(db) {}
Connection::~Connection() = default;

namespace {

std::vector<Value> bindParameters(const QueryPlan& plan, const Params& params, std::string& missing) {
  std::vector<Value> parameters;
  for (const std::string& name : plan.parameterNames) {
    auto it = params.find(name);
    if (it == params.end()) {
      missing += (missing.empty() ? "$" : ", $") + name;
      parameters.emplace_back();
    } else {
      parameters.push_back(it->second);
    }
  }
  return parameters;
}

}  // namespace

Result Connection::run(std::string_view query, const Params& params) {
  // Parsing, binding, planning and evaluating recurse as deep as the statement nests (within
  // the bounds the parser sets): on a thread whose stack is too small for that, they run on one
  // with room (graph/stack_depth.h).
  auto runHere = [&]() -> Result {
    interrupted_.store(false);
    Database::Impl& db = *db_.impl_;
    PropertyGraph& graph = db.graph;
    Result result;

    // Runs `plan` under `access` (whose transaction a writing plan changes the graph in).
    auto runPlan = [&](const QueryPlan& plan, bool updates, StatementAccess& access) {
      std::string missing;
      std::vector<Value> parameters = bindParameters(plan, params, missing);
      if (!missing.empty()) throw Error(ErrorKind::Semantic, "Expected parameter(s): " + missing);
      result.columns_ = plan.columns;
      auto start = std::chrono::steady_clock::now();
      QueryGuard guard(&interrupted_, {timeout_, memoryLimit_});  // (a failure rolls `access` back)
      Execution execution = execute(plan, graph, parameters, guard, updates ? access.transaction() : nullptr,
                                    static_cast<std::int64_t>(variableLengthLimit_));
      result.timing_.executeMicros = microsSince(start);
      result.rows_ = std::move(execution.rows);
      result.stats_ = access.commit();
      if (plan.profile) result.planText_ = explainPlan(plan, &execution.profile);
    };

    {
      // Shared access is enough to judge a cached plan and to run a reading one. A writing one
      // runs under the writer lock, judged again there: a writer may have come between the locks.
      std::optional<StatementAccess> access(std::in_place, db, transaction_, false);
      std::optional<CachedPlan> cached = db.queryCache.find(query, graph);
      if (cached && cached->updates) {
        access.reset();
        access.emplace(db, transaction_, true);
        if (!QueryCache::stillRight(*cached, graph)) cached.reset();
      }
      if (cached) {
        result.timing_.fromPlanCache = true;
        runPlan(*cached->plan, cached->updates, *access);
        return result;
      }
    }

    auto start = std::chrono::steady_clock::now();  // parsing and checking do not touch the graph
    CheckedQuery checked = checkStatement(parseStatement(query), Catalog{&db.procedures, &db.functions});
    result.timing_.parseMicros = microsSince(start);

    if (checked.kind != StatementKind::Query) {
      runSchemaCommand(db, transaction_ != nullptr, checked.kind, checked.schema);
      return result;
    }

    start = std::chrono::steady_clock::now();
    // A query that writes runs in a transaction: everything it changes, the names it interns
    // included, is undone if it fails. Its names are interned before planning, so that reads later
    // in the query find labels, types and keys that earlier clauses create.
    bool updates = checked.updates;
    StatementAccess access(db, transaction_, updates);
    GraphTransaction* transaction = updates ? access.transaction() : nullptr;
    if (transaction) {
      for (const auto& name : checked.names.labels) transaction->label(name);
      for (const auto& name : checked.names.types) transaction->type(name);
      for (const auto& name : checked.names.keys) transaction->key(name);
    }
    auto shared = std::make_shared<const QueryPlan>(planQuery(std::move(checked), graph));
    const QueryPlan& plan = *shared;
    result.timing_.planMicros = microsSince(start);
    // Kept with the names as they are now, those the statement's transaction interned included: if
    // it fails, rolling them back moves the names on and the plan is never used.
    if (!plan.explain && !plan.profile) db.queryCache.insert(query, CachedPlan{shared, updates, graph.namesGeneration()});

    if (plan.explain) {  // EXPLAIN runs nothing, so it needs no parameter values
      result.columns_ = plan.columns;
      result.planText_ = explainPlan(plan);
      return result;     // (the transaction, if any, rolls back the interned names)
    }
    runPlan(plan, updates, access);
    return result;
  };
  // A statement of an open explicit transaction stays on the caller's thread: the transaction
  // holds the writer lock that thread took, and a failing statement ends the transaction, which
  // must release the lock on the thread that holds it.
  if (transaction_) return runHere();
  std::optional<Result> done;
  runWithStack(kDeepWorkStack, [&] { done.emplace(runHere()); });
  return std::move(*done);
}

}  // namespace kgq
