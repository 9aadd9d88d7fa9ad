// CREATE / DROP INDEX and CREATE / DROP CONSTRAINT (query/api/database_impl.h): each changes the
// graph's schema under the writer lock and logs one change, undone if the log write fails.
// Uniqueness constraints follow Neo4j: one owns its index (an index already there is an error,
// and the index cannot be dropped alone), has a name (given, or made), and IF NOT EXISTS /
// IF EXISTS turn "exists" / "missing" into no-ops.
#include "query/api/database_impl.h"

#include <functional>

namespace kgq {
namespace {

const char* commandName(StatementKind kind) {
  switch (kind) {
    case StatementKind::CreateIndex: return "CREATE INDEX";
    case StatementKind::DropIndex: return "DROP INDEX";
    case StatementKind::CreateUniqueConstraint: return "CREATE CONSTRAINT";
    default: return "DROP CONSTRAINT";
  }
}

std::string schemaText(const SchemaCommand& c) { return ":" + c.label + "(" + c.key + ")"; }

// The constraint a DROP CONSTRAINT names (by name, or by label and key), or null.
const PropertyGraph::UniqueConstraint* namedConstraint(const PropertyGraph& g, const SchemaCommand& c) {
  if (!c.name.empty()) {
    for (const auto& u : g.uniqueConstraints())
      if (u.name == c.name) return &u;
    return nullptr;
  }
  auto label = g.labelNames().find(c.label);
  auto key = g.keyNames().find(c.key);
  return label && key ? g.findUniqueConstraint(*label, *key) : nullptr;
}

}  // namespace

void runSchemaCommand(Database::Impl& db, bool inTransaction, StatementKind kind, const SchemaCommand& command) {
  if (inTransaction)
    throw Error(ErrorKind::Semantic,
                std::string(commandName(kind)) + " cannot run inside an explicit transaction; commit or roll back first");
  WriterLock writer(db);
  PropertyGraph& graph = db.graph;
  GraphTransaction names(graph);  // forgets new labels and keys again if this fails
  if (db.directory) names.recordChanges();
  Change change;
  std::function<void()> undo;
  switch (kind) {
    case StatementKind::CreateIndex: {
      LabelId label = names.label(command.label);
      KeyId key = names.key(command.key);
      if (!graph.createIndex(label, key)) return;  // exists already: nothing to do
      change.kind = Change::Kind::CreateIndex;
      change.a = label;
      change.b = key;
      undo = [&graph, label, key] { graph.dropIndex(label, key); };
      break;
    }
    case StatementKind::DropIndex: {
      auto label = graph.labelNames().find(command.label);
      auto key = graph.keyNames().find(command.key);
      if (!label || !key || !graph.hasIndex(*label, *key))
        throw Error(ErrorKind::Semantic, "There is no index on " + schemaText(command));
      if (const auto* owner = graph.findUniqueConstraint(*label, *key))
        throw Error(ErrorKind::Semantic, "The index on " + schemaText(command) + " belongs to the uniqueness constraint `" +
                                             owner->name + "`: drop the constraint instead (DROP CONSTRAINT " +
                                             owner->name + ")");
      graph.dropIndex(*label, *key);
      change.kind = Change::Kind::DropIndex;
      change.a = *label;
      change.b = *key;
      undo = [&graph, l = *label, k = *key] { graph.createIndex(l, k); };
      break;
    }
    case StatementKind::CreateUniqueConstraint: {
      std::string name = command.name.empty() ? "constraint_" + command.label + "_" + command.key : command.name;
      LabelId label = names.label(command.label);
      KeyId key = names.key(command.key);
      if (const auto* existing = graph.findUniqueConstraint(label, key)) {
        if (command.ifNotExists) return;
        throw Error(ErrorKind::Semantic, "An equivalent constraint already exists: `" + existing->name +
                                             "` requires " + schemaText(command) + " to be unique");
      }
      for (const auto& u : graph.uniqueConstraints())
        if (u.name == name) {
          if (command.ifNotExists) return;
          throw Error(ErrorKind::Semantic, "There already exists a constraint called `" + name + "`");
        }
      if (graph.hasIndex(label, key))
        throw Error(ErrorKind::Semantic, "There already exists an index on " + schemaText(command) +
                                             "; a uniqueness constraint makes its own: drop the index first (DROP INDEX ON " +
                                             schemaText(command) + ")");
      graph.createUniqueConstraint(label, key, name);  // throws, changing nothing, on duplicates
      change.kind = Change::Kind::CreateUniqueConstraint;
      change.a = label;
      change.b = key;
      change.id = name;
      undo = [&graph, label, key] { graph.dropUniqueConstraint(label, key); };
      break;
    }
    default: {
      const auto* found = namedConstraint(graph, command);
      if (!found) {
        if (command.ifExists) return;
        throw Error(ErrorKind::Semantic, command.name.empty()
                                             ? "There is no uniqueness constraint on " + schemaText(command)
                                             : "There is no constraint called `" + command.name + "`");
      }
      PropertyGraph::UniqueConstraint dropped = *found;
      graph.dropUniqueConstraint(dropped.label, dropped.key);
      change.kind = Change::Kind::DropUniqueConstraint;
      change.a = dropped.label;
      change.b = dropped.key;
      change.id = dropped.name;
      undo = [&graph, dropped] { graph.createUniqueConstraint(dropped.label, dropped.key, dropped.name); };
      break;
    }
  }
  CommitRecord record = names.changeRecord();
  record.changes.push_back(change);
  try {
    db.logCommit(record);
  } catch (...) {
    undo();
    throw;
  }
  names.commit();
  ++db.schemaChanges;
  db.queryCache.clear();  // plans may now use the index, or must stop using it
}

}  // namespace kgq
