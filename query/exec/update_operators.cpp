// The operators that change the graph: Eager (the read barrier before a write), Create, Merge,
// SetOrRemove and Delete. Every change goes through the query's GraphTransaction, so a
// failure anywhere leaves the graph as it was.
#include "graph/graph_transaction.h"
#include "query/exec/operators.h"

#include <algorithm>

namespace kgq {
namespace {

// What the graph (tables, adjacency, id index) and the undo log keep per created element, roughly.
constexpr std::size_t kCreatedNodeBytes = 128;
constexpr std::size_t kCreatedEdgeBytes = 96;

// The bytes a created element's properties keep, estimated as the guard estimates values.
std::size_t bagBytes(const PropertyBag& bag) {
  std::size_t bytes = 0;
  for (const Property& p : bag) bytes += sizeof(Property) + estimatedBytes(p.value);
  return bytes;
}

GraphTransaction& transactionOf(ExecState& state) {
  if (state.eval.transaction == nullptr) throw Error(ErrorKind::Runtime, "internal: a write outside a transaction");
  return *state.eval.transaction;
}

[[noreturn]] void fail(const std::string& message) { throw Error(ErrorKind::Runtime, message); }

// A value a property can hold: a scalar (temporal values included), or a list of scalars without nulls.
void checkStorable(const Value& v, const std::string& key, std::string_view where) {
  auto scalar = [](const Value& x) { return x.isBool() || x.isInt() || x.isFloat() || x.isString() || x.isTemporal(); };
  if (scalar(v) || v.isNull()) return;
  if (v.isList() && std::all_of(v.asList().begin(), v.asList().end(), scalar)) return;
  fail("Type mismatch: property values can only be scalars or lists of scalars (without nulls), not " +
       v.toCypher().substr(0, 60) + ", for property " + key + " in `" + std::string(where) + "`");
}

// The entries of a property map (a MAP value, or null for none) as a bag.
PropertyBag toBag(const Value& map, GraphTransaction& tx, std::string_view where) {
  PropertyBag bag;
  if (map.isNull()) return bag;
  if (map.isMap()) bag.reserve(map.asMap().size());
  if (!map.isMap()) fail("Type mismatch: expected a map of properties but was " + std::string(kindName(map.kind())) +
                         " in `" + std::string(where) + "`");
  for (const auto& [key, value] : map.asMap()) {
    if (value.isNull()) continue;  // a null property is no property
    checkStorable(value, key, where);
    bag.push_back(Property{tx.key(key), value});
  }
  return bag;
}

// The properties a CREATE / MERGE pattern gives (a map literal, a map-valued expression, or none)
// as a bag. A map literal is evaluated entry by entry straight into the bag, without building the
// intermediate Map (two allocations per entry and a tree insert: most of a bulk CREATE's time);
// the result is the same as toBag of the Map (nulls skipped, errors in the same order).
// `layout` caches the literal's KeyIds and its entries in key order for the rest of the query
// (names interned and sorted once, not per row; ids stay valid while the query runs, and the
// operators live only that long). `where` names the map in messages.
struct MapLiteralLayout {
  std::vector<KeyId> keys;          // by entry as written
  std::vector<std::size_t> order;   // the entries in key order
  std::vector<Value> values;        // scratch: one row's values, as written
};

PropertyBag patternProperties(const BoundExpr* properties, Row& row, ExecState& state, GraphTransaction& tx,
                              std::string_view where, MapLiteralLayout& layout) {
  if (properties == nullptr) return {};
  if (properties->kind != BoundExprKind::MapLiteral) return toBag(evaluate(*properties, row, state.eval), tx, where);
  const std::size_t n = properties->children.size();
  const auto& names = properties->names;
  if (layout.keys.size() != n) {
    layout.keys.clear();
    for (std::size_t i = 0; i < n; ++i) layout.keys.push_back(tx.key(names[i]));
    layout.order.resize(n);
    for (std::size_t i = 0; i < n; ++i) layout.order[i] = i;
    // As toBag over the Map: entries checked in key order (the parser rejects repeated keys).
    std::sort(layout.order.begin(), layout.order.end(), [&](std::size_t a, std::size_t b) { return names[a] < names[b]; });
  }
  std::vector<Value>& values = layout.values;
  values.clear();
  for (std::size_t i = 0; i < n; ++i) values.push_back(evaluate(*properties->children[i], row, state.eval));
  PropertyBag bag;
  bag.reserve(n);
  for (std::size_t i : layout.order) {
    if (values[i].isNull()) continue;
    checkStorable(values[i], names[i], where);
    bag.push_back(Property{layout.keys[i], std::move(values[i])});
  }
  return bag;
}

// The live node at an end of the relationship `relationship` creates (its text, for messages).
NodeIndex liveNode(const Value& v, const std::string& relationship, const PropertyGraph& g) {
  if (v.kind() == ValueKind::NodeRef && g.nodeIsLive(v.asNodeRef().index)) return v.asNodeRef().index;
  const std::string what = "relationship " + relationship;
  if (v.kind() != ValueKind::NodeRef) {
    if (v.isNull()) fail("Cannot create " + what + ": an endpoint is null");
    fail("Type mismatch: expected NODE but was " + std::string(kindName(v.kind())) + " for an endpoint of " + what);
  }
  if (!g.nodeIsLive(v.asNodeRef().index)) fail("Cannot create " + what + ": an endpoint was deleted");
  return v.asNodeRef().index;
}

// The layouts of a pattern's map literals, one per node and relationship (patternProperties).
struct PatternKeys {
  std::vector<MapLiteralLayout> nodes, relationships;
};

void createPattern(const std::vector<CreateNodeSpec>& nodes, const std::vector<CreateRelSpec>& relationships, Row& row,
                   ExecState& state, PatternKeys& keys) {
  GraphTransaction& tx = transactionOf(state);
  keys.nodes.resize(nodes.size());
  keys.relationships.resize(relationships.size());
  for (std::size_t k = 0; k < nodes.size(); ++k) {
    const CreateNodeSpec& spec = nodes[k];
    if (spec.bound) continue;
    PropertyBag bag =
        patternProperties(spec.properties.get(), row, state, tx, spec.properties ? spec.properties->text.view() : "", keys.nodes[k]);
    // The node's key: its `id` property when that is a string no other node has as its key (so a
    // graph built the kgq way keeps id == key), else a generated one. `id` itself stays an
    // ordinary property of any type, and need not be unique.
    std::string id;
    for (const Property& p : bag)
      if (p.key == tx.graph().idKey() && p.value.isString() && !p.value.asString().empty() &&
          !tx.graph().findNode(p.value.asString()))
        id = p.value.asString();
    std::vector<LabelId> labels;
    for (const auto& name : spec.labels) {
      LabelId l = tx.label(name);
      if (std::find(labels.begin(), labels.end(), l) == labels.end()) labels.push_back(l);
    }
    // What the graph and the undo log keep for the node, charged for the rest of the query.
    state.eval.guard.charge(kCreatedNodeBytes + id.size() + labels.size() * sizeof(LabelId) + bagBytes(bag));
    row[spec.slot] = Value(NodeRef{tx.createNode(std::move(id), std::move(labels), std::move(bag))});
  }
  for (std::size_t k = 0; k < relationships.size(); ++k) {
    const CreateRelSpec& spec = relationships[k];
    NodeIndex from = liveNode(row[spec.from], spec.text, tx.graph());
    NodeIndex to = liveNode(row[spec.to], spec.text, tx.graph());
    PropertyBag bag = patternProperties(spec.properties.get(), row, state, tx,
                                        spec.properties ? spec.properties->text.view() : std::string_view(spec.text),
                                        keys.relationships[k]);
    state.eval.guard.charge(kCreatedEdgeBytes + bagBytes(bag));
    row[spec.slot] = Value(EdgeRef{tx.createEdge(tx.type(spec.type), from, to, std::move(bag))});
  }
}

// Sets one property of the entity `target` (null: removes it).
void setProperty(const Value& target, const std::string& key, const Value& value, const UpdateSpec& spec,
                 GraphTransaction& tx) {
  checkStorable(value, key, spec.text);
  if (target.kind() == ValueKind::NodeRef) {
    NodeIndex n = target.asNodeRef().index;
    if (!tx.graph().nodeIsLive(n)) return;
    tx.setNodeProperty(n, tx.key(key), value);
  } else {
    EdgeIndex e = target.asEdgeRef().index;
    if (!tx.graph().edgeIsLive(e)) return;
    tx.setEdgeProperty(e, tx.key(key), value);
  }
}

// The target of a SET / REMOVE item: a live node or relationship, or null (the item is skipped).
bool entityTarget(const Value& target, const UpdateSpec& spec) {
  if (target.isNull()) return false;
  if (target.kind() != ValueKind::NodeRef && target.kind() != ValueKind::EdgeRef)
    fail("Type mismatch: expected NODE or RELATIONSHIP but was " + std::string(kindName(target.kind())) + " in `" +
         spec.text + "`");
  return true;
}

void applyUpdate(const UpdateSpec& spec, Row& row, ExecState& state) {
  GraphTransaction& tx = transactionOf(state);
  const PropertyGraph& g = tx.graph();
  Value target = evaluate(*spec.target, row, state.eval);
  if (!entityTarget(target, spec)) return;
  bool isNode = target.kind() == ValueKind::NodeRef;
  switch (spec.kind) {
    case UpdateKind::SetProperty:
      setProperty(target, spec.key, evaluate(*spec.value, row, state.eval), spec, tx);
      return;
    case UpdateKind::RemoveProperty:
      setProperty(target, spec.key, Value(), spec, tx);
      return;
    case UpdateKind::ReplaceProperties:
    case UpdateKind::MergeProperties: {
      Value source = evaluate(*spec.value, row, state.eval);
      // SET n = m copies the properties of a node or relationship m.
      Map entries = source.kind() == ValueKind::NodeRef || source.kind() == ValueKind::EdgeRef
                        ? entityProperties(source, g)
                        : source.isNull() ? Map{} : source.isMap() ? source.asMap() : Map{};
      if (!source.isNull() && !source.isMap() && source.kind() != ValueKind::NodeRef &&
          source.kind() != ValueKind::EdgeRef)
        fail("Type mismatch: expected a map but was " + std::string(kindName(source.kind())) + " in `" + spec.text + "`");
      if (spec.kind == UpdateKind::ReplaceProperties) {
        for (const auto& [key, value] : entityProperties(target, g))
          if (!entries.count(key)) setProperty(target, key, Value(), spec, tx);
      }
      for (const auto& [key, value] : entries) setProperty(target, key, value, spec, tx);
      return;
    }
    case UpdateKind::AddLabels:
    case UpdateKind::RemoveLabels:
      if (!isNode) fail("Labels can only be set on nodes, in `" + spec.text + "`");
      if (!g.nodeIsLive(target.asNodeRef().index)) return;
      for (const auto& name : spec.labels) {
        if (spec.kind == UpdateKind::AddLabels) tx.addLabel(target.asNodeRef().index, tx.label(name));
        else if (auto label = g.labelNames().find(name)) tx.removeLabel(target.asNodeRef().index, *label);
      }
      return;
  }
}

// Reads every input row before passing the first one on.
class Eager : public Operator {
 public:
  void open(ExecState& state) override {
    Operator::open(state);
    rows_.clear();
    held_.clear();
    rowBytes_.clear();
    position_ = 0;
    Row row(state.rowSize);
    while (children[0]->next(row, state)) {
      state.tick();
      held_.add(state.eval.guard, rowBytes_(row));
      rows_.push_back(row);
    }
  }
  bool next(Row& row, ExecState&) override {
    if (position_ >= rows_.size()) return false;
    row = std::move(rows_[position_++]);
    return true;
  }

