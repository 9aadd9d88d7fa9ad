// GraphTransaction: the one way a write query changes a PropertyGraph. Every change is applied at
// once (later reads in the same query see it) and logged with its exact inverse, so rollback()
// restores the graph as it was when the transaction began: elements, ids, labels, properties,
// indexes and interned names. Also counts what changed (WriteStats). A change that breaks a
// uniqueness constraint throws at once, as in Neo4j.
//
// Promises: if neither commit() nor rollback() was called, the destructor rolls back. Not
// copyable. The graph must not be changed by anything else while a transaction is open.
#pragma once

#include "graph/change_record.h"
#include "graph/property_graph.h"

#include <kgq/kgq.h>

#include <string>
#include <vector>

namespace kgq {

class GraphTransaction {
 public:
  explicit GraphTransaction(PropertyGraph& graph);
  ~GraphTransaction();
  GraphTransaction(const GraphTransaction&) = delete;
  GraphTransaction& operator=(const GraphTransaction&) = delete;

  PropertyGraph& graph() { return graph_; }

  // Names used by the query: interned now, forgotten again on rollback if they were new.
  LabelId label(const std::string& name) { return graph_.labelNames().intern(name); }
  TypeId type(const std::string& name) { return graph_.typeNames().intern(name); }
  KeyId key(const std::string& name) { return graph_.keyNames().intern(name); }

  // A node with `id`, or with a generated id (PropertyGraph::generateNodeId) when `id` is empty. The caller checks that a given id is free. Null property values are not stored.
  NodeIndex createNode(std::string id, std::vector<LabelId> labels, PropertyBag properties);
  EdgeIndex createEdge(TypeId type, NodeIndex from, NodeIndex to, PropertyBag properties);
  void deleteEdge(EdgeIndex e);
  // Precondition: the node has no live edges.
  void deleteNode(NodeIndex n);
  // Sets (null: removes) a property.
  void setNodeProperty(NodeIndex n, KeyId key, Value value);
  void setEdgeProperty(EdgeIndex e, KeyId key, Value value);
  void addLabel(NodeIndex n, LabelId label);
  void removeLabel(NodeIndex n, LabelId label);
  // False (no change) if another node has the id.
  bool renameNode(NodeIndex n, std::string id);

  // From now on every change is also kept as a redo record (for the write-ahead log of a
  // durable database); changeRecord() returns them with the names interned since the start.
  void recordChanges() { recording_ = true; }
  CommitRecord changeRecord() const;

  const WriteStats& stats() const { return stats_; }
  void commit();
  void rollback();

 private:
  struct Undo {
    enum Kind { DeleteEdge, DeleteNode, NodeProperty, EdgeProperty, AddLabel, RemoveLabel, Rename } kind = DeleteEdge;
    std::uint32_t index = 0;
    NameId name = 0;  // property key or label
    Value previous;   // NodeProperty, EdgeProperty; RemoveLabel: where the label was among the node's
    std::string previousId;  // Rename
  };

  // Throws Error(Runtime) if node n now breaks a uniqueness constraint (the change is logged
  // already, so the rollback the error leads to undoes it).
  void checkUniqueness(NodeIndex n) const;
  void record(Undo::Kind kind, std::uint32_t index, NameId name = 0, Value previous = Value(),
              std::string previousId = {});

  PropertyGraph& graph_;
  PropertyGraph::Mark mark_;
  std::vector<Undo> log_;
  bool recording_ = false;
  std::vector<Change> redo_;
  Change& redo(Change::Kind kind, std::uint32_t index);
  WriteStats stats_;
  bool open_ = true;
};

}  // namespace kgq
