// The Aggregate operator: hash grouping on the key values (a flat table: no allocation per
// group), and per aggregate one column of the states its kind needs, indexed by group (a group of
// count(*) costs 8 bytes there, as in DuckDB's aggregate states, not the size of every kind's
// state at once: with 600,000 groups that was 100 MB, most of the time spent). Groups come out
// in the order they were first seen. With no grouping keys there is always exactly one output row (count(*) of nothing is 0,
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

// One aggregate's states, for every group, by group number: a column of the state its kind needs
// (a count is 8 bytes a group, a min() a Value), grown by one state per new group. Values reach
// it already past null and DISTINCT (AggregateOfGroups).
class StateColumn {
 public:
  virtual ~StateColumn() = default;
  virtual void addGroup() = 0;
  // The bytes one group's state takes.
  virtual std::size_t stateBytes() const = 0;
  // Adds `v` (not null), which stands for `weight` rows, to group g; returns the bytes the state
  // now keeps besides what it kept before (a collected value).
  virtual std::size_t add(std::size_t g, const Value& v, std::int64_t weight) = 0;
  virtual Value result(std::size_t g) const = 0;
};

// A column of states of type State, made by `State{}`.
template <class State>
class StatesOf : public StateColumn {
 public:
  void addGroup() override { states_.emplace_back(); }
  std::size_t stateBytes() const override { return sizeof(State); }

 protected:
  std::vector<State> states_;
};

// count(*) and count(x): the rows (or weights) counted.
class Counts final : public StatesOf<std::int64_t> {
 public:
  std::size_t add(std::size_t g, const Value&, std::int64_t weight) override {
    states_[g] += weight;
    return 0;
  }
  Value result(std::size_t g) const override { return Value(states_[g]); }
};

// sum(x) and avg(x): an integer sum until a float comes (or it would overflow: an error), then a
// float sum; avg keeps its own long double sum of every value.
struct SumState {
  std::int64_t count = 0;
  std::int64_t intSum = 0;
  double floatSum = 0;
  long double avgSum = 0;
  bool isFloat = false;
};
class Sums final : public StatesOf<SumState> {
 public:
  explicit Sums(const AggregateSpec& spec) : spec_(spec) {}
  std::size_t add(std::size_t g, const Value& v, std::int64_t) override {
    if (!v.isNumber()) typeMismatch("INTEGER or FLOAT", v, *spec_.argument);
    SumState& s = states_[g];
    ++s.count;
    if (v.isInt() && !s.isFloat) {
      if (__builtin_add_overflow(s.intSum, v.asInt(), &s.intSum))
        throw Error(ErrorKind::Runtime, "Integer overflow in `" + spec_.text + "`");
    } else {
      if (!s.isFloat) s.floatSum = static_cast<double>(s.intSum);
      s.isFloat = true;
      s.floatSum += v.asNumber();
    }
    if (spec_.kind == AggregateKind::Avg) s.avgSum += v.asNumber();
    return 0;
  }
  Value result(std::size_t g) const override {
    const SumState& s = states_[g];
    if (spec_.kind == AggregateKind::Avg) return s.count == 0 ? Value() : Value(static_cast<double>(s.avgSum / s.count));
    return s.isFloat ? Value(s.floatSum) : Value(s.intSum);
  }

 private:
  const AggregateSpec& spec_;
};

// min(x) and max(x) in ORDER BY order.
class Extremes final : public StatesOf<Value> {
 public:
  explicit Extremes(bool isMax) : isMax_(isMax) {}
  std::size_t add(std::size_t g, const Value& v, std::int64_t) override {
    Value& best = states_[g];
    if (best.isNull() || (isMax_ ? orderCompare(v, best) > 0 : orderCompare(v, best) < 0)) best = v;
    return 0;
  }
  Value result(std::size_t g) const override { return states_[g]; }

 private:
  bool isMax_;
};

// collect(x).
class Collections final : public StatesOf<List> {
 public:
  std::size_t add(std::size_t g, const Value& v, std::int64_t) override {
    states_[g].push_back(v);
    return estimatedValueBytes(v);
  }
  Value result(std::size_t g) const override { return Value(states_[g]); }
};