 protected:
  std::vector<Row> rows_;
  std::size_t position_ = 0;
  HeldBytes held_;
  RowBytes rowBytes_;
};

class Create : public OperatorOf<plan::Create> {
 public:
  using OperatorOf::OperatorOf;
  bool next(Row& row, ExecState& state) override {
    if (!children[0]->next(row, state)) return false;
    createPattern(op_.nodes, op_.relationships, row, state, keys_);
    return true;
  }

 private:
  PatternKeys keys_;
};

class SetOrRemove : public OperatorOf<plan::SetOrRemove> {
 public:
  using OperatorOf::OperatorOf;
  bool next(Row& row, ExecState& state) override {
    if (!children[0]->next(row, state)) return false;
    for (const UpdateSpec& spec : op_.items) applyUpdate(spec, row, state);
    return true;
  }
};

// MERGE: each input row either matches the pattern (every match goes on, after ON MATCH SET) or
// creates it (after which ON CREATE SET runs). Later rows see what earlier rows created.
class Merge : public OperatorOf<plan::Merge> {
 public:
  using OperatorOf::OperatorOf;

  // MERGE (n {p: null}) could never match what it creates: openCypher makes it an error.
  void refuseNullProperties(Row& row, ExecState& state) {
    auto check = [&](const BoundExprPtr& map) {
      if (!map) return;
      Value value = evaluate(*map, row, state.eval);
      if (!value.isMap()) return;
      for (const auto& [key, v] : value.asMap())
        if (v.isNull()) fail("Cannot merge using a null property value for `" + key + "` in `" + map->text + "`");
    };
    for (const CreateNodeSpec& spec : op_.nodes)
      if (!spec.bound) check(spec.properties);
    for (const CreateRelSpec& spec : op_.relationships) check(spec.properties);
  }
  void open(ExecState& state) override {
    children[0]->open(state);
    pending_.clear();
    position_ = 0;
  }
  bool next(Row& row, ExecState& state) override {
    if (position_ < pending_.size()) {
      row = std::move(pending_[position_++]);
      return true;
    }
    if (!children[0]->next(row, state)) return false;
    pending_.clear();
    position_ = 0;
    Row branch = row;
    state.argument = &branch;
    children[1]->open(state);
    while (children[1]->next(branch, state)) pending_.push_back(branch);
    if (pending_.empty()) {
      refuseNullProperties(row, state);
      createPattern(op_.nodes, op_.relationships, row, state, keys_);
      for (const UpdateSpec& spec : op_.onCreate) applyUpdate(spec, row, state);
      return true;
    }
    for (Row& match : pending_)
      for (const UpdateSpec& spec : op_.onMatch) applyUpdate(spec, match, state);
    row = std::move(pending_[position_++]);
    return true;
  }

