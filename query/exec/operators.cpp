#include "query/exec/operators.h"

#include "graph/value_semantics.h"
#include "query/exec/column_comparison.h"
#include "query/exec/value_tuple_table.h"

#include <algorithm>
#include <cmath>
#include <chrono>
#include <cstring>
#include <deque>
#include <limits>
#include <optional>

namespace kgq {

void Operator::open(ExecState& state) {
  for (auto& child : children) child->open(state);
}

std::vector<EdgeIndex> usedRelationships(const std::vector<Slot>& slots, const Row& row) {
  std::vector<EdgeIndex> used;
  for (Slot s : slots) {
    const Value& v = row[s];
    if (v.kind() == ValueKind::EdgeRef) used.push_back(v.asEdgeRef().index);
    if (v.isList())
      for (const Value& e : v.asList())
        if (e.kind() == ValueKind::EdgeRef) used.push_back(e.asEdgeRef().index);
  }
  return used;
}

bool LabelTest::askGraph(NodeIndex n, ExecState& state) {
  const PropertyGraph& g = state.eval.graph;
  if (state.eval.transaction == nullptr) {
    if (budget_ == 0) {
      // Rent until the rent paid would have bought the bitmap: an ask is a cache miss or two
      // (~100-200 ns on a big graph), building reads the label's nodes in order (~1 ns each).
      for (LabelId l : labels_) budget_ += g.nodesWithLabel(l).size() / 128;
      budget_ += 64;
    }
    if (++asked_ > budget_) {
      for (LabelId l : labels_) {
        const std::vector<NodeIndex>& nodes = g.nodesWithLabel(l);
        // Sized by the largest index, not by nodes.back(): the order of the label index is the
        // graph's business.
        auto largest = std::max_element(nodes.begin(), nodes.end());
        std::vector<std::uint64_t> bits(largest == nodes.end() ? 0 : *largest / 64 + 1);
        for (NodeIndex m : nodes) bits[m / 64] |= std::uint64_t{1} << (m % 64);
        bitmaps_.push_back(std::move(bits));
      }
      return (*this)(n, state);
    }
  }
  return nodeHasLabels(g, n, labels_);
}

std::int64_t evaluateCount(const BoundExpr& e, const char* clause, EvalContext& ctx) {
  Row empty;
  Value v = evaluate(e, empty, ctx);
  if (v.isFloat() && v.asFloat() == std::floor(v.asFloat()) && v.asFloat() >= 0 && v.asFloat() < 9.2e18)
    v = Value(static_cast<std::int64_t>(v.asFloat()));
  if (!v.isInt() || v.asInt() < 0)
    throw Error(ErrorKind::Runtime, std::string(clause) + " must be a non-negative integer, got " + v.toCypher() +
                                        " in `" + e.text + "`");
  return v.asInt();
}

namespace {

// One empty row per open().
class Start : public Operator {
 public:
  void open(ExecState&) override { done_ = false; }
  bool next(Row&, ExecState&) override {
    if (done_) return false;
    done_ = true;
    return true;
  }

 private:
  bool done_ = false;
};

// The leaf of a branch or subquery: once per open(), the row of the operator that opened it (so
// that blocking operators in the branch, which make rows of their own, see the caller's values).
class Argument : public Operator {
 public:
  void open(ExecState& state) override {
    source_ = state.argument;
    done_ = false;
  }
  bool next(Row& row, ExecState&) override {
    if (done_) return false;
    done_ = true;
    if (source_ != nullptr && source_ != &row) row = *source_;
    return true;
  }

 private:
  const Row* source_ = nullptr;
  bool done_ = false;
};

// Scans draw one input row, then produce a node for it at a time; subclasses say which nodes.
// The node scans and seeks. Candidates come in batches, and the filters folded into the scan that
// a typed column can decide are applied to a whole batch in one tight loop before any row is built.
class NodeSource : public Operator {
 public:
  explicit NodeSource(const plan::NodeSource& source) : source_(source) {}
  void open(ExecState& state) override {
    Operator::open(state);
    haveInput_ = false;
    comparisons_.startRun(state.eval.parameters);
  }
  bool next(Row& row, ExecState& state) override {
    for (;;) {
      if (!haveInput_) {
        if (!children[0]->next(row, state)) return false;
        haveInput_ = true;
        startInput(row, state);
        comparisons_.startRow(row, state.eval, seekDecides_ ? source_.seekPredicate : -1);
        batchSize_ = batchPosition_ = 0;
      }
      for (;;) {
        if (batchPosition_ == batchSize_ && !fillBatch(state)) break;
        NodeIndex n = batch_[batchPosition_++];
        row[source_.slot] = Value(NodeRef{n});
        if (!passesGeneralFilters(row, state)) continue;
        return true;
      }
      haveInput_ = false;
    }
  }

