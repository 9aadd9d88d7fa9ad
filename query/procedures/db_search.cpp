// db.search(text [, config]) → (node, score): nodes by name or alias, ranked
// (graph/name_search.h).
#include "query/procedures/builtin_procedures.h"
#include "query/procedures/procedure_config.h"

#include "graph/name_search.h"

namespace kgq {

void registerSearchProcedures(ProcedureRegistry& registry) {
  registry.add(builtinSignature("db.search(text :: STRING, config :: MAP? = {}) :: (node :: NODE, score :: FLOAT)",
                                "Nodes whose name or aliases match text (case- and accent-insensitive, whole, prefix, "
                                "substring or words), best first; config: labels, limit."),
               [](const ProcedureContext& c, const std::vector<Value>& args, ProcedureRows& rows) {
                 ProcedureConfig config("db.search", args[1], {"labels", "limit"});
                 NameSearchOptions options;
                 std::vector<std::string> labels = config.strings("labels");
                 options.anyLabel = labels.empty();
                 for (const std::string& name : labels)
                   if (auto l = c.graph.labelNames().find(name)) options.labels.push_back(*l);
                 options.limit = static_cast<std::size_t>(config.integer("limit", 1).value_or(0));
                 for (const NameMatch& m : searchNames(c.graph, args[0].asString(), options))
                   rows.add({Value(NodeRef{m.node}), Value(m.score)});
               });
}

}  // namespace kgq
