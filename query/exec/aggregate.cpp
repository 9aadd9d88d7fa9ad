// The Aggregate operator: hash grouping on the key values (a flat table: no allocation per
// group), one accumulator per aggregate per group. Groups come out in the order they were first
// seen. With no grouping keys there is always exactly one output row (count(*) of nothing is 0,
// sum 0, avg/min/max null, collect [], stDev/stDevP 0.0, percentiles null).
// stDev and stDevP are Welford's running variance (sample and population); the percentiles keep
// the group's values and pick (percentileDisc) or interpolate (percentileCont) once at the end,
// with Neo4j's rank rules, so both give Neo4j's answers.
// A row below an ExpandCount stands for several matches (its weight slot says how many); the
// planner adds such a slot only when every aggregate is a count, which is all that can take a
// weight: a count adds it, a DISTINCT count still adds a value once.
#include "graph/value_semantics.h"
#include "query/exec/node_marks.h"
#include "query/exec/operators.h"
#include "query/exec/value_tuple_table.h"

#include <algorithm>
#include <cmath>

namespace kgq {
namespace {

class Accumulator {
 public:
  // `percentile`: the value of spec.percentile for this run (null for the other aggregates).
  Accumulator(const AggregateSpec& spec, const Value* percentile) : spec_(spec), percentile_(percentile) {}

  // For the one group of an ungrouped aggregation, DISTINCT nodes are told apart by a visited
  // mark per node (NodeMarks) instead of a hash set entry each: no allocation per value.
  void markNodes(std::size_t nodeSlots) {
    if (!spec_.distinct) return;
    nodes_ = std::make_unique<MarksLease>();
    (*nodes_)->begin(nodeSlots);
  }

  // Returns the bytes it now keeps besides what it kept before (a DISTINCT value, a collected one).
  std::size_t add(const Value& v, const BoundExpr* where, std::int64_t weight) {
    if (spec_.kind == AggregateKind::CountStar) {
      count_ += weight;
      return 0;
    }
    if (v.isNull()) return 0;
    std::size_t kept = 0;
    if (spec_.distinct) {
      bool marked = byMark(v);  // a mark costs nothing more: the marks are there already
      if (!firstTime(v)) return 0;
      if (!marked) kept += estimatedValueBytes(v) + kHashEntryBytes;
    }
    switch (spec_.kind) {
      case AggregateKind::Count: count_ += spec_.distinct ? 1 : weight; break;
      case AggregateKind::Sum:
      case AggregateKind::Avg:
        if (!v.isNumber()) typeMismatch("INTEGER or FLOAT", v, *where);
        ++count_;
        if (v.isInt() && !isFloat_) {
          if (__builtin_add_overflow(intSum_, v.asInt(), &intSum_))
            throw Error(ErrorKind::Runtime, "Integer overflow in `" + spec_.text + "`");
        } else {
          if (!isFloat_) floatSum_ = static_cast<double>(intSum_);
          isFloat_ = true;
          floatSum_ += v.asNumber();
        }
        if (spec_.kind == AggregateKind::Avg) avgSum_ += v.asNumber();
        break;
      case AggregateKind::Min:
        if (best_.isNull() || orderCompare(v, best_) < 0) best_ = v;
        break;
      case AggregateKind::Max:
        if (best_.isNull() || orderCompare(v, best_) > 0) best_ = v;
        break;
      case AggregateKind::Collect:
        collected_.push_back(v);
        kept += estimatedValueBytes(v);
        break;
      case AggregateKind::StDev:
      case AggregateKind::StDevP: {
        if (!v.isNumber()) typeMismatch("INTEGER or FLOAT", v, *where);
        ++count_;
        const double x = v.asNumber(), delta = x - mean_;
        mean_ += delta / static_cast<double>(count_);
        m2_ += delta * (x - mean_);
        break;
      }
      case AggregateKind::PercentileCont:
      case AggregateKind::PercentileDisc:
        if (!v.isNumber()) typeMismatch("INTEGER or FLOAT", v, *where);
        if (collected_.empty()) checkPercentile();
        collected_.push_back(v);
        kept += estimatedValueBytes(v);
        break;
      case AggregateKind::CountStar: break;
    }
    return kept;
  }