 protected:
  static constexpr std::size_t kBatch = 256;
  const plan::NodeSource& source_;
  // Set by a seek's startInput: every candidate of this input row passes the seek's own predicate
  // (plan::NodeSource::seekPredicate), which is then not evaluated.
  bool seekDecides_ = false;
  virtual void startInput(Row& row, ExecState& state) = 0;
  // Writes up to `max` more candidates (live nodes) to `out`; 0 when there are no more.
  virtual std::size_t nextCandidates(NodeIndex* out, std::size_t max, ExecState& state) = 0;

 private:
  // Refills the batch with the next candidates that have the labels and pass the column-decided
  // filters; false when the candidates are exhausted.
  bool fillBatch(ExecState& state) {
    const PropertyGraph& g = state.eval.graph;
    batchPosition_ = 0;
    general_.clear();
    byColumn_.clear();
    for (std::size_t i = 0; i < comparisons_.size(); ++i) {
      if (seekDecides_ && static_cast<int>(i) == source_.seekPredicate) continue;
      (comparisons_[i] && comparisons_[i]->decidable(g) ? byColumn_ : general_).push_back(i);
    }
    for (;;) {
      state.eval.checkInterrupted();  // a batch is many candidates: check every time
      batchSize_ = nextCandidates(batch_, kBatch, state);
      if (batchSize_ == 0) return false;
      if (!source_.labels.empty()) {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < batchSize_; ++i)
          if (nodeHasLabels(g, batch_[i], source_.labels)) batch_[kept++] = batch_[i];
        batchSize_ = kept;
      }
      for (std::size_t i : byColumn_)
        if (batchSize_ > 0) batchSize_ = comparisons_[i]->keepPassing(g, batch_, batchSize_);
      if (batchSize_ > 0) return true;
    }
  }
  bool passesGeneralFilters(Row& row, ExecState& state) const {
    for (std::size_t i : general_)
      if (!evaluatePredicate(*source_.filters[i], row, state.eval)) return false;
    return true;
  }

  // By filter: the comparison its column may decide.
  ScanComparisons comparisons_{source_.filters, source_.slot};
  // The filters the current batch passed through their columns, and those it still has to
  // evaluate row by row.
  std::vector<std::size_t> byColumn_, general_;
  NodeIndex batch_[kBatch];
  std::size_t batchSize_ = 0, batchPosition_ = 0;
  bool haveInput_ = false;
};

class AllNodesScan : public NodeSource {
 public:
  explicit AllNodesScan(const plan::AllNodesScan& op) : NodeSource(op) {}

 protected:
  void startInput(Row&, ExecState&) override { position_ = 0; }
  std::size_t nextCandidates(NodeIndex* out, std::size_t max, ExecState& state) override {
    const PropertyGraph& g = state.eval.graph;
    std::size_t count = 0;
    while (count < max && position_ < g.nodeSlots()) {
      auto candidate = static_cast<NodeIndex>(position_++);
      if (g.nodeIsLive(candidate)) out[count++] = candidate;
    }
    return count;
  }

 private:
  std::size_t position_ = 0;
};

class LabelScan : public NodeSource {
 public:
  explicit LabelScan(const plan::LabelScan& op) : NodeSource(op), op_(op) {}

 protected:
  void startInput(Row&, ExecState&) override { position_ = 0; }
  std::size_t nextCandidates(NodeIndex* out, std::size_t max, ExecState& state) override {
    const auto& nodes = state.eval.graph.nodesWithLabel(op_.label);
    std::size_t count = 0;
    while (count < max && position_ < nodes.size()) out[count++] = nodes[position_++];
    return count;
  }

