// PropertyGraph: kgq's in-memory labelled property graph. Topology lives in a Boost.Graph
// bidirectional adjacency_list (so incoming edges are as cheap as outgoing); node and edge data
// (string ids, labels, properties) live in flat tables indexed by the same NodeIndex / EdgeIndex.
// Names of labels, relationship types and property keys are interned to 32-bit ids.
//
// Promises: NodeIndex/EdgeIndex values are stable for the life of the graph (a removed element
// leaves a dead slot, never renumbers others); node ids are unique among live nodes; the label
// index lists every live node with that label in increasing index order; traversal never copies
// a property bag. Not thread-safe for writes.
#pragma once

#include "graph/interner.h"
#include "graph/property_index.h"
#include "graph/topology.h"

#include <kgq/value.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kgq {

using NodeIndex = std::uint32_t;
using EdgeIndex = std::uint32_t;
using LabelId = NameId;
using TypeId = NameId;
using KeyId = NameId;

struct Property {
  KeyId key;
  Value value;
};
// A node's or edge's properties: a small vector with unique keys, in insertion order. Nodes carry
// a handful of properties, so a linear scan beats any map here.
using PropertyBag = std::vector<Property>;

// The property `key` of `bag`, or nullptr.
const Value* findProperty(const PropertyBag& bag, KeyId key);

class PropertyGraph {
 public:
  // A new graph has one index already: `name` over all nodes, built when first used.
  PropertyGraph();
  PropertyGraph(const PropertyGraph&) = delete;
  PropertyGraph& operator=(const PropertyGraph&) = delete;

  Interner& labelNames() { return labelNames_; }
  Interner& typeNames() { return typeNames_; }
  Interner& keyNames() { return keyNames_; }
  const Interner& labelNames() const { return labelNames_; }
  const Interner& typeNames() const { return typeNames_; }
  const Interner& keyNames() const { return keyNames_; }

  // ---- Nodes ----
  // Adds a node. The caller guarantees `id` is not in use (see findNode) and labels are unique.
  NodeIndex addNode(std::string id, std::vector<LabelId> labels, PropertyBag properties);
  std::size_t nodeCount() const { return liveNodes_; }
  // One past the largest NodeIndex ever handed out (dead slots included).
  std::size_t nodeSlots() const { return nodes_.size(); }
  bool nodeIsLive(NodeIndex n) const { return n < nodes_.size() && nodes_[n].live; }
  const std::string& nodeId(NodeIndex n) const { return nodes_[n].id; }
  const std::vector<LabelId>& nodeLabels(NodeIndex n) const { return nodes_[n].labels; }
  bool nodeHasLabel(NodeIndex n, LabelId label) const;
  const PropertyBag& nodeProperties(NodeIndex n) const { return nodes_[n].properties; }
  const Value* nodeProperty(NodeIndex n, KeyId key) const { return findProperty(nodes_[n].properties, key); }
  std::optional<NodeIndex> findNode(std::string_view id) const;
  // Live nodes carrying `label`, in increasing index order.
  const std::vector<NodeIndex>& nodesWithLabel(LabelId label) const;

  // ---- Edges ----
  EdgeIndex addEdge(TypeId type, NodeIndex from, NodeIndex to, PropertyBag properties);
  std::size_t edgeCount() const { return liveEdges_; }
  std::size_t edgeSlots() const { return edges_.size(); }
  bool edgeIsLive(EdgeIndex e) const { return e < edges_.size() && edges_[e].live; }
  TypeId edgeType(EdgeIndex e) const { return edges_[e].type; }
  NodeIndex edgeSource(EdgeIndex e) const { return edges_[e].from; }
  NodeIndex edgeTarget(EdgeIndex e) const { return edges_[e].to; }
  const PropertyBag& edgeProperties(EdgeIndex e) const { return edges_[e].properties; }
  const Value* edgeProperty(EdgeIndex e, KeyId key) const { return findProperty(edges_[e].properties, key); }
  // Live edges of `type`, counted.
  std::size_t edgeCountOfType(TypeId type) const { return type < typeCounts_.size() ? typeCounts_[type] : 0; }

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
  bool addNodeLabel(NodeIndex n, LabelId label);
  bool removeNodeLabel(NodeIndex n, LabelId label);
  // Gives node n a new id; false (and no change) if another live node has it.
  bool renameNode(NodeIndex n, std::string id);
  // A fresh id for a node created without one: "_:1", "_:2", ... never handed out twice by this
  // graph (not even after the node is deleted) and not in use.
  std::string generateNodeId();

