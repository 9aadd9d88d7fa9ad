// SchemaCommand: what a schema statement (CREATE / DROP INDEX, CREATE / DROP CONSTRAINT) names,
// carried unchanged from the AST through the bound query to the API that carries it out.
#pragma once

#include <string>

namespace kgq {

struct SchemaCommand {
  std::string label, key;  // the node label and property key (empty when a constraint is named only)
  std::string name;        // a constraint's name (given, or made when it is created)
  bool ifNotExists = false;  // CREATE ... IF NOT EXISTS: an existing one is no error
  bool ifExists = false;     // DROP CONSTRAINT name IF EXISTS: a missing one is no error
};

}  // namespace kgq
