#include "graph/property_graph.h"

#include <algorithm>

namespace kgq {

PropertyGraph::PropertyGraph() { createIndex(PropertyIndex::kAnyLabel, keyNames_.intern("name")); }

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
  indexNode(index, true);
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
  indexNode(n, false);
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
  indexNode(n, true);
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
  if (nodes_[n].live) indexProperty(n, key, false);
  Value previous = setInBag(nodes_[n].properties, key, std::move(value));
  if (nodes_[n].live) indexProperty(n, key, true);
  return previous;
}

Value PropertyGraph::setEdgeProperty(EdgeIndex e, KeyId key, Value value) {
  return setInBag(edges_[e].properties, key, std::move(value));
}

bool PropertyGraph::addNodeLabel(NodeIndex n, LabelId label) {
  if (nodeHasLabel(n, label)) return false;
  if (label >= labelIndex_.size()) labelIndex_.resize(label + 1);
  nodes_[n].labels.push_back(label);
  insertSorted(labelIndex_[label], n);
  if (nodes_[n].live) indexLabel(n, label, true);
  return true;
}

bool PropertyGraph::removeNodeLabel(NodeIndex n, LabelId label) {
  auto& labels = nodes_[n].labels;
  auto it = std::find(labels.begin(), labels.end(), label);
  if (it == labels.end()) return false;
  if (nodes_[n].live) indexLabel(n, label, false);
  labels.erase(it);
  eraseSorted(labelIndex_[label], n);
  return true;
}

std::string PropertyGraph::generateNodeId() {
  std::string id;
  do {
    id = "_:" + std::to_string(++generatedIds_);
  } while (findNode(id));
  return id;
}

bool PropertyGraph::renameNode(NodeIndex n, std::string id) {
  if (auto other = findNode(id)) return *other == n;
  idIndexErase(n);
  nodes_[n].id = std::move(id);
  idIndexInsert(n);
  return true;
}

// ---- property indexes ----

const PropertyGraph::IndexSlot* PropertyGraph::findIndex(LabelId label, KeyId key) const {
  for (const IndexSlot& slot : propertyIndexes_)
    if (slot.index.label() == label && slot.index.key() == key) return &slot;
  return nullptr;
}

bool PropertyGraph::createIndex(LabelId label, KeyId key) {
  if (findIndex(label, key)) return false;
  propertyIndexes_.push_back(IndexSlot{PropertyIndex(label, key), false});
  return true;
}

bool PropertyGraph::dropIndex(LabelId label, KeyId key) {
  for (auto it = propertyIndexes_.begin(); it != propertyIndexes_.end(); ++it) {
    if (it->index.label() != label || it->index.key() != key) continue;
    propertyIndexes_.erase(it);
    return true;
  }
  return false;
}

std::vector<std::pair<LabelId, KeyId>> PropertyGraph::indexes() const {
  std::vector<std::pair<LabelId, KeyId>> out;
  for (const IndexSlot& slot : propertyIndexes_) out.emplace_back(slot.index.label(), slot.index.key());
  return out;
}

void PropertyGraph::buildIndex(IndexSlot& slot) const {
  const std::vector<NodeIndex>* candidates = nullptr;
  std::vector<NodeIndex> all;
  if (slot.index.label() == PropertyIndex::kAnyLabel) {
    for (std::size_t n = 0; n < nodes_.size(); ++n)
      if (nodes_[n].live) all.push_back(static_cast<NodeIndex>(n));
    candidates = &all;
  } else {
    candidates = &nodesWithLabel(slot.index.label());
  }
  for (NodeIndex n : *candidates)
    if (const Value* v = nodeProperty(n, slot.index.key())) slot.index.insert(*v, n);
  slot.built = true;
}

const std::vector<NodeIndex>& PropertyGraph::indexLookup(LabelId label, KeyId key, const Value& value) const {
  auto* slot = const_cast<IndexSlot*>(findIndex(label, key));
  if (!slot->built) buildIndex(*slot);
  return slot->index.find(value);
}

void PropertyGraph::indexNode(NodeIndex n, bool add) {
  for (IndexSlot& slot : propertyIndexes_) {
    if (!slot.built || !indexCovers(slot, n)) continue;
    if (const Value* v = nodeProperty(n, slot.index.key())) add ? slot.index.insert(*v, n) : slot.index.erase(*v, n);
  }
}

void PropertyGraph::indexProperty(NodeIndex n, KeyId key, bool add) {
  for (IndexSlot& slot : propertyIndexes_) {
    if (!slot.built || slot.index.key() != key || !indexCovers(slot, n)) continue;
    if (const Value* v = nodeProperty(n, key)) add ? slot.index.insert(*v, n) : slot.index.erase(*v, n);
  }
}

void PropertyGraph::indexLabel(NodeIndex n, LabelId label, bool add) {
  for (IndexSlot& slot : propertyIndexes_) {
    if (!slot.built || slot.index.label() != label) continue;
    if (const Value* v = nodeProperty(n, slot.index.key())) add ? slot.index.insert(*v, n) : slot.index.erase(*v, n);
  }
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
    if (n.live) indexNode(index, false);
    for (LabelId label : n.labels) labelIndex_[label].pop_back();  // appended last, so at the back
    idIndexErase(index);
    boost::remove_vertex(index, topology_);  // the last vertex: no renumbering of others
    --liveNodes_;
    nodes_.pop_back();
  }
  labelNames_.truncate(mark.labels);
  typeNames_.truncate(mark.types);
  keyNames_.truncate(mark.keys);
  // Indexes on names that no longer exist go too (created by a write that is being undone).
  propertyIndexes_.erase(std::remove_if(propertyIndexes_.begin(), propertyIndexes_.end(),
                                        [&](const IndexSlot& slot) {
                                          return slot.index.key() >= mark.keys ||
                                                 (slot.index.label() != PropertyIndex::kAnyLabel &&
                                                  slot.index.label() >= mark.labels);
                                        }),
                         propertyIndexes_.end());
  if (labelIndex_.size() > mark.labels) labelIndex_.resize(mark.labels);
  if (typeCounts_.size() > mark.types) typeCounts_.resize(mark.types);
}

}  // namespace kgq
