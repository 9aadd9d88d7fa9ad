// The function catalog and the executor's implementations must agree.
#include <catch2/catch.hpp>

#include "query/check/function_catalog.h"
#include "query/exec/functions.h"

TEST_CASE("every scalar function in the catalog has an implementation, aggregates none", "[functions]") {
  const auto& signatures = kgq::allFunctions();
  const auto& impls = kgq::functionImplementations();
  REQUIRE(impls.size() == signatures.size());
  for (std::size_t i = 0; i < signatures.size(); ++i) {
    INFO(signatures[i].name);
    CHECK((impls[i] == nullptr) == signatures[i].aggregate);
  }
}

TEST_CASE("function lookup is by lower-case name", "[functions]") {
  REQUIRE(kgq::findFunction("tolower") != nullptr);
  CHECK(kgq::findFunction("tolower")->minArgs == 1);
  CHECK(kgq::findFunction("count")->aggregate);
  CHECK(kgq::findFunction("nosuchfunction") == nullptr);
}
