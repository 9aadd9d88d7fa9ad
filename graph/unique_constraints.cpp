// Uniqueness constraints of PropertyGraph (graph/property_graph.h): each is read through its
// property index, so checking one written node is one index probe per constraint on its labels.
#include "graph/property_graph.h"

#include <kgq/kgq.h>

namespace kgq {

const PropertyGraph::UniqueConstraint* PropertyGraph::findUniqueConstraint(LabelId label, KeyId key) const {
  for (const UniqueConstraint& c : uniqueConstraints_)
    if (c.label == label && c.key == key) return &c;
  return nullptr;
}

namespace {
std::string violationText(const PropertyGraph& g, const PropertyGraph::UniqueConstraint& c, NodeIndex other,
                          const Value& value) {
  return "Node('" + std::string(g.nodeId(other)) + "') already exists with label `" + g.labelNames().name(c.label) +
         "` and property `" + g.keyNames().name(c.key) + "` = " + value.toCypher() + " (uniqueness constraint `" +
         c.name + "`)";
}
}  // namespace

std::string PropertyGraph::uniquenessViolation(NodeIndex n) const {
  for (const UniqueConstraint& c : uniqueConstraints_) {
    if (!nodeIsLive(n) || !nodeHasLabel(n, c.label)) continue;
    Value value = nodeProperty(n, c.key);
    if (value.isNull()) continue;
    for (NodeIndex other : indexLookup(c.label, c.key, value))
      if (other != n) return violationText(*this, c, other, value);
  }
  return "";
}

std::string PropertyGraph::uniquenessViolationFrom(NodeIndex first) const {
  if (uniqueConstraints_.empty()) return "";
  for (std::size_t n = first; n < nodeSlots(); ++n) {
    std::string why = uniquenessViolation(static_cast<NodeIndex>(n));
    if (!why.empty()) return why;
  }
  return "";
}

bool PropertyGraph::createUniqueConstraint(LabelId label, KeyId key, const std::string& name) {
  if (findUniqueConstraint(label, key)) return false;
  bool madeIndex = createIndex(label, key);
  for (NodeIndex n : nodesWithLabel(label)) {
    Value value = nodeProperty(n, key);
    if (value.isNull()) continue;
    for (NodeIndex other : indexLookup(label, key, value)) {
      if (other == n) continue;
      if (madeIndex) dropIndex(label, key);
      throw Error(ErrorKind::Runtime, "Unable to create the uniqueness constraint `" + name + "`: nodes '" +
                                          std::string(nodeId(n)) + "' and '" + std::string(nodeId(other)) + "' both have label `" +
                                          labelNames().name(label) + "` and property `" + keyNames().name(key) +
                                          "` = " + value.toCypher());
    }
  }
  uniqueConstraints_.push_back({label, key, name});
  return true;
}

bool PropertyGraph::dropUniqueConstraint(LabelId label, KeyId key) {
  for (auto it = uniqueConstraints_.begin(); it != uniqueConstraints_.end(); ++it) {
    if (it->label != label || it->key != key) continue;
    uniqueConstraints_.erase(it);
    dropIndex(label, key);
    return true;
  }
  return false;
}

}  // namespace kgq