 private:
  const plan::LabelScan& op_;
  std::size_t position_ = 0;
};

// The nodes a seek on `value` finds through `lookup` (which appends a value's nodes to `out`),
// into `out`: for one value, its nodes; for an IN list (eachElement), the nodes of each distinct
// element, in list order. A value IN a non-list is a type error that the kept filter raises for
// the first candidate, as under a scan: so every node with the seek's first label (or every node)
// is the candidates then. Returns whether the index found exactly the nodes `=` (or IN) accepts:
// for strings, booleans and numbers other than NaN its equivalence is equality.
template <class Lookup>
bool seekCandidates(const Value& value, bool eachElement, const std::vector<LabelId>& labels, const PropertyGraph& g,
                    std::vector<NodeIndex>& out, Lookup lookup) {
  out.clear();
  auto exact = [](const Value& v) {
    return v.isString() || v.isInt() || v.isBool() || (v.kind() == ValueKind::Float && !std::isnan(v.asFloat()));
  };
  if (!eachElement) {
    lookup(value, out);
    return exact(value);
  }
  if (value.isNull()) return true;
  if (!value.isList()) {
    if (!labels.empty()) {
      const auto& nodes = g.nodesWithLabel(labels[0]);
      out.assign(nodes.begin(), nodes.end());
      return false;
    }
    for (NodeIndex n = 0; n < g.nodeSlots(); ++n)
      if (g.nodeIsLive(n)) out.push_back(n);
    return false;
  }
  bool allExact = true;
  ValueTupleTable seen(1);
  for (const Value& element : value.asList()) {
    if (element.isNull()) continue;
    allExact = allExact && exact(element);
    if (seen.insert(&element).second) lookup(element, out);
  }
  return allExact;
}

// The live node whose id(n) is `id` (equal as `=` compares: 5.0 is 5), or none.
std::optional<NodeIndex> nodeOfInternalId(const Value& id, const PropertyGraph& g) {
  if (!id.isNumber()) return std::nullopt;
  const double d = id.asNumber();
  if (id.isInt() ? id.asInt() < 0 : !(d >= 0 && d == std::floor(d) && d < 4294967296.0)) return std::nullopt;
  const std::uint64_t n = id.isInt() ? static_cast<std::uint64_t>(id.asInt()) : static_cast<std::uint64_t>(d);
  if (n >= g.nodeSlots() || !g.nodeIsLive(static_cast<NodeIndex>(n))) return std::nullopt;
  return static_cast<NodeIndex>(n);
}

// The live node whose elementId(n) (its key) is `id`, or none.
std::optional<NodeIndex> nodeOfElementId(const Value& id, const PropertyGraph& g) {
  if (!id.isString()) return std::nullopt;
  return g.findNode(id.asString());
}

class NodeByIdSeek : public NodeSource {
 public:
  explicit NodeByIdSeek(const plan::NodeByIdSeek& op) : NodeSource(op), op_(op) {}

 protected:
  void startInput(Row& row, ExecState& state) override {
    const PropertyGraph& g = state.eval.graph;
    using By = plan::NodeByIdSeek::By;
    seekDecides_ = seekCandidates(evaluate(*op_.id, row, state.eval), op_.eachElement, op_.labels, g, candidates_,
                                  [&](const Value& id, std::vector<NodeIndex>& out) {
                                    if (op_.by == By::IdProperty) return g.appendNodesWithId(id, out);
                                    if (auto n = op_.by == By::InternalId ? nodeOfInternalId(id, g) : nodeOfElementId(id, g))
                                      out.push_back(*n);
                                  });
    position_ = 0;
  }
  std::size_t nextCandidates(NodeIndex* out, std::size_t max, ExecState&) override {
    std::size_t count = 0;
    while (count < max && position_ < candidates_.size()) out[count++] = candidates_[position_++];
    return count;
  }

 private:
  const plan::NodeByIdSeek& op_;
  std::vector<NodeIndex> candidates_;
  std::size_t position_ = 0;
};

class NodeIndexSeek : public NodeSource {
 public:
  explicit NodeIndexSeek(const plan::NodeIndexSeek& op) : NodeSource(op), op_(op) {}

