#include "graph/graph_transaction.h"

#include <algorithm>

namespace kgq {

GraphTransaction::GraphTransaction(PropertyGraph& graph) : graph_(graph), mark_(graph.mark()) {}

void GraphTransaction::record(Undo::Kind kind, std::uint32_t index, NameId name, Value previous, std::string previousId) {
  Undo undo;
  undo.kind = kind;
  undo.index = index;
  undo.name = name;
  undo.previous = std::move(previous);
  undo.previousId = std::move(previousId);
  log_.push_back(std::move(undo));
}

Change& GraphTransaction::redo(Change::Kind kind, std::uint32_t index) {
  redo_.emplace_back();
  redo_.back().kind = kind;
  redo_.back().index = index;
  return redo_.back();
}

CommitRecord GraphTransaction::changeRecord() const {
  CommitRecord record;
  record.labelBase = static_cast<std::uint32_t>(mark_.labels);
  record.typeBase = static_cast<std::uint32_t>(mark_.types);
  record.keyBase = static_cast<std::uint32_t>(mark_.keys);
  for (std::size_t i = mark_.labels; i < graph_.labelNames().size(); ++i) record.labels.push_back(graph_.labelNames().name(static_cast<NameId>(i)));
  for (std::size_t i = mark_.types; i < graph_.typeNames().size(); ++i) record.types.push_back(graph_.typeNames().name(static_cast<NameId>(i)));
  for (std::size_t i = mark_.keys; i < graph_.keyNames().size(); ++i) record.keys.push_back(graph_.keyNames().name(static_cast<NameId>(i)));
  record.generatedIds = graph_.generatedIdCount();
  record.changes = redo_;
  return record;
}

GraphTransaction::~GraphTransaction() {
  if (open_) rollback();
}

namespace {
// A null property is no property. (Moves the bag through when it holds none, as it mostly does.)
PropertyBag withoutNulls(PropertyBag properties) {
  if (std::none_of(properties.begin(), properties.end(), [](const Property& p) { return p.value.isNull(); }))
    return properties;
  PropertyBag stored;
  for (Property& p : properties)
    if (!p.value.isNull()) stored.push_back(std::move(p));
  return stored;
}
}  // namespace

NodeIndex GraphTransaction::createNode(std::string id, std::vector<LabelId> labels, PropertyBag properties) {
  if (id.empty()) id = graph_.generateNodeId();
  PropertyBag stored = withoutNulls(std::move(properties));
  ++stats_.nodesCreated;
  stats_.labelsAdded += labels.size();
  stats_.propertiesSet += stored.size();
  // Created elements need no undo entry: rollback truncates back to the mark.
  if (!recording_) {
    NodeIndex n = graph_.addNode(std::move(id), std::move(labels), std::move(stored));
    checkUniqueness(n);
    return n;
  }
  NodeIndex n = graph_.addNode(id, labels, stored);
  Change& c = redo(Change::Kind::CreateNode, n);
  c.id = std::move(id);
  c.labels = std::move(labels);
  c.properties = std::move(stored);
  checkUniqueness(n);
  return n;
}

void GraphTransaction::checkUniqueness(NodeIndex n) const {
  if (graph_.uniqueConstraints().empty()) return;
  std::string why = graph_.uniquenessViolation(n);
  if (!why.empty()) throw Error(ErrorKind::Runtime, why);
}

EdgeIndex GraphTransaction::createEdge(TypeId type, NodeIndex from, NodeIndex to, PropertyBag properties) {
  PropertyBag stored = withoutNulls(std::move(properties));
  ++stats_.relationshipsCreated;
  stats_.propertiesSet += stored.size();
  EdgeIndex e = graph_.addEdge(type, from, to, stored);
  if (recording_) {
    Change& c = redo(Change::Kind::CreateEdge, e);
    c.a = type;
    c.b = from;
    c.c = to;
    c.properties = std::move(stored);
  }
  return e;
}

void GraphTransaction::deleteEdge(EdgeIndex e) {
  record(Undo::DeleteEdge, e);
  graph_.removeEdge(e);
  if (recording_) redo(Change::Kind::DeleteEdge, e);
  ++stats_.relationshipsDeleted;
  stats_.propertiesRemoved += graph_.edgePropertyCount(e);
}

void GraphTransaction::deleteNode(NodeIndex n) {
  record(Undo::DeleteNode, n);
  graph_.removeNode(n);
  if (recording_) redo(Change::Kind::DeleteNode, n);
  ++stats_.nodesDeleted;
  stats_.labelsRemoved += graph_.nodeLabels(n).size();
  stats_.propertiesRemoved += graph_.nodePropertyCount(n);
}

void GraphTransaction::setNodeProperty(NodeIndex n, KeyId key, Value value) {
  bool setting = !value.isNull();
  if (recording_) {
    Change& c = redo(Change::Kind::SetNodeProperty, n);
    c.a = key;
    c.value = value;
  }
  Value previous = graph_.setNodeProperty(n, key, std::move(value));
  if (!previous.isNull()) ++stats_.propertiesRemoved;
  if (setting) ++stats_.propertiesSet;
  // A node created by this transaction needs no undo: rollback truncates it, properties and all.
  if (n < mark_.nodes) record(Undo::NodeProperty, n, key, std::move(previous));
  if (setting) checkUniqueness(n);
}

void GraphTransaction::setEdgeProperty(EdgeIndex e, KeyId key, Value value) {
  bool setting = !value.isNull();
  if (recording_) {
    Change& c = redo(Change::Kind::SetEdgeProperty, e);
    c.a = key;
    c.value = value;
  }
  Value previous = graph_.setEdgeProperty(e, key, std::move(value));
  if (!previous.isNull()) ++stats_.propertiesRemoved;
  if (setting) ++stats_.propertiesSet;
  if (e < mark_.edges) record(Undo::EdgeProperty, e, key, std::move(previous));  // (as for nodes)
}

void GraphTransaction::addLabel(NodeIndex n, LabelId label) {
  if (!graph_.addNodeLabel(n, label)) return;
  ++stats_.labelsAdded;
  record(Undo::AddLabel, n, label);
  if (recording_) redo(Change::Kind::AddLabel, n).a = label;
  checkUniqueness(n);
}

void GraphTransaction::removeLabel(NodeIndex n, LabelId label) {
  const std::vector<LabelId> labels = graph_.nodeLabels(n);
  const auto position = static_cast<std::int64_t>(std::find(labels.begin(), labels.end(), label) - labels.begin());
  if (!graph_.removeNodeLabel(n, label)) return;
  ++stats_.labelsRemoved;
  record(Undo::RemoveLabel, n, label, Value(position));  // undo puts it back in its place
  if (recording_) redo(Change::Kind::RemoveLabel, n).a = label;
}

bool GraphTransaction::renameNode(NodeIndex n, std::string id) {
  std::string previous = std::string(graph_.nodeId(n));
  if (previous == id) return true;
  if (!graph_.renameNode(n, std::move(id))) return false;
  ++stats_.propertiesSet;
  record(Undo::Rename, n, 0, Value(), std::move(previous));
  if (recording_) redo(Change::Kind::RenameNode, n).id = graph_.nodeId(n);
  return true;
}

void GraphTransaction::commit() {
  graph_.compactLabels();  // before the writer lock goes: readers share the graph and never compact
  log_.clear();
  redo_.clear();
  open_ = false;
}

void GraphTransaction::rollback() {
  // Undo in reverse order, so each inverse meets the state its change left behind; then drop
  // everything created since the mark.
  for (auto it = log_.rbegin(); it != log_.rend(); ++it) {
    switch (it->kind) {
      case Undo::DeleteEdge: graph_.restoreEdge(it->index); break;
      case Undo::DeleteNode: graph_.restoreNode(it->index); break;
      case Undo::NodeProperty: graph_.setNodeProperty(it->index, it->name, it->previous); break;
      case Undo::EdgeProperty: graph_.setEdgeProperty(it->index, it->name, it->previous); break;
      case Undo::AddLabel: graph_.removeNodeLabel(it->index, it->name); break;
      case Undo::RemoveLabel:
        graph_.addNodeLabel(it->index, it->name, static_cast<std::size_t>(it->previous.asInt()));
        break;
      case Undo::Rename: graph_.renameNode(it->index, it->previousId); break;
    }
  }
  log_.clear();
  redo_.clear();
  graph_.rollback(mark_);
  open_ = false;
}

}  // namespace kgq
