// Step executor: runs one TCK scenario against a fresh kgq::Database and says whether it passed.
//
// Steps understood: `an empty graph`, `any graph`, `the <name> graph` (runs
// <tckRoot>/graphs/<name>/<name>.cypher), `[after] having executed:`, `parameters are:` /
// `parameter values are:`, `executing query:`, `executing control query:`, `the result should be,
// in any order:` / `, in order:` / `(ignoring element order for lists):` (and combinations),
// `the result should be empty`, `no side effects`, `the side effects should be:`, and `a <Type>
// should be raised at <compile time|runtime|any time>: <Detail>`. Any other step fails the
// scenario with "unsupported step: ...".
//
// Promises: never throws and never lets a kgq::Error or std::exception escape; every scenario
// gets its own Database and Connection; a watchdog thread calls Connection::interrupt() once the
// wall-clock limit is reached, and the scenario is then reported as "timed out".
#pragma once

#include "gherkin.h"

#include <kgq/kgq.h>

#include <string>

namespace tck {

struct ExecOptions {
  std::string tckRoot;          // where graphs/<name>/<name>.cypher lives ("" if unknown)
  double timeoutSeconds = 10;   // per scenario
};

struct Outcome {
  bool passed = false;
  bool timedOut = false;
  std::string reason;        // one line, why it failed
  std::string details;       // for --verbose: query, parameters, expected vs actual
  std::string errorMessage;  // the kgq error behind the failure, if any
  std::string query;         // the query under test (or the failing setup query)
};

Outcome runScenario(const Scenario& scenario, const ExecOptions& options);

// How a kgq error kind is judged against a TCK expectation `a <type> should be raised at <phase>`.
// Returns true if acceptable; otherwise `why` says what was wrong.
bool errorMatches(const std::string& type, const std::string& phase, kgq::ErrorKind kind,
                  const std::string& message, std::string* why);

}  // namespace tck
