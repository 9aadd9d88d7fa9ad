// A result's columns as numpy arrays, built in C++ so that Result.to_pandas() costs about what
// building the same DataFrame from Python lists does.
//
// Promises, per column (the dtype names are pandas'):
//   only integers -> "int64"; integers and nulls -> "Int64" (pandas' nullable integers: values
//   with a mask, so large integers stay exact instead of turning into floats); floats, or floats
//   with integers and nulls -> "float64" (null is NaN); only booleans -> "bool"; booleans and
//   nulls -> "boolean" (nullable); anything else (strings, lists, maps, graph values, mixed
//   kinds, all null, no rows) -> "object" holding the values as toPython gives them.
#pragma once

#include <pybind11/pybind11.h>

#include <kgq/kgq.h>

namespace kgqpy {

namespace py = pybind11;

// One (dtype name, values ndarray, mask ndarray or None) tuple per column; mask[i] is true where
// the value is null ("Int64" and "boolean" only).
py::list columnArrays(const kgq::Result& result);

}  // namespace kgqpy