  Value result() const {
    switch (spec_.kind) {
      case AggregateKind::CountStar:
      case AggregateKind::Count: return Value(count_);
      case AggregateKind::Sum: return isFloat_ ? Value(floatSum_) : Value(intSum_);
      case AggregateKind::Avg: return count_ == 0 ? Value() : Value(static_cast<double>(avgSum_ / count_));
      case AggregateKind::Min:
      case AggregateKind::Max: return best_;
      case AggregateKind::Collect: return Value(collected_);
      case AggregateKind::StDev: return Value(count_ < 2 ? 0.0 : std::sqrt(m2_ / static_cast<double>(count_ - 1)));
      case AggregateKind::StDevP: return Value(count_ < 1 ? 0.0 : std::sqrt(m2_ / static_cast<double>(count_)));
      case AggregateKind::PercentileCont:
      case AggregateKind::PercentileDisc: return percentileOf();
    }
    return Value();
  }

 private:
  const AggregateSpec& spec_;
  const Value* percentile_;
  std::int64_t count_ = 0;
  double mean_ = 0, m2_ = 0;  // stDev: the running mean and sum of squared deviations
  std::int64_t intSum_ = 0;
  double floatSum_ = 0;
  long double avgSum_ = 0;
  bool isFloat_ = false;
  Value best_;
  List collected_;
  // The DISTINCT values seen (made on the first one: most aggregates are not DISTINCT, and an
  // empty table inline would make every group's accumulator larger).
  std::unique_ptr<ValueTupleTable> seen_;
  std::unique_ptr<MarksLease> nodes_;  // see markNodes

  // A percentile must be a number from 0.0 to 1.0 (checked at the first value, as Neo4j does: a
  // group of no values gives null whatever it is).
  void checkPercentile() const {
    const Value& p = *percentile_;
    if (!p.isNumber()) typeMismatch("FLOAT", p, *spec_.percentile);
    if (!(p.asNumber() >= 0.0 && p.asNumber() <= 1.0))
      throw Error(ErrorKind::Runtime, "Invalid input '" + spec_.percentile->text.str() + "' in `" + spec_.text +
                                          "`: the percentile must be a number in the range 0.0 to 1.0");
  }
  // Neo4j's ranks over the sorted values: percentileDisc takes the value at rank ceil(p * n)
  // (1-based, at least 1); percentileCont interpolates between the values around p * (n - 1).
  Value percentileOf() const {
    if (collected_.empty()) return Value();
    std::vector<std::pair<double, std::size_t>> sorted;  // (value, index in collected_)
    sorted.reserve(collected_.size());
    for (std::size_t i = 0; i < collected_.size(); ++i) sorted.emplace_back(collected_[i].asNumber(), i);
    // Java's Double.compare order, as Neo4j sorts: NaN after every number (a strict weak order,
    // which < is not once a NaN is among the values).
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
      if (std::isnan(a.first) || std::isnan(b.first)) return !std::isnan(a.first) && std::isnan(b.first);
      return a.first < b.first;
    });
    const double p = percentile_->asNumber();
    const std::size_t n = sorted.size();
    if (spec_.kind == AggregateKind::PercentileDisc) {
      if (p == 1.0 || n == 1) return collected_[sorted.back().second];
      const double rank = p * static_cast<double>(n);
      auto index = static_cast<std::size_t>(rank);
      if (static_cast<double>(index) == rank && index > 0) --index;
      return collected_[sorted[index].second];
    }
    // Neo4j's too: a value of the group itself when no interpolation is needed (an integer stays
    // one), a float when it is.
    if (p == 1.0 || n == 1) return collected_[sorted.back().second];
    const double rank = p * static_cast<double>(n - 1);
    const auto below = static_cast<std::size_t>(std::floor(rank)), above = static_cast<std::size_t>(std::ceil(rank));
    if (below == above || below == n - 1) return collected_[sorted[below].second];
    return Value(sorted[below].first * (static_cast<double>(above) - rank) +
                 sorted[above].first * (rank - static_cast<double>(below)));
  }

  bool byMark(const Value& v) const {
    return nodes_ && v.kind() == ValueKind::NodeRef && (*nodes_)->covers(v.asNodeRef().index);
  }
  bool firstTime(const Value& v) {
    if (byMark(v)) {
      NodeIndex n = v.asNodeRef().index;
      if ((*nodes_)->marked(n)) return false;
      (*nodes_)->mark(n, 0, 0);
      return true;
    }
    if (!seen_) seen_ = std::make_unique<ValueTupleTable>(1);
    return seen_->insert(&v).second;
  }
};

