#include "values.h"

#include "temporal_values.h"

#include <pybind11/stl.h>

#include <cstdint>
#include <optional>
#include <string_view>

namespace kgqpy {

py::str strToPython(std::string_view s) {
  PyObject* o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "surrogateescape");
  if (!o) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(o);
}

namespace {

std::string strFromPython(py::handle o) {
  Py_ssize_t size = 0;
  if (const char* utf8 = PyUnicode_AsUTF8AndSize(o.ptr(), &size)) return std::string(utf8, static_cast<std::size_t>(size));
  PyErr_Clear();  // lone surrogates: what toPython made of bytes that were not UTF-8
  py::bytes bytes = py::reinterpret_steal<py::bytes>(PyUnicode_AsEncodedString(o.ptr(), "utf-8", "surrogateescape"));
  if (!bytes) throw py::error_already_set();
  return std::string(bytes);
}

py::dict mapToPython(const kgq::Map& map) {
  py::dict d;
  for (const auto& [key, value] : map) d[strToPython(key)] = toPython(value);
  return d;
}

py::list labelsToPython(const std::vector<std::string>& labels) {
  py::list l;
  for (const auto& label : labels) l.append(strToPython(label));
  return l;
}

kgq::Map mapFromPython(py::handle o, const std::string& where) {
  kgq::Map map;
  for (auto item : py::reinterpret_borrow<py::dict>(o)) {
    if (!PyUnicode_Check(item.first.ptr()))
      throw py::type_error(where + ": map keys must be str, not " +
                           std::string(py::str(py::type::of(item.first).attr("__name__"))));
    std::string key = strFromPython(item.first);
    map[key] = fromPython(item.second, where + "[" + std::string(py::repr(item.first)) + "]");
  }
  return map;
}

py::object propertyOf(const kgq::Map& properties, const std::string& key, py::object fallback, bool raise) {
  auto it = properties.find(key);
  if (it != properties.end()) return toPython(it->second);
  if (raise) throw py::key_error(key);
  return fallback;
}

std::uint64_t handleFromElementId(const std::string& id) {
  std::size_t used = 0;
  unsigned long long h = 0;
  try {
    h = std::stoull(id, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != id.size() || id.empty() || id[0] == '-' || id[0] == '+')
    throw py::value_error("a relationship's element_id is a decimal number, not '" + id + "'");
  return h;
}

}  // namespace

py::object toPython(const kgq::Value& v) {
  switch (v.kind()) {
    case kgq::ValueKind::Null: return py::none();
    case kgq::ValueKind::Bool: return py::bool_(v.asBool());
    case kgq::ValueKind::Int: return py::int_(v.asInt());
    case kgq::ValueKind::Float: return py::float_(v.asFloat());
    case kgq::ValueKind::String: return strToPython(v.asString());
    case kgq::ValueKind::List: {
      const kgq::List& items = v.asList();
      py::list l(items.size());
      for (std::size_t i = 0; i < items.size(); ++i) l[i] = toPython(items[i]);
      return l;
    }
    case kgq::ValueKind::Map: return mapToPython(v.asMap());
    case kgq::ValueKind::Node: return py::cast(v.asNode());
    case kgq::ValueKind::Relationship: return py::cast(v.asRelationship());
    case kgq::ValueKind::Path: return py::cast(v.asPath());
#if KGQ_PYTHON_TEMPORAL
    case kgq::ValueKind::Date:
    case kgq::ValueKind::LocalTime:
    case kgq::ValueKind::Time:
    case kgq::ValueKind::LocalDateTime:
    case kgq::ValueKind::DateTime:
    case kgq::ValueKind::Duration: return temporalToPython(v);
#endif
    default: break;  // engine handles (never in results) and kinds newer than this module
  }
  // Results never hold engine handles (kgq/value.h); a kind added to the engine after this
  // module is named rather than crashing.
  throw py::value_error(std::string("the Python module cannot map a kgq value of kind ") + kgq::kindName(v.kind()));
}

kgq::Value fromPython(py::handle o, const std::string& where) {
  PyObject* p = o.ptr();
  if (p == Py_None) return kgq::Value();
  if (PyBool_Check(p)) return kgq::Value(p == Py_True);
  if (PyLong_Check(p)) {
    int overflow = 0;
    long long i = PyLong_AsLongLongAndOverflow(p, &overflow);
    if (overflow) {
      std::string message = where + ": " + std::string(py::repr(o)) + " does not fit kgq's 64-bit integers";
      PyErr_SetString(PyExc_OverflowError, message.c_str());
      throw py::error_already_set();
    }
    if (i == -1 && PyErr_Occurred()) throw py::error_already_set();
    return kgq::Value(static_cast<std::int64_t>(i));
  }
  if (PyFloat_Check(p)) return kgq::Value(PyFloat_AS_DOUBLE(p));
  if (PyUnicode_Check(p)) return kgq::Value(strFromPython(o));
  if (PyList_Check(p) || PyTuple_Check(p)) {
    kgq::List items;
    py::sequence seq = py::reinterpret_borrow<py::sequence>(o);
    items.reserve(seq.size());
    for (std::size_t i = 0; i < seq.size(); ++i) items.push_back(fromPython(seq[i], where + "[" + std::to_string(i) + "]"));
    return kgq::Value(std::move(items));
  }
  if (PyDict_Check(p)) return kgq::Value(mapFromPython(o, where));
  if (py::isinstance<kgq::Node>(o)) return kgq::Value(o.cast<kgq::Node>());
  if (py::isinstance<kgq::Relationship>(o)) return kgq::Value(o.cast<kgq::Relationship>());
  if (py::isinstance<kgq::Path>(o)) return kgq::Value(o.cast<kgq::Path>());
#if KGQ_PYTHON_TEMPORAL
  if (std::optional<kgq::Value> t = temporalFromPython(o, where)) return std::move(*t);
#endif
  py::handle type = py::type::of(o);
  // numpy scalars (numpy.int64, numpy.bool_, ...) and arrays: their Python equivalents.
  if (py::hasattr(type, "__module__") && std::string(py::str(type.attr("__module__"))) == "numpy" &&
      py::hasattr(o, "tolist"))
    return fromPython(o.attr("tolist")(), where);
  throw py::type_error(where + ": kgq cannot take a value of type " + std::string(py::str(type.attr("__qualname__"))) +
                       " (it takes None, bool, int, float, str, list, dict, kgq.Node, kgq.Relationship, kgq.Path)");
}

kgq::Params paramsFromPython(py::handle params) {
  if (params.is_none()) return {};
  if (!PyDict_Check(params.ptr()))
    throw py::type_error("params must be a dict of parameter names to values, not " +
                         std::string(py::str(py::type::of(params).attr("__name__"))));
  kgq::Params out;
  for (auto item : py::reinterpret_borrow<py::dict>(params)) {
    if (!PyUnicode_Check(item.first.ptr())) throw py::type_error("parameter names must be str");
    std::string name = strFromPython(item.first);
    out[name] = fromPython(item.second, "$" + name);
  }
  return out;
}

void bindValueClasses(py::module_& m) {
  py::class_<kgq::Node>(m, "Node", R"doc(A node of a query result: its element id, labels and properties.

Read properties with ``node["name"]`` or ``node.get("name")``. Two nodes are equal when id,
labels and properties are; the hash is the element id's. A Node can be passed back as a
parameter.)doc")
      .def(py::init([](std::string elementId, std::vector<std::string> labels, py::object properties) {
             kgq::Node n{std::move(elementId), std::move(labels), {}};
             if (!properties.is_none()) n.properties = mapFromPython(properties, "properties");
             return n;
           }),
           py::arg("element_id"), py::arg("labels") = std::vector<std::string>{}, py::arg("properties") = py::none())
      .def_property_readonly("element_id", [](const kgq::Node& n) { return strToPython(n.id); },
                             "The node's identity (its kgq id), as elementId(n) gives it.")
      .def_property_readonly("labels", [](const kgq::Node& n) { return labelsToPython(n.labels); },
                             "The labels, in the graph's order.")
      .def_property_readonly("properties", [](const kgq::Node& n) { return mapToPython(n.properties); },
                             "The stored properties as a new dict.")
      .def("__getitem__", [](const kgq::Node& n, const std::string& key) { return propertyOf(n.properties, key, py::none(), true); })
      .def("get", [](const kgq::Node& n, const std::string& key, py::object fallback) { return propertyOf(n.properties, key, fallback, false); },
           py::arg("key"), py::arg("default") = py::none())
      .def("__contains__", [](const kgq::Node& n, const std::string& key) { return n.properties.count(key) > 0; })
      .def("keys", [](const kgq::Node& n) {
        py::list l;
        for (const auto& entry : n.properties) l.append(strToPython(entry.first));
        return l;
      })
      .def("__eq__", [](const kgq::Node& a, py::object b) {
        return py::isinstance<kgq::Node>(b) && kgq::Value(a) == kgq::Value(b.cast<kgq::Node>());
      })
      .def("__hash__", [](const kgq::Node& n) { return py::hash(strToPython(n.id)); })
      .def("__repr__", [](const kgq::Node& n) {
        return "Node(" + std::string(py::repr(strToPython(n.id))) + ", " + std::string(py::repr(labelsToPython(n.labels))) +
               ", " + std::string(py::repr(mapToPython(n.properties))) + ")";
      });

  py::class_<kgq::Relationship>(m, "Relationship", R"doc(A relationship of a query result: type, end nodes' element ids, properties.

``element_id`` tells apart relationships that are otherwise alike (same type, ends and
properties). Read properties with ``rel["since"]`` or ``rel.get("since")``.)doc")
      .def(py::init([](std::string type, std::string start, std::string end, py::object properties, std::string elementId) {
             kgq::Relationship r{std::move(type), std::move(start), std::move(end), {}, handleFromElementId(elementId)};
             if (!properties.is_none()) r.properties = mapFromPython(properties, "properties");
             return r;
           }),
           py::arg("type"), py::arg("start_element_id"), py::arg("end_element_id"), py::arg("properties") = py::none(),
           py::arg("element_id") = "0")
      .def_property_readonly("element_id", [](const kgq::Relationship& r) { return std::to_string(r.handle); },
                             "The relationship's identity in its database, as a decimal string.")
      .def_property_readonly("type", [](const kgq::Relationship& r) { return strToPython(r.type); })
      .def_property_readonly("start_element_id", [](const kgq::Relationship& r) { return strToPython(r.from); },
                             "The element id of the node it starts at.")
      .def_property_readonly("end_element_id", [](const kgq::Relationship& r) { return strToPython(r.to); },
                             "The element id of the node it points to.")
      .def_property_readonly("properties", [](const kgq::Relationship& r) { return mapToPython(r.properties); })
      .def("__getitem__", [](const kgq::Relationship& r, const std::string& key) { return propertyOf(r.properties, key, py::none(), true); })
      .def("get", [](const kgq::Relationship& r, const std::string& key, py::object fallback) { return propertyOf(r.properties, key, fallback, false); },
           py::arg("key"), py::arg("default") = py::none())
      .def("__contains__", [](const kgq::Relationship& r, const std::string& key) { return r.properties.count(key) > 0; })
      .def("keys", [](const kgq::Relationship& r) {
        py::list l;
        for (const auto& entry : r.properties) l.append(strToPython(entry.first));
        return l;
      })
      .def("__eq__", [](const kgq::Relationship& a, py::object b) {
        return py::isinstance<kgq::Relationship>(b) && kgq::Value(a) == kgq::Value(b.cast<kgq::Relationship>());
      })
      .def("__hash__", [](const kgq::Relationship& r) { return py::hash(py::int_(r.handle)); })
      .def("__repr__", [](const kgq::Relationship& r) {
        return "Relationship(" + std::string(py::repr(strToPython(r.type))) + ", " + std::string(py::repr(strToPython(r.from))) +
               ", " + std::string(py::repr(strToPython(r.to))) + ", " + std::string(py::repr(mapToPython(r.properties))) +
               ", element_id='" + std::to_string(r.handle) + "')";
      });

  py::class_<kgq::Path>(m, "Path", R"doc(A path: nodes[0] -relationships[0]- nodes[1] ... ; len(path) is its number of relationships.)doc")
      .def(py::init([](std::vector<kgq::Node> nodes, std::vector<kgq::Relationship> relationships) {
             if (nodes.size() != relationships.size() + 1)
               throw py::value_error("a path has one node more than it has relationships");
             return kgq::Path{std::move(nodes), std::move(relationships)};
           }),
           py::arg("nodes"), py::arg("relationships"))
      .def_property_readonly("nodes", [](const kgq::Path& p) { return py::cast(p.nodes); })
      .def_property_readonly("relationships", [](const kgq::Path& p) { return py::cast(p.relationships); })
      .def_property_readonly("start_node", [](const kgq::Path& p) { return py::cast(p.nodes.front()); })
      .def_property_readonly("end_node", [](const kgq::Path& p) { return py::cast(p.nodes.back()); })
      .def("__len__", [](const kgq::Path& p) { return p.relationships.size(); })
      .def("__eq__", [](const kgq::Path& a, py::object b) {
        return py::isinstance<kgq::Path>(b) && kgq::Value(a) == kgq::Value(b.cast<kgq::Path>());
      })
      .def("__hash__", [](const kgq::Path& p) {
        py::list ids;
        for (const auto& n : p.nodes) ids.append(strToPython(n.id));
        for (const auto& r : p.relationships) ids.append(py::int_(r.handle));
        return py::hash(py::tuple(ids));
      })
      .def("__repr__", [](const kgq::Path& p) {
        return "Path(" + std::string(py::repr(py::cast(p.nodes))) + ", " + std::string(py::repr(py::cast(p.relationships))) + ")";
      });
}

}  // namespace kgqpy
