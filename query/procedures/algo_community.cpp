// Community procedures: algo.louvain → (node, communityId, modularity)
// (graph/analytics/community.h).
#include "query/procedures/builtin_procedures.h"
#include "query/procedures/procedure_config.h"

#include "graph/analytics/community.h"

namespace kgq {

void registerCommunityProcedures(ProcedureRegistry& registry) {
  registry.add(
      builtinSignature("algo.louvain(config :: MAP? = {}) :: (node :: NODE, communityId :: INTEGER, modularity :: FLOAT)",
                       "Louvain communities of the undirected graph; every row carries the partition's modularity; "
                       "config: labels, types, weight, maxLevels (10), maxIterations (10), tolerance (1e-7), "
                       "resolution (1.0)."),
      [](const ProcedureContext& c, const std::vector<Value>& args, ProcedureRows& rows) {
        ProcedureConfig config("algo.louvain", args[0],
                               {"labels", "types", "weight", "maxLevels", "maxIterations", "tolerance", "resolution"});
        analytics::LouvainOptions options;
        options.maxLevels = config.integer("maxLevels", 1).value_or(options.maxLevels);
        options.maxIterations = config.integer("maxIterations", 1).value_or(options.maxIterations);
        options.tolerance = config.number("tolerance", 0.0, 1.0).value_or(options.tolerance);
        options.resolution = config.number("resolution", 0.0, 1e9).value_or(options.resolution);
        analytics::Subgraph sub = projectedSubgraph(c, config, analytics::Direction::Both);
        analytics::Communities result = analytics::louvain(sub, options);
        for (std::size_t i = 0; i < result.community.nodes.size(); ++i)
          rows.add({Value(NodeRef{result.community.nodes[i]}), Value(result.community.values[i]),
                    Value(result.modularity)});
      });
}

}  // namespace kgq
