// The operators that run a subquery per input row: Foreach (FOREACH's update clauses, per list
// element) and Apply (CALL { }). Each runs its body (children[1], whose leaf is an Argument) on a
// copy of the input row, as Optional runs its branch.
#include "query/exec/operators.h"

namespace kgq {
namespace {

class Foreach : public OperatorOf<plan::Foreach> {
 public:
  using OperatorOf::OperatorOf;
  void open(ExecState& state) override { children[0]->open(state); }
  bool next(Row& row, ExecState& state) override {
    if (!children[0]->next(row, state)) return false;
    Value list = evaluate(*op_.list, row, state.eval);
    if (list.isNull()) return true;
    if (!list.isList()) typeMismatch("LIST", list, *op_.list);
    for (const Value& element : list.asList()) {
      Row body = row;
      body[static_cast<std::size_t>(op_.slot)] = element;
      state.argument = &body;
      children[1]->open(state);
      while (children[1]->next(body, state)) state.tick();
    }
    return true;
  }
};

class Apply : public OperatorOf<plan::Apply> {
 public:
  using OperatorOf::OperatorOf;
  void open(ExecState& state) override {
    children[0]->open(state);
    inBody_ = false;
  }
  bool next(Row& row, ExecState& state) override {
    for (;;) {
      if (inBody_) {
        if (children[1]->next(body_, state)) {
          row = body_;
          return true;
        }
        inBody_ = false;
      }
      if (!children[0]->next(row, state)) return false;
      body_ = row;
      state.argument = &body_;
      children[1]->open(state);
      if (op_.returnsRows) {
        inBody_ = true;
        continue;
      }
      while (children[1]->next(body_, state)) state.tick();  // a unit subquery: run it, keep the row
      return true;
    }
  }

 private:
  Row body_;  // persists across calls: the body's operators keep their slots in it
  bool inBody_ = false;
};

}  // namespace

std::unique_ptr<Operator> makeOperator(const plan::Foreach& op) { return std::make_unique<Foreach>(op); }
std::unique_ptr<Operator> makeOperator(const plan::Apply& op) { return std::make_unique<Apply>(op); }

}  // namespace kgq
