// kgq::Error as a Python exception: kgq.SyntaxError, kgq.SemanticError, kgq.RuntimeError,
// kgq.LoadError, kgq.FileError or kgq.Interrupted, all subclasses of kgq.Error (defined in
// kgq/errors.py, which also reads the line and column out of the message).
#pragma once

#include <pybind11/pybind11.h>

#include <kgq/kgq.h>

#include <exception>

namespace kgqpy {

// Sets the Python exception for `error` and throws py::error_already_set. Needs the GIL.
[[noreturn]] void raiseKgqError(const kgq::Error& error);

// Rethrows `failure` (caught while the GIL was released) as the exception Python should see: a
// kgq.Error subclass for kgq::Error, KeyboardInterrupt when an interrupted query was stopped by a
// Ctrl-C that Python's handler turns into KeyboardInterrupt, and anything else as it is (pybind11
// translates the standard exceptions). Needs the GIL.
[[noreturn]] void rethrowForPython(std::exception_ptr failure);

}  // namespace kgqpy
