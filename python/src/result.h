// kgq.Result for Python: the rows of one query, with the database it ran on (for exports and
// pictures of its subgraph, and the end nodes to_networkx needs).
//
// Promises: a Result never changes; converting it (iteration, rows, column arrays) needs no lock
// because it holds its own copy of the rows.
#pragma once

#include "session.h"

#include <pybind11/pybind11.h>

#include <kgq/kgq.h>

#include <memory>

namespace kgqpy {

namespace py = pybind11;

struct PyResult {
  std::shared_ptr<const kgq::Result> result;
  std::shared_ptr<SharedDatabase> database;
};

void bindResult(py::module_& m);

// An export of the whole database (result == nullptr) or of a result's subgraph, as a dict
// {"nodes", "relationships", "files", "note"}. `format` is an export format name.
py::dict exportTo(SharedDatabase& database, const kgq::Result* result, const std::string& format, const std::string& path);

// os.fspath(path) as a std::string.
std::string pathArgument(py::handle path);

}  // namespace kgqpy
