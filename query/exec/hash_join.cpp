// HashJoin (query/plan/plan.h): reads the smaller side whole into a hash table on its key, then
// streams the other side through it. Rebuilt on every open(), so a join inside a branch that is
// re-opened per row sees the graph as it is then (a write earlier in the query included).
#include "graph/value_semantics.h"
#include "query/exec/operators.h"
#include "query/exec/query_guard.h"

#include <unordered_map>

namespace kgq {
namespace {

class HashJoin : public OperatorOf<plan::HashJoin> {
 public:
  using OperatorOf::OperatorOf;
  void open(ExecState& state) override {
    Operator::open(state);
    built_ = false;
    table_.clear();
    stored_.clear();
    held_.clear();
    rowBytes_.clear();
    matches_ = nullptr;
    position_ = 0;
  }

  bool next(Row& row, ExecState& state) override {
    if (!built_) build(state);
    return op_.buildLeft ? nextBuiltLeft(row, state) : nextBuiltRight(row, state);
  }

 private:
  using Table = std::unordered_map<Value, std::vector<std::size_t>, ValueHash, ValueEquivalent>;
  bool built_ = false;
  Table table_;
  // Build side rows: whole rows when the left side is built, else just its rightSlots, in order.
  std::vector<Row> stored_;
  const std::vector<std::size_t>* matches_ = nullptr;  // of the row being probed
  std::size_t position_ = 0;
  Row streamed_;  // the right side's current row, when the left is built
  HeldBytes held_;  // the table, charged to the query's memory limit
  RowBytes rowBytes_;

  void build(ExecState& state) {
    built_ = true;
    Operator& side = *children[op_.buildLeft ? 0 : 1];
    const BoundExpr& key = op_.buildLeft ? *op_.leftKey : *op_.rightKey;
    Row row(state.rowSize);
    while (side.next(row, state)) {
      state.tick();
      Value k = evaluate(key, row, state.eval);
      if (k.isNull()) continue;  // `null = x` is never true
      held_.add(state.eval.guard, estimatedBytes(k) + kHashEntryBytes + sizeof(std::size_t));
      table_[std::move(k)].push_back(stored_.size());
      if (op_.buildLeft) {
        stored_.push_back(row);
      } else {
        Row kept;
        kept.reserve(op_.rightSlots.size());
        for (Slot s : op_.rightSlots) kept.push_back(row[s]);
        stored_.push_back(std::move(kept));
      }
      held_.add(state.eval.guard, rowBytes_(stored_.back()));
    }
  }

  // Finds the build rows matching `key` (none for null); the probe then walks them.
  void probe(const BoundExpr& keyExpr, Row& row, ExecState& state) {
    state.tick();
    Value key = evaluate(keyExpr, row, state.eval);
    auto it = key.isNull() ? table_.end() : table_.find(key);
    matches_ = it == table_.end() ? nullptr : &it->second;
    position_ = 0;
  }

  bool nextBuiltRight(Row& row, ExecState& state) {
    for (;;) {
      if (matches_ && position_ < matches_->size()) {
        const Row& kept = stored_[(*matches_)[position_++]];
        for (std::size_t i = 0; i < op_.rightSlots.size(); ++i) row[op_.rightSlots[i]] = kept[i];
        return true;
      }
      if (!children[0]->next(row, state)) return false;
      probe(*op_.leftKey, row, state);
    }
  }

  bool nextBuiltLeft(Row& row, ExecState& state) {
    if (streamed_.size() != state.rowSize) streamed_.assign(state.rowSize, Value());
    for (;;) {
      if (matches_ && position_ < matches_->size()) {
        row = stored_[(*matches_)[position_++]];
        for (Slot s : op_.rightSlots) row[s] = streamed_[s];
        return true;
      }
      if (!children[1]->next(streamed_, state)) return false;
      probe(*op_.rightKey, streamed_, state);
    }
  }
};

}  // namespace

std::unique_ptr<Operator> makeOperator(const plan::HashJoin& op) { return std::make_unique<HashJoin>(op); }

}  // namespace kgq
