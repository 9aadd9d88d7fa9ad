#include "query/check/function_catalog.h"

namespace kgq {

const std::vector<FunctionSignature>& allFunctions() {
  static const std::vector<FunctionSignature> functions = {
      // aggregates
      {"count", 1, 1, true}, {"sum", 1, 1, true}, {"avg", 1, 1, true}, {"min", 1, 1, true},
      {"max", 1, 1, true}, {"collect", 1, 1, true},
      // graph
      {"id", 1, 1, false}, {"labels", 1, 1, false}, {"type", 1, 1, false}, {"properties", 1, 1, false},
      {"keys", 1, 1, false}, {"startnode", 1, 1, false}, {"endnode", 1, 1, false},
      {"nodes", 1, 1, false}, {"relationships", 1, 1, false}, {"length", 1, 1, false},
      // lists and general
      {"size", 1, 1, false}, {"coalesce", 1, 64, false}, {"exists", 1, 1, false}, {"head", 1, 1, false}, {"last", 1, 1, false},
      {"tail", 1, 1, false}, {"range", 2, 3, false}, {"reverse", 1, 1, false},
      // strings
      {"tolower", 1, 1, false}, {"toupper", 1, 1, false}, {"trim", 1, 1, false}, {"ltrim", 1, 1, false},
      {"rtrim", 1, 1, false}, {"replace", 3, 3, false}, {"substring", 2, 3, false}, {"left", 2, 2, false},
      {"right", 2, 2, false}, {"split", 2, 2, false},
      // conversion
      {"tostring", 1, 1, false}, {"tointeger", 1, 1, false}, {"tofloat", 1, 1, false},
      {"toboolean", 1, 1, false},
      // numeric
      {"abs", 1, 1, false}, {"round", 1, 1, false}, {"ceil", 1, 1, false}, {"floor", 1, 1, false},
      {"sign", 1, 1, false}, {"sqrt", 1, 1, false}, {"exp", 1, 1, false}, {"log", 1, 1, false},
      {"log10", 1, 1, false}, {"rand", 0, 0, false},
  };
  return functions;
}

const FunctionSignature* findFunction(std::string_view lowerCaseName) {
  for (const auto& f : allFunctions())
    if (f.name == lowerCaseName) return &f;
  return nullptr;
}

}  // namespace kgq
