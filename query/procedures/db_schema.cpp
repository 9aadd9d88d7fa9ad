// Schema procedures: db.labels, db.relationshipTypes, db.propertyKeys, db.schema, and
// dbms.procedures (the rows of SHOW PROCEDURES). Names are listed in alphabetical order, and
// only those some live element uses.
#include "query/procedures/builtin_procedures.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace kgq {

namespace {

std::vector<std::string> sorted(std::vector<std::string> names) {
  std::sort(names.begin(), names.end());
  return names;
}

void yieldNames(const std::vector<std::string>& names, ProcedureRows& rows) {
  for (const auto& name : sorted(names)) rows.add({Value(name)});
}

// Whether a live element holds `column` (removed elements keep their values, for undo).
template <class Live>
bool heldByLive(const PropertyColumn* column, std::size_t slots, Live live) {
  if (!column || column->count() == 0) return false;
  for (std::uint32_t i = 0; i < slots; ++i)
    if (live(i) && column->has(i)) return true;
  return false;
}

}  // namespace

void registerSchemaProcedures(ProcedureRegistry& registry) {
  registry.add(builtinSignature("db.labels() :: (label :: STRING)", "The node labels in use."),
               [](const ProcedureContext& c, const std::vector<Value>&, ProcedureRows& rows) {
                 std::vector<std::string> names;
                 for (LabelId l = 0; l < c.graph.labelNames().size(); ++l)
                   if (!c.graph.nodesWithLabel(l).empty()) names.push_back(c.graph.labelNames().name(l));
                 yieldNames(names, rows);
               });
  registry.add(builtinSignature("db.relationshipTypes() :: (relationshipType :: STRING)",
                                "The relationship types in use."),
               [](const ProcedureContext& c, const std::vector<Value>&, ProcedureRows& rows) {
                 std::vector<std::string> names;
                 for (TypeId t = 0; t < c.graph.typeNames().size(); ++t)
                   if (c.graph.edgeCountOfType(t) > 0) names.push_back(c.graph.typeNames().name(t));
                 yieldNames(names, rows);
               });
  registry.add(builtinSignature("db.propertyKeys() :: (propertyKey :: STRING)",
                                "The property keys in use on nodes or relationships."),
               [](const ProcedureContext& c, const std::vector<Value>&, ProcedureRows& rows) {
                 std::vector<std::string> names;
                 for (KeyId k = 0; k < c.graph.keyNames().size(); ++k)
                   if (heldByLive(c.graph.nodePropertyColumn(k), c.graph.nodeSlots(),
                                  [&](std::uint32_t n) { return c.graph.nodeIsLive(n); }) ||
                       heldByLive(c.graph.edgePropertyColumn(k), c.graph.edgeSlots(),
                                  [&](std::uint32_t e) { return c.graph.edgeIsLive(e); }))
                     names.push_back(c.graph.keyNames().name(k));
                 yieldNames(names, rows);
               });
  registry.add(
      builtinSignature("db.schema() :: (fromLabel :: STRING, relationshipType :: STRING, toLabel :: STRING, count :: INTEGER)",
                       "How labels connect: relationships counted by start label, type and end label."),
      [](const ProcedureContext& c, const std::vector<Value>&, ProcedureRows& rows) {
        const PropertyGraph& g = c.graph;
        std::map<std::tuple<std::string, std::string, std::string>, std::int64_t> counts;
        // Per (start label set, type, end label set) first: label sets are few, edges many.
        std::map<std::tuple<const std::vector<LabelId>*, TypeId, const std::vector<LabelId>*>, std::int64_t> bySet;
        for (EdgeIndex e = 0; e < g.edgeSlots(); ++e)
          if (g.edgeIsLive(e)) ++bySet[{&g.nodeLabels(g.edgeSource(e)), g.edgeType(e), &g.nodeLabels(g.edgeTarget(e))}];
        for (const auto& [key, n] : bySet) {
          const auto& [from, type, to] = key;
          for (LabelId a : *from)
            for (LabelId b : *to)
              counts[{g.labelNames().name(a), g.typeNames().name(type), g.labelNames().name(b)}] += n;
        }
        for (const auto& [key, n] : counts)
          rows.add({Value(std::get<0>(key)), Value(std::get<1>(key)), Value(std::get<2>(key)), Value(n)});
      });
  registry.add(builtinSignature("db.constraints() :: (name :: STRING, type :: STRING, label :: STRING, property :: STRING)",
                                "The uniqueness constraints, in creation order: what SHOW CONSTRAINTS lists."),
               [](const ProcedureContext& c, const std::vector<Value>&, ProcedureRows& rows) {
                 for (const auto& u : c.graph.uniqueConstraints())
                   rows.add({Value(u.name), Value("UNIQUENESS"), Value(c.graph.labelNames().name(u.label)),
                             Value(c.graph.keyNames().name(u.key))});
               });
  registry.add(builtinSignature("db.indexes() :: (label :: STRING, property :: STRING, owningConstraint :: STRING)",
                                "The property indexes, in creation order (label null: over every node): what SHOW "
                                "INDEXES lists."),
               [](const ProcedureContext& c, const std::vector<Value>&, ProcedureRows& rows) {
                 for (auto [label, key] : c.graph.indexes()) {
                   bool any = label == PropertyIndex::kAnyLabel;
                   const auto* owner = any ? nullptr : c.graph.findUniqueConstraint(label, key);
                   rows.add({any ? Value() : Value(c.graph.labelNames().name(label)), Value(c.graph.keyNames().name(key)),
                             owner ? Value(owner->name) : Value()});
                 }
               });
  registry.add(builtinSignature("dbms.procedures() :: (name :: STRING, signature :: STRING, description :: STRING, mode :: STRING)",
                                "Every procedure this database can call, with its signature: what SHOW PROCEDURES lists."),
               [&registry](const ProcedureContext&, const std::vector<Value>&, ProcedureRows& rows) {
                 for (const Procedure* p : registry.all())
                   rows.add({Value(p->signature.name), Value(p->signature.toString()), Value(p->signature.description),
                             Value(p->signature.mode == ProcedureMode::Read ? "READ" : "WRITE")});
               });
}

}  // namespace kgq
