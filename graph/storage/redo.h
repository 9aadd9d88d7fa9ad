// Redo records: the binary form of a CommitRecord (graph/change_record.h) inside a log record, and
// replaying one on a graph.
//
// Promises: decodeCommit(encodeCommit(r)) == r. applyCommit either applies the whole record and
// returns an empty string, or applies none of it and returns what does not fit (a name id that
// differs, a node that does not exist, an index that came out different) — a record from another
// database or a damaged one is refused, never applied halfway or allowed to crash.
#pragma once

#include "graph/change_record.h"
#include "graph/storage/byte_io.h"

#include <string>

namespace kgq::storage {

void encodeCommit(const CommitRecord& record, ByteWriter& out);
CommitRecord decodeCommit(ByteReader& in);
std::string applyCommit(PropertyGraph& graph, const CommitRecord& record);

}  // namespace kgq::storage
