// ProcedureConfig: the config map that algo.* and db.search take as their last argument, read
// key by key with its type and range checked, plus the node arguments of path procedures.
//
// Promises: a key the procedure does not know, a value of the wrong type or out of range, and a
// node argument that is not a node of this graph are each an Error(Runtime) that names the
// procedure, the key or argument and what was expected. A null config is the empty map.
#pragma once

#include "graph/analytics/projection.h"
#include "query/procedures/registry.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kgq {

class ProcedureConfig {
 public:
  // `known`: every key this procedure accepts.
  ProcedureConfig(std::string procedure, const Value& config, std::vector<std::string> known);

  std::optional<std::int64_t> integer(const std::string& key, std::int64_t min) const;
  std::optional<double> number(const std::string& key, double min, double max) const;
  std::optional<std::string> string(const std::string& key) const;
  // A string or a list of strings.
  std::vector<std::string> strings(const std::string& key) const;
  // `labels`, `types`, and where known `direction` ('OUT', 'IN', 'BOTH', any case) and `weight`.
  analytics::Projection projection(analytics::Direction defaultDirection) const;

  [[noreturn]] void fail(const std::string& key, const std::string& expected, const Value& got) const;

 private:
  std::string procedure_;
  Map map_;
  std::vector<std::string> known_;
  const Value* find(const std::string& key) const;
};

// The node `arg` names: a node handle or a node result value of this graph.
NodeIndex nodeArgument(const ProcedureContext& context, const std::string& procedure, const std::string& argument,
                       const Value& value);

// The config's projection of the context's graph, stopping when the context is interrupted.
inline analytics::Subgraph projectedSubgraph(const ProcedureContext& context, const ProcedureConfig& config,
                                             analytics::Direction direction) {
  analytics::Subgraph sub(context.graph, config.projection(direction));
  sub.setInterruptFlag(context.interrupted);
  return sub;
}

// Yields (node, value) rows from a per-node result.
template <class T>
void yieldNodeValues(const analytics::PerNode<T>& result, ProcedureRows& rows) {
  for (std::size_t i = 0; i < result.nodes.size(); ++i) rows.add({Value(NodeRef{result.nodes[i]}), Value(result.values[i])});
}

// Adds the most common shape of algo.* procedure: `signature` takes one config map (with the
// keys `known`) and yields (node, value) for each node that compute(subgraph, config) returns,
// the subgraph being the config's projection (`direction` by default).
template <class Compute>
void addNodeAlgorithm(ProcedureRegistry& registry, const char* signature, const char* description,
                      std::vector<std::string> known, analytics::Direction direction, Compute compute) {
  ProcedureSignature parsed = ProcedureSignature::parse(signature, description);
  std::string name = parsed.name;
  registry.add(std::move(parsed), [name, known = std::move(known), direction, compute](
                                      const ProcedureContext& c, const std::vector<Value>& args, ProcedureRows& rows) {
    ProcedureConfig config(name, args[0], known);
    analytics::Subgraph sub = projectedSubgraph(c, config, direction);
    yieldNodeValues(compute(sub, config), rows);
  });
}

}  // namespace kgq
