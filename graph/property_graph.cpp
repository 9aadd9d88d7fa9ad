#include "graph/property_graph.h"

#include <algorithm>
#include <cstring>
#include <mutex>

namespace kgq {

namespace {
// The overflow of an adjacency may grow to this many entries, or half its base, before the base
// is rebuilt: a rebuild is O(nodes + edges), so this keeps writes amortized O(1).
constexpr std::size_t kMinOverflow = 1 << 16;
}  // namespace

PropertyGraph::PropertyGraph() {
  labelSetOf({});  // set 0: no labels
  idKey_ = keyNames_.intern("id");
  createIndex(PropertyIndex::kAnyLabel, keyNames_.intern("name"));
}

bool PropertyGraph::idPropertyIsKey(NodeIndex n) const {
  Value id = nodeProperties_.get(n, idKey_);
  return id.isString() && id.asString() == nodeIds_.get(n);
}

bool PropertyGraph::trackId(NodeIndex n, bool add) {
  if (idPropertyIsKey(n)) return true;
  idMismatches_ = add ? idMismatches_ + 1 : idMismatches_ - 1;
  Value id = nodeProperties_.get(n, idKey_);
  if (id.isNull()) return false;  // no `id`: no equality finds it
  if (add) otherIds_.insert(id, n, idsOf());
  else otherIds_.erase(id, n);
  return false;
}

void PropertyGraph::refreshIdIsKeyFlag(NodeIndex n) {
  std::size_t slot = idSlotOf(nodeIds_.get(n));
  if (slot == std::string::npos || idSlots_[slot].node != n) return;
  idSlots_[slot].setIdIsKey(idPropertyIsKey(n));
}

void PropertyGraph::retrackIds() {
  idMismatches_ = 0;
  otherIds_.clear();
  // In node order first (the property reads are sequential), then the flags in slot order.
  std::vector<bool> isKey(nodeIds_.size());
  for (std::size_t i = 0; i < nodeIds_.size(); ++i) {
    if (!nodeLive_[i]) continue;
    isKey[i] = trackId(static_cast<NodeIndex>(i), true);
  }
  for (IdSlot& slot : idSlots_)
    if (slot.node != kEmptySlot && slot.node != kDeletedSlot) slot.setIdIsKey(isKey[slot.node]);
}

std::vector<NodeIndex> PropertyGraph::nodesWithId(const Value& id) const {
  std::vector<NodeIndex> found;
  appendNodesWithId(id, found);
  return found;
}

void PropertyGraph::appendNodesWithId(const Value& id, std::vector<NodeIndex>& out) const {
  const std::size_t first = out.size();
  NodeSpan others = otherIds_.find(id, idsOf());
  out.insert(out.end(), others.begin(), others.end());
  if (!id.isString()) return;
  std::size_t slot = idSlotOf(id.asString());
  if (slot == std::string::npos || !(idSlots_[slot].tag & kIdIsKeyBit)) return;
  NodeIndex byKey = idSlots_[slot].node;
  out.insert(std::lower_bound(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), byKey), byKey);
}

PropertyBag PropertyGraph::nodePropertiesBesideKey(NodeIndex n, bool* hasId) const {
  PropertyBag bag = nodeProperties_.properties(n);
  auto id = std::find_if(bag.begin(), bag.end(), [&](const Property& p) { return p.key == idKey_; });
  if (hasId) *hasId = id != bag.end();
  if (id != bag.end() && id->value.isString() && id->value.asString() == nodeIds_.get(n)) bag.erase(id);
  return bag;
}

void defaultIdProperty(PropertyBag& properties, const std::string& key, KeyId idKey) {
  for (const Property& p : properties)
    if (p.key == idKey) return;
  properties.push_back(Property{idKey, Value(key)});
}

// ---- id index ----

