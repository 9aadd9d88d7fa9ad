// The function registry (query/function/function_registry.h): one entry per function, with its
// implementation beside its signature.
#include <catch2/catch.hpp>

#include "query/function/function_registry.h"

#include <set>
#include <string>

TEST_CASE("every scalar function in the registry has an implementation, aggregates none", "[functions]") {
  for (const kgq::FunctionEntry& f : kgq::allFunctions()) {
    INFO(std::string(f.name));
    CHECK((f.implementation == nullptr) == f.aggregate);
    CHECK(f.minArgs <= f.maxArgs);
  }
}

TEST_CASE("every function has exactly one entry", "[functions]") {
  std::set<std::string> names;
  for (const kgq::FunctionEntry& f : kgq::allFunctions()) CHECK(names.insert(std::string(f.name)).second);
}

TEST_CASE("function lookup is by lower-case name", "[functions]") {
  REQUIRE(kgq::findFunction("tolower") != nullptr);
  CHECK(kgq::findFunction("tolower")->minArgs == 1);
  CHECK(kgq::findFunction("count")->aggregate);
  CHECK(kgq::findFunction("nosuchfunction") == nullptr);
}