// stDev(x) (sample) and stDevP(x) (population): Welford's running mean and sum of squared deviations.
struct WelfordState {
  std::int64_t count = 0;
  double mean = 0, m2 = 0;
};
class Deviations final : public StatesOf<WelfordState> {
 public:
  explicit Deviations(const AggregateSpec& spec) : spec_(spec) {}
  std::size_t add(std::size_t g, const Value& v, std::int64_t) override {
    if (!v.isNumber()) typeMismatch("INTEGER or FLOAT", v, *spec_.argument);
    WelfordState& s = states_[g];
    ++s.count;
    const double x = v.asNumber(), delta = x - s.mean;
    s.mean += delta / static_cast<double>(s.count);
    s.m2 += delta * (x - s.mean);
    return 0;
  }
  Value result(std::size_t g) const override {
    const WelfordState& s = states_[g];
    if (spec_.kind == AggregateKind::StDev) return Value(s.count < 2 ? 0.0 : std::sqrt(s.m2 / static_cast<double>(s.count - 1)));
    return Value(s.count < 1 ? 0.0 : std::sqrt(s.m2 / static_cast<double>(s.count)));
  }

 private:
  const AggregateSpec& spec_;
};

// percentileDisc(x, p) and percentileCont(x, p): the group's values, ranked once at the end.
class Percentiles final : public StatesOf<List> {
 public:
  // `percentile`: the value of spec.percentile for this run.
  Percentiles(const AggregateSpec& spec, const Value& percentile) : spec_(spec), percentile_(percentile) {}
  std::size_t add(std::size_t g, const Value& v, std::int64_t) override {
    if (!v.isNumber()) typeMismatch("INTEGER or FLOAT", v, *spec_.argument);
    if (states_[g].empty()) checkPercentile();
    states_[g].push_back(v);
    return estimatedValueBytes(v);
  }
  Value result(std::size_t g) const override { return percentileOf(states_[g]); }

 private:
  const AggregateSpec& spec_;
  const Value& percentile_;

  // A percentile must be a number from 0.0 to 1.0 (checked at the first value, as Neo4j does: a
  // group of no values gives null whatever it is).
  void checkPercentile() const {
    const Value& p = percentile_;
    if (!p.isNumber()) typeMismatch("FLOAT", p, *spec_.percentile);
    if (!(p.asNumber() >= 0.0 && p.asNumber() <= 1.0))
      throw Error(ErrorKind::Runtime, "Invalid input '" + spec_.percentile->text.str() + "' in `" + spec_.text +
                                          "`: the percentile must be a number in the range 0.0 to 1.0");
  }
  // Neo4j's ranks over the sorted values: percentileDisc takes the value at rank ceil(p * n)
  // (1-based, at least 1); percentileCont interpolates between the values around p * (n - 1).
  Value percentileOf(const List& values) const {
    if (values.empty()) return Value();
    std::vector<std::pair<double, std::size_t>> sorted;  // (value, index in values)
    sorted.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) sorted.emplace_back(values[i].asNumber(), i);
    // Java's Double.compare order, as Neo4j sorts: NaN after every number (a strict weak order,
    // which < is not once a NaN is among the values).
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
      if (std::isnan(a.first) || std::isnan(b.first)) return !std::isnan(a.first) && std::isnan(b.first);
      return a.first < b.first;
    });
    const double p = percentile_.asNumber();
    const std::size_t n = sorted.size();
    if (spec_.kind == AggregateKind::PercentileDisc) {
      if (p == 1.0 || n == 1) return values[sorted.back().second];
      const double rank = p * static_cast<double>(n);
      auto index = static_cast<std::size_t>(rank);
      if (static_cast<double>(index) == rank && index > 0) --index;
      return values[sorted[index].second];
    }
    // Neo4j's too: a value of the group itself when no interpolation is needed (an integer stays
    // one), a float when it is.
    if (p == 1.0 || n == 1) return values[sorted.back().second];
    const double rank = p * static_cast<double>(n - 1);
    const auto below = static_cast<std::size_t>(std::floor(rank)), above = static_cast<std::size_t>(std::ceil(rank));
    if (below == above || below == n - 1) return values[sorted[below].second];
    return Value(sorted[below].first * (static_cast<double>(above) - rank) +
                 sorted[above].first * (rank - static_cast<double>(below)));
  }
};

