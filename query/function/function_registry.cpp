#include "query/function/function_registry.h"

#include "query/function/function_families.h"

namespace kgq {

const std::vector<FunctionEntry>& allFunctions() {
  static const std::vector<FunctionEntry> functions = [] {
    std::vector<FunctionEntry> all;
    for (const std::vector<FunctionEntry>* family : {&coreFunctions(), &temporalFunctions()}) all.insert(all.end(), family->begin(), family->end());
    return all;
  }();
  return functions;
}

const FunctionEntry* findFunction(std::string_view lowerCaseName) {
  for (const auto& f : allFunctions())
    if (f.name == lowerCaseName) return &f;
  return nullptr;
}

}  // namespace kgq
