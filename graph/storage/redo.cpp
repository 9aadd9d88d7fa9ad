#include "graph/storage/redo.h"

#include "graph/graph_transaction.h"

#include <algorithm>

namespace kgq::storage {
namespace {

void encodeNames(const std::vector<std::string>& names, ByteWriter& out) {
  out.u32(static_cast<std::uint32_t>(names.size()));
  for (const std::string& n : names) out.string(n);
}

std::vector<std::string> decodeNames(ByteReader& in) {
  std::uint32_t n = in.u32();
  if (n > in.remaining()) in.fail("a name list runs past the end of the record");
  std::vector<std::string> names;
  for (std::uint32_t i = 0; i < n; ++i) names.push_back(in.string());
  return names;
}

void encodeProperties(const PropertyBag& bag, ByteWriter& out) {
  out.u32(static_cast<std::uint32_t>(bag.size()));
  for (const Property& p : bag) {
    out.u32(p.key);
    out.value(p.value);
  }
}

PropertyBag decodeProperties(ByteReader& in) {
  std::uint32_t n = in.u32();
  if (n > in.remaining()) in.fail("a property list runs past the end of the record");
  PropertyBag bag;
  for (std::uint32_t i = 0; i < n; ++i) {
    KeyId key = in.u32();
    bag.push_back(Property{key, in.value()});
  }
  return bag;
}

}  // namespace

void encodeCommit(const CommitRecord& r, ByteWriter& out) {
  out.u32(r.labelBase);
  out.u32(r.typeBase);
  out.u32(r.keyBase);
  encodeNames(r.labels, out);
  encodeNames(r.types, out);
  encodeNames(r.keys, out);
  out.u64(r.generatedIds);
  out.u32(static_cast<std::uint32_t>(r.changes.size()));
  for (const Change& c : r.changes) {
    out.u8(static_cast<std::uint8_t>(c.kind));
    out.u32(c.index);
    switch (c.kind) {
      case Change::Kind::CreateNode:
        out.string(c.id);
        out.u32(static_cast<std::uint32_t>(c.labels.size()));
        for (LabelId l : c.labels) out.u32(l);
        encodeProperties(c.properties, out);
        break;
      case Change::Kind::CreateEdge:
        out.u32(c.a);
        out.u32(c.b);
        out.u32(c.c);
        encodeProperties(c.properties, out);
        break;
      case Change::Kind::SetNodeProperty:
      case Change::Kind::SetEdgeProperty:
        out.u32(c.a);
        out.value(c.value);
        break;
      case Change::Kind::AddLabel:
      case Change::Kind::RemoveLabel: out.u32(c.a); break;
      case Change::Kind::RenameNode: out.string(c.id); break;
      case Change::Kind::CreateIndex:
      case Change::Kind::DropIndex:
        out.u32(c.a);
        out.u32(c.b);
        break;
      case Change::Kind::CreateUniqueConstraint:
      case Change::Kind::DropUniqueConstraint:
        out.u32(c.a);
        out.u32(c.b);
        out.string(c.id);
        break;
      case Change::Kind::DeleteEdge:
      case Change::Kind::DeleteNode: break;
    }
  }
}

CommitRecord decodeCommit(ByteReader& in) {
  CommitRecord r;
  r.labelBase = in.u32();
  r.typeBase = in.u32();
  r.keyBase = in.u32();
  r.labels = decodeNames(in);
  r.types = decodeNames(in);
  r.keys = decodeNames(in);
  r.generatedIds = in.u64();
  std::uint32_t n = in.u32();
  if (n > in.remaining()) in.fail("a change list runs past the end of the record");
  r.changes.resize(n);
  for (Change& c : r.changes) {
    std::size_t at = in.offset();
    std::uint8_t kind = in.u8();
    if (kind > static_cast<std::uint8_t>(Change::Kind::DropUniqueConstraint)) in.failAt(at, "unknown change kind " + std::to_string(kind));
    c.kind = static_cast<Change::Kind>(kind);
    c.index = in.u32();
    switch (c.kind) {
      case Change::Kind::CreateNode: {
        c.id = in.string();
        std::uint32_t labels = in.u32();
        if (labels > in.remaining()) in.fail("a label list runs past the end of the record");
        for (std::uint32_t i = 0; i < labels; ++i) c.labels.push_back(in.u32());
        c.properties = decodeProperties(in);
        break;
      }
      case Change::Kind::CreateEdge:
        c.a = in.u32();
        c.b = in.u32();
        c.c = in.u32();
        c.properties = decodeProperties(in);
        break;
      case Change::Kind::SetNodeProperty:
      case Change::Kind::SetEdgeProperty:
        c.a = in.u32();
        c.value = in.value();
        break;
      case Change::Kind::AddLabel:
      case Change::Kind::RemoveLabel: c.a = in.u32(); break;
      case Change::Kind::RenameNode: c.id = in.string(); break;
      case Change::Kind::CreateIndex:
      case Change::Kind::DropIndex:
        c.a = in.u32();
        c.b = in.u32();
        break;
      case Change::Kind::CreateUniqueConstraint:
      case Change::Kind::DropUniqueConstraint:
        c.a = in.u32();
        c.b = in.u32();
        c.id = in.string();
        break;
      case Change::Kind::DeleteEdge:
      case Change::Kind::DeleteNode: break;
    }
  }
  return r;
}

namespace {

// Checks one change against the graph as the changes before it left it; empty if it applies.
std::string checkChange(const PropertyGraph& g, const Change& c) {
  auto node = [&](std::uint32_t n) { return g.nodeIsLive(n); };
  auto edge = [&](std::uint32_t e) { return g.edgeIsLive(e); };
  auto keysOk = [&](const PropertyBag& bag) {
    std::vector<KeyId> keys;
    for (const Property& p : bag) {
      if (p.key >= g.keyNames().size() || p.value.isNull()) return false;
      keys.push_back(p.key);
    }
    std::sort(keys.begin(), keys.end());
    return std::adjacent_find(keys.begin(), keys.end()) == keys.end();
  };
  std::string what = "change of element " + std::to_string(c.index) + ": ";
  switch (c.kind) {
    case Change::Kind::CreateNode: {
      if (c.index != g.nodeSlots()) return what + "a new node would get index " + std::to_string(g.nodeSlots());
      if (c.id.empty() || g.findNode(c.id)) return what + "node id '" + c.id + "' is empty or in use";
      std::vector<LabelId> labels = c.labels;
      std::sort(labels.begin(), labels.end());
      if (std::adjacent_find(labels.begin(), labels.end()) != labels.end() ||
          (!labels.empty() && labels.back() >= g.labelNames().size()))
        return what + "unknown or repeated label";
      return keysOk(c.properties) ? "" : what + "unknown or repeated property key";
    }
    case Change::Kind::CreateEdge:
      if (c.index != g.edgeSlots()) return what + "a new relationship would get index " + std::to_string(g.edgeSlots());
      if (c.a >= g.typeNames().size() || !node(c.b) || !node(c.c)) return what + "unknown type or end node";
      return keysOk(c.properties) ? "" : what + "unknown or repeated property key";
    case Change::Kind::DeleteEdge: return edge(c.index) ? "" : what + "no such relationship";
    case Change::Kind::DeleteNode:
      if (!node(c.index)) return what + "no such node";
      return g.outDegree(c.index) + g.inDegree(c.index) == 0 ? "" : what + "the node still has relationships";
    case Change::Kind::SetNodeProperty:
      return node(c.index) && c.a < g.keyNames().size() ? "" : what + "no such node or key";
    case Change::Kind::SetEdgeProperty:
      return edge(c.index) && c.a < g.keyNames().size() ? "" : what + "no such relationship or key";
    case Change::Kind::AddLabel:
    case Change::Kind::RemoveLabel:
      return node(c.index) && c.a < g.labelNames().size() ? "" : what + "no such node or label";
    case Change::Kind::RenameNode:
      if (!node(c.index) || c.id.empty()) return what + "no such node";
      if (auto other = g.findNode(c.id); other && *other != c.index) return what + "node id '" + c.id + "' in use";
      return "";
    case Change::Kind::CreateIndex:
    case Change::Kind::DropIndex:
      if ((c.a != PropertyIndex::kAnyLabel && c.a >= g.labelNames().size()) || c.b >= g.keyNames().size())
        return "index change: unknown label or key";
      return (c.kind == Change::Kind::CreateIndex) != g.hasIndex(c.a, c.b) ? "" : "index change: the index does (not) exist";
    case Change::Kind::CreateUniqueConstraint:
    case Change::Kind::DropUniqueConstraint:
      if (c.a >= g.labelNames().size() || c.b >= g.keyNames().size()) return "constraint change: unknown label or key";
      return (c.kind == Change::Kind::CreateUniqueConstraint) != (g.findUniqueConstraint(c.a, c.b) != nullptr)
                 ? ""
                 : "constraint change: the constraint does (not) exist";
  }
  return what + "unknown change";
}

}  // namespace

std::string applyCommit(PropertyGraph& graph, const CommitRecord& r) {
  if (graph.labelNames().size() != r.labelBase || graph.typeNames().size() != r.typeBase ||
      graph.keyNames().size() != r.keyBase)
    return "the record's names do not follow the graph's (" + std::to_string(r.labelBase) + "/" +
           std::to_string(r.typeBase) + "/" + std::to_string(r.keyBase) + " expected, the graph has " +
           std::to_string(graph.labelNames().size()) + "/" + std::to_string(graph.typeNames().size()) + "/" +
           std::to_string(graph.keyNames().size()) + ")";
  GraphTransaction tx(graph);  // rolls everything back if a change does not fit
  std::vector<std::pair<LabelId, KeyId>> indexesCreated, indexesDropped;  // undone by hand on failure
  std::vector<PropertyGraph::UniqueConstraint> constraintsCreated, constraintsDropped;
  auto fail = [&](const std::string& why) {
    for (const auto& u : constraintsCreated) graph.dropUniqueConstraint(u.label, u.key);
    for (const auto& u : constraintsDropped) graph.createUniqueConstraint(u.label, u.key, u.name);
    for (auto [l, k] : indexesCreated) graph.dropIndex(l, k);
    for (auto [l, k] : indexesDropped) graph.createIndex(l, k);
    tx.rollback();
    return why;
  };
  for (const std::string& n : r.labels)
    if (graph.labelNames().find(n) || tx.label(n) + 1 != graph.labelNames().size()) return fail("label '" + n + "' exists");
  for (const std::string& n : r.types)
    if (graph.typeNames().find(n) || tx.type(n) + 1 != graph.typeNames().size()) return fail("type '" + n + "' exists");
  for (const std::string& n : r.keys)
    if (graph.keyNames().find(n) || tx.key(n) + 1 != graph.keyNames().size()) return fail("key '" + n + "' exists");
  for (const Change& c : r.changes) {
    std::string why = checkChange(graph, c);
    if (!why.empty()) return fail(why);
    switch (c.kind) {
      case Change::Kind::CreateNode: tx.createNode(c.id, c.labels, c.properties); break;
      case Change::Kind::CreateEdge: tx.createEdge(c.a, c.b, c.c, c.properties); break;
      case Change::Kind::DeleteEdge: tx.deleteEdge(c.index); break;
      case Change::Kind::DeleteNode: tx.deleteNode(c.index); break;
      case Change::Kind::SetNodeProperty: tx.setNodeProperty(c.index, c.a, c.value); break;
      case Change::Kind::SetEdgeProperty: tx.setEdgeProperty(c.index, c.a, c.value); break;
      case Change::Kind::AddLabel: tx.addLabel(c.index, c.a); break;
      case Change::Kind::RemoveLabel: tx.removeLabel(c.index, c.a); break;
      case Change::Kind::RenameNode: tx.renameNode(c.index, c.id); break;
      case Change::Kind::CreateIndex:
        graph.createIndex(c.a, c.b);
        indexesCreated.emplace_back(c.a, c.b);
        break;
      case Change::Kind::DropIndex:
        graph.dropIndex(c.a, c.b);
        indexesDropped.emplace_back(c.a, c.b);
        break;
      case Change::Kind::CreateUniqueConstraint:
        try {
          graph.createUniqueConstraint(c.a, c.b, c.id);
        } catch (const Error& e) {
          return fail(std::string("constraint change: ") + e.what());
        }
        constraintsCreated.push_back({c.a, c.b, c.id});
        break;
      case Change::Kind::DropUniqueConstraint:
        graph.dropUniqueConstraint(c.a, c.b);
        constraintsDropped.push_back({c.a, c.b, c.id});
        break;
    }
  }
  tx.commit();
  graph.setGeneratedIdCount(r.generatedIds);
  return "";
}

}  // namespace kgq::storage