std::unique_ptr<StateColumn> stateColumnFor(const AggregateSpec& spec, const Value& percentile) {
  switch (spec.kind) {
    case AggregateKind::CountStar:
    case AggregateKind::Count: return std::make_unique<Counts>();
    case AggregateKind::Sum:
    case AggregateKind::Avg: return std::make_unique<Sums>(spec);
    case AggregateKind::Min: return std::make_unique<Extremes>(false);
    case AggregateKind::Max: return std::make_unique<Extremes>(true);
    case AggregateKind::Collect: return std::make_unique<Collections>();
    case AggregateKind::StDev:
    case AggregateKind::StDevP: return std::make_unique<Deviations>(spec);
    case AggregateKind::PercentileCont:
    case AggregateKind::PercentileDisc: return std::make_unique<Percentiles>(spec, percentile);
  }
  return nullptr;
}

// One aggregate over every group: count(*) counts rows; the others skip null and, when DISTINCT,
// a value the group has seen, then hand the value to the kind's state column.
class AggregateOfGroups {
 public:
  AggregateOfGroups(const AggregateSpec& spec, const Value& percentile)
      : spec_(spec), states_(stateColumnFor(spec, percentile)) {}

  void addGroup() {
    states_->addGroup();
    if (spec_.distinct) seen_.emplace_back();
  }
  std::size_t stateBytes() const { return states_->stateBytes() + (spec_.distinct ? sizeof(seen_[0]) : 0); }
  // For the one group of an ungrouped aggregation, DISTINCT nodes are told apart by a visited
  // mark per node (NodeMarks) instead of a hash set entry each: no allocation per value.
  void markNodes(std::size_t nodeSlots) {
    if (!spec_.distinct) return;
    nodes_ = std::make_unique<MarksLease>();
    (*nodes_)->begin(nodeSlots);
  }

  // Returns the bytes it now keeps besides what it kept before (a DISTINCT value, a collected one).
  std::size_t add(std::size_t g, const Value& v, std::int64_t weight) {
    if (spec_.kind == AggregateKind::CountStar) return states_->add(g, v, weight);
    if (v.isNull()) return 0;
    std::size_t kept = 0;
    if (spec_.distinct) {
      bool marked = byMark(v);  // a mark costs nothing more: the marks are there already
      if (!firstTime(g, v)) return 0;
      if (!marked) kept += estimatedValueBytes(v) + kHashEntryBytes;
      weight = 1;  // a DISTINCT count still adds a value once
    }
    return kept + states_->add(g, v, weight);
  }
  Value result(std::size_t g) const { return states_->result(g); }

 private:
  const AggregateSpec& spec_;
  std::unique_ptr<StateColumn> states_;
  // DISTINCT: by group, the values seen (made at its first value: an empty table inline would
  // make every group larger).
  std::vector<std::unique_ptr<ValueTupleTable>> seen_;
  std::unique_ptr<MarksLease> nodes_;  // see markNodes

  bool byMark(const Value& v) const {
    return nodes_ && v.kind() == ValueKind::NodeRef && (*nodes_)->covers(v.asNodeRef().index);
  }
  bool firstTime(std::size_t g, const Value& v) {
    if (byMark(v)) {
      NodeIndex n = v.asNodeRef().index;
      if ((*nodes_)->marked(n)) return false;
      (*nodes_)->mark(n, 0, 0);
      return true;
    }
    if (!seen_[g]) seen_[g] = std::make_unique<ValueTupleTable>(1);
    return seen_[g]->insert(&v).second;
  }
};

class Aggregate : public OperatorOf<plan::Aggregate> {
 public:
  using OperatorOf::OperatorOf;