std::size_t PropertyGraph::idSlotOf(std::string_view id, std::size_t hash) const {
  if (idSlots_.empty()) return std::string::npos;
  // The slot form of `id` (length tag, zero-padded prefix), so each probe is a fixed-size compare.
  const std::uint8_t length = lengthTag(id);
  char prefix[kInlineId] = {};
  std::memcpy(prefix, id.data(), std::min(id.size(), kInlineId));
  std::size_t mask = idSlots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const IdSlot& slot = idSlots_[i];
    if (slot.node == kEmptySlot) return std::string::npos;
    if (slot.node == kDeletedSlot || slot.length() != length || std::memcmp(slot.prefix, prefix, kInlineId) != 0) continue;
    if (length != kLongId || nodeIds_.get(slot.node) == id) return i;
  }
}

PropertyGraph::IdSlot PropertyGraph::idSlotFor(NodeIndex n) const {
  std::string_view id = nodeIds_.get(n);
  IdSlot slot{n, static_cast<std::uint8_t>(lengthTag(id) | (idPropertyIsKey(n) ? kIdIsKeyBit : 0)), {}};
  std::memcpy(slot.prefix, id.data(), std::min(id.size(), kInlineId));
  return slot;
}

std::size_t PropertyGraph::idSlotHash(const IdSlot& slot) const {
  std::uint8_t length = slot.length();
  if (length == kLongId) return std::hash<std::string_view>()(nodeIds_.get(slot.node));
  return std::hash<std::string_view>()(std::string_view(slot.prefix, length));
}

void PropertyGraph::idIndexGrow() {
  std::size_t size = idSlots_.empty() ? 64 : idSlots_.size();
  while (liveNodes_ * 2 + 2 > size) size *= 2;  // room for the live entries at most half full
  std::vector<IdSlot> old(size, IdSlot{kEmptySlot, 0, {}});
  old.swap(idSlots_);
  idSlotsUsed_ = 0;
  // Moves the live slots as they are: no id is compared (they are distinct) and an inline id is
  // hashed from the slot, so growing reads the old table in order and nothing else; the targets
  // of a group are prefetched before any is written.
  const std::size_t mask = idSlots_.size() - 1;
  constexpr std::size_t kGroup = 16;
  std::size_t targets[kGroup];
  const IdSlot* group[kGroup];
  for (std::size_t first = 0; first < old.size();) {
    std::size_t n = 0;
    for (; n < kGroup && first < old.size(); ++first) {
      const IdSlot& slot = old[first];
      if (slot.node == kEmptySlot || slot.node == kDeletedSlot) continue;
      group[n] = &slot;
      targets[n] = idSlotHash(slot) & mask;
      __builtin_prefetch(&idSlots_[targets[n]], 1);
      ++n;
    }
    for (std::size_t i = 0; i < n; ++i) {
      std::size_t at = targets[i];
      while (idSlots_[at].node != kEmptySlot) at = (at + 1) & mask;
      idSlots_[at] = *group[i];
      ++idSlotsUsed_;
    }
  }
}

void PropertyGraph::idIndexInsert(NodeIndex n) {
  if ((idSlotsUsed_ + 1) * 2 > idSlots_.size()) idIndexGrow();
  std::size_t mask = idSlots_.size() - 1;
  std::size_t i = std::hash<std::string_view>()(nodeIds_.get(n)) & mask;
  while (idSlots_[i].node != kEmptySlot && idSlots_[i].node != kDeletedSlot) i = (i + 1) & mask;
  if (idSlots_[i].node == kEmptySlot) ++idSlotsUsed_;
  idSlots_[i] = idSlotFor(n);
}

NodeIndex PropertyGraph::rebuildIdIndex() {
  idSlots_.clear();
  idSlotsUsed_ = 0;
  idIndexGrow();  // sized for liveNodes_: no growth below
  std::size_t mask = idSlots_.size() - 1;
  constexpr std::size_t kGroup = 16;
  std::size_t hashes[kGroup];
  NodeIndex group[kGroup];
  NodeIndex duplicate = kEmptySlot;
  for (std::size_t first = 0; first < nodeIds_.size();) {
    std::size_t n = 0;
    for (; n < kGroup && first < nodeIds_.size(); ++first) {
      if (!nodeLive_[first]) continue;
      group[n] = static_cast<NodeIndex>(first);
      hashes[n] = std::hash<std::string_view>()(nodeIds_.get(first));
      __builtin_prefetch(&idSlots_[hashes[n] & mask]);
      ++n;
    }
    for (std::size_t i = 0; i < n; ++i) {
      std::string_view id = nodeIds_.get(group[i]);
      IdSlot slot = idSlotFor(group[i]);
      std::size_t at = hashes[i] & mask;
      for (; idSlots_[at].node != kEmptySlot; at = (at + 1) & mask) {
        const IdSlot& other = idSlots_[at];
        if (other.length() == slot.length() && std::memcmp(other.prefix, slot.prefix, kInlineId) == 0 &&
            (slot.length() != kLongId || nodeIds_.get(other.node) == id))
          duplicate = group[i];
      }
      idSlots_[at] = slot;
      ++idSlotsUsed_;
    }
  }
  return duplicate;
}