  // Calls f(EdgeIndex, NodeIndex other, TypeId) for each edge leaving / entering node n.
  template <class F> void forEachOutEdge(NodeIndex n, F&& f) const;
  template <class F> void forEachInEdge(NodeIndex n, F&& f) const;
  std::size_t outDegree(NodeIndex n) const { return boost::out_degree(n, topology_); }
  std::size_t inDegree(NodeIndex n) const { return boost::in_degree(n, topology_); }

  // ---- Property indexes ----
  // Creates an index of `key` over the nodes labelled `label` (PropertyIndex::kAnyLabel: all
  // nodes); false if it exists. dropIndex: false if there was none.
  bool createIndex(LabelId label, KeyId key);
  bool dropIndex(LabelId label, KeyId key);
  bool hasIndex(LabelId label, KeyId key) const { return findIndex(label, key) != nullptr; }
  // The nodes whose `key` equals `value`, among those labelled `label` (or all), through the index.
  // Precondition: hasIndex(label, key).
  const std::vector<NodeIndex>& indexLookup(LabelId label, KeyId key, const Value& value) const;
  // (label, key) of every index, in creation order.
  std::vector<std::pair<LabelId, KeyId>> indexes() const;

  // ---- Undo ----
  // A point the graph can go back to, as long as only additions happened since (a failed load).
  struct Mark {
    std::size_t nodes, edges, labels, types, keys;
  };
  Mark mark() const;
  // Removes everything added after `mark`. Precondition: nothing was removed since.
  void rollback(const Mark& mark);

  const Topology& topology() const { return topology_; }

 private:
  struct NodeRecord {
    std::string id;
    std::vector<LabelId> labels;
    PropertyBag properties;
    bool live;
  };
  struct EdgeRecord {
    NodeIndex from;
    NodeIndex to;
    TypeId type;
    bool live;
    PropertyBag properties;
  };

  Interner labelNames_, typeNames_, keyNames_;
  Topology topology_;
  std::vector<NodeRecord> nodes_;
  std::vector<EdgeRecord> edges_;
  // Open-addressing index from node id to NodeIndex: each slot holds a node index (the key is that
  // node's record id) or kEmptySlot / kDeletedSlot; at most half full.
  std::vector<NodeIndex> idSlots_;
  std::size_t idSlotsUsed_ = 0;  // live entries plus deleted markers
  static constexpr NodeIndex kEmptySlot = 0xFFFFFFFF;
  static constexpr NodeIndex kDeletedSlot = 0xFFFFFFFE;
  std::size_t idSlotOf(std::string_view id) const;  // the slot holding id, or npos
  void idIndexInsert(NodeIndex n);
  void idIndexErase(NodeIndex n);
  void idIndexGrow();
  std::vector<std::vector<NodeIndex>> labelIndex_;  // by LabelId

  // Property indexes, built lazily: an index is filled on its first lookup and kept current from
  // then on, so an index nobody queries costs nothing.
  struct IndexSlot {
    PropertyIndex index;
    bool built = false;
  };
  mutable std::vector<IndexSlot> propertyIndexes_;
  const IndexSlot* findIndex(LabelId label, KeyId key) const;
  bool indexCovers(const IndexSlot& slot, NodeIndex n) const {
    return slot.index.label() == PropertyIndex::kAnyLabel || nodeHasLabel(n, slot.index.label());
  }
  void indexNode(NodeIndex n, bool add);                                     // every index it belongs to
  void indexProperty(NodeIndex n, KeyId key, bool add);                     // indexes of `key`
  void indexLabel(NodeIndex n, LabelId label, bool add);                     // indexes of `label`
  void buildIndex(IndexSlot& slot) const;
  std::vector<std::size_t> typeCounts_;             // by TypeId
  std::size_t liveNodes_ = 0;
  std::uint64_t generatedIds_ = 0;
  std::size_t liveEdges_ = 0;
};

template <class F>
void PropertyGraph::forEachOutEdge(NodeIndex n, F&& f) const {
  auto [it, end] = boost::out_edges(n, topology_);
  for (; it != end; ++it) {
    const EdgeSlot& slot = topology_[*it];
    f(slot.index, static_cast<NodeIndex>(boost::target(*it, topology_)), slot.type);
  }
}

template <class F>
void PropertyGraph::forEachInEdge(NodeIndex n, F&& f) const {
  auto [it, end] = boost::in_edges(n, topology_);
  for (; it != end; ++it) {
    const EdgeSlot& slot = topology_[*it];
    f(slot.index, static_cast<NodeIndex>(boost::source(*it, topology_)), slot.type);
  }
}

}  // namespace kgq
