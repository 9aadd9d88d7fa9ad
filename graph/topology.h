// Topology: the Boost.Graph adjacency_list that holds kgq's graph structure. Each Boost edge
// carries the kgq EdgeIndex of its record and its type (so type filters need no second lookup).
//
// vecS vertices: a vertex descriptor is the NodeIndex. listS edge list: Boost rejects
// remove_edge on a vecS edge list, and writes must be able to delete edges.
// Included only by graph code and the executor (Boost headers are costly to compile).
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>

namespace kgq {

struct EdgeSlot {
  std::uint32_t index;
  std::uint32_t type;
};

using Topology = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                       boost::no_property, EdgeSlot, boost::no_property, boost::listS>;

}  // namespace kgq
