// Text renderings of values shared by every output (CLI table, golden tests, error messages):
// Cypher literal notation and the float format.
//
// Promises: formatFloat gives the shortest digits that read back as the same double, laid out as
// Neo4j (Java) prints floats: 5.0, 0.001, 3000000.0, 1.0E7, 1.5E-7, NaN, Infinity.
#pragma once

#include <string>
#include <string_view>

namespace kgq {

std::string formatFloat(double d);
// 'text' with \' \\ \n \t \r and \uXXXX escapes for other control characters.
std::string quoteString(std::string_view s);
// A name as Cypher writes it: bare if it is a plain identifier, else in backticks.
std::string quoteName(std::string_view name);

}  // namespace kgq