 protected:
  void startInput(Row& row, ExecState& state) override {
    // A copy: the candidates must not change under the scan if a later clause writes.
    const PropertyGraph& g = state.eval.graph;
    seekDecides_ = seekCandidates(evaluate(*op_.value, row, state.eval), op_.eachElement, op_.labels, g, candidates_,
                                  [&](const Value& v, std::vector<NodeIndex>& out) {
                                    const auto& found = g.indexLookup(op_.indexLabel, op_.key, v);
                                    out.insert(out.end(), found.begin(), found.end());
                                  });
    position_ = 0;
  }
  std::size_t nextCandidates(NodeIndex* out, std::size_t max, ExecState&) override {
    std::size_t count = 0;
    while (count < max && position_ < candidates_.size()) out[count++] = candidates_[position_++];
    return count;
  }

 private:
  const plan::NodeIndexSeek& op_;
  std::vector<NodeIndex> candidates_;
  std::size_t position_ = 0;
};

// Expand and ExpandInto: for each input row, the edges of the from-node that match.
class Expand : public OperatorOf<plan::Expand> {
 public:
  using OperatorOf::OperatorOf;
  void open(ExecState& state) override {
    Operator::open(state);
    matches_.clear();
    position_ = 0;
  }
  bool next(Row& row, ExecState& state) override {
    for (;;) {
      if (position_ < matches_.size()) {
        const auto& [edge, other] = matches_[position_++];
        row[op_.rel] = Value(EdgeRef{edge});
        row[op_.to] = Value(NodeRef{other});
        return true;
      }
      if (!children[0]->next(row, state)) return false;
      collect(row, state);
    }
  }

 private:
  std::vector<std::pair<EdgeIndex, NodeIndex>> matches_;
  std::size_t position_ = 0;
  LabelTest labelTest_{op_.toLabels};

  void collect(Row& row, ExecState& state) {
    matches_.clear();
    position_ = 0;
    forEachExpansion(op_, row, state, labelTest_,
                     [&](EdgeIndex edge, NodeIndex other) { matches_.emplace_back(edge, other); });
  }
};

class Filter : public OperatorOf<plan::Filter> {
 public:
  using OperatorOf::OperatorOf;
  bool next(Row& row, ExecState& state) override {
    while (children[0]->next(row, state)) {
      state.tick();
      if (predicate_(row, state.eval)) return true;
    }
    return false;
  }

 private:
  PredicateTest predicate_{*op_.predicate};
};

class Project : public OperatorOf<plan::Project> {
 public:
  using OperatorOf::OperatorOf;
  bool next(Row& row, ExecState& state) override {
    if (!children[0]->next(row, state)) return false;
    for (const ProjectItem& item : op_.items) row[item.slot] = evaluate(*item.expr, row, state.eval);
    return true;
  }
};

class Distinct : public OperatorOf<plan::Distinct> {
 public:
  using OperatorOf::OperatorOf;
  void open(ExecState& state) override {
    Operator::open(state);
    seen_.reset(op_.slots.size());
    held_.clear();
    keyBytes_.clear();
  }
  bool next(Row& row, ExecState& state) override {
    while (children[0]->next(row, state)) {
      state.tick();
      key_.clear();
      for (Slot s : op_.slots) key_.push_back(row[s]);
      if (seen_.insert(key_.data()).second) {
        held_.add(state.eval.guard, keyBytes_(key_) + kHashEntryBytes);
        return true;
      }
    }
    return false;
  }

