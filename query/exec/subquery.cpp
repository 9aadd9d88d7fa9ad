#include "query/exec/subquery.h"

#include "query/exec/operators.h"

namespace kgq {

SubqueryRunner::SubqueryRunner(const std::vector<std::unique_ptr<PlanNode>>& subplans)
    : subplans_(subplans), operators_(subplans.size()), rows_(subplans.size()) {}

SubqueryRunner::~SubqueryRunner() = default;

Value SubqueryRunner::evaluate(const BoundExpr& e, const Row& row, EvalContext& ctx) {
  auto index = static_cast<std::size_t>(e.subqueryIndex);
  std::unique_ptr<Operator>& op = operators_.at(index);
  if (!op) op = buildOperators(*subplans_.at(index), nullptr);
  ExecState state{ctx, row.size()};
  Row& inner = rows_.at(index);
  inner.assign(row.begin(), row.end());
  state.argument = &inner;
  op->open(state);
  switch (e.subqueryKind) {
    case SubqueryKind::Exists: return Value(op->next(inner, state));
    case SubqueryKind::Count: {
      // A plan that counts its matches itself (query/plan/count_rewrites.h): its one row holds
      // the count, and there is no row when there is no match.
      if (const auto* counting = subplans_[index]->as<plan::ExpandCount>())
        return op->next(inner, state) ? inner[counting->slot] : Value(std::int64_t{0});
      std::int64_t count = 0;
      while (op->next(inner, state)) {
        state.tick();
        ++count;
      }
      return Value(count);
    }
    case SubqueryKind::Collect: {
      List values;
      HeldBytes held;  // while the list grows
      while (op->next(inner, state)) {
        state.tick();
        values.push_back(kgq::evaluate(*e.children[0], inner, ctx));
        held.add(ctx.guard, estimatedValueBytes(values.back()));
      }
      return Value(std::move(values));
    }
  }
  return Value();
}

}  // namespace kgq
