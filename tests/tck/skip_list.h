// Skip list: which scenarios the CI run does not count, each with a one-line reason naming the
// unsupported feature; and the inference of such a reason from a failure.
//
// File format, one entry a line (blank lines and lines starting with '#' are ignored):
//   <path relative to the TCK root>:<scenario name>[ [example N]]  # <reason>
//
// Promises: readSkipList never throws; malformed lines (no reason, a TODO reason, a duplicate)
// are reported in `problems` (the runner refuses such a list). inferSkipReason only names a feature when the failure shows the feature is
// unsupported (kgq's "X is not supported yet", an unknown function, a parse error on a construct
// recognised in the query, an unsupported TCK step); for anything else it returns "" so a person
// must look at it (an engine bug must not be skipped silently).
#pragma once

#include "executor.h"

#include <map>
#include <string>
#include <vector>

namespace tck {

struct SkipEntry {
  std::string key;
  std::string reason;
  int line = 0;
};

struct SkipList {
  std::map<std::string, SkipEntry> entries;
  std::vector<std::string> problems;
};

// The key of a scenario: "clauses/match/Match1.feature:[1] Match ... [example 3]".
std::string scenarioKey(const std::string& relativePath, const std::string& name, int exampleIndex);

SkipList readSkipList(const std::string& path, std::string* error);
SkipList parseSkipList(const std::string& text);

// A reason naming the unsupported feature, or "" if the failure needs a person to look at it.
std::string inferSkipReason(const Outcome& outcome);

// Writes entries (in the given order) with a header; returns false on an I/O error.
bool writeSkipList(const std::string& path, const std::vector<SkipEntry>& entries);

}  // namespace tck