 private:
  ValueTupleTable seen_;
  std::vector<Value> key_;  // the current row's values of the distinct columns
  HeldBytes held_;
  RowBytes keyBytes_;
};

// Sort, or top-k when a limit is given: then only k rows are ever kept, in a heap.
class Sort : public OperatorOf<plan::Sort> {
 public:
  using OperatorOf::OperatorOf;
  void open(ExecState& state) override {
    Operator::open(state);
    entries_.clear();
    keys_.clear();
    rows_.clear();
    held_.clear();
    keyBytes_.clear();
    rowBytes_.clear();
    position_ = 0;
    rowSize_ = state.rowSize;
    std::size_t limit = SIZE_MAX;
    if (op_.limit) {
      // skip + limit rows, saturating: SKIP 1 LIMIT 9223372036854775807 keeps every row.
      auto keep = static_cast<std::uint64_t>(evaluateCount(*op_.limit, "LIMIT", state.eval));
      if (op_.skip) keep += static_cast<std::uint64_t>(evaluateCount(*op_.skip, "SKIP", state.eval));
      limit = static_cast<std::size_t>(std::min<std::uint64_t>(keep, SIZE_MAX));
    }
    auto less = [this](const Entry& a, const Entry& b) { return before(a, &keys_[a.index * op_.keys.size()], b); };
    Row row(state.rowSize);
    std::uint64_t sequence = 0;
    std::vector<Value> keys;  // the row's keys, kept with their capacity
    while (limit > 0 && children[0]->next(row, state)) {
      state.tick();
      keys.clear();
      for (const SortKey& k : op_.keys) keys.push_back(evaluate(*k.expr, row, state.eval));
      Entry e = entryOf(keys[0], sequence++);
      if (entries_.size() < limit) {
        if (entries_.size() >= std::numeric_limits<std::uint32_t>::max())
          throw Error(ErrorKind::ResourceLimit, "ORDER BY holds at most 2^32 - 1 rows");
        // (top-k keeps k entries: a replaced one is taken as the size of the one replacing it)
        held_.add(state.eval.guard, sizeof(Entry) + keyBytes_(keys) + rowBytes_(row));
        e.index = static_cast<std::uint32_t>(entries_.size());
        for (Value& k : keys) keys_.push_back(std::move(k));
        rows_.insert(rows_.end(), row.begin(), row.end());
        entries_.push_back(e);
        if (op_.limit) std::push_heap(entries_.begin(), entries_.end(), less);
      } else if (before(e, keys.data(), entries_.front())) {
        std::pop_heap(entries_.begin(), entries_.end(), less);
        Entry& replaced = entries_.back();
        e.index = replaced.index;
        replaced = e;
        std::swap_ranges(keys.begin(), keys.end(), keys_.begin() + e.index * op_.keys.size());
        std::copy(row.begin(), row.end(), rows_.begin() + e.index * rowSize_);
        std::push_heap(entries_.begin(), entries_.end(), less);
      }
    }
    if (op_.limit) std::sort_heap(entries_.begin(), entries_.end(), less);
    else std::sort(entries_.begin(), entries_.end(), less);
  }
  bool next(Row& row, ExecState&) override {
    if (position_ >= entries_.size()) return false;
    auto held = rows_.begin() + entries_[position_++].index * rowSize_;
    std::move(held, held + rowSize_, row.begin());
    return true;
  }

 private:
  // What the sort moves: an entry's place in keys_ and rows_, its arrival, and its first key
  // reduced to 64 bits that order as the key does within its kind (a number as a double with
  // its bits flipped to sort as unsigned; a string's first 8 bytes, big-endian), so that most
  // comparisons are one integer comparison; equal leads, or other kinds, compare in full.
  // ExactNumber: the lead is the number itself (a float, or an integer a double holds), so
  // equal leads are equal first keys.
  enum class Lead : std::uint8_t { None, Number, ExactNumber, String };
  struct Entry {
    std::uint64_t lead;
    std::uint64_t sequence;
    std::uint32_t index;
    Lead kind;
  };
  // The rows held, flat: entry e's keys are keys_[e.index * keyCount...], its row
  // rows_[e.index * rowSize_...], so holding a row allocates nothing of its own (and the rows,
  // in a deque, are never copied to grow).
  std::vector<Entry> entries_;
  std::vector<Value> keys_;
  std::deque<Value> rows_;
  std::size_t rowSize_ = 0;
  std::size_t position_ = 0;
  HeldBytes held_;
  RowBytes keyBytes_, rowBytes_;

  static Entry entryOf(const Value& first, std::uint64_t sequence) {
    Entry e{0, sequence, 0, Lead::None};
    if (first.isInt() || (first.isFloat() && !std::isnan(first.asFloat()))) {
      // Rounding an integer to a double keeps order (not strictness): unequal leads are decisive.
      double d = first.isInt() ? static_cast<double>(first.asInt()) : first.asFloat();
      if (d == 0) d = 0;  // -0.0 is 0.0
      std::uint64_t bits;
      std::memcpy(&bits, &d, sizeof bits);
      e.lead = bits & (std::uint64_t{1} << 63) ? ~bits : bits | (std::uint64_t{1} << 63);
      constexpr std::int64_t kExactInDouble = std::int64_t{1} << 53;
      e.kind = first.isFloat() || (first.asInt() >= -kExactInDouble && first.asInt() <= kExactInDouble)
                   ? Lead::ExactNumber
                   : Lead::Number;
    } else if (first.isString()) {
      const std::string& text = first.asString();
      for (std::size_t i = 0; i < 8; ++i)
        e.lead = (e.lead << 8) | (i < text.size() ? static_cast<unsigned char>(text[i]) : 0u);
      e.kind = Lead::String;
    }
    return e;
  }

