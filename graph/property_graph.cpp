#include "graph/property_graph.h"

#include <algorithm>

namespace kgq {

const Value* findProperty(const PropertyBag& bag, KeyId key) {
  for (const Property& p : bag)
    if (p.key == key) return &p.value;
  return nullptr;
}

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
  auto [it, inserted] = idIndex_.emplace(std::move(id), index);
  (void)inserted;  // the caller guarantees uniqueness
  try {
    boost::add_vertex(topology_);
  } catch (...) {
    idIndex_.erase(it);
    throw;
  }
  for (LabelId label : labels) labelIndex_[label].push_back(index);  // capacity reserved above
  nodes_.push_back(NodeRecord{&it->first, std::move(labels), std::move(properties), true});
  ++liveNodes_;
  return index;
}

bool PropertyGraph::nodeHasLabel(NodeIndex n, LabelId label) const {
  const auto& labels = nodes_[n].labels;
  return std::find(labels.begin(), labels.end(), label) != labels.end();
}

std::optional<NodeIndex> PropertyGraph::findNode(std::string_view id) const {
  auto it = idIndex_.find(std::string(id));
  if (it == idIndex_.end()) return std::nullopt;
  return it->second;
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
    idIndex_.erase(*n.id);
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
