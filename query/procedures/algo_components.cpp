// Component procedures: algo.wcc, algo.scc, algo.biconnected → (node, componentId), and
// algo.articulationPoints → (node) (graph/analytics/components.h).
#include "query/procedures/builtin_procedures.h"
#include "query/procedures/procedure_config.h"

#include "graph/analytics/components.h"

namespace kgq {

using analytics::Direction;
using analytics::Subgraph;

void registerComponentProcedures(ProcedureRegistry& registry) {
  addNodeAlgorithm(registry, "algo.wcc(config :: MAP? = {}) :: (node :: NODE, componentId :: INTEGER)",
                   "Weakly connected components (ids numbered by each component's first node); config: labels, types.",
                   {"labels", "types"}, Direction::Out,
                   [](const Subgraph& sub, const ProcedureConfig&) { return analytics::weaklyConnectedComponents(sub); });
  addNodeAlgorithm(registry, "algo.scc(config :: MAP? = {}) :: (node :: NODE, componentId :: INTEGER)",
                   "Strongly connected components; config: labels, types.", {"labels", "types"}, Direction::Out,
                   [](const Subgraph& sub, const ProcedureConfig&) { return analytics::stronglyConnectedComponents(sub); });
  addNodeAlgorithm(registry, "algo.biconnected(config :: MAP? = {}) :: (node :: NODE, componentId :: INTEGER)",
                   "Biconnected components of the undirected graph, a row per (node, component): articulation points "
                   "appear once per component; config: labels, types.",
                   {"labels", "types"}, Direction::Both,
                   [](const Subgraph& sub, const ProcedureConfig&) { return analytics::biconnectedComponents(sub); });
  registry.add(builtinSignature("algo.articulationPoints(config :: MAP? = {}) :: (node :: NODE)",
                                "Nodes whose removal disconnects their component (undirected); config: labels, types."),
               [](const ProcedureContext& c, const std::vector<Value>& args, ProcedureRows& rows) {
                 ProcedureConfig config("algo.articulationPoints", args[0], {"labels", "types"});
                 Subgraph sub = projectedSubgraph(c, config, Direction::Both);
                 for (NodeIndex n : analytics::articulationPoints(sub)) rows.add({Value(NodeRef{n})});
               });
}

}  // namespace kgq