  // Strict order by the keys, then by arrival (a stable sort): whether entry a, whose keys are
  // `keys`, goes before entry b.
  bool before(const Entry& a, const Value* keys, const Entry& b) const {
    const bool numbers = a.kind != Lead::None && a.kind != Lead::String && b.kind != Lead::None && b.kind != Lead::String;
    if ((numbers || (a.kind == Lead::String && b.kind == Lead::String)) && a.lead != b.lead)
      return op_.keys[0].descending ? a.lead > b.lead : a.lead < b.lead;
    const Value* other = &keys_[b.index * op_.keys.size()];
    const bool firstEqual = a.kind == Lead::ExactNumber && b.kind == Lead::ExactNumber;  // and a.lead == b.lead
    for (std::size_t i = firstEqual ? 1 : 0; i < op_.keys.size(); ++i) {
      int c = orderCompare(keys[i], other[i]);
      if (c != 0) return op_.keys[i].descending ? c > 0 : c < 0;
    }
    return a.sequence < b.sequence;
  }
};

class Skip : public OperatorOf<plan::Skip> {
 public:
  using OperatorOf::OperatorOf;
  void open(ExecState& state) override {
    Operator::open(state);
    toSkip_ = evaluateCount(*op_.count, "SKIP", state.eval);
  }
  bool next(Row& row, ExecState& state) override {
    while (toSkip_ > 0) {
      if (!children[0]->next(row, state)) return false;
      --toSkip_;
    }
    return children[0]->next(row, state);
  }

 private:
  std::int64_t toSkip_ = 0;
};

class Limit : public OperatorOf<plan::Limit> {
 public:
  using OperatorOf::OperatorOf;
  void open(ExecState& state) override {
    Operator::open(state);
    remaining_ = evaluateCount(*op_.count, "LIMIT", state.eval);
  }
  bool next(Row& row, ExecState& state) override {
    if (remaining_ <= 0) return false;  // stop pulling: the input may be large
    --remaining_;
    return children[0]->next(row, state);
  }

 private:
  std::int64_t remaining_ = 0;
};

class Unwind : public OperatorOf<plan::Unwind> {
 public:
  using OperatorOf::OperatorOf;
  void open(ExecState& state) override {
    Operator::open(state);
    current_ = Value();
    position_ = 0;
  }
  bool next(Row& row, ExecState& state) override {
    for (;;) {
      // current_ holds the list being unwound (shared, never copied), or a single value.
      if (current_.isList() && position_ < current_.asList().size()) {
        state.tick();
        row[op_.slot] = current_.asList()[position_++];
        return true;
      }
      if (!current_.isList() && !current_.isNull() && position_ == 0) {
        ++position_;
        row[op_.slot] = current_;
        return true;
      }
      if (!children[0]->next(row, state)) return false;
      current_ = evaluate(*op_.list, row, state.eval);
      position_ = 0;
    }
  }

 private:
  Value current_;
  std::size_t position_ = 0;
};

class Union : public OperatorOf<plan::Union> {
 public:
  using OperatorOf::OperatorOf;
  void open(ExecState& state) override {
    current_ = 0;
    if (!children.empty()) children[0]->open(state);
  }
  bool next(Row& row, ExecState& state) override {
    while (current_ < children.size()) {
      if (children[current_]->next(row, state)) {
        const auto& outputs = op_.childOutputs[current_];
        for (std::size_t i = 0; i < outputs.size(); ++i) row[op_.outputs[i]] = row[outputs[i]];
        return true;
      }
      if (++current_ < children.size()) children[current_]->open(state);
    }
    return false;
  }