void PropertyGraph::idIndexErase(NodeIndex n) {
  std::size_t slot = idSlotOf(nodeIds_.get(n));
  if (slot != std::string::npos && idSlots_[slot].node == n) idSlots_[slot].node = kDeletedSlot;
}

// ---- label sets ----

std::uint32_t PropertyGraph::labelSetOf(const std::vector<LabelId>& labels) {
  // Nodes come in runs of one label set (a load, a bulk CREATE): try the last one first.
  if (lastLabelSet_ < labelSets_.size() && labelSets_[lastLabelSet_] == labels) return lastLabelSet_;
  auto it = labelSetIds_.find(labels);
  if (it != labelSetIds_.end()) return lastLabelSet_ = it->second;
  std::uint64_t bits = 0;
  for (LabelId l : labels)
    if (l < 64) bits |= std::uint64_t{1} << l;
  auto id = static_cast<std::uint32_t>(labelSets_.size());
  labelSets_.push_back(labels);
  labelSetBits_.push_back(bits);
  labelSetIds_.emplace(labels, id);
  return id;
}

bool PropertyGraph::hasLabelSlow(std::uint32_t set, LabelId label) const {
  const auto& labels = labelSets_[set];
  return std::find(labels.begin(), labels.end(), label) != labels.end();
}

// ---- nodes ----

NodeIndex PropertyGraph::addNode(std::string_view id, const std::vector<LabelId>& labels, const PropertyBag& properties) {
  auto index = static_cast<NodeIndex>(nodeIds_.size());
  std::uint32_t set = labelSetOf(labels);
  for (LabelId label : labels) {
    if (label >= labelIndex_.size()) labelIndex_.resize(label + 1);
    labelIndex_[label].push_back(index);
  }
  nodeIds_.resize(index + std::size_t{1});
  nodeIds_.set(index, id);
  nodeLabelSet_.push_back(set);
  nodeLive_.push_back(1);
  for (const Property& p : properties) nodeProperties_.set(index, p.key, p.value);
  idIndexInsert(index);
  ++liveNodes_;
  trackId(index, true);
  indexNode(index, true);
  return index;
}

std::optional<NodeIndex> PropertyGraph::findNode(std::string_view id) const {
  std::size_t slot = idSlotOf(id);
  if (slot == std::string::npos) return std::nullopt;
  return idSlots_[slot].node;
}

void PropertyGraph::findNodes(const std::string_view* ids, std::size_t count, std::optional<NodeIndex>* out) const {
  // Hash and prefetch a group, then probe it: by the time a probe runs its slot is in cache.
  constexpr std::size_t kGroup = 16;
  std::size_t hashes[kGroup];
  for (std::size_t first = 0; first < count; first += kGroup) {
    std::size_t n = std::min(kGroup, count - first);
    for (std::size_t i = 0; i < n; ++i) {
      hashes[i] = std::hash<std::string_view>()(ids[first + i]);
      if (!idSlots_.empty()) __builtin_prefetch(&idSlots_[hashes[i] & (idSlots_.size() - 1)]);
    }
    for (std::size_t i = 0; i < n; ++i) {
      std::size_t slot = idSlotOf(ids[first + i], hashes[i]);
      out[first + i] = slot == std::string::npos ? std::nullopt : std::optional<NodeIndex>(idSlots_[slot].node);
    }
  }
}

