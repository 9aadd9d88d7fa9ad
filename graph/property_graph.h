// PropertyGraph: kgq's in-memory labelled property graph. Nodes and edges are rows of flat tables
// indexed by NodeIndex / EdgeIndex: node ids, label sets and liveness by node; endpoints, type and
// liveness by edge; properties by column (graph/property_store.h). Topology is a pair of
// compressed-sparse-row adjacencies, outgoing and incoming (graph/adjacency.h), so incoming edges
// are as cheap as outgoing ones. Names of labels, relationship types and property keys are
// interned to 32-bit ids.
//
// Promises: NodeIndex/EdgeIndex values are stable for the life of the graph (a removed element
// leaves a dead slot, never renumbers others); node ids are unique among live nodes; the label
// index lists every live node with that label in increasing index order; traversal visits a
// node's edges in increasing edge order and never allocates. Not thread-safe for writes.
#pragma once

#include "graph/interner.h"
#include "graph/adjacency.h"
#include "graph/property_index.h"
#include "graph/property_store.h"
#include "graph/string_column.h"

#include <kgq/value.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kgq {

using NodeIndex = std::uint32_t;
using EdgeIndex = std::uint32_t;
using LabelId = NameId;
using TypeId = NameId;

class PropertyGraph {
 public:
  // A new graph has one index already: `name` over all nodes, built when first used.
  PropertyGraph();
  PropertyGraph(const PropertyGraph&) = delete;
  PropertyGraph& operator=(const PropertyGraph&) = delete;
  // Movable, so that a graph read from a snapshot replaces another whole or not at all.
  PropertyGraph(PropertyGraph&&) = default;
  PropertyGraph& operator=(PropertyGraph&&) = default;

  Interner& labelNames() { return labelNames_; }
  Interner& typeNames() { return typeNames_; }
  Interner& keyNames() { return keyNames_; }
  const Interner& labelNames() const { return labelNames_; }
  const Interner& typeNames() const { return typeNames_; }
  const Interner& keyNames() const { return keyNames_; }
  // Moves whenever a label, type or key name is added or forgotten (Interner::generation): what
  // is resolved against the names stays right while it stands still.
  std::uint64_t namesGeneration() const {
    return labelNames_.generation() + typeNames_.generation() + keyNames_.generation();
  }

  // ---- Nodes ----
  // Adds a node. The caller guarantees `id` is not in use (see findNode), labels are unique and
  // property keys are unique.
  NodeIndex addNode(std::string_view id, const std::vector<LabelId>& labels, const PropertyBag& properties);
  std::size_t nodeCount() const { return liveNodes_; }
  // One past the largest NodeIndex ever handed out (dead slots included).
  std::size_t nodeSlots() const { return nodeIds_.size(); }
  bool nodeIsLive(NodeIndex n) const { return n < nodeLive_.size() && nodeLive_[n]; }
  // Valid until the next node is added, renamed or rolled back.
  std::string_view nodeId(NodeIndex n) const { return nodeIds_.get(n); }
  // The node's labels, in the order they were given.
  const std::vector<LabelId>& nodeLabels(NodeIndex n) const { return labelSets_[nodeLabelSet_[n]]; }
  bool nodeHasLabel(NodeIndex n, LabelId label) const {
    std::uint32_t set = nodeLabelSet_[n];
    if (label < 64) return (labelSetBits_[set] >> label) & 1;
    return hasLabelSlow(set, label);
  }
  // The property `key` of node n, or a null Value when it has none.
  Value nodeProperty(NodeIndex n, KeyId key) const { return nodeProperties_.get(n, key); }
  // Every property of node n, in increasing key order.
  PropertyBag nodeProperties(NodeIndex n) const { return nodeProperties_.properties(n); }
  std::size_t nodePropertyCount(NodeIndex n) const { return nodeProperties_.count(n); }
  // The column of node property `key` (for scans that read one key of many nodes), or nullptr.
  const PropertyColumn* nodePropertyColumn(KeyId key) const { return nodeProperties_.column(key); }
  std::optional<NodeIndex> findNode(std::string_view id) const;
  // A node's key (nodeId) is its identity; `id` is an ordinary property, which for nodes loaded
  // from a kgq-graph file without one is the key (defaultIdProperty). The live nodes whose `id`
  // property equals `id` (as DISTINCT compares), in increasing index order: through the key index
  // for nodes whose `id` is their key, and an index kept of the other nodes' ids.
  std::vector<NodeIndex> nodesWithId(const Value& id) const;
  // nodesWithId(id) appended to `out` (a seek reuses one buffer for all its input rows).
  void appendNodesWithId(const Value& id, std::vector<NodeIndex>& out) const;
  KeyId idKey() const { return idKey_; }
  bool idPropertiesAreKeys() const { return idMismatches_ == 0; }
  bool idPropertyIsKey(NodeIndex n) const;
  // What a file writer stores for node n beside its key: its properties less an `id` property
  // that is the key (the formats imply it). `hasId` says whether the node has an `id` at all.
  PropertyBag nodePropertiesBesideKey(NodeIndex n, bool* hasId = nullptr) const;
  // findNode for many ids at once (out[i] for ids[i]): the index's memory accesses overlap, which
  // makes a large batch several times faster than one lookup after another.
  void findNodes(const std::string_view* ids, std::size_t count, std::optional<NodeIndex>* out) const;
  // Live nodes carrying `label`, in increasing index order.
  const std::vector<NodeIndex>& nodesWithLabel(LabelId label) const;
  // Brings every label's list of nodes up to date (see labelIndex_).
  void compactLabels() const;

