// JSON text <-> kgq::Value for single values (parameters given as JSON, list properties written
// as JSON text in GraphML). Whole graph files go through json_loader instead.
#pragma once

#include <kgq/value.h>

#include <optional>
#include <string_view>

namespace kgq {

// Parses JSON text into a Value: objects become maps, arrays lists, integers that fit int64 ints,
// other numbers floats. `allowNanAndInfinity` also accepts NaN / Infinity. nullopt if not JSON.
std::optional<Value> parseJsonValue(std::string_view text, bool allowNanAndInfinity = false);

}  // namespace kgq
