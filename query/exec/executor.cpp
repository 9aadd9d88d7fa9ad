#include "query/exec/executor.h"

#include "query/exec/operators.h"
#include "query/exec/subquery.h"

namespace kgq {

namespace {

Node materializeNode(NodeIndex n, const PropertyGraph& g) {
  Node node;
  node.id = g.nodeId(n);
  for (LabelId l : g.nodeLabels(n)) node.labels.push_back(g.labelNames().name(l));
  for (const Property& p : g.nodeProperties(n)) node.properties.emplace(g.keyNames().name(p.key), p.value);
  return node;
}

Relationship materializeRelationship(EdgeIndex e, const PropertyGraph& g) {
  Relationship r;
  r.type = g.typeNames().name(g.edgeType(e));
  r.from = g.nodeId(g.edgeSource(e));
  r.to = g.nodeId(g.edgeTarget(e));
  for (const Property& p : g.edgeProperties(e)) r.properties.emplace(g.keyNames().name(p.key), p.value);
  r.handle = e;
  return r;
}

}  // namespace

namespace {

Value materializeAt(const Value& v, const PropertyGraph& graph, std::size_t depth) {
  // Lists and maps can nest without bound (reduce(a = [], x IN l | [a])); what leaves a query
  // is bounded, so that nothing downstream (rendering, JSON output) recurses without bound.
  if ((v.isList() || v.isMap()) && depth >= kMaxResultDepth)
    throw Error(ErrorKind::Runtime, "Cannot return a value with lists or maps nested more than " +
                                        std::to_string(kMaxResultDepth) + " deep");
  switch (v.kind()) {
    case ValueKind::NodeRef: return Value(materializeNode(v.asNodeRef().index, graph));
    case ValueKind::EdgeRef: return Value(materializeRelationship(v.asEdgeRef().index, graph));
    case ValueKind::PathRef: {
      Path p;
      for (auto n : v.asPathRef().nodes) p.nodes.push_back(materializeNode(n, graph));
      for (auto e : v.asPathRef().edges) p.relationships.push_back(materializeRelationship(e, graph));
      return Value(std::move(p));
    }
    case ValueKind::List: {
      List out;
      out.reserve(v.asList().size());
      for (const Value& item : v.asList()) out.push_back(materializeAt(item, graph, depth + 1));
      return Value(std::move(out));
    }
    case ValueKind::Map: {
      Map out;
      for (const auto& [key, item] : v.asMap()) out.emplace(key, materializeAt(item, graph, depth + 1));
      return Value(std::move(out));
    }
    default: return v;
  }
}

}  // namespace

Value materialize(const Value& v, const PropertyGraph& graph) { return materializeAt(v, graph, 0); }

Execution execute(const QueryPlan& plan, const PropertyGraph& graph, const std::vector<Value>& parameters,
                  QueryGuard& guard, GraphTransaction* transaction,
                  std::int64_t variableLengthLimit) {
  Execution result;
  EvalContext eval(graph, parameters, guard);
  eval.transaction = transaction;
  eval.variableLengthLimit = variableLengthLimit;
  SubqueryRunner subqueries(plan.subplans);
  eval.subqueries = &subqueries;
  ExecState state{eval, plan.slotCount};
  std::unique_ptr<Operator> root = buildOperators(*plan.root, plan.profile ? &result.profile : nullptr);
  root->open(state);
  Row row(plan.slotCount);
  HeldBytes held;  // the result rows, which stay until the caller has them
  // The result columns that the top projection computes afresh for every row (not a bare
  // variable, which the operators below may still read): their values are moved into the
  // result, not copied (a string column would otherwise be allocated twice a row).
  std::vector<bool> fresh(plan.outputSlots.size(), false);
  if (const auto* project = plan.root->as<plan::Project>())
    for (std::size_t i = 0; i < plan.outputSlots.size(); ++i)
      for (const ProjectItem& item : project->items)
        if (item.slot == plan.outputSlots[i] && item.expr->kind != BoundExprKind::Slot) fresh[i] = true;
  while (root->next(row, state)) {
    state.tick();
    if (!plan.returnsRows) continue;  // a write query without RETURN: run it through
    std::vector<Value> out;
    out.reserve(plan.outputSlots.size());
    for (std::size_t i = 0; i < plan.outputSlots.size(); ++i) {
      Value& v = row[plan.outputSlots[i]];
      bool plain = !(v.isList() || v.isMap() || v.kind() == ValueKind::NodeRef || v.kind() == ValueKind::EdgeRef ||
                     v.kind() == ValueKind::PathRef);
      out.push_back(fresh[i] && plain ? std::move(v) : materialize(v, graph));
    }
    held.add(guard, estimatedBytes(out));
    result.rows.push_back(std::move(out));
  }
  return result;
}

}  // namespace kgq