 private:
  std::vector<Row> pending_;
  std::size_t position_ = 0;
  PatternKeys keys_;
};

// DELETE / DETACH DELETE: gathers the targets of all rows, deletes relationships first, then
// nodes; a node that still has relationships (without DETACH) is an error. Then passes the rows on.
class Delete : public Eager {
 public:
  explicit Delete(const plan::Delete& op) : op_(op) {}
  void open(ExecState& state) override {
    Eager::open(state);  // all rows first: targets of every row are deleted together
    GraphTransaction& tx = transactionOf(state);
    const PropertyGraph& g = tx.graph();
    std::vector<NodeIndex> nodes;
    std::vector<EdgeIndex> edges;
    for (Row& row : rows_)
      for (const auto& target : op_.targets) collect(evaluate(*target, row, state.eval), *target, nodes, edges);
    // An edge listed twice (a self-loop, or one that several rows name) is deleted once: the
    // first deletion makes it dead at once.
    auto deleteEdge = [&](EdgeIndex e) {
      if (g.edgeIsLive(e)) tx.deleteEdge(e);
    };
    for (EdgeIndex e : edges) deleteEdge(e);
    std::vector<EdgeIndex> incident;
    for (NodeIndex n : nodes) {
      if (!g.nodeIsLive(n)) continue;
      if (op_.detach) {
        incident.clear();
        g.forEachOutEdge(n, [&](EdgeIndex e, NodeIndex, TypeId) { incident.push_back(e); });
        g.forEachInEdge(n, [&](EdgeIndex e, NodeIndex, TypeId) { incident.push_back(e); });
        for (EdgeIndex e : incident) deleteEdge(e);
      } else if (g.outDegree(n) + g.inDegree(n) > 0) {
        fail("Cannot delete node '" + std::string(g.nodeId(n)) +
             "' because it still has relationships; delete them first, or use DETACH DELETE");
      }
      tx.deleteNode(n);
    }
  }