const std::vector<NodeIndex>& PropertyGraph::nodesWithLabel(LabelId label) const {
  static const std::vector<NodeIndex> none;
  if (label >= labelIndex_.size()) return none;
  if (label < labelIsStale_.size() && labelIsStale_[label]) compactLabel(label);
  return labelIndex_[label];
}

void PropertyGraph::markLabelStale(LabelId label) {
  if (label >= labelIsStale_.size()) labelIsStale_.resize(label + std::size_t{1}, 0);
  if (labelIsStale_[label]) return;
  labelIsStale_[label] = 1;
  staleLabels_.push_back(label);
}

void PropertyGraph::listUnderLabel(LabelId label, NodeIndex n) {
  std::vector<NodeIndex>& listed = labelIndex_[label];
  if (!listed.empty() && listed.back() >= n) markLabelStale(label);  // out of order, or listed still
  listed.push_back(n);
}

void PropertyGraph::compactLabel(LabelId label) const {
  std::vector<NodeIndex>& listed = labelIndex_[label];
  listed.erase(std::remove_if(listed.begin(), listed.end(),
                              [&](NodeIndex n) { return !nodeLive_[n] || !nodeHasLabel(n, label); }),
               listed.end());
  if (std::adjacent_find(listed.begin(), listed.end(), std::greater_equal<NodeIndex>()) != listed.end()) {
    std::sort(listed.begin(), listed.end());
    listed.erase(std::unique(listed.begin(), listed.end()), listed.end());
  }
  labelIsStale_[label] = 0;
}

void PropertyGraph::compactLabels() const {
  for (LabelId label : staleLabels_)
    if (label < labelIndex_.size() && labelIsStale_[label]) compactLabel(label);
  staleLabels_.clear();
}

EdgeIndex PropertyGraph::addEdge(TypeId type, NodeIndex from, NodeIndex to, const PropertyBag& properties) {
  auto index = static_cast<EdgeIndex>(edgeType_.size());
  edgeFrom_.push_back(from);
  edgeTo_.push_back(to);
  edgeType_.push_back(type);
  edgeLive_.push_back(1);
  for (const Property& p : properties) edgeProperties_.set(index, p.key, p.value);
  if (type >= typeCounts_.size()) typeCounts_.resize(type + 1, 0);
  ++typeCounts_[type];
  ++liveEdges_;
  if (!bulkLoading_) listNewEdges();
  return index;
}

// ---- topology ----

void PropertyGraph::listNewEdges() {
  std::size_t unlisted = edgeType_.size() - listedEdges_;
  if (unlisted == 0) return;
  if (out_.overflowSize() + unlisted > std::max(kMinOverflow, out_.baseSize() / 2)) {
    rebuildAdjacency();
    return;
  }
  for (std::size_t e = listedEdges_; e < edgeType_.size(); ++e) {
    auto edge = static_cast<EdgeIndex>(e);
    out_.append(edgeFrom_[e], AdjacencyEntry{edge, edgeTo_[e], edgeType_[e]});
    in_.append(edgeTo_[e], AdjacencyEntry{edge, edgeFrom_[e], edgeType_[e]});
  }
  listedEdges_ = edgeType_.size();
}

void PropertyGraph::rebuildAdjacency() {
  out_.rebuild(nodeIds_.size(), edgeType_.size(), edgeFrom_, edgeTo_, edgeType_);
  in_.rebuild(nodeIds_.size(), edgeType_.size(), edgeTo_, edgeFrom_, edgeType_);
  listedEdges_ = edgeType_.size();
}

void PropertyGraph::endBulkLoad() {
  bulkLoading_ = false;
  listNewEdges();
}

std::size_t PropertyGraph::liveDegree(const Adjacency& adjacency, NodeIndex n) const {
  if (deadEdges_ == 0) return adjacency.size(n);
  std::size_t live = 0;
  adjacency.forEach(n, [&](const AdjacencyEntry& a) { live += edgeLive_[a.edge]; });
  return live;
}

// ---- changes ----

