// PropertyGraph's self-checks: consistencyProblem() walks every table and index once and compares
// them; fingerprint() renders what a change could touch. Both are slow (linear in the graph, with
// an allocation per element): they are for fuzz targets and tests, never a query's path.
#include "graph/property_graph.h"
#include "graph/value_render.h"

#include <algorithm>
#include <functional>

#include <sstream>

namespace kgq {

namespace {

// Collects the first problem found; later ones are not worth reporting (they usually follow).
class Problems {
 public:
  bool found() const { return !text_.empty(); }
  std::string text() const { return text_; }
  // Records `what` (built lazily by the caller) if nothing was recorded yet.
  template <class F>
  void check(bool ok, F&& what) {
    if (!ok && text_.empty()) text_ = what();
  }

 private:
  std::string text_;
};

std::string slotName(const char* kind, std::size_t index) { return std::string(kind) + " " + std::to_string(index); }

}  // namespace

std::string PropertyGraph::consistencyProblem() const {
  Problems p;
  const std::size_t nodes = nodeIds_.size(), edges = edgeType_.size();
  p.check(nodeLabelSet_.size() == nodes && nodeLive_.size() == nodes, [&] {
    return "node tables differ in length: " + std::to_string(nodes) + " ids, " + std::to_string(nodeLabelSet_.size()) +
           " label sets, " + std::to_string(nodeLive_.size()) + " liveness flags";
  });
  p.check(edgeFrom_.size() == edges && edgeTo_.size() == edges && edgeLive_.size() == edges,
          [&] { return std::string("edge tables differ in length"); });
  p.check(labelSets_.size() == labelSetBits_.size() && labelSets_.size() == labelSetIds_.size(),
          [&] { return std::string("label set tables differ in length"); });
  if (p.found()) return p.text();

  // Label sets: known labels, each once, the bitmask matching, the map pointing back.
  for (std::size_t s = 0; s < labelSets_.size(); ++s) {
    std::uint64_t bits = 0;
    const auto& labels = labelSets_[s];
    for (std::size_t i = 0; i < labels.size(); ++i) {
      p.check(labels[i] < labelNames_.size(), [&] { return slotName("label set", s) + " names an unknown label"; });
      for (std::size_t j = 0; j < i; ++j)
        p.check(labels[i] != labels[j], [&] { return slotName("label set", s) + " repeats a label"; });
      if (labels[i] < 64) bits |= std::uint64_t{1} << labels[i];
    }
    p.check(bits == labelSetBits_[s], [&] { return slotName("label set", s) + " has the wrong bitmask"; });
    auto it = labelSetIds_.find(labels);
    p.check(it != labelSetIds_.end() && it->second == s, [&] { return slotName("label set", s) + " is not in the set map"; });
  }
  if (p.found()) return p.text();

  // Nodes: counts, label sets, keys; the label index and the id index.
  std::size_t live = 0, mismatches = 0, otherIdEntries = 0;
  std::vector<std::size_t> perLabel(labelNames_.size(), 0);
  for (std::size_t i = 0; i < nodes && !p.found(); ++i) {
    auto n = static_cast<NodeIndex>(i);
    p.check(nodeLabelSet_[n] < labelSets_.size(), [&] { return slotName("node", i) + " has an unknown label set"; });
    if (p.found() || !nodeLive_[n]) continue;
    ++live;
    std::string_view id = nodeIds_.get(n);
    p.check(!id.empty(), [&] { return slotName("node", i) + " has an empty id"; });
    std::optional<NodeIndex> found = findNode(id);
    p.check(found && *found == n, [&] { return slotName("node", i) + " ('" + std::string(id) + "') is not found by its id"; });
    for (LabelId label : nodeLabels(n)) {
      ++perLabel[label];
      p.check(!labelNames_.name(label).empty(), [&] { return slotName("node", i) + " has an empty label"; });
      const auto& listed = nodesWithLabel(label);
      p.check(std::binary_search(listed.begin(), listed.end(), n),
              [&] { return slotName("node", i) + " is missing from the index of label " + labelNames_.name(label); });
    }
    for (const Property& prop : nodeProperties(n))
      p.check(prop.key < keyNames_.size() && !prop.value.isNull(),
              [&] { return slotName("node", i) + " holds a property with an unknown key or a null value"; });
    if (!idPropertyIsKey(n)) {
      ++mismatches;
      Value idValue = nodeProperty(n, idKey_);
      if (!idValue.isNull()) {
        ++otherIdEntries;
        NodeSpan same = otherIds_.find(idValue, idsOf());
        p.check(std::find(same.begin(), same.end(), n) != same.end(),
                [&] { return slotName("node", i) + " is missing from the index of ids that are not keys"; });
      }
    }
  }
  if (p.found()) return p.text();
  p.check(live == liveNodes_, [&] { return std::to_string(live) + " live nodes, counted " + std::to_string(liveNodes_); });
  p.check(mismatches == idMismatches_, [&] {
    return std::to_string(mismatches) + " nodes whose id property is not their key, counted " + std::to_string(idMismatches_);
  });
  p.check(otherIdEntries == otherIds_.size(), [&] { return std::string("the index of ids that are not keys has stale entries"); });
  std::size_t idEntries = 0;
  for (const IdSlot& slot : idSlots_) {
    if (slot.node == kEmptySlot || slot.node == kDeletedSlot) continue;
    ++idEntries;
    p.check(slot.node < nodeIds_.size() && ((slot.tag & kIdIsKeyBit) != 0) == idPropertyIsKey(slot.node), [&] {
      return "the id index's flag of node " + std::to_string(slot.node) + " says wrongly whether its id property is its key";
    });
  }
  p.check(idEntries == liveNodes_, [&] {
    return "the id index holds " + std::to_string(idEntries) + " nodes, " + std::to_string(liveNodes_) + " are live";
  });
  compactLabels();
  for (std::size_t label = 0; label < labelIndex_.size(); ++label) {
    const auto& listed = labelIndex_[label];
    p.check(std::adjacent_find(listed.begin(), listed.end(), std::greater_equal<NodeIndex>()) == listed.end(),
            [&] { return "the index of label " + std::to_string(label) + " is not in increasing order"; });
    p.check(label < perLabel.size() && listed.size() == perLabel[label], [&] {
      return "the index of label " + std::to_string(label) + " lists " + std::to_string(listed.size()) + " nodes, " +
             std::to_string(label < perLabel.size() ? perLabel[label] : 0) + " carry it";
    });
  }
  if (p.found()) return p.text();

  // Edges: live ones join live nodes; counts by type.
  std::size_t liveEdges = 0, dead = 0;
  std::vector<std::size_t> perType(typeNames_.size(), 0);
  for (std::size_t e = 0; e < edges && !p.found(); ++e) {
    if (!edgeLive_[e]) {
      ++dead;
      continue;
    }
    ++liveEdges;
    p.check(edgeType_[e] < typeNames_.size(), [&] { return slotName("edge", e) + " has an unknown type"; });
    if (p.found()) break;
    ++perType[edgeType_[e]];
    p.check(!typeNames_.name(edgeType_[e]).empty(), [&] { return slotName("edge", e) + " has an empty type"; });
    p.check(nodeIsLive(edgeFrom_[e]) && nodeIsLive(edgeTo_[e]), [&] { return slotName("edge", e) + " has a dangling end"; });
    for (const Property& prop : edgeProperties(static_cast<EdgeIndex>(e)))
      p.check(prop.key < keyNames_.size() && !prop.value.isNull(),
              [&] { return slotName("edge", e) + " holds a property with an unknown key or a null value"; });
  }
  if (p.found()) return p.text();
  p.check(liveEdges == liveEdges_, [&] { return std::to_string(liveEdges) + " live edges, counted " + std::to_string(liveEdges_); });
  p.check(dead == deadEdges_, [&] { return std::to_string(dead) + " removed edges, counted " + std::to_string(deadEdges_); });
  for (std::size_t t = 0; t < typeCounts_.size(); ++t)
    p.check(t < perType.size() ? typeCounts_[t] == perType[t] : typeCounts_[t] == 0,
            [&] { return "the count of type " + std::to_string(t) + " is wrong"; });

  // Adjacencies: each listed edge exactly once out of its source and once into its target, in
  // increasing edge order per node, with the edge's other end and type.
  if (!bulkLoading_) {
    p.check(listedEdges_ == edges, [&] { return std::to_string(edges - listedEdges_) + " edges are in no adjacency"; });
    for (int direction = 0; direction < 2 && !p.found(); ++direction) {
      const Adjacency& adjacency = direction == 0 ? out_ : in_;
      const auto& at = direction == 0 ? edgeFrom_ : edgeTo_;
      const auto& other = direction == 0 ? edgeTo_ : edgeFrom_;
      const char* name = direction == 0 ? "outgoing" : "incoming";
      std::vector<std::uint8_t> seen(edges, 0);
      for (std::size_t i = 0; i < nodes && !p.found(); ++i) {
        auto n = static_cast<NodeIndex>(i);
        std::int64_t previous = -1;
        adjacency.forEach(n, [&](const AdjacencyEntry& a) {
          if (p.found()) return;
          p.check(a.edge < edges && at[a.edge] == n && other[a.edge] == a.other && edgeType_[a.edge] == a.type,
                  [&] { return "the " + std::string(name) + " adjacency of node " + std::to_string(i) + " lists a wrong edge"; });
          p.check(static_cast<std::int64_t>(a.edge) > previous,
                  [&] { return "the " + std::string(name) + " adjacency of node " + std::to_string(i) + " is out of order"; });
          if (p.found()) return;
          previous = a.edge;
          ++seen[a.edge];
        });
      }
      for (std::size_t e = 0; e < edges && !p.found(); ++e)
        p.check(seen[e] == 1, [&] {
          return slotName("edge", e) + " is listed " + std::to_string(seen[e]) + " times in the " + name + " adjacency";
        });
    }
  }
  if (p.found()) return p.text();

  // Property indexes that were built: every covered node with a value is found under it, and
  // nothing else is listed.
  for (const IndexSlot& slot : propertyIndexes_) {
    if (!slot.isBuilt()) continue;
    std::size_t expected = 0;
    for (std::size_t i = 0; i < nodes && !p.found(); ++i) {
      auto n = static_cast<NodeIndex>(i);
      if (!nodeLive_[n] || !indexCovers(slot, n)) continue;
      Value v = nodeProperty(n, slot.index.key());
      if (v.isNull()) continue;
      ++expected;
      NodeSpan listed = slot.index.find(v, valuesOf(slot.index));
      p.check(std::binary_search(listed.begin(), listed.end(), n), [&] {
        return slotName("node", i) + " is missing from the index of key " + keyNames_.name(slot.index.key());
      });
    }
    p.check(expected == slot.index.size(), [&] {
      return "the index of key " + keyNames_.name(slot.index.key()) + " holds " + std::to_string(slot.index.size()) +
             " entries for " + std::to_string(expected) + " nodes";
    });
  }
  return p.text();
}

std::string PropertyGraph::fingerprint() const {
  std::ostringstream out;
  auto names = [&](const char* what, const Interner& interner) {
    out << what << ':';
    for (std::size_t i = 0; i < interner.size(); ++i) out << ' ' << quoteString(interner.name(static_cast<NameId>(i)));
    out << '\n';
  };
  names("labels", labelNames_);
  names("types", typeNames_);
  names("keys", keyNames_);
  auto properties = [&](const PropertyBag& bag) {
    for (const Property& p : bag) out << ' ' << p.key << '=' << p.value.toCypher();
  };
  for (std::size_t i = 0; i < nodeIds_.size(); ++i) {
    auto n = static_cast<NodeIndex>(i);
    if (!nodeLive_[n]) continue;
    out << "node " << i << ' ' << quoteString(nodeIds_.get(n)) << " :";
    for (LabelId label : nodeLabels(n)) out << ' ' << label;
    properties(nodeProperties(n));
    out << '\n';
  }
  for (std::size_t e = 0; e < edgeType_.size(); ++e) {
    if (!edgeLive_[e]) continue;
    out << "edge " << e << ' ' << edgeFrom_[e] << '-' << edgeType_[e] << "->" << edgeTo_[e];
    properties(edgeProperties(static_cast<EdgeIndex>(e)));
    out << '\n';
  }
  out << "indexes:";
  for (const auto& [label, key] : indexes()) out << ' ' << label << '.' << key;
  out << '\n';
  return out.str();
}

}  // namespace kgq
