// Eagerness analysis: the footprint of each kind of clause and when two conflict (eagerness.h).
#include "query/plan/eagerness.h"

#include "query/function/function_registry.h"
#include "query/procedures/registry.h"

#include <algorithm>

namespace kgq::planning {
namespace {

void readsOfExpr(const BoundExpr* e, GraphFootprint& reads) {
  if (e == nullptr) return;
  switch (e->kind) {
    case BoundExprKind::Property:
    case BoundExprKind::Index:  // n['key'] reads a property too
    case BoundExprKind::MapProjection:
    case BoundExprKind::PropertiesMatch: reads.properties = true; break;
    case BoundExprKind::HasLabels: reads.nodeLabels.insert(e->names.begin(), e->names.end()); break;
    case BoundExprKind::PatternPredicate:
      reads.anyNode = reads.relationships = reads.properties = true;
      break;
    case BoundExprKind::Subquery: reads.anything = true; break;
    case BoundExprKind::Function:
      // The functions that look at an entity's labels or properties (an external one gets its
      // arguments materialized, properties included).
      if (e->function != nullptr && (e->function->external || e->function->name == "labels" ||
                                     e->function->name == "properties" || e->function->name == "keys")) {
        reads.anyNode = true;
        reads.properties = true;
      }
      break;
    default: break;
  }
  for (const BoundExprPtr& child : e->children) readsOfExpr(child.get(), reads);
  for (const MapProjectionEntry& entry : e->entries) readsOfExpr(entry.value.get(), reads);
  for (const PatternStep& step : e->pattern) {
    readsOfExpr(step.relProperties.get(), reads);
    readsOfExpr(step.nodeProperties.get(), reads);
  }
}

void readsOfMatch(const BoundMatch& m, GraphFootprint& reads) {
  for (const BoundPatternPart& part : m.parts) {
    for (const BoundNodePattern& n : part.nodes) {
      if (n.labels.empty() && !n.boundBefore) reads.anyNode = true;
      reads.nodeLabels.insert(n.labels.begin(), n.labels.end());
      if (n.properties) reads.properties = true;
      readsOfExpr(n.properties.get(), reads);
    }
    for (const BoundRelationshipPattern& r : part.relationships) {
      reads.relationships = true;
      if (r.properties) reads.properties = true;
      readsOfExpr(r.properties.get(), reads);
    }
  }
  for (const BoundExprPtr& conjunct : m.where) readsOfExpr(conjunct.get(), reads);
}

void writesOfCreate(const BoundCreate& c, ClauseFootprint& f) {
  for (const CreateNodeSpec& n : c.nodes) {
    if (n.bound) continue;
    if (n.labels.empty()) f.writes.anyNode = true;
    f.writes.nodeLabels.insert(n.labels.begin(), n.labels.end());
    readsOfExpr(n.properties.get(), f.reads);
  }
  for (const CreateRelSpec& r : c.relationships) {
    f.writes.relationships = true;
    readsOfExpr(r.properties.get(), f.reads);
  }
}

void updates(const std::vector<UpdateSpec>& items, ClauseFootprint& f) {
  for (const UpdateSpec& u : items) {
    readsOfExpr(u.target.get(), f.reads);
    readsOfExpr(u.value.get(), f.reads);
    if (u.kind == UpdateKind::AddLabels || u.kind == UpdateKind::RemoveLabels)
      f.writes.nodeLabels.insert(u.labels.begin(), u.labels.end());
    else
      f.writes.properties = true;
  }
}

void addQuery(const BoundSingleQuery& query, ClauseFootprint& f) {
  for (const BoundClause& clause : query.clauses) {
    ClauseFootprint inner = footprintOf(clause);
    f.reads.add(inner.reads);
    f.writes.add(inner.writes);
  }
}

struct Footprints {
  ClauseFootprint f;
  void operator()(const BoundMatch& m) { readsOfMatch(m, f.reads); }
  void operator()(const BoundUnwind& u) { readsOfExpr(u.list.get(), f.reads); }
  void operator()(const BoundProjection& p) {
    for (const ProjectItem& k : p.groupKeys) readsOfExpr(k.expr.get(), f.reads);
    for (const AggregateSpec& a : p.aggregates) readsOfExpr(a.argument.get(), f.reads);
    for (const ProjectItem& i : p.items) {
      readsOfExpr(i.expr.get(), f.reads);
      // RETURN n hands the node out with its labels and properties.
      if (p.isReturn && i.expr && i.expr->kind == BoundExprKind::Slot) f.reads.anyNode = f.reads.properties = true;
    }
    if (p.isReturn && !p.groupKeys.empty()) f.reads.anyNode = f.reads.properties = true;
    for (const SortKey& s : p.orderBy) readsOfExpr(s.expr.get(), f.reads);
    readsOfExpr(p.where.get(), f.reads);
  }
  void operator()(const BoundCreate& c) { writesOfCreate(c, f); }
  void operator()(const BoundMerge& m) {
    readsOfMatch(m.match, f.reads);
    writesOfCreate(m.create, f);
    updates(m.onCreate, f);
    updates(m.onMatch, f);
  }
  void operator()(const BoundSetOrRemove& s) { updates(s.items, f); }
  void operator()(const BoundDelete& d) {
    for (const BoundExprPtr& t : d.targets) readsOfExpr(t.get(), f.reads);
    f.writes.anyNode = f.writes.relationships = f.writes.properties = true;
  }
  void operator()(const BoundForeach& fe) {
    readsOfExpr(fe.list.get(), f.reads);
    addQuery(*fe.body, f);
  }
  void operator()(const BoundCallSubquery& c) { addQuery(*c.body, f); }
  void operator()(const BoundCall& c) {
    f.reads.anything = true;
    if (c.procedure->signature.mode == ProcedureMode::Write) f.writes.anything = true;
  }
};

bool intersects(const std::set<std::string>& a, const std::set<std::string>& b) {
  for (const std::string& x : a)
    if (b.count(x)) return true;
  return false;
}

}  // namespace

void GraphFootprint::add(const GraphFootprint& other) {
  anything = anything || other.anything;
  anyNode = anyNode || other.anyNode;
  nodeLabels.insert(other.nodeLabels.begin(), other.nodeLabels.end());
  relationships = relationships || other.relationships;
  properties = properties || other.properties;
}

ClauseFootprint footprintOf(const BoundClause& clause) {
  Footprints visitor;
  std::visit(visitor, clause);
  return visitor.f;
}

bool conflicts(const GraphFootprint& reads, const GraphFootprint& writes) {
  if (reads.empty() || writes.empty()) return false;
  if (reads.anything || writes.anything) return true;
  if (reads.relationships && writes.relationships) return true;
  if (reads.properties && writes.properties) return true;
  bool readsNodes = reads.anyNode || !reads.nodeLabels.empty();
  bool writesNodes = writes.anyNode || !writes.nodeLabels.empty();
  if (!readsNodes || !writesNodes) return false;
  return reads.anyNode || writes.anyNode || intersects(reads.nodeLabels, writes.nodeLabels);
}

}  // namespace kgq::planning
