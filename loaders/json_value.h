// JSON text <-> kgq::Value for single values (parameters given as JSON, list properties written
// as JSON text in GraphML), and the conversion of a JSON number's text that the graph loader
// shares. Whole graph files go through json_loader instead.
#pragma once

#include <kgq/value.h>

#include <optional>
#include <string>
#include <string_view>

namespace kgq {

// How deep arrays and objects may nest in a single JSON value: as deep as brackets may nest in a
// query (kMaxNestingDepth), so a value a parameter passes in is one a query could have written.
constexpr std::size_t kMaxJsonDepth = 500;

// Parses JSON text into a Value: objects become maps, arrays lists, integers that fit int64 ints,
// other numbers floats. `allowNanAndInfinity` also accepts NaN / Infinity. nullopt if not JSON.
// Parsing is iterative and numbers are converted by kgq (RapidJSON 1.1.0's own full-precision
// conversion crashes on long runs of zeros). JSON nested deeper than kMaxJsonDepth is refused:
// nullopt, and `tooDeep` (if given) gets a message naming the limit and the byte offset.
std::optional<Value> parseJsonValue(std::string_view text, bool allowNanAndInfinity = false,
                                    std::string* tooDeep = nullptr);

// The value of a JSON number's text (the grammar of RFC 8259, as RapidJSON's
// kParseNumbersAsStringsFlag passes it): an integer without fraction or exponent as Int, nullopt
// when such an integer does not fit in int64; any other number as the nearest Float (±infinity
// beyond the double range, ±0.0 below it).
std::optional<Value> jsonNumberValue(std::string_view text);

}  // namespace kgq
