// kgq-bench's workload part (issue 13): the queries W1-W6 that real users bring — per-row seeks,
// upserts, edge inserts by id, a value join, a filtered grouping — timed end to end and each
// answer checked against workloads.json, which kgq-gen --workloads computes from the graph it
// generated (never from kgq). Also the hand-written floors that W2 and W5 are compared with.
//
// Promise: a wrong answer is reported as a MISMATCH (and makes kgq-bench exit 3) however fast it
// was; the writing workloads (W1, W3, W4) each run on a freshly loaded copy of the graph, so no
// run sees another's writes, and the counts after each are verified by query against the
// expected numbers.
#pragma once

#include <kgq/kgq.h>

#include <string>

struct WorkloadOptions {
  std::string dir;   // holds graph.json and workloads.json
  std::string only;  // ",W2,W5," style filter; empty = all
  int runs = 7;      // timed runs of a reading workload after one warm-up
  int writeRuns = 3; // timed runs of a writing workload, each on a fresh load
  double timeoutS = 300;
};

struct WorkloadReport {
  bool anyMismatch = false;
  bool anyError = false;
  std::string json;  // {"W1": {...}, ...} for kgq-bench --json
};

// Runs the selected workloads: the reading ones on `db` (left unchanged), the writing ones on
// fresh loads of DIR/graph.json. Prints a table on stdout and each mismatch on stderr.
WorkloadReport runWorkloads(kgq::Database& db, const WorkloadOptions& options);
