// Physical operators: the executor's building blocks, one per PlanKind. Pull-based ("volcano"):
// next() fills the operator's slots of a shared row and returns false when exhausted. An
// operator writes only the slots its plan node assigns, so rows flow without copying; only
// blocking operators (Sort, Aggregate) keep copies.
//
// Promises: open() may be called again to restart (Optional and Union rely on it); every loop
// over graph elements polls the interrupt flag, so a cancelled query stops promptly.
#pragma once

#include "query/exec/evaluator.h"
#include "query/plan/plan.h"

#include <map>
#include <memory>
#include <vector>

namespace kgq {

struct ExecState {
  EvalContext& eval;
  std::size_t rowSize;      // slots in a row of this plan (blocking operators make their own rows)
  std::uint64_t ticks = 0;  // work counter: the interrupt flag is polled every few thousand
  void tick() {
    if ((++ticks & 0xFFF) == 0) eval.checkInterrupted();
  }
};

class Operator {
 public:
  explicit Operator(const PlanNode& node) : node_(node) {}
  virtual ~Operator() = default;
  Operator(const Operator&) = delete;
  Operator& operator=(const Operator&) = delete;

  // Prepares to produce rows from the start. The default opens the inputs.
  virtual void open(ExecState& state);
  // Produces the next row into `row`; false when there are no more.
  virtual bool next(Row& row, ExecState& state) = 0;

  std::vector<std::unique_ptr<Operator>> children;

 protected:
  const PlanNode& node_;
};

// Builds the operator tree for `plan`. With `profile`, every operator is wrapped to count its
// rows and time into `profile`.
std::unique_ptr<Operator> buildOperators(const PlanNode& plan, std::map<const PlanNode*, OperatorProfile>* profile);

// The Aggregate operator (query/exec/aggregate.cpp).
std::unique_ptr<Operator> makeAggregate(const PlanNode& node);
// Eager, Create, Merge, Update and Delete (query/exec/update_operators.cpp).
std::unique_ptr<Operator> makeUpdateOperator(const PlanNode& node);
// VarExpand, ShortestPath and ProjectPath (query/exec/path_operators.cpp).
std::unique_ptr<Operator> makePathOperator(const PlanNode& node);

// The relationships already bound in `slots` of `row` (single ones and lists), for the rule that
// one MATCH never uses a relationship twice.
std::vector<EdgeIndex> usedRelationships(const std::vector<Slot>& slots, const Row& row);

// The value of a SKIP / LIMIT / top-k count: a non-negative integer, else Error(Runtime).
std::int64_t evaluateCount(const PlanExpr& e, const char* clause, EvalContext& ctx);

}  // namespace kgq
