// The function families that make up the registry (function_registry.h): each family's file
// holds its entries with their implementations; the registry is their concatenation.
#pragma once

#include "query/function/function_registry.h"

namespace kgq {

// query/function/functions.cpp: aggregates, graph, lists, strings, conversion, numeric.
const std::vector<FunctionEntry>& coreFunctions();
// query/function/temporal_functions.cpp: temporal constructors, clocks, truncate, duration.between.
const std::vector<FunctionEntry>& temporalFunctions();

}  // namespace kgq