  // ---- Edges ----
  // Adds an edge. The caller guarantees property keys are unique.
  EdgeIndex addEdge(TypeId type, NodeIndex from, NodeIndex to, const PropertyBag& properties);
  std::size_t edgeCount() const { return liveEdges_; }
  std::size_t edgeSlots() const { return edgeType_.size(); }
  bool edgeIsLive(EdgeIndex e) const { return e < edgeLive_.size() && edgeLive_[e]; }
  TypeId edgeType(EdgeIndex e) const { return edgeType_[e]; }
  NodeIndex edgeSource(EdgeIndex e) const { return edgeFrom_[e]; }
  NodeIndex edgeTarget(EdgeIndex e) const { return edgeTo_[e]; }
  Value edgeProperty(EdgeIndex e, KeyId key) const { return edgeProperties_.get(e, key); }
  PropertyBag edgeProperties(EdgeIndex e) const { return edgeProperties_.properties(e); }
  std::size_t edgePropertyCount(EdgeIndex e) const { return edgeProperties_.count(e); }
  // The column of edge property `key`, or nullptr.
  const PropertyColumn* edgePropertyColumn(KeyId key) const { return edgeProperties_.column(key); }
  // Live edges of `type`, counted.
  std::size_t edgeCountOfType(TypeId type) const { return type < typeCounts_.size() ? typeCounts_[type] : 0; }

  // ---- Bulk loading ----
  // Between these two calls, addEdge only records edges; endBulkLoad() then builds the adjacency
  // once, which is far cheaper in time and peak memory than growing it edge by edge. Traversals
  // in between do not see the new edges. rollback() may be called instead of endBulkLoad().
  void beginBulkLoad() { bulkLoading_ = true; }
  void endBulkLoad();

  // ---- Changes (write queries). Each has an exact inverse, so GraphTransaction can undo. ----
  // Removes a live edge / restores a removed one (its record is kept while dead).
  void removeEdge(EdgeIndex e);
  void restoreEdge(EdgeIndex e);
  // Removes a live node that has no live edges / restores a removed one.
  void removeNode(NodeIndex n);
  void restoreNode(NodeIndex n);
  // Sets a property (a null value removes it); returns the previous value (null if there was none).
  Value setNodeProperty(NodeIndex n, KeyId key, Value value);
  Value setEdgeProperty(EdgeIndex e, KeyId key, Value value);
  // Adds / removes a label; false if the node already had / did not have it.
  // `position`: where among n's labels the new one goes (the end by default; undo puts a removed
  // label back where it was, so the node returns to its very label set).
  bool addNodeLabel(NodeIndex n, LabelId label, std::size_t position = SIZE_MAX);
  bool removeNodeLabel(NodeIndex n, LabelId label);
  // Gives node n a new id; false (and no change) if another live node has it.
  bool renameNode(NodeIndex n, std::string_view id);
  // A fresh id for a node created without one: "_:1", "_:2", ... never handed out twice by this
  // graph (not even after the node is deleted) and not in use.
  std::string generateNodeId();
  // How many ids generateNodeId has handed out; the log and snapshot keep it, so a reopened graph
  // never hands out an id twice.
  std::uint64_t generatedIdCount() const { return generatedIds_; }
  void setGeneratedIdCount(std::uint64_t count) { generatedIds_ = std::max(generatedIds_, count); }

