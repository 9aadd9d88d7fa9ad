// UserFunctions: the scalar functions an embedding program registers on its Database
// (Database::registerFunction), beside the built-in registry (function_registry.h). The binder
// looks a call up in the built-ins first, then here.
//
// Promises: names are unique ignoring case and never shadow a built-in; entries keep their
// address for the database's life (bound queries and cached plans point at them); a callback's
// failure is a kgq::Error naming the function.
#pragma once

#include "query/function/function_registry.h"

#include <map>
#include <memory>
#include <string>

namespace kgq {

class UserFunctions {
 public:
  // Throws Error(Semantic) for a name that is not a dotted identifier, taken (by a built-in or an
  // earlier registration), or an arity range that is empty or over 64.
  void add(const std::string& name, int minArgs, int maxArgs, std::function<Value(const std::vector<Value>&)> f);
  // nullptr if there is none.
  const FunctionEntry* find(std::string_view lowerCaseName) const;

 private:
  std::map<std::string, std::unique_ptr<FunctionEntry>, std::less<>> byName_;  // lower-cased name
};

}  // namespace kgq
