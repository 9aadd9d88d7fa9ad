// The catalog of Cypher functions kgq knows: name, arity and whether it aggregates. The checker
// validates calls against it; the executor implements exactly these (a unit test holds the two
// together).
#pragma once

#include <string_view>
#include <vector>

namespace kgq {

struct FunctionSignature {
  std::string_view name;  // lower case; lookups are case-insensitive
  int minArgs;
  int maxArgs;
  bool aggregate;
};

// The signature of `lowerCaseName`, or nullptr if there is no such function.
const FunctionSignature* findFunction(std::string_view lowerCaseName);
const std::vector<FunctionSignature>& allFunctions();

}  // namespace kgq