  // Calls f(EdgeIndex, NodeIndex other, TypeId) for each live edge leaving / entering node n.
  template <class F> void forEachOutEdge(NodeIndex n, F&& f) const { forEachLive(out_, n, f); }
  template <class F> void forEachInEdge(NodeIndex n, F&& f) const { forEachLive(in_, n, f); }
  // Live edges leaving / entering node n.
  std::size_t outDegree(NodeIndex n) const { return liveDegree(out_, n); }
  std::size_t inDegree(NodeIndex n) const { return liveDegree(in_, n); }
  // The adjacencies themselves, for iterator-based readers (graph/analytics/boost_view.h). They
  // list removed edges too: test edgeIsLive. Edges added during a bulk load are not listed yet.
  const Adjacency& outAdjacency() const { return out_; }
  const Adjacency& inAdjacency() const { return in_; }
  // False while no edge was ever removed: readers may then skip the liveness test.
  bool hasRemovedEdges() const { return deadEdges_ != 0; }

  // ---- Property indexes ----
  // Creates an index of `key` over the nodes labelled `label` (PropertyIndex::kAnyLabel: all
  // nodes); false if it exists. dropIndex: false if there was none.
  bool createIndex(LabelId label, KeyId key);
  bool dropIndex(LabelId label, KeyId key);
  bool hasIndex(LabelId label, KeyId key) const { return findIndex(label, key) != nullptr; }
  // The nodes whose `key` equals `value`, among those labelled `label` (or all), through the index.
  // Precondition: hasIndex(label, key).
  // The nodes listed are valid until the graph next changes.
  NodeSpan indexLookup(LabelId label, KeyId key, const Value& value) const;
  // (label, key) of every index, in creation order.
  std::vector<std::pair<LabelId, KeyId>> indexes() const;

  // ---- Uniqueness constraints (graph/unique_constraints.cpp) ----
  // No two live nodes labelled `label` hold equal values of `key` (nodes without it excepted),
  // backed by the property index on (label, key), made for it if missing and dropped with it.
  struct UniqueConstraint {
    LabelId label;
    KeyId key;
    std::string name;
  };
  // False if a constraint on (label, key) exists. Throws Error(Runtime) naming two nodes that
  // break it if the graph holds them, and changes nothing then.
  bool createUniqueConstraint(LabelId label, KeyId key, const std::string& name);
  // False if there is none; drops the backing index too.
  bool dropUniqueConstraint(LabelId label, KeyId key);
  const std::vector<UniqueConstraint>& uniqueConstraints() const { return uniqueConstraints_; }
  const UniqueConstraint* findUniqueConstraint(LabelId label, KeyId key) const;
  // Why node n breaks a constraint (another node with its label holds its value), or "".
  std::string uniquenessViolation(NodeIndex n) const;
  // The first violation among the nodes from `first` on (those a load added), or "".
  std::string uniquenessViolationFrom(NodeIndex first) const;

  // ---- Undo ----
  // A point the graph can go back to, as long as only additions happened since (a failed load).
  struct Mark {
    std::size_t nodes, edges, labels, types, keys;
    std::size_t labelSets;  // (sets made since may name labels the rollback forgets)
  };
  Mark mark() const;
  // Removes everything added after `mark`. Precondition: nothing was removed since.
  void rollback(const Mark& mark);

  // ---- Self-checks (graph/graph_consistency.cpp), for fuzz targets and tests ----
  // "" when every internal invariant holds, else the first one found broken, in words: the tables
  // agree in length, counts agree with liveness, live edges join live nodes, both adjacencies
  // list every edge once at the right ends, the label, id and property indexes agree with the
  // nodes, and no live element has an empty id, label or type (a file could not hold it).
  std::string consistencyProblem() const;
  // A text that differs when anything a query or a load can change differs: every live node and
  // edge by index with its id, labels, type, endpoints and properties (values with their types),
  // the interned names and the indexes. Equal fingerprints: the graph is exactly as it was, as
  // far as any reader can tell (dead slots and the count of generated ids are left out).
  std::string fingerprint() const;

