// Fuzz target `param_value`: the input is the text of a `--param` option (`name=value`), parsed
// by the CLI's own parser (cli/options.h). An accepted value holds only valid UTF-8 (what is
// stored must save and print as valid JSON), renders, and comes back unchanged from
// `RETURN $p` (a parameter is used as given); a refused one says why.
#include "fuzz_checks.h"

#include "cli/options.h"
#include "graph/utf8.h"

#include <kgq/kgq.h>

#include <cstdint>

namespace {

constexpr const char* kTarget = "param_value";

bool validUtf8Throughout(const kgq::Value& v) {
  if (v.isString()) return kgq::firstInvalidUtf8(v.asString()) == std::string::npos;
  if (v.isList()) {
    for (const kgq::Value& item : v.asList())
      if (!validUtf8Throughout(item)) return false;
  }
  if (v.isMap()) {
    for (const auto& [key, item] : v.asMap())
      if (kgq::firstInvalidUtf8(key) != std::string::npos || !validUtf8Throughout(item)) return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > kgq::fuzz::kMaxInputBytes) return -1;
  std::string input(reinterpret_cast<const char*>(data), size);
  std::string name, problem;
  kgq::Value value;
  if (!kgq::cli::parseParamAssignment(input, name, value, &problem)) {
    std::size_t eq = input.find('=');
    if (eq != std::string::npos && eq > 0 && problem.empty())
      kgq::fuzz::violation(kTarget, "a value was refused without saying why", input);
    return 0;
  }
  if (!validUtf8Throughout(value)) kgq::fuzz::violation(kTarget, "an accepted value holds invalid UTF-8", input);
  std::string shown = value.toCypher();
  // Never destroyed: they live as long as the fuzzing process. One connection for all inputs, so
  // that its cached plan of the one query is reused: what varies is the parameter's value.
  static kgq::Database& db = *new kgq::Database;
  static kgq::Connection& conn = *new kgq::Connection(db);
  kgq::Result result = conn.run("RETURN $p AS p", kgq::Params{{"p", value}});
  if (result.size() != 1 || result.at(0, 0).toCypher() != shown)
    kgq::fuzz::violation(kTarget, "RETURN $p gave back " + (result.size() == 1 ? result.at(0, 0).toCypher() : "no row") +
                                      " for " + shown, input);
  return 0;
}
