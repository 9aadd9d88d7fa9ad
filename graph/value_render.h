// Text renderings of values shared by every output (CLI table, golden tests, error messages):
// Cypher literal notation and the float format.
//
// Promises: formatFloat gives the shortest text that reads back as the same double and always
// shows it is a float (a '.' or an exponent: 5.0, 1.5e-7, NaN, Infinity).
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
