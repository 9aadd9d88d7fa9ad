// EXPLAIN / PROFILE text: one operator a line, its name and what it works on (made from the
// operator's own fields), the input of each indented below it.
#include "query/plan/planner.h"
#include "query/plan/planner_parts.h"

#include <cmath>
#include <cstdio>

namespace kgq {
namespace {

using planning::describeNode;

std::string joined(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : separator) + p;
  return out;
}

std::string withFilters(std::string text, const std::vector<BoundExprPtr>& filters) {
  for (std::size_t i = 0; i < filters.size(); ++i) text += (i ? " AND " : " WHERE ") + filters[i]->text;
  return text;
}

// The name EXPLAIN shows for an operator, and what it works on.
struct Describe {
  const char* name = "?";
  std::string detail;

  void operator()(const plan::Start&) { name = "Start"; }
  void operator()(const plan::Argument&) { name = "Argument"; }
  void operator()(const plan::AllNodesScan& s) { name = "AllNodesScan", detail = withFilters(describeNode(s.text), s.filters); }
  void operator()(const plan::LabelScan& s) { name = "NodeByLabelScan", detail = withFilters(describeNode(s.text), s.filters); }
  void operator()(const plan::NodeByIdSeek& s) {
    using By = plan::NodeByIdSeek::By;
    name = s.by == By::InternalId ? "NodeByInternalIdSeek" : s.by == By::ElementId ? "NodeByElementIdSeek" : "NodeByIdSeek";
    const char* key = s.by == By::InternalId ? " id(" : s.by == By::ElementId ? " elementId(" : " id";
    std::string sought = key + (s.by == By::IdProperty ? std::string() : s.text.variable + ")");
    detail = withFilters(describeNode(s.text) + sought + (s.eachElement ? " IN " : " = ") + s.id->text, s.filters);
  }
  void operator()(const plan::NodeIndexSeek& s) {
    name = "NodeIndexSeek";
    detail = withFilters(describeNode(s.text) + " " + s.keyName + (s.eachElement ? " IN " : " = ") + s.value->text, s.filters);
  }
  void operator()(const plan::RelationshipScan& s) {
    name = s.undirected ? "UndirectedRelationshipTypeScan" : "DirectedRelationshipTypeScan";
    detail = withFilters(s.pattern, s.filters);
  }
  void operator()(const plan::Expand& e) { name = e.into ? "ExpandInto" : "Expand", detail = e.pattern; }
  void operator()(const plan::VarExpand& e) { name = "VarLengthExpand", detail = e.pattern; }
  void operator()(const plan::HashJoin& j) {
    name = "ValueHashJoin";
    detail = j.text + (j.buildLeft ? " (builds on the input)" : " (builds on the part)");
  }
  void operator()(const plan::PruningVarExpand& e) {
    name = e.countSlot < 0 ? "VarLengthExpand(Pruning)" : "VarLengthExpand(Pruning, counting)";
    detail = e.pattern;
  }
  void operator()(const plan::ShortestPath& s) {
    name = "ShortestPath";
    detail = withFilters(std::string(s.allShortest ? "allShortestPaths " : "shortestPath ") + describeNode(s.fromText) +
                             " to " + describeNode(s.toText),
                         s.pathPredicates);
  }
  void operator()(const plan::ProjectPath& p) { name = "ProjectPath", detail = p.variable; }
  void operator()(const plan::Filter& f) { name = "Filter", detail = f.predicate->text; }
  void operator()(const plan::Project& p) {
    name = "Projection";
    detail = p.names.empty() ? "aggregated items" : joined(p.names, ", ");
  }
  void operator()(const plan::Aggregate& a) {
    name = "Aggregation";
    detail = "keys: " + std::to_string(a.keys.size()) + ", aggregates: " + std::to_string(a.aggregates.size());
  }
  void operator()(const plan::Distinct&) { name = "Distinct"; }
  void operator()(const plan::Sort& s) {
    name = "Sort";
    for (const SortKey& k : s.keys) detail += (detail.empty() ? "" : ", ") + k.expr->text + (k.descending ? " DESC" : "");
    if (s.limit) detail += " (top " + (s.skip ? s.skip->text + " + " : "") + s.limit->text + ")";
  }
  void operator()(const plan::Skip& s) { name = "Skip", detail = s.count->text; }
  void operator()(const plan::Limit& l) { name = "Limit", detail = l.count->text; }
  void operator()(const plan::Unwind& u) { name = "Unwind", detail = u.list->text + " AS " + u.variable; }
  void operator()(const plan::Optional&) { name = "Optional"; }
  void operator()(const plan::Union& u) { name = "Union", detail = u.all ? "UNION ALL" : "UNION"; }
  void operator()(const plan::Eager&) { name = "Eager"; }
  void operator()(const plan::Create& c) {
    name = "Create";
    detail = std::to_string(c.nodes.size()) + " node pattern(s), " + std::to_string(c.relationships.size()) +
             " relationship(s)";
  }
  void operator()(const plan::Merge& m) {
    name = "Merge";
    detail = "the pattern of line " + std::to_string(m.line) + ", column " + std::to_string(m.column);
  }
  void operator()(const plan::SetOrRemove& s) { name = "SetOrRemove", detail = s.isSet ? "SET" : "REMOVE"; }
  void operator()(const plan::Delete& d) {
    name = "Delete";
    for (const auto& t : d.targets) detail += (detail.empty() ? "" : ", ") + t->text;
    if (d.detach) detail = "DETACH " + detail;
  }
  void operator()(const plan::NodeCountFromCountStore& c) { name = "NodeCountFromCountStore", detail = describeNode(c.text); }
  void operator()(const plan::RelationshipCountFromCountStore& c) {
    name = "RelationshipCountFromCountStore";
    detail = c.pattern + (c.typeSlot >= 0 ? " grouped by " + c.groupedBy : "");
  }
  void operator()(const plan::Foreach& f) { name = "Foreach", detail = f.variable + " IN " + f.list->text; }
  void operator()(const plan::Apply& a) { name = "Apply", detail = a.returnsRows ? "CALL { ... }" : "CALL { ... } (unit)"; }
  void operator()(const plan::ProcedureCall& c) {
    name = "ProcedureCall";
    detail = c.name + "(";
    for (std::size_t i = 0; i < c.arguments.size(); ++i) detail += (i ? ", " : "") + c.arguments[i]->text;
    detail += ")";
  }
  void operator()(const plan::ExpandCount& c) {
    name = "ExpandCount";
    for (const auto& step : c.steps) {
      if (const auto* e = std::get_if<plan::Expand>(&step)) detail += (detail.empty() ? "" : ", ") + e->pattern;
      else detail += " WHERE " + std::get<plan::Filter>(step).predicate->text;
    }
  }
};

void render(const PlanNode& node, int depth, const std::map<const PlanNode*, OperatorProfile>* profile,
            std::string& out) {
  Describe d;
  std::visit(d, node.op);
  std::string line(static_cast<std::size_t>(depth) * 2, ' ');
  line += d.name;
  if (!d.detail.empty()) line += " " + d.detail;
  if (line.size() < 60) line.resize(60, ' ');
  char figures[128];
  std::snprintf(figures, sizeof figures, "  est. rows %.0f", std::ceil(node.estimatedRows));
  line += figures;
  if (profile) {
    auto it = profile->find(&node);
    if (it != profile->end()) {
      std::snprintf(figures, sizeof figures, "  rows %llu  time %.3f ms",
                    static_cast<unsigned long long>(it->second.rows), it->second.micros / 1000.0);
      line += figures;
    }
  }
  out += line + "\n";
  for (const auto& child : node.children) render(*child, depth + 1, profile, out);
}

}  // namespace

std::string explainPlan(const QueryPlan& plan, const std::map<const PlanNode*, OperatorProfile>* profile) {
  std::string out;
  out += "Result columns: " + joined(plan.columns, ", ") + "\n";
  render(*plan.root, 0, profile, out);
  for (std::size_t i = 0; i < plan.subplans.size(); ++i) {
    out += "Subquery " + std::to_string(i) + ":\n";
    render(*plan.subplans[i], 1, profile, out);
  }
  return out;
}

}  // namespace kgq
