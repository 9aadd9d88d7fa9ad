// Database::Impl: what a kgq::Database owns. Internal to the implementation of the public API
// (query/api/*.cpp); nothing outside query/api includes it.
#pragma once

#include <kgq/kgq.h>

#include "graph/property_graph.h"

#include <cstdint>

namespace kgq {

struct Database::Impl {
  PropertyGraph graph;
  std::uint64_t changes = 0;  // bumped by every load and every write query that changed something
};

}  // namespace kgq
