// Centrality procedures: algo.pageRank, algo.betweenness, algo.closeness, algo.degree, each
// yielding (node, score) for every node of the projection (graph/analytics/centrality.h).
#include "query/procedures/builtin_procedures.h"
#include "query/procedures/procedure_config.h"

#include "graph/analytics/centrality.h"

namespace kgq {

using analytics::Direction;
using analytics::Subgraph;

void registerCentralityProcedures(ProcedureRegistry& registry) {
  registry.add(
      builtinSignature("algo.pageRank(config :: MAP? = {}) :: (node :: NODE, score :: FLOAT)",
                       "PageRank by power iteration (scores sum to 1); config: labels, types, direction, weight, "
                       "iterations (20), dampingFactor (0.85), tolerance (1e-7)."),
      [](const ProcedureContext& c, const std::vector<Value>& args, ProcedureRows& rows) {
        ProcedureConfig config("algo.pageRank", args[0],
                               {"labels", "types", "direction", "weight", "iterations", "dampingFactor", "tolerance"});
        analytics::PageRankOptions options;
        options.iterations = config.integer("iterations", 1).value_or(options.iterations);
        options.dampingFactor = config.number("dampingFactor", 0.0, 1.0).value_or(options.dampingFactor);
        options.tolerance = config.number("tolerance", 0.0, 1.0).value_or(options.tolerance);
        Subgraph sub(c.graph, config.projection(Direction::Out));
        yieldNodeValues(analytics::pageRank(sub, options), rows);
      });
  registry.add(
      builtinSignature("algo.betweenness(config :: MAP? = {}) :: (node :: NODE, score :: FLOAT)",
                       "Betweenness centrality (Brandes, unweighted, not normalized); config: labels, types, direction, "
                       "samples (sources drawn at random: an estimate), seed."),
      [](const ProcedureContext& c, const std::vector<Value>& args, ProcedureRows& rows) {
        ProcedureConfig config("algo.betweenness", args[0], {"labels", "types", "direction", "samples", "seed"});
        analytics::BetweennessOptions options;
        options.samples = config.integer("samples", 1).value_or(0);
        options.seed = static_cast<std::uint64_t>(config.integer("seed", 0).value_or(42));
        Subgraph sub(c.graph, config.projection(Direction::Out));
        yieldNodeValues(analytics::betweenness(sub, options), rows);
      });
  registry.add(builtinSignature("algo.closeness(config :: MAP? = {}) :: (node :: NODE, score :: FLOAT)",
                                "Closeness centrality (Wasserman-Faust) from distances along the direction; config: "
                                "labels, types, direction."),
               [](const ProcedureContext& c, const std::vector<Value>& args, ProcedureRows& rows) {
                 ProcedureConfig config("algo.closeness", args[0], {"labels", "types", "direction"});
                 Subgraph sub(c.graph, config.projection(Direction::Out));
                 yieldNodeValues(analytics::closeness(sub), rows);
               });
  registry.add(builtinSignature("algo.degree(config :: MAP? = {}) :: (node :: NODE, score :: FLOAT)",
                                "Degree (or weighted degree) along the direction: OUT, IN or BOTH; config: labels, "
                                "types, direction, weight."),
               [](const ProcedureContext& c, const std::vector<Value>& args, ProcedureRows& rows) {
                 ProcedureConfig config("algo.degree", args[0], {"labels", "types", "direction", "weight"});
                 Subgraph sub(c.graph, config.projection(Direction::Out));
                 yieldNodeValues(analytics::degree(sub), rows);
               });
}

}  // namespace kgq