void PropertyGraph::removeEdge(EdgeIndex e) {
  edgeLive_[e] = 0;
  ++deadEdges_;
  --typeCounts_[edgeType_[e]];
  --liveEdges_;
}

void PropertyGraph::restoreEdge(EdgeIndex e) {
  edgeLive_[e] = 1;
  --deadEdges_;
  ++typeCounts_[edgeType_[e]];
  ++liveEdges_;
}


void PropertyGraph::removeNode(NodeIndex n) {
  indexNode(n, false);
  idIndexErase(n);
  nodeLive_[n] = 0;
  for (LabelId label : nodeLabels(n)) markLabelStale(label);
  --liveNodes_;
  trackId(n, false);
}

void PropertyGraph::restoreNode(NodeIndex n) {
  nodeLive_[n] = 1;
  ++liveNodes_;
  trackId(n, true);
  for (LabelId label : nodeLabels(n)) listUnderLabel(label, n);
  idIndexInsert(n);
  indexNode(n, true);
}

Value PropertyGraph::setNodeProperty(NodeIndex n, KeyId key, Value value) {
  bool tracked = key == idKey_ && nodeLive_[n];
  if (tracked) trackId(n, false);
  if (nodeLive_[n]) indexProperty(n, key, false);
  Value previous = nodeProperties_.set(n, key, std::move(value));
  if (nodeLive_[n]) indexProperty(n, key, true);
  if (tracked) {
    trackId(n, true);
    refreshIdIsKeyFlag(n);
  }
  return previous;
}

Value PropertyGraph::setEdgeProperty(EdgeIndex e, KeyId key, Value value) {
  return edgeProperties_.set(e, key, std::move(value));
}

bool PropertyGraph::addNodeLabel(NodeIndex n, LabelId label, std::size_t position) {
  if (nodeHasLabel(n, label)) return false;
  if (label >= labelIndex_.size()) labelIndex_.resize(label + 1);
  std::vector<LabelId> labels = nodeLabels(n);
  labels.insert(labels.begin() + static_cast<std::ptrdiff_t>(std::min(position, labels.size())), label);
  nodeLabelSet_[n] = labelSetOf(labels);
  listUnderLabel(label, n);
  if (nodeLive_[n]) indexLabel(n, label, true);
  return true;
}

bool PropertyGraph::removeNodeLabel(NodeIndex n, LabelId label) {
  if (!nodeHasLabel(n, label)) return false;
  if (nodeLive_[n]) indexLabel(n, label, false);
  std::vector<LabelId> labels = nodeLabels(n);
  labels.erase(std::find(labels.begin(), labels.end(), label));
  nodeLabelSet_[n] = labelSetOf(labels);
  markLabelStale(label);
  return true;
}

std::string PropertyGraph::generateNodeId() {
  std::string id;
  do {
    id = "_:" + std::to_string(++generatedIds_);
  } while (findNode(id));
  return id;
}

bool PropertyGraph::renameNode(NodeIndex n, std::string_view id) {
  if (auto other = findNode(id)) return *other == n;
  bool tracked = nodeLive_[n] != 0;
  if (tracked) trackId(n, false);
  idIndexErase(n);
  nodeIds_.set(n, id);
  idIndexInsert(n);
  if (tracked) trackId(n, true);
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
  propertyIndexes_.push_back(IndexSlot{PropertyIndex(label, key)});
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
    for (std::size_t n = 0; n < nodeLive_.size(); ++n)
      if (nodeLive_[n]) all.push_back(static_cast<NodeIndex>(n));
    candidates = &all;
  } else {
    candidates = &nodesWithLabel(slot.index.label());
  }
  const PropertyIndex::ValueOf valueOf = valuesOf(slot.index);
  for (NodeIndex n : *candidates) {
    Value v = nodeProperty(n, slot.index.key());
    if (!v.isNull()) slot.index.insert(v, n, valueOf);
  }
  slot.built->store(true, std::memory_order_release);
}

