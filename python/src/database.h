// kgq._Database and kgq._Connection, the C++ halves of kgq.Database and kgq.Connection
// (kgq/__init__.py adds the Python-facing methods and docstrings).
#pragma once

#include <pybind11/pybind11.h>

namespace kgqpy {

void bindDatabase(pybind11::module_& m);

}  // namespace kgqpy
