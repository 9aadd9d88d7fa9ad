// Name resolution against the graph: the binder leaves label, relationship type and property key
// names as written; the planner gives each its interned id (kMissingName for a name the graph
// does not know, which matches nothing).
#include "query/plan/planner_parts.h"

namespace kgq::planning {
namespace {

class NameResolver {
 public:
  explicit NameResolver(const PropertyGraph& graph) : graph_(graph) {}

  void expr(BoundExpr* e) {
    if (e == nullptr) return;
    switch (e->kind) {
      case BoundExprKind::Property: e->key = key(e->name); break;
      case BoundExprKind::HasLabels:
      case BoundExprKind::PatternPredicate: e->labels = labels(e->names); break;
      default: break;
    }
    for (auto& child : e->children) expr(child.get());
    for (MapProjectionEntry& entry : e->entries) {
      entry.keyId = key(entry.key);
      expr(entry.value.get());
    }
    for (PatternStep& step : e->pattern) {
      step.types.clear();
      for (const auto& t : step.typeNames) step.types.push_back(graph_.typeNames().find(t).value_or(kMissingName));
      step.nodeLabels = labels(step.nodeLabelNames);
      expr(step.relProperties.get());
      expr(step.nodeProperties.get());
    }
  }

  void match(BoundMatch& m) {
    for (BoundPatternPart& part : m.parts) {
      for (BoundNodePattern& n : part.nodes) expr(n.properties.get());
      for (BoundRelationshipPattern& r : part.relationships) expr(r.properties.get());
    }
    for (auto& w : m.where) expr(w.get());
  }
  void create(BoundCreate& c) {
    for (CreateNodeSpec& n : c.nodes) expr(n.properties.get());
    for (CreateRelSpec& r : c.relationships) expr(r.properties.get());
  }
  void updates(std::vector<UpdateSpec>& items) {
    for (UpdateSpec& u : items) {
      expr(u.target.get());
      expr(u.value.get());
    }
  }

  void clause(BoundClause& clause) {
    if (auto* m = std::get_if<BoundMatch>(&clause)) match(*m);
    if (auto* u = std::get_if<BoundUnwind>(&clause)) expr(u->list.get());
    if (auto* p = std::get_if<BoundProjection>(&clause)) {
      for (auto* items : {&p->groupKeys, &p->items})
        for (ProjectItem& item : *items) expr(item.expr.get());
      for (AggregateSpec& a : p->aggregates) expr(a.argument.get());
      for (SortKey& k : p->orderBy) expr(k.expr.get());
      expr(p->skip.get());
      expr(p->limit.get());
      expr(p->where.get());
    }
    if (auto* c = std::get_if<BoundCreate>(&clause)) create(*c);
    if (auto* mg = std::get_if<BoundMerge>(&clause)) {
      match(mg->match);
      create(mg->create);
      updates(mg->onCreate);
      updates(mg->onMatch);
    }
    if (auto* s = std::get_if<BoundSetOrRemove>(&clause)) updates(s->items);
    if (auto* d = std::get_if<BoundDelete>(&clause))
      for (auto& t : d->targets) expr(t.get());
    if (auto* f = std::get_if<BoundForeach>(&clause)) {
      expr(f->list.get());
      query(*f->body);
    }
    if (auto* c = std::get_if<BoundCallSubquery>(&clause)) query(*c->body);
    if (auto* call = std::get_if<BoundCall>(&clause)) {
      for (auto& a : call->arguments) expr(a.get());
      expr(call->where.get());
    }
  }
  void query(BoundSingleQuery& q) {
    for (BoundClause& c : q.clauses) clause(c);
  }

 private:
  const PropertyGraph& graph_;

  KeyId key(const std::string& name) const { return graph_.keyNames().find(name).value_or(kMissingName); }
  std::vector<LabelId> labels(const std::vector<std::string>& names) const {
    std::vector<LabelId> ids;
    for (const auto& n : names) ids.push_back(graph_.labelNames().find(n).value_or(kMissingName));
    return ids;
  }
};

}  // namespace

void resolveNames(BoundQuery& query, const PropertyGraph& graph) {
  NameResolver resolver(graph);
  for (BoundSingleQuery& q : query.queries) resolver.query(q);
  for (BoundSingleQuery& q : query.subqueries) resolver.query(q);
}

}  // namespace kgq::planning