NodeSpan PropertyGraph::indexLookup(LabelId label, KeyId key, const Value& value) const {
  auto* slot = const_cast<IndexSlot*>(findIndex(label, key));
  if (!slot->isBuilt()) {
    static std::mutex buildLock;  // builds are rare: one lock for every graph is enough
    std::lock_guard<std::mutex> guard(buildLock);
    if (!slot->isBuilt()) buildIndex(*slot);
  }
  return slot->index.find(value, valuesOf(slot->index));
}

void PropertyGraph::indexValue(IndexSlot& slot, NodeIndex n, bool add) {
  Value v = nodeProperty(n, slot.index.key());
  if (v.isNull()) return;
  if (add) slot.index.insert(v, n, valuesOf(slot.index));
  else slot.index.erase(v, n);
}

void PropertyGraph::indexNode(NodeIndex n, bool add) {
  for (IndexSlot& slot : propertyIndexes_)
    if (slot.isBuilt() && indexCovers(slot, n)) indexValue(slot, n, add);
}

void PropertyGraph::indexProperty(NodeIndex n, KeyId key, bool add) {
  for (IndexSlot& slot : propertyIndexes_)
    if (slot.isBuilt() && slot.index.key() == key && indexCovers(slot, n)) indexValue(slot, n, add);
}

void PropertyGraph::indexLabel(NodeIndex n, LabelId label, bool add) {
  for (IndexSlot& slot : propertyIndexes_)
    if (slot.isBuilt() && slot.index.label() == label) indexValue(slot, n, add);
}

PropertyGraph::Mark PropertyGraph::mark() const {
  return Mark{nodeIds_.size(), edgeType_.size(), labelNames_.size(), typeNames_.size(), keyNames_.size(), labelSets_.size()};
}

void PropertyGraph::rollback(const Mark& mark) {
  bulkLoading_ = false;
  for (std::size_t e = mark.edges; e < edgeType_.size(); ++e) {
    if (edgeLive_[e]) {
      --typeCounts_[edgeType_[e]];
      --liveEdges_;
    } else {
      --deadEdges_;
    }
  }
  edgeFrom_.resize(mark.edges);
  edgeTo_.resize(mark.edges);
  edgeType_.resize(mark.edges);
  edgeLive_.resize(mark.edges);
  edgeProperties_.truncate(mark.edges, mark.keys);
  compactLabels();  // (the lists' newest nodes are then at their backs)
  // (Every node table has the same length, unless an allocation failed halfway through addNode.)
  for (std::size_t i = std::min(nodeLive_.size(), nodeLabelSet_.size()); i-- > mark.nodes;) {
    auto n = static_cast<NodeIndex>(i);
    if (nodeLive_[n]) {
      indexNode(n, false);
      for (LabelId label : nodeLabels(n)) labelIndex_[label].pop_back();  // appended last, so at the back
      if (i < nodeIds_.size()) trackId(n, false);
      idIndexErase(n);
      --liveNodes_;
    }
  }
  nodeIds_.resize(mark.nodes);
  nodeLabelSet_.resize(mark.nodes);
  nodeLive_.resize(mark.nodes);
  nodeProperties_.truncate(mark.nodes, mark.keys);
  if (out_.baseSize() > mark.edges) {
    rebuildAdjacency();
  } else {
    out_.dropOverflowFrom(static_cast<EdgeIndex>(mark.edges));
    in_.dropOverflowFrom(static_cast<EdgeIndex>(mark.edges));
    listedEdges_ = std::min(listedEdges_, mark.edges);
  }
  // Undo put every older node back on a set older than the mark: the newer sets are unused.
  while (labelSets_.size() > std::max<std::size_t>(mark.labelSets, 1)) {
    labelSetIds_.erase(labelSets_.back());
    labelSets_.pop_back();
    labelSetBits_.pop_back();
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
  uniqueConstraints_.erase(std::remove_if(uniqueConstraints_.begin(), uniqueConstraints_.end(),
                                          [&](const UniqueConstraint& c) {
                                            return c.key >= mark.keys || c.label >= mark.labels;
                                          }),
                           uniqueConstraints_.end());
  if (labelIndex_.size() > mark.labels) labelIndex_.resize(mark.labels);
  if (typeCounts_.size() > mark.types) typeCounts_.resize(mark.types);
}

}  // namespace kgq
