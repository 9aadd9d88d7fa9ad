#include "query/function/user_functions.h"

#include "query/exec/evaluator.h"
#include "query/exec/executor.h"

#include <kgq/kgq.h>

#include <algorithm>
#include <cctype>

namespace kgq {
namespace {

// What every registered function's entry calls: the program sees materialized values (ids,
// labels, properties), never the engine's handles.
Value callExternal(std::vector<Value>& args, const BoundExpr& call, EvalContext& ctx) {
  for (Value& v : args) v = materialize(v, ctx.graph);
  try {
    return call.function->external(args);
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    throw Error(ErrorKind::Runtime, "Function " + std::string(call.function->name) + " failed: " + e.what() + " in `" +
                                        call.text + "`");
  }
}

bool isDottedIdentifier(const std::string& name) {
  bool start = true;
  for (char c : name) {
    if (c == '.') {
      if (start) return false;
      start = true;
    } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_' || (!start && std::isdigit(static_cast<unsigned char>(c)))) {
      start = false;
    } else {
      return false;
    }
  }
  return !start;
}

}  // namespace

void UserFunctions::add(const std::string& name, int minArgs, int maxArgs,
                        std::function<Value(const std::vector<Value>&)> f) {
  if (!isDottedIdentifier(name))
    throw Error(ErrorKind::Semantic, "Invalid function name `" + name + "`: expected names separated by dots");
  std::string key = name;
  std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
  if (findFunction(key) || byName_.count(key))
    throw Error(ErrorKind::Semantic, "A function named " + name + " already exists");
  if (minArgs < 0 || maxArgs < minArgs || maxArgs > 64)
    throw Error(ErrorKind::Semantic, "Function " + name + ": the number of arguments must be a range within 0..64");
  if (!f) throw Error(ErrorKind::Semantic, "Function " + name + " needs a callback");
  auto [it, inserted] = byName_.emplace(key, std::make_unique<FunctionEntry>());
  FunctionEntry& entry = *it->second;
  entry.name = it->first;
  entry.minArgs = minArgs;
  entry.maxArgs = maxArgs;
  entry.aggregate = false;
  entry.implementation = callExternal;
  entry.external = std::move(f);
}

const FunctionEntry* UserFunctions::find(std::string_view lowerCaseName) const {
  auto it = byName_.find(lowerCaseName);
  return it == byName_.end() ? nullptr : it->second.get();
}

}  // namespace kgq