 private:
  friend class storage::SnapshotCodec;
  Interner labelNames_, typeNames_, keyNames_;

  // Nodes, by NodeIndex.
  StringColumn nodeIds_;  // 16 bytes a node (ids up to 15 bytes inline), not a std::string
  std::vector<std::uint32_t> nodeLabelSet_;  // into labelSets_
  std::vector<std::uint8_t> nodeLive_;
  PropertyStore nodeProperties_;
  // The distinct label lists nodes carry, each stored once (a deque: references stay valid), with
  // a bitmask of the labels below 64 for a one-load nodeHasLabel.
  std::deque<std::vector<LabelId>> labelSets_;
  std::vector<std::uint64_t> labelSetBits_;
  std::map<std::vector<LabelId>, std::uint32_t> labelSetIds_;
  std::uint32_t lastLabelSet_ = 0;  // the set labelSetOf found last
  std::uint32_t labelSetOf(const std::vector<LabelId>& labels);
  bool hasLabelSlow(std::uint32_t set, LabelId label) const;

  // Edges, by EdgeIndex.
  std::vector<std::uint32_t> edgeFrom_, edgeTo_, edgeType_;
  std::vector<std::uint8_t> edgeLive_;
  PropertyStore edgeProperties_;
  KeyId idKey_ = 0;
  std::size_t idMismatches_ = 0;  // live nodes whose `id` property is not their key
  PropertyIndex otherIds_{PropertyIndex::kAnyLabel, 0};  // their `id` values (not null)
  // Keeps idMismatches_ and otherIds_ right: called with false before a change to node n's key,
  // `id` or liveness, with true after. Returns whether node n's `id` property is its key.
  bool trackId(NodeIndex n, bool add);
  // Sets the id index's kIdIsKeyBit of node n anew (after its `id` property changed).
  void refreshIdIsKeyFlag(NodeIndex n);
  // Recomputes what trackId keeps, and the id index's flags, for tables filled wholesale (a
  // snapshot read): call once the node properties are in.
  void retrackIds();
  std::size_t deadEdges_ = 0;  // removed edge records (while 0, traversal skips the liveness test)

  // Topology. Edges [0, listedEdges_) are in both adjacencies; later ones only during a bulk load.
  Adjacency out_, in_;
  std::size_t listedEdges_ = 0;
  bool bulkLoading_ = false;
  void listNewEdges();
  void rebuildAdjacency();
  template <class F>
  void forEachLive(const Adjacency& adjacency, NodeIndex n, F& f) const {
    adjacency.forEach(n, [&](const AdjacencyEntry& a) {
      if (deadEdges_ != 0 && !edgeLive_[a.edge]) return;
      f(a.edge, a.other, a.type);
    });
  }
  std::size_t liveDegree(const Adjacency& adjacency, NodeIndex n) const;