 private:
  std::size_t current_ = 0;
};

// OPTIONAL MATCH: children[1] runs from each input row (its leaf is an Argument); when it finds
// nothing, the input row goes on with the optional variables null.
class Optional : public OperatorOf<plan::Optional> {
 public:
  using OperatorOf::OperatorOf;
  void open(ExecState& state) override {
    children[0]->open(state);
    inBranch_ = false;
  }
  bool next(Row& row, ExecState& state) override {
    for (;;) {
      if (inBranch_) {
        // branchRow_ persists across calls: operators keep their slots in it between rows.
        if (children[1]->next(branchRow_, state)) {
          found_ = true;
          row = branchRow_;
          return true;
        }
        inBranch_ = false;
        if (!found_) {
          row = input_;
          for (Slot s : op_.nullable) row[s] = Value();
          return true;
        }
      }
      if (!children[0]->next(row, state)) return false;
      input_ = row;
      branchRow_ = row;
      state.argument = &branchRow_;
      children[1]->open(state);
      inBranch_ = true;
      found_ = false;
    }
  }

 private:
  Row input_, branchRow_;
  bool inBranch_ = false;
  bool found_ = false;
};

// PROFILE: counts the rows an operator produces and the time spent in it (inputs included).
class Profiled : public Operator {
 public:
  Profiled(std::unique_ptr<Operator> inner, OperatorProfile& out) : inner_(std::move(inner)), out_(out) {}
  void open(ExecState& state) override {
    auto start = std::chrono::steady_clock::now();
    inner_->open(state);
    out_.micros += std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
  }
  bool next(Row& row, ExecState& state) override {
    auto start = std::chrono::steady_clock::now();
    bool produced = inner_->next(row, state);
    out_.micros += std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
    if (produced) ++out_.rows;
    return produced;
  }

 private:
  std::unique_ptr<Operator> inner_;
  OperatorProfile& out_;
};

}  // namespace

std::unique_ptr<Operator> makeOperator(const plan::Start&) { return std::make_unique<Start>(); }
std::unique_ptr<Operator> makeOperator(const plan::Argument&) { return std::make_unique<Argument>(); }
std::unique_ptr<Operator> makeOperator(const plan::AllNodesScan& op) { return std::make_unique<AllNodesScan>(op); }
std::unique_ptr<Operator> makeOperator(const plan::LabelScan& op) { return std::make_unique<LabelScan>(op); }
std::unique_ptr<Operator> makeOperator(const plan::NodeByIdSeek& op) { return std::make_unique<NodeByIdSeek>(op); }
std::unique_ptr<Operator> makeOperator(const plan::NodeIndexSeek& op) { return std::make_unique<NodeIndexSeek>(op); }
std::unique_ptr<Operator> makeOperator(const plan::Expand& op) { return std::make_unique<Expand>(op); }
std::unique_ptr<Operator> makeOperator(const plan::Filter& op) { return std::make_unique<Filter>(op); }
std::unique_ptr<Operator> makeOperator(const plan::Project& op) { return std::make_unique<Project>(op); }
std::unique_ptr<Operator> makeOperator(const plan::Distinct& op) { return std::make_unique<Distinct>(op); }
std::unique_ptr<Operator> makeOperator(const plan::Sort& op) { return std::make_unique<Sort>(op); }
std::unique_ptr<Operator> makeOperator(const plan::Skip& op) { return std::make_unique<Skip>(op); }
std::unique_ptr<Operator> makeOperator(const plan::Limit& op) { return std::make_unique<Limit>(op); }
std::unique_ptr<Operator> makeOperator(const plan::Unwind& op) { return std::make_unique<Unwind>(op); }
std::unique_ptr<Operator> makeOperator(const plan::Optional& op) { return std::make_unique<Optional>(op); }
std::unique_ptr<Operator> makeOperator(const plan::Union& op) { return std::make_unique<Union>(op); }

std::unique_ptr<Operator> buildOperators(const PlanNode& plan, std::map<const PlanNode*, OperatorProfile>* profile) {
  std::unique_ptr<Operator> op = std::visit([](const auto& o) { return makeOperator(o); }, plan.op);
  for (const auto& child : plan.children) op->children.push_back(buildOperators(*child, profile));
  if (profile) return std::make_unique<Profiled>(std::move(op), (*profile)[&plan]);
  return op;
}

}  // namespace kgq
