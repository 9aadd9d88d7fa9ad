// Python <-> kgq::Value for the module, and the Python classes kgq.Node, kgq.Relationship and
// kgq.Path that stand for graph values.
//
// Promises: toPython maps every kind a result can hold (null, bool, int, float, str, list, map,
// node, relationship, path) and never fails (strings that are not valid UTF-8 decode with
// surrogateescape, and encode back the same way). fromPython accepts None, bool, int (64-bit),
// float, str, list and tuple, dict with str keys, kgq.Node, kgq.Relationship, kgq.Path, and
// numpy scalars and arrays (through .tolist()); anything else raises TypeError (OverflowError
// for an int outside 64 bits) naming where in the parameter it is, e.g. "$p[2]['k']". Needs the
// GIL.
#pragma once

#include <pybind11/pybind11.h>

#include <kgq/kgq.h>

#include <string>
#include <string_view>

namespace kgqpy {

namespace py = pybind11;

void bindValueClasses(py::module_& m);

py::object toPython(const kgq::Value& value);
// A kgq string as str (surrogateescape for bytes that are not UTF-8).
py::str strToPython(std::string_view text);
// `where` names the value in error messages ("$name").
kgq::Value fromPython(py::handle object, const std::string& where);
// None or a dict of str -> value.
kgq::Params paramsFromPython(py::handle params);

}  // namespace kgqpy