  // Open-addressing index from node id to NodeIndex, at most half full. A slot keeps ids of up to
  // kInlineId bytes inline, so a lookup touches one cache line instead of also loading the id of
  // every node on its probe path (a large load does ten million lookups); longer ids keep their
  // first bytes as a filter and are compared with nodeIds_. The slot also caches whether the node's
  // `id` property is this key, so a seek by `id` needs no property read (nodesWithId).
  static constexpr std::size_t kInlineId = 11;
  struct IdSlot {
    NodeIndex node;
    std::uint8_t tag;  // the id's length (or kLongId), plus kIdIsKeyBit
    char prefix[kInlineId];
    std::uint8_t length() const { return tag & ~kIdIsKeyBit; }
    void setIdIsKey(bool isKey) { tag = static_cast<std::uint8_t>(length() | (isKey ? kIdIsKeyBit : 0)); }
  };
  static constexpr std::uint8_t kLongId = 0x7F;
  static constexpr std::uint8_t kIdIsKeyBit = 0x80;
  static std::uint8_t lengthTag(std::string_view id) {
    return id.size() <= kInlineId ? static_cast<std::uint8_t>(id.size()) : kLongId;
  }
  // The slot form of node n's key, with its kIdIsKeyBit.
  IdSlot idSlotFor(NodeIndex n) const;
  // The hash of the id a live slot holds, from the slot itself when the id is inline.
  std::size_t idSlotHash(const IdSlot& slot) const;
  std::vector<IdSlot> idSlots_;
  std::size_t idSlotsUsed_ = 0;  // live entries plus deleted markers
  static constexpr NodeIndex kEmptySlot = 0xFFFFFFFF;
  static constexpr NodeIndex kDeletedSlot = 0xFFFFFFFE;
  std::size_t idSlotOf(std::string_view id) const { return idSlotOf(id, std::hash<std::string_view>()(id)); }
  std::size_t idSlotOf(std::string_view id, std::size_t hash) const;  // the slot holding id, or npos
  void idIndexInsert(NodeIndex n);
  // Refills the id index with every live node, hashing and prefetching in groups (a snapshot's
  // million nodes go in several times faster than one by one). Returns a node whose id another
  // live node has too, or kEmptySlot if the ids are unique.
  NodeIndex rebuildIdIndex();
  void idIndexErase(NodeIndex n);
  void idIndexGrow();
  // The nodes of each label (by LabelId), in increasing order — except the labels listed in
  // staleLabels_, whose lists may still hold nodes deleted or unlabelled since, and nodes put back
  // out of order or twice (by undo): deleting k nodes of a label then costs one pass over its list
  // at the next read, where erasing each from a sorted vector cost k passes. nodesWithLabel, undo
  // and GraphTransaction's commit and rollback compact them (so a reader on another thread, which
  // never runs beside a writer, never finds one stale).
  mutable std::vector<std::vector<NodeIndex>> labelIndex_;
  mutable std::vector<LabelId> staleLabels_;
  mutable std::vector<std::uint8_t> labelIsStale_;  // by LabelId
  void markLabelStale(LabelId label);
  void listUnderLabel(LabelId label, NodeIndex n);  // n has `label` again (undo, or a label added)
  void compactLabel(LabelId label) const;

  // Property indexes, built lazily: an index is filled on its first lookup and kept current from
  // then on, so an index nobody queries costs nothing.
  // Concurrent readers may both find an index unbuilt: the first builds it under a lock, and
  // `built` (atomic, boxed so that slots stay movable) publishes the finished index to the rest.
  struct IndexSlot {
    PropertyIndex index;
    std::unique_ptr<std::atomic<bool>> built = std::make_unique<std::atomic<bool>>(false);
    bool isBuilt() const { return built->load(std::memory_order_acquire); }
  };
  mutable std::vector<IndexSlot> propertyIndexes_;
  std::vector<UniqueConstraint> uniqueConstraints_;
  const IndexSlot* findIndex(LabelId label, KeyId key) const;
  bool indexCovers(const IndexSlot& slot, NodeIndex n) const {
    return slot.index.label() == PropertyIndex::kAnyLabel || nodeHasLabel(n, slot.index.label());
  }
  void indexNode(NodeIndex n, bool add);                                     // every index it belongs to
  void indexProperty(NodeIndex n, KeyId key, bool add);                     // indexes of `key`
  void indexLabel(NodeIndex n, LabelId label, bool add);                     // indexes of `label`
  void indexValue(IndexSlot& slot, NodeIndex n, bool add);                   // n's value of slot's key
  void buildIndex(IndexSlot& slot) const;
  // What an index compares a node it holds by: the node's current value of the index's key.
  PropertyIndex::ValueOf valuesOf(const PropertyIndex& index) const {
    return [this, key = index.key()](std::uint32_t n) { return nodeProperties_.get(n, key); };
  }
  PropertyIndex::ValueOf idsOf() const {
    return [this](std::uint32_t n) { return nodeProperties_.get(n, idKey_); };
  }
  std::vector<std::size_t> typeCounts_;             // by TypeId
  std::size_t liveNodes_ = 0;
  std::uint64_t generatedIds_ = 0;
  std::size_t liveEdges_ = 0;
};

// The kgq-graph format's rule for a node's `id` property: a node that gives none gets its key.
// (A file says "no id property" with "id": null.)
void defaultIdProperty(PropertyBag& properties, const std::string& key, KeyId idKey);

}  // namespace kgq
