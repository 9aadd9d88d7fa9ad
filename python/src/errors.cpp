#include "errors.h"

namespace kgqpy {

namespace py = pybind11;

namespace {

const char* kindName(kgq::ErrorKind kind) {
  switch (kind) {
    case kgq::ErrorKind::Syntax: return "syntax";
    case kgq::ErrorKind::Semantic: return "semantic";
    case kgq::ErrorKind::Runtime: return "runtime";
    case kgq::ErrorKind::Load: return "load";
    case kgq::ErrorKind::Io: return "io";
    case kgq::ErrorKind::Interrupted: return "interrupted";
    case kgq::ErrorKind::ResourceLimit: return "limit";
  }
  return "runtime";
}

}  // namespace

void raiseKgqError(const kgq::Error& error) {
  // kgq.errors.from_kind builds the right subclass; it is pure Python so that the classes can
  // subclass builtins (SyntaxError, RuntimeError, ...) and parse positions with re.
  py::object fromKind = py::module_::import("kgq.errors").attr("from_kind");
  py::object exc = fromKind(kindName(error.kind()), py::str(error.what()));
  PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(exc.ptr())), exc.ptr());
  throw py::error_already_set();
}

void rethrowForPython(std::exception_ptr failure) {
  try {
    std::rethrow_exception(failure);
  } catch (const kgq::Error& e) {
    // Ctrl-C: our SIGINT handler interrupted the query and chained to Python's, which tripped
    // its flag; running the Python handler now raises KeyboardInterrupt (or whatever the
    // program's own handler does).
    if (e.kind() == kgq::ErrorKind::Interrupted && PyErr_CheckSignals() != 0) throw py::error_already_set();
    raiseKgqError(e);
  }
}

}  // namespace kgqpy
