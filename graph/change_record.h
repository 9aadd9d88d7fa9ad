// CommitRecord: what one committed transaction changed, as redo records — the changes
// GraphTransaction applied, in order, with the element indexes they touched, plus the names the
// transaction interned. Replaying the records of every commit, in order, on the graph as it was
// before them rebuilds the same graph, indexes included: this is what the write-ahead log keeps.
#pragma once

#include "graph/property_graph.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kgq {

struct Change {
  enum class Kind : std::uint8_t {
    CreateNode, CreateEdge, DeleteEdge, DeleteNode, SetNodeProperty, SetEdgeProperty, AddLabel, RemoveLabel,
    RenameNode, CreateIndex, DropIndex, CreateUniqueConstraint, DropUniqueConstraint
  };
  Kind kind = Kind::CreateNode;
  std::uint32_t index = 0;  // the node or edge (for a create: the index it got)
  // CreateEdge: type, from, to. Set*Property: key in `a`. Add/RemoveLabel: label in `a`.
  // Create/DropIndex: label (or PropertyIndex::kAnyLabel) in `a`, key in `b`.
  // Create/DropUniqueConstraint: label in `a`, key in `b`, the constraint's name in `id`.
  std::uint32_t a = 0, b = 0, c = 0;
  std::string id;                 // CreateNode, RenameNode; a constraint's name
  std::vector<LabelId> labels;    // CreateNode
  PropertyBag properties;         // CreateNode, CreateEdge (null values already dropped)
  Value value;                    // Set*Property (null: removed)
};

struct CommitRecord {
  // How many labels, types and keys the graph had when the transaction began, and the names it
  // interned since (in id order), so that replay gives every name the same id.
  std::uint32_t labelBase = 0, typeBase = 0, keyBase = 0;
  std::vector<std::string> labels, types, keys;
  std::uint64_t generatedIds = 0;  // PropertyGraph::generatedIdCount() at commit
  std::vector<Change> changes;
  bool empty() const { return changes.empty() && labels.empty() && types.empty() && keys.empty(); }
};

}  // namespace kgq
