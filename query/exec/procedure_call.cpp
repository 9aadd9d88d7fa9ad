// The ProcedureCall operator: CALL proc(args) YIELD ... inside a query or standalone. The
// procedure (query/procedures/registry.h) runs once per input row, with the arguments evaluated
// on that row; its rows are collected, then each goes on with the yielded outputs in their slots.
#include "query/exec/operators.h"
#include "query/procedures/registry.h"

namespace kgq {
namespace {

class ProcedureCall : public OperatorOf<plan::ProcedureCall> {
 public:
  using OperatorOf::OperatorOf;
  void open(ExecState& state) override {
    Operator::open(state);
    rows_.rows.clear();
    position_ = 0;
  }
  bool next(Row& row, ExecState& state) override {
    for (;;) {
      if (position_ < rows_.rows.size()) {
        const std::vector<Value>& result = rows_.rows[position_++];
        for (const auto& [output, slot] : op_.yields) row[static_cast<std::size_t>(slot)] = result[output];
        return true;
      }
      if (!children[0]->next(row, state)) return false;
      std::vector<Value> arguments;
      arguments.reserve(op_.arguments.size());
      for (const BoundExprPtr& argument : op_.arguments) arguments.push_back(evaluate(*argument, row, state.eval));
      rows_.rows.clear();
      position_ = 0;
      ProcedureContext context{state.eval.graph, state.eval.guard.interruptFlag()};
      ProcedureRegistry::call(*op_.procedure, context, std::move(arguments), rows_);
      if (op_.procedure->signature.outputs.empty()) return true;  // a void procedure: the row goes on once
    }
  }

 private:
  CollectedRows rows_;
  std::size_t position_ = 0;
};

}  // namespace

std::unique_ptr<Operator> makeOperator(const plan::ProcedureCall& op) { return std::make_unique<ProcedureCall>(op); }

}  // namespace kgq
