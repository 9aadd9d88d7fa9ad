// Centrality procedures: algo.pageRank, algo.betweenness, algo.closeness, algo.degree, each
// yielding (node, score) for every node of the projection (graph/analytics/centrality.h).
#include "query/procedures/builtin_procedures.h"
#include "query/procedures/procedure_config.h"

#include "graph/analytics/centrality.h"

namespace kgq {

using analytics::Direction;
using analytics::Subgraph;

void registerCentralityProcedures(ProcedureRegistry& registry) {
  addNodeAlgorithm(registry, "algo.pageRank(config :: MAP? = {}) :: (node :: NODE, score :: FLOAT)",
                   "PageRank by power iteration (scores sum to 1); config: labels, types, direction, weight, "
                   "iterations (20), dampingFactor (0.85), tolerance (1e-7).",
                   {"labels", "types", "direction", "weight", "iterations", "dampingFactor", "tolerance"}, Direction::Out,
                   [](const Subgraph& sub, const ProcedureConfig& config) {
                     analytics::PageRankOptions options;
                     options.iterations = config.integer("iterations", 1).value_or(options.iterations);
                     options.dampingFactor = config.number("dampingFactor", 0.0, 1.0).value_or(options.dampingFactor);
                     options.tolerance = config.number("tolerance", 0.0, 1.0).value_or(options.tolerance);
                     return analytics::pageRank(sub, options);
                   });
  addNodeAlgorithm(registry, "algo.betweenness(config :: MAP? = {}) :: (node :: NODE, score :: FLOAT)",
                   "Betweenness centrality (Brandes, unweighted, not normalized); config: labels, types, direction, "
                   "samples (sources drawn at random: an estimate), seed.",
                   {"labels", "types", "direction", "samples", "seed"}, Direction::Out,
                   [](const Subgraph& sub, const ProcedureConfig& config) {
                     analytics::BetweennessOptions options;
                     options.samples = config.integer("samples", 1).value_or(0);
                     options.seed = static_cast<std::uint64_t>(config.integer("seed", 0).value_or(42));
                     return analytics::betweenness(sub, options);
                   });
  addNodeAlgorithm(registry, "algo.closeness(config :: MAP? = {}) :: (node :: NODE, score :: FLOAT)",
                   "Closeness centrality (Wasserman-Faust) from distances along the direction; config: labels, types, "
                   "direction.",
                   {"labels", "types", "direction"}, Direction::Out,
                   [](const Subgraph& sub, const ProcedureConfig&) { return analytics::closeness(sub); });
  addNodeAlgorithm(registry, "algo.degree(config :: MAP? = {}) :: (node :: NODE, score :: FLOAT)",
                   "Degree (or weighted degree) along the direction: OUT, IN or BOTH; config: labels, types, direction, "
                   "weight.",
                   {"labels", "types", "direction", "weight"}, Direction::Out,
                   [](const Subgraph& sub, const ProcedureConfig&) { return analytics::degree(sub); });
}

}  // namespace kgq