  void open(ExecState& state) override {
    Operator::open(state);
    groups_ = 0;
    keys_.reset(op_.keys.size());
    groupOfNode_.clear();
    triedNodeTable_ = false;
    aggregates_.clear();
    held_.clear();
    keyBytes_.clear();
    position_ = 0;
    Row row(state.rowSize);
    nodeSlots_ = state.eval.graph.nodeSlots();
    const std::size_t perGroup = op_.aggregates.size();
    percentiles_.assign(perGroup, Value());
    for (std::size_t i = 0; i < perGroup; ++i)
      if (op_.aggregates[i].percentile) percentiles_[i] = evaluate(*op_.aggregates[i].percentile, row, state.eval);
    aggregates_.reserve(perGroup);
    for (std::size_t i = 0; i < perGroup; ++i) aggregates_.emplace_back(op_.aggregates[i], percentiles_[i]);
    groupBytes_ = 2 * sizeof(std::uint64_t);  // the table's slot and more
    for (const AggregateOfGroups& a : aggregates_) groupBytes_ += a.stateBytes();
    while (children[0]->next(row, state)) {
      state.tick();
      const std::size_t g = op_.keys.empty() ? onlyGroup() : groupOf(row, state);
      std::int64_t weight = op_.weightSlot >= 0 ? row[op_.weightSlot].asInt() : 1;
      for (std::size_t i = 0; i < perGroup; ++i) {
        const BoundExpr* argument = op_.aggregates[i].argument.get();
        std::size_t kept =
            argument && argument->kind == BoundExprKind::Slot  // a variable: no copy of its value
                ? aggregates_[i].add(g, row[static_cast<std::size_t>(argument->slot)], weight)
                : aggregates_[i].add(g, argument ? evaluate(*argument, row, state.eval) : Value(), weight);
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
    for (std::size_t i = 0; i < perGroup; ++i) row[op_.aggregates[i].slot] = aggregates_[i].result(g);
    return true;
  }

 private:
  // Groups are numbered in the order first seen: group g's key values are keys_.tuple(g), its
  // state in aggregate i aggregates_[i]'s g-th — a group costs no allocation of its own.
  std::size_t groups_ = 0;
  ValueTupleTable keys_;
  std::vector<AggregateOfGroups> aggregates_;  // by aggregate
  std::vector<Value> percentiles_;  // by aggregate: its percentile's value in this run, else null
  std::vector<Value> probe_;  // the current row's key values
  std::size_t position_ = 0;
  std::size_t nodeSlots_ = 0;
  std::size_t groupBytes_ = 0;  // what a new group costs besides its key values
  HeldBytes held_;
  RowBytes keyBytes_;

  // Without grouping keys there is one group, and no hashing.
  std::size_t onlyGroup() {
    if (groups_ == 0) {
      addGroup();
      for (AggregateOfGroups& a : aggregates_) a.markNodes(nodeSlots_);
    }
    return 0;
  }

  // The number of the group of `row`'s keys, the group made if new.
  std::size_t groupOf(Row& row, ExecState& state) {
    probe_.clear();
    for (const ProjectItem& item : op_.keys) probe_.push_back(evaluate(*item.expr, row, state.eval));
    const Value& first = probe_[0];
    const bool byNode = !groupOfNode_.empty() && first.kind() == ValueKind::NodeRef &&
                        first.asNodeRef().index < groupOfNode_.size();
    std::size_t group = 0;
    if (byNode) {
      std::uint32_t& known = groupOfNode_[first.asNodeRef().index];
      if (known != kNoGroup) return known;
      group = keys_.append(probe_.data());
      known = static_cast<std::uint32_t>(group);
    } else {
      auto [found, isNew] = keys_.insert(probe_.data());
      if (!isNew) return found;
      group = found;
    }
    held_.add(state.eval.guard, keyBytes_(probe_) + groupBytes_);
    addGroup();
    if (!triedNodeTable_ && op_.keys.size() == 1 && groups_ >= kNodeTableFrom && groups_ >= nodeSlots_ / 16) {
      triedNodeTable_ = true;  // once: the keys so far decide (a table by node for other keys would be waste)
      if (first.kind() == ValueKind::NodeRef && nodeSlots_ > 0) startGroupsByNode(state);
    }
    return group;
  }

  // Grouping by one node, with groups numerous enough that a group number per node (4 bytes a
  // node) costs less than they do: from here on a node finds its group in that table instead of
  // by hashing, and a scan's nodes, which come in order, without a cache miss each. The groups so
  // far are entered; new ones are appended to keys_ unhashed (nothing looks them up there).
  static constexpr std::uint32_t kNoGroup = UINT32_MAX;
  static constexpr std::size_t kNodeTableFrom = 1024;
  std::vector<std::uint32_t> groupOfNode_;
  bool triedNodeTable_ = false;
  void startGroupsByNode(ExecState& state) {
    held_.add(state.eval.guard, nodeSlots_ * sizeof(std::uint32_t));
    groupOfNode_.assign(nodeSlots_, kNoGroup);
    for (std::size_t g = 0; g < groups_; ++g) {
      const Value& key = keys_.tuple(g)[0];
      if (key.kind() == ValueKind::NodeRef && key.asNodeRef().index < nodeSlots_)
        groupOfNode_[key.asNodeRef().index] = static_cast<std::uint32_t>(g);
    }
  }

  void addGroup() {
    for (AggregateOfGroups& a : aggregates_) a.addGroup();
    ++groups_;
  }
};

}  // namespace

std::unique_ptr<Operator> makeOperator(const plan::Aggregate& op) { return std::make_unique<Aggregate>(op); }

}  // namespace kgq
