#include "columns.h"

#include "values.h"

#include <pybind11/numpy.h>

#include <cmath>
#include <cstdint>
#include <limits>

namespace kgqpy {

namespace {

constexpr unsigned bit(kgq::ValueKind k) { return 1u << static_cast<unsigned>(k); }
constexpr unsigned kNull = bit(kgq::ValueKind::Null), kBool = bit(kgq::ValueKind::Bool), kInt = bit(kgq::ValueKind::Int),
                   kFloat = bit(kgq::ValueKind::Float);

template <class T, class Get>
py::array_t<T> fill(const kgq::Result& r, std::size_t column, Get get) {
  const auto& rows = r.rows();
  py::array_t<T> values(static_cast<py::ssize_t>(rows.size()));
  T* out = values.mutable_data();
  for (std::size_t i = 0; i < rows.size(); ++i) out[i] = get(rows[i][column]);
  return values;
}

py::array_t<bool> nullMask(const kgq::Result& r, std::size_t column) {
  return fill<bool>(r, column, [](const kgq::Value& v) { return v.isNull(); });
}

py::array objects(const kgq::Result& r, std::size_t column) {
  const auto& rows = r.rows();
  py::array values(py::dtype("object"), std::vector<py::ssize_t>{static_cast<py::ssize_t>(rows.size())});
  auto** out = static_cast<PyObject**>(values.mutable_data());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    PyObject* old = out[i];  // numpy fills a new object array with NULL or None
    out[i] = toPython(rows[i][column]).release().ptr();
    Py_XDECREF(old);
  }
  return values;
}

}  // namespace

py::list columnArrays(const kgq::Result& r) {
  py::list out;
  for (std::size_t c = 0; c < r.columns().size(); ++c) {
    unsigned kinds = 0;
    for (const auto& row : r.rows()) kinds |= bit(row[c].kind());
    py::object none = py::none();
    if (kinds == kInt) {
      out.append(py::make_tuple("int64", fill<std::int64_t>(r, c, [](const kgq::Value& v) { return v.asInt(); }), none));
    } else if (kinds == (kInt | kNull)) {
      out.append(py::make_tuple("Int64", fill<std::int64_t>(r, c, [](const kgq::Value& v) { return v.isNull() ? 0 : v.asInt(); }),
                                nullMask(r, c)));
    } else if ((kinds & kFloat) && (kinds & ~(kInt | kFloat | kNull)) == 0) {
      out.append(py::make_tuple("float64", fill<double>(r, c, [](const kgq::Value& v) {
                                  return v.isNull() ? std::numeric_limits<double>::quiet_NaN() : v.asNumber();
                                }),
                                none));
    } else if (kinds == kBool) {
      out.append(py::make_tuple("bool", fill<bool>(r, c, [](const kgq::Value& v) { return v.asBool(); }), none));
    } else if (kinds == (kBool | kNull)) {
      out.append(py::make_tuple("boolean", fill<bool>(r, c, [](const kgq::Value& v) { return !v.isNull() && v.asBool(); }),
                                nullMask(r, c)));
    } else {
      out.append(py::make_tuple("object", objects(r, c), none));
    }
  }
  return out;
}

}  // namespace kgqpy
