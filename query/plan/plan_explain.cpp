// EXPLAIN / PROFILE text: one operator a line, the input of each indented below it.
#include "query/plan/planner.h"

#include <cmath>
#include <cstdio>

namespace kgq {
namespace {

const char* operatorName(PlanKind kind) {
  switch (kind) {
    case PlanKind::Start: return "Start";
    case PlanKind::Argument: return "Argument";
    case PlanKind::AllNodesScan: return "AllNodesScan";
    case PlanKind::LabelScan: return "NodeByLabelScan";
    case PlanKind::NodeByIdSeek: return "NodeByIdSeek";
    case PlanKind::NodeIndexSeek: return "NodeIndexSeek";
    case PlanKind::Expand: return "Expand";
    case PlanKind::ExpandInto: return "ExpandInto";
    case PlanKind::VarExpand: return "VarLengthExpand";
    case PlanKind::ShortestPath: return "ShortestPath";
    case PlanKind::ProjectPath: return "ProjectPath";
    case PlanKind::Filter: return "Filter";
    case PlanKind::Project: return "Projection";
    case PlanKind::Aggregate: return "Aggregation";
    case PlanKind::Distinct: return "Distinct";
    case PlanKind::Sort: return "Sort";
    case PlanKind::Skip: return "Skip";
    case PlanKind::Limit: return "Limit";
    case PlanKind::Unwind: return "Unwind";
    case PlanKind::Optional: return "Optional";
    case PlanKind::Union: return "Union";
    case PlanKind::Eager: return "Eager";
    case PlanKind::Create: return "Create";
    case PlanKind::Merge: return "Merge";
    case PlanKind::Update: return "SetOrRemove";
    case PlanKind::Delete: return "Delete";
    case PlanKind::NodeCountFromCountStore: return "NodeCountFromCountStore";
    case PlanKind::RelationshipCountFromCountStore: return "RelationshipCountFromCountStore";
    case PlanKind::ExpandCount: return "ExpandCount";
  }
  return "?";
}

void render(const PlanNode& node, int depth, const std::map<const PlanNode*, OperatorProfile>* profile,
            std::string& out) {
  std::string line(static_cast<std::size_t>(depth) * 2, ' ');
  line += operatorName(node.kind);
  if (!node.detail.empty()) line += " " + node.detail;
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
  std::string columns;
  for (const auto& c : plan.columns) columns += (columns.empty() ? "" : ", ") + c;
  out += "Result columns: " + columns + "\n";
  render(*plan.root, 0, profile, out);
  return out;
}

}  // namespace kgq