 private:
  const plan::Delete& op_;

  static void collect(const Value& v, const BoundExpr& where, std::vector<NodeIndex>& nodes,
                      std::vector<EdgeIndex>& edges) {
    switch (v.kind()) {
      case ValueKind::Null: return;
      case ValueKind::NodeRef: nodes.push_back(v.asNodeRef().index); return;
      case ValueKind::EdgeRef: edges.push_back(v.asEdgeRef().index); return;
      case ValueKind::PathRef:
        for (auto n : v.asPathRef().nodes) nodes.push_back(n);
        for (auto e : v.asPathRef().edges) edges.push_back(e);
        return;
      case ValueKind::List:
        for (const Value& item : v.asList()) collect(item, where, nodes, edges);
        return;
      default:
        typeMismatch("NODE, RELATIONSHIP or PATH", v, where);
    }
  }
};

}  // namespace

std::unique_ptr<Operator> makeOperator(const plan::Eager&) { return std::make_unique<Eager>(); }
std::unique_ptr<Operator> makeOperator(const plan::Create& op) { return std::make_unique<Create>(op); }
std::unique_ptr<Operator> makeOperator(const plan::Merge& op) { return std::make_unique<Merge>(op); }
std::unique_ptr<Operator> makeOperator(const plan::SetOrRemove& op) { return std::make_unique<SetOrRemove>(op); }
std::unique_ptr<Operator> makeOperator(const plan::Delete& op) { return std::make_unique<Delete>(op); }

}  // namespace kgq
