// Structure procedures: algo.kcore → (node, coreNumber), algo.triangles → (node, triangles,
// coefficient) (graph/analytics/structure.h).
#include "query/procedures/builtin_procedures.h"
#include "query/procedures/procedure_config.h"

#include "graph/analytics/structure.h"

namespace kgq {

void registerStructureProcedures(ProcedureRegistry& registry) {
  addNodeAlgorithm(registry, "algo.kcore(config :: MAP? = {}) :: (node :: NODE, coreNumber :: INTEGER)",
                   "Core numbers (k-core decomposition), degree counting edges in both directions; config: labels, types.",
                   {"labels", "types"}, analytics::Direction::Both,
                   [](const analytics::Subgraph& sub, const ProcedureConfig&) { return analytics::coreNumbers(sub); });
  registry.add(builtinSignature("algo.triangles(config :: MAP? = {}) :: (node :: NODE, triangles :: INTEGER, "
                                "coefficient :: FLOAT)",
                                "Triangles through each node and its local clustering coefficient (undirected, simple "
                                "graph); config: labels, types."),
               [](const ProcedureContext& c, const std::vector<Value>& args, ProcedureRows& rows) {
                 ProcedureConfig config("algo.triangles", args[0], {"labels", "types"});
                 analytics::Subgraph sub = projectedSubgraph(c, config, analytics::Direction::Both);
                 analytics::TriangleCounts t = analytics::triangles(sub);
                 for (std::size_t i = 0; i < t.triangles.nodes.size(); ++i)
                   rows.add({Value(NodeRef{t.triangles.nodes[i]}), Value(t.triangles.values[i]), Value(t.coefficient[i])});
               });
}

}  // namespace kgq
