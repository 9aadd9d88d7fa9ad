// Snapshot: the whole graph in one binary file, written at a checkpoint and read when a database
// directory opens. It keeps the tables as they are in memory (dead slots included, so node and
// edge indexes, which the write-ahead log refers to, stay the same), the interned names, the
// typed columns and both CSR adjacencies as raw arrays, and the definitions of the property
// indexes (which refill on first use); the id index and label index are rebuilt on reading.
// Reading maps the file and gives each section's pages back once parsed.
//
// Layout: a 20-byte header (magic "KGQ-SNAP", format version, section count, header CRC-32C),
// then sections, each [tag u32][CRC-32C u32][length u64][payload], in a fixed order.
//
// Promises: writeSnapshot replaces `path` atomically (temporary file, fsync, rename, directory
// fsync) or throws Error(Io) leaving it untouched. readSnapshot fills `graph` exactly as it was
// written, or throws Error(Load) "FILE: offset N: WHAT" (bad magic, another version, a checksum
// mismatch, truncation, inconsistent tables) — never a crash or a partly right graph.
#pragma once

#include "graph/property_graph.h"

#include <cstdint>
#include <string>

namespace kgq::storage {

inline constexpr std::uint32_t kSnapshotVersion = 1;

// `sequence` is the number of the last log record the snapshot contains.
void writeSnapshot(const PropertyGraph& graph, std::uint64_t sequence, const std::string& path);
// Reads into a new graph `graph` (as built by PropertyGraph()); returns the sequence it was written with.
std::uint64_t readSnapshot(const std::string& path, PropertyGraph& graph);

}  // namespace kgq::storage
