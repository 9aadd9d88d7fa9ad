#include "graph/property_graph.h"

#include <algorithm>

namespace kgq {

const Value* findProperty(const PropertyBag& bag, KeyId key) {
  for (const Property& p : bag)
    if (p.key == key) return &p.value;
  return nullptr;
}

// ---- id index ----

std::size_t PropertyGraph::idSlotOf(std::string_view id) const {
  if (idSlots_.empty()) return std::string::npos;
  std::size_t mask = idSlots_.size() - 1;
  for (std::size_t i = std::hash<std::string_view>()(id) & mask;; i = (i + 1) & mask) {
    NodeIndex n = idSlots_[i];
    if (n == kEmptySlot) return std::string::npos;
    if (n != kDeletedSlot && nodes_[n].id == id) return i;
  }
}

void PropertyGraph::idIndexGrow() {
  std::size_t size = idSlots_.empty() ? 64 : idSlots_.size();
  while (liveNodes_ * 2 + 2 > size) size *= 2;  // room for the live entries at most half full
  std::vector<NodeIndex> old(size, kEmptySlot);
  old.swap(idSlots_);
  idSlotsUsed_ = 0;
  for (NodeIndex n : old)
    if (n != kEmptySlot && n != kDeletedSlot) idIndexInsert(n);
}

void PropertyGraph::idIndexInsert(NodeIndex n) {
  if ((idSlotsUsed_ + 1) * 2 > idSlots_.size()) idIndexGrow();
  std::size_t mask = idSlots_.size() - 1;
  std::size_t i = std::hash<std::string_view>()(nodes_[n].id) & mask;
  while (idSlots_[i] != kEmptySlot && idSlots_[i] != kDeletedSlot) i = (i + 1) & mask;
  if (idSlots_[i] == kEmptySlot) ++idSlotsUsed_;
  idSlots_[i] = n;
}

void PropertyGraph::idIndexErase(NodeIndex n) {
  std::size_t slot = idSlotOf(nodes_[n].id);
  if (slot != std::string::npos && idSlots_[slot] == n) idSlots_[slot] = kDeletedSlot;
}

// ---- nodes ----

NodeIndex PropertyGraph::addNode(std::string id, std::vector<LabelId> labels, PropertyBag properties) {
  NodeIndex index = static_cast<NodeIndex>(nodes_.size());
  // Allocate everything that can fail before changing anything, so a bad_alloc leaves the graph
  // as it was (a failed load relies on that to roll back).
  if (nodes_.size() == nodes_.capacity()) nodes_.reserve(nodes_.empty() ? 16 : nodes_.size() * 2);
  for (LabelId label : labels) {
    if (label >= labelIndex_.size()) labelIndex_.resize(label + 1);
    auto& members = labelIndex_[label];
    if (members.size() == members.capacity()) members.reserve(members.empty() ? 16 : members.size() * 2);
  }
  if ((idSlotsUsed_ + 1) * 2 > idSlots_.size()) idIndexGrow();
  boost::add_vertex(topology_);
  for (LabelId label : labels) labelIndex_[label].push_back(index);  // capacity reserved above
  nodes_.push_back(NodeRecord{std::move(id), std::move(labels), std::move(properties), true});
  idIndexInsert(index);  // cannot grow: room was made above
  ++liveNodes_;
  return index;
}

bool PropertyGraph::nodeHasLabel(NodeIndex n, LabelId label) const {
  const auto& labels = nodes_[n].labels;
  return std::find(labels.begin(), labels.end(), label) != labels.end();
}

std::optional<NodeIndex> PropertyGraph::findNode(std::string_view id) const {
  std::size_t slot = idSlotOf(id);
  if (slot == std::string::npos) return std::nullopt;
  return idSlots_[slot];
}

const std::vector<NodeIndex>& PropertyGraph::nodesWithLabel(LabelId label) const {
  static const std::vector<NodeIndex> none;
  return label < labelIndex_.size() ? labelIndex_[label] : none;
}

EdgeIndex PropertyGraph::addEdge(TypeId type, NodeIndex from, NodeIndex to, PropertyBag properties) {
  EdgeIndex index = static_cast<EdgeIndex>(edges_.size());
  edges_.push_back(EdgeRecord{from, to, type, true, std::move(properties)});
  boost::add_edge(from, to, EdgeSlot{index, type}, topology_);
  if (type >= typeCounts_.size()) typeCounts_.resize(type + 1, 0);
  ++typeCounts_[type];
  ++liveEdges_;
  return index;
}

// ---- changes ----

void PropertyGraph::removeEdge(EdgeIndex e) {
  EdgeRecord& r = edges_[e];
  boost::remove_out_edge_if(r.from, [&](const auto& ed) { return topology_[ed].index == e; }, topology_);
  r.live = false;
  --typeCounts_[r.type];
  --liveEdges_;
}

void PropertyGraph::restoreEdge(EdgeIndex e) {
  EdgeRecord& r = edges_[e];
  boost::add_edge(r.from, r.to, EdgeSlot{e, r.type}, topology_);
  r.live = true;
  ++typeCounts_[r.type];
  ++liveEdges_;
}

namespace {
void insertSorted(std::vector<NodeIndex>& v, NodeIndex n) { v.insert(std::lower_bound(v.begin(), v.end(), n), n); }
void eraseSorted(std::vector<NodeIndex>& v, NodeIndex n) {
  auto it = std::lower_bound(v.begin(), v.end(), n);
  if (it != v.end() && *it == n) v.erase(it);
}
}  // namespace

void PropertyGraph::removeNode(NodeIndex n) {
  NodeRecord& r = nodes_[n];
  idIndexErase(n);
  for (LabelId label : r.labels) eraseSorted(labelIndex_[label], n);
  r.live = false;
  --liveNodes_;
}

void PropertyGraph::restoreNode(NodeIndex n) {
  NodeRecord& r = nodes_[n];
  r.live = true;
  ++liveNodes_;
  for (LabelId label : r.labels) insertSorted(labelIndex_[label], n);
  idIndexInsert(n);
}

namespace {
Value setInBag(PropertyBag& bag, KeyId key, Value value) {
  for (auto it = bag.begin(); it != bag.end(); ++it) {
    if (it->key != key) continue;
    Value previous = std::move(it->value);
    if (value.isNull()) bag.erase(it);
    else it->value = std::move(value);
    return previous;
  }
  if (!value.isNull()) bag.push_back(Property{key, std::move(value)});
  return Value();
}
}  // namespace

Value PropertyGraph::setNodeProperty(NodeIndex n, KeyId key, Value value) {
  return setInBag(nodes_[n].properties, key, std::move(value));
}

Value PropertyGraph::setEdgeProperty(EdgeIndex e, KeyId key, Value value) {
  return setInBag(edges_[e].properties, key, std::move(value));
}

bool PropertyGraph::addNodeLabel(NodeIndex n, LabelId label) {
  if (nodeHasLabel(n, label)) return false;
  if (label >= labelIndex_.size()) labelIndex_.resize(label + 1);
  nodes_[n].labels.push_back(label);
  insertSorted(labelIndex_[label], n);
  return true;
}

bool PropertyGraph::removeNodeLabel(NodeIndex n, LabelId label) {
  auto& labels = nodes_[n].labels;
  auto it = std::find(labels.begin(), labels.end(), label);
  if (it == labels.end()) return false;
  labels.erase(it);
  eraseSorted(labelIndex_[label], n);
  return true;
}

bool PropertyGraph::renameNode(NodeIndex n, std::string id) {
  if (auto other = findNode(id)) return *other == n;
  idIndexErase(n);
  nodes_[n].id = std::move(id);
  idIndexInsert(n);
  return true;
}

PropertyGraph::Mark PropertyGraph::mark() const {
  return Mark{nodes_.size(), edges_.size(), labelNames_.size(), typeNames_.size(), keyNames_.size()};
}

void PropertyGraph::rollback(const Mark& mark) {
  while (edges_.size() > mark.edges) {
    const EdgeRecord& e = edges_.back();
    EdgeIndex index = static_cast<EdgeIndex>(edges_.size() - 1);
    boost::remove_out_edge_if(e.from, [&](const auto& ed) { return topology_[ed].index == index; }, topology_);
    --typeCounts_[e.type];
    --liveEdges_;
    edges_.pop_back();
  }
  while (nodes_.size() > mark.nodes) {
    NodeIndex index = static_cast<NodeIndex>(nodes_.size() - 1);
    NodeRecord& n = nodes_.back();
    for (LabelId label : n.labels) labelIndex_[label].pop_back();  // appended last, so at the back
    idIndexErase(index);
    boost::remove_vertex(index, topology_);  // the last vertex: no renumbering of others
    --liveNodes_;
    nodes_.pop_back();
  }
  labelNames_.truncate(mark.labels);
  typeNames_.truncate(mark.types);
  keyNames_.truncate(mark.keys);
  if (labelIndex_.size() > mark.labels) labelIndex_.resize(mark.labels);
  if (typeCounts_.size() > mark.types) typeCounts_.resize(mark.types);
}

}  // namespace kgq