class Aggregate : public OperatorOf<plan::Aggregate> {
 public:
  using OperatorOf::OperatorOf;

  void open(ExecState& state) override {
    Operator::open(state);
    groups_ = 0;
    keys_.reset(op_.keys.size());
    accumulators_.clear();
    held_.clear();
    keyBytes_.clear();
    position_ = 0;
    Row row(state.rowSize);
    nodeSlots_ = state.eval.graph.nodeSlots();
    const std::size_t perGroup = op_.aggregates.size();
    percentiles_.assign(perGroup, Value());
    for (std::size_t i = 0; i < perGroup; ++i)
      if (op_.aggregates[i].percentile) percentiles_[i] = evaluate(*op_.aggregates[i].percentile, row, state.eval);
    while (children[0]->next(row, state)) {
      state.tick();
      Accumulator* accumulators = op_.keys.empty() ? onlyGroup() : groupOf(row, state);
      std::int64_t weight = op_.weightSlot >= 0 ? row[op_.weightSlot].asInt() : 1;
      for (std::size_t i = 0; i < perGroup; ++i) {
        const BoundExpr* argument = op_.aggregates[i].argument.get();
        std::size_t kept =
            argument && argument->kind == BoundExprKind::Slot  // a variable: no copy of its value
                ? accumulators[i].add(row[static_cast<std::size_t>(argument->slot)], argument, weight)
                : accumulators[i].add(argument ? evaluate(*argument, row, state.eval) : Value(), argument, weight);
        if (kept != 0) held_.add(state.eval.guard, kept);
      }
    }
    if (groups_ == 0 && op_.keys.empty()) onlyGroup();
  }

  bool next(Row& row, ExecState&) override {
    if (position_ >= groups_) return false;
    const std::size_t g = position_++;
    const std::size_t keyCount = op_.keys.size(), perGroup = op_.aggregates.size();
    for (std::size_t i = 0; i < keyCount; ++i) row[op_.keys[i].slot] = keys_.tuple(g)[i];
    for (std::size_t i = 0; i < perGroup; ++i) row[op_.aggregates[i].slot] = accumulators_[g * perGroup + i].result();
    return true;
  }

 private:
  // Groups are numbered in the order first seen: group g's key values are keys_.tuple(g), its
  // accumulators accumulators_[g*m .. g*m+m) — a group costs no allocation of its own.
  std::size_t groups_ = 0;
  ValueTupleTable keys_;
  std::vector<Accumulator> accumulators_;
  std::vector<Value> percentiles_;  // by aggregate: its percentile's value in this run, else null
  std::vector<Value> probe_;  // the current row's key values
  std::size_t position_ = 0;
  std::size_t nodeSlots_ = 0;
  HeldBytes held_;
  RowBytes keyBytes_;

  // Without grouping keys there is one group, and no hashing.
  Accumulator* onlyGroup() {
    if (groups_ == 0) {
      addAccumulators();
      for (Accumulator& a : accumulators_) a.markNodes(nodeSlots_);
    }
    return accumulators_.data();
  }

  // The accumulators of the group of `row`'s keys, the group made if new.
  Accumulator* groupOf(Row& row, ExecState& state) {
    probe_.clear();
    for (const ProjectItem& item : op_.keys) probe_.push_back(evaluate(*item.expr, row, state.eval));
    auto [group, isNew] = keys_.insert(probe_.data());
    if (!isNew) return accumulators_.data() + group * op_.aggregates.size();  // (valid with no aggregates too)
    held_.add(state.eval.guard, keyBytes_(probe_) + 2 * sizeof(std::uint64_t) + op_.aggregates.size() * sizeof(Accumulator));
    return addAccumulators();
  }

  Accumulator* addAccumulators() {
    const std::size_t first = accumulators_.size();
    for (std::size_t i = 0; i < op_.aggregates.size(); ++i) accumulators_.emplace_back(op_.aggregates[i], &percentiles_[i]);
    ++groups_;
    return accumulators_.data() + first;
  }

};

}  // namespace

std::unique_ptr<Operator> makeOperator(const plan::Aggregate& op) { return std::make_unique<Aggregate>(op); }

}  // namespace kgq
