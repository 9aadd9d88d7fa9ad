// The embedding API (include/kgq/kgq.h): Database owns the graph; Connection::run drives the
// pipeline parse -> check (bind) -> plan -> execute and times each stage.
#include <kgq/kgq.h>

#include "graph/atomic_file.h"
#include "graph/graph_transaction.h"
#include "graph/json_writer.h"
#include "loaders/json_loader.h"
#include "query/api/database_impl.h"
#include "query/check/checker.h"
#include "query/exec/executor.h"
#include "query/parse/parser.h"
#include "query/plan/planner.h"

#include <chrono>
#include <unordered_map>

namespace kgq {

Database::Database() : impl_(std::make_unique<Impl>()) {}
Database::~Database() = default;

LoadStats Database::loadJsonFile(const std::string& path) {
  LoadStats stats = loadGraphJsonFile(impl_->graph, path);
  ++impl_->changes;
  return stats;
}

LoadStats Database::loadJsonText(std::string_view text, const std::string& sourceName) {
  LoadStats stats = loadGraphJson(impl_->graph, text, sourceName);
  ++impl_->changes;
  return stats;
}

void Database::saveJsonFile(const std::string& path) const {
  writeFileAtomically(path, [&](std::ostream& out) { writeGraphJson(impl_->graph, out); });
}

std::uint64_t Database::changeCount() const { return impl_->changes; }

std::size_t Database::nodeCount() const { return impl_->graph.nodeCount(); }
std::size_t Database::edgeCount() const { return impl_->graph.edgeCount(); }

namespace {

double microsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

// Plans of read-only queries by text, valid while the database's plan epoch is `stamp`
// (a plan holds interned ids and was costed on the graph as it was).
struct Connection::PlanCache {
  static constexpr std::size_t kCapacity = 256;
  std::uint64_t stamp = 0;
  std::unordered_map<std::string, std::shared_ptr<const QueryPlan>> plans;
};

Connection::Connection(Database& db) : db_(db), plans_(std::make_unique<PlanCache>()) {}
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
  interrupted_.store(false);
  PropertyGraph& graph = db_.impl_->graph;
  Result result;

  if (plans_->stamp != db_.impl_->planEpoch()) {
    plans_->plans.clear();
    plans_->stamp = db_.impl_->planEpoch();
  }
  auto cached = plans_->plans.find(std::string(query));
  if (cached != plans_->plans.end()) {
    const QueryPlan& plan = *cached->second;
    std::string missing;
    std::vector<Value> parameters = bindParameters(plan, params, missing);
    if (!missing.empty()) throw Error(ErrorKind::Semantic, "Expected parameter(s): " + missing);
    result.columns_ = plan.columns;
    auto start = std::chrono::steady_clock::now();
    Execution execution = execute(plan, graph, parameters, &interrupted_, nullptr,
                                  static_cast<std::int64_t>(variableLengthLimit_));
    result.timing_.executeMicros = microsSince(start);
    result.rows_ = std::move(execution.rows);
    return result;
  }

  auto start = std::chrono::steady_clock::now();
  CheckedQuery checked = checkStatement(parseStatement(query), &db_.impl_->procedures);
  result.timing_.parseMicros = microsSince(start);

  if (checked.kind == StatementKind::CreateIndex) {
    // Indexes answer lookups; they are not part of the saved graph (the file format has none).
    graph.createIndex(graph.labelNames().intern(checked.indexLabel), graph.keyNames().intern(checked.indexKey));
    ++db_.impl_->indexChanges;  // plans may now use the index
    return result;
  }
  if (checked.kind == StatementKind::DropIndex) {
    auto label = graph.labelNames().find(checked.indexLabel);
    auto key = graph.keyNames().find(checked.indexKey);
    if (!label || !key || !graph.dropIndex(*label, *key))
      throw Error(ErrorKind::Semantic, "There is no index on :" + checked.indexLabel + "(" + checked.indexKey + ")");
    ++db_.impl_->indexChanges;  // plans using the index are void
    return result;
  }

  start = std::chrono::steady_clock::now();
  // A query that writes runs in a transaction: everything it changes, the names it interns
  // included, is undone if it fails. Its names are interned before planning, so that reads later
  // in the query find labels, types and keys that earlier clauses create.
  std::unique_ptr<GraphTransaction> transaction;
  if (checked.updates) {
    transaction = std::make_unique<GraphTransaction>(graph);
    for (const auto& name : checked.names.labels) transaction->label(name);
    for (const auto& name : checked.names.types) transaction->type(name);
    for (const auto& name : checked.names.keys) transaction->key(name);
  }
  auto shared = std::make_shared<const QueryPlan>(planQuery(std::move(checked), graph));
  const QueryPlan& plan = *shared;
  std::string missing;
  std::vector<Value> parameters = bindParameters(plan, params, missing);
  result.timing_.planMicros = microsSince(start);
  if (!transaction && !plan.explain && !plan.profile) {
    if (plans_->plans.size() >= PlanCache::kCapacity) plans_->plans.clear();
    plans_->plans.emplace(std::string(query), shared);
  }
  result.columns_ = plan.columns;

  if (plan.explain) {  // EXPLAIN runs nothing, so it needs no parameter values
    result.planText_ = explainPlan(plan);
    return result;     // (the transaction, if any, rolls back the interned names)
  }
  if (!missing.empty()) throw Error(ErrorKind::Semantic, "Expected parameter(s): " + missing);
  start = std::chrono::steady_clock::now();
  Execution execution = execute(plan, graph, parameters, &interrupted_, transaction.get(),
                                static_cast<std::int64_t>(variableLengthLimit_));
  result.timing_.executeMicros = microsSince(start);
  result.rows_ = std::move(execution.rows);
  if (transaction) {
    result.stats_ = transaction->stats();
    transaction->commit();
    if (result.stats_.containsUpdates()) ++db_.impl_->changes;
  }
  if (plan.profile) result.planText_ = explainPlan(plan, &execution.profile);
  return result;
}

}  // namespace kgq
