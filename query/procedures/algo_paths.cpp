// Path procedures: algo.bfs → (node, depth), algo.sssp → (node, distance), algo.dijkstra →
// (path, cost), algo.mst → (relationship, weight) (graph/analytics/paths.h).
#include "query/procedures/builtin_procedures.h"
#include "query/procedures/procedure_config.h"

#include "graph/analytics/paths.h"

namespace kgq {

using analytics::Direction;
using analytics::Subgraph;

void registerPathProcedures(ProcedureRegistry& registry) {
  registry.add(builtinSignature("algo.bfs(source :: NODE, config :: MAP? = {}) :: (node :: NODE, depth :: INTEGER)",
                                "Breadth-first search from source: every node within maxDepth hops, in visiting order; "
                                "config: labels, types, direction, maxDepth."),
               [](const ProcedureContext& c, const std::vector<Value>& args, ProcedureRows& rows) {
                 ProcedureConfig config("algo.bfs", args[1], {"labels", "types", "direction", "maxDepth"});
                 NodeIndex source = nodeArgument(c, "algo.bfs", "source", args[0]);
                 std::int64_t maxDepth = config.integer("maxDepth", 0).value_or(-1);
                 Subgraph sub = projectedSubgraph(c, config, Direction::Out);
                 yieldNodeValues(analytics::breadthFirst(sub, source, maxDepth), rows);
               });
  registry.add(
      builtinSignature("algo.sssp(source :: NODE, config :: MAP? = {}) :: (node :: NODE, distance :: FLOAT)",
                       "Single-source shortest distances (Dijkstra) to every reachable node, nearest first; config: "
                       "labels, types, direction, weight."),
      [](const ProcedureContext& c, const std::vector<Value>& args, ProcedureRows& rows) {
        ProcedureConfig config("algo.sssp", args[1], {"labels", "types", "direction", "weight"});
        NodeIndex source = nodeArgument(c, "algo.sssp", "source", args[0]);
        Subgraph sub = projectedSubgraph(c, config, Direction::Out);
        yieldNodeValues(analytics::shortestDistances(sub, source), rows);
      });
  registry.add(builtinSignature("algo.dijkstra(source :: NODE, target :: NODE, config :: MAP? = {}) :: "
                                "(path :: PATH, cost :: FLOAT)",
                                "The cheapest path from source to target (Dijkstra), no row if there is none; config: "
                                "labels, types, direction, weight."),
               [](const ProcedureContext& c, const std::vector<Value>& args, ProcedureRows& rows) {
                 ProcedureConfig config("algo.dijkstra", args[2], {"labels", "types", "direction", "weight"});
                 NodeIndex source = nodeArgument(c, "algo.dijkstra", "source", args[0]);
                 NodeIndex target = nodeArgument(c, "algo.dijkstra", "target", args[1]);
                 Subgraph sub = projectedSubgraph(c, config, Direction::Out);
                 analytics::WeightedPath path = analytics::cheapestPath(sub, source, target);
                 if (!path.found) return;
                 PathRef ref;
                 ref.nodes.assign(path.nodes.begin(), path.nodes.end());
                 ref.edges.assign(path.edges.begin(), path.edges.end());
                 rows.add({Value(std::move(ref)), Value(path.cost)});
               });
  registry.add(builtinSignature("algo.mst(config :: MAP? = {}) :: (relationship :: RELATIONSHIP, weight :: FLOAT)",
                                "A minimum spanning forest of the undirected graph (Kruskal), lightest first; config: "
                                "labels, types, weight."),
               [](const ProcedureContext& c, const std::vector<Value>& args, ProcedureRows& rows) {
                 ProcedureConfig config("algo.mst", args[0], {"labels", "types", "weight"});
                 Subgraph sub = projectedSubgraph(c, config, Direction::Both);
                 for (EdgeIndex e : analytics::minimumSpanningForest(sub))
                   rows.add({Value(EdgeRef{e}), Value(sub.weight(e))});
               });
}

}  // namespace kgq
