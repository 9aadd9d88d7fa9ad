// The extension module kgq._kgq: the C++ classes behind the Python package kgq (python/kgq/).
#include "database.h"
#include "result.h"
#include "session.h"
#include "values.h"

PYBIND11_MODULE(_kgq, m) {
  m.doc() = "kgq's engine, bound with pybind11; use the package kgq, not this module.";
  kgqpy::rememberMainThread(
      pybind11::module_::import("threading").attr("main_thread")().attr("ident").cast<unsigned long>());
  kgqpy::bindValueClasses(m);
  kgqpy::bindResult(m);
  kgqpy::bindDatabase(m);
#if KGQ_PYTHON_TEMPORAL
  m.attr("_temporal") = true;
#else
  m.attr("_temporal") = false;  // the engine has no temporal values yet
#endif
}
