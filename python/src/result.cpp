#include "result.h"

#include "columns.h"
#include "values.h"

#include <kgq/export.h>

#include <pybind11/stl.h>

namespace kgqpy {

namespace {

py::tuple rowTuple(const std::vector<kgq::Value>& row) {
  py::tuple t(row.size());
  for (std::size_t i = 0; i < row.size(); ++i) t[i] = toPython(row[i]);
  return t;
}

struct RowIterator {
  std::shared_ptr<const kgq::Result> result;
  std::size_t next = 0;
};

py::dict statsDict(const kgq::WriteStats& s) {
  py::dict d;
  d["nodes_created"] = s.nodesCreated;
  d["nodes_deleted"] = s.nodesDeleted;
  d["relationships_created"] = s.relationshipsCreated;
  d["relationships_deleted"] = s.relationshipsDeleted;
  d["properties_set"] = s.propertiesSet;
  d["properties_removed"] = s.propertiesRemoved;
  d["labels_added"] = s.labelsAdded;
  d["labels_removed"] = s.labelsRemoved;
  return d;
}

}  // namespace

std::string pathArgument(py::handle path) {
  py::object text = py::module_::import("os").attr("fspath")(path);
  if (!py::isinstance<py::str>(text)) throw py::type_error("a path must be str or os.PathLike of str");
  return text.cast<std::string>();
}

py::dict exportTo(SharedDatabase& database, const kgq::Result* result, const std::string& format, const std::string& path) {
  std::optional<kgq::ExportFormat> f = kgq::parseExportFormat(format);
  if (!f) throw py::value_error("unknown export format '" + format + "' (graphml, json, csv, cypher, dot, svg, png)");
  kgq::ExportReport report = runOnDatabase(database, nullptr, [&] {
    return result ? kgq::exportResult(database.db, *result, *f, path) : kgq::exportGraph(database.db, *f, path);
  });
  py::dict d;
  d["nodes"] = report.nodes;
  d["relationships"] = report.relationships;
  d["files"] = report.files;
  d["note"] = report.note;
  return d;
}

void bindResult(py::module_& m) {
  py::class_<RowIterator>(m, "_RowIterator")
      .def("__iter__", [](RowIterator& it) -> RowIterator& { return it; })
      .def("__next__", [](RowIterator& it) {
        if (it.next >= it.result->size()) throw py::stop_iteration();
        return rowTuple(it.result->rows()[it.next++]);
      });

  py::class_<PyResult>(m, "_Result")
      .def_property_readonly("columns", [](const PyResult& r) { return r.result->columns(); })
      .def("__len__", [](const PyResult& r) { return r.result->size(); })
      .def("__iter__", [](const PyResult& r) { return RowIterator{r.result, 0}; })
      .def("__getitem__", [](const PyResult& r, py::ssize_t i) {
        auto n = static_cast<py::ssize_t>(r.result->size());
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw py::index_error("row index out of range");
        return rowTuple(r.result->rows()[static_cast<std::size_t>(i)]);
      })
      .def_property_readonly("rows", [](const PyResult& r) {
        const auto& columns = r.result->columns();
        py::list keys;
        for (const auto& c : columns) keys.append(strToPython(c));
        py::list out;
        for (const auto& row : r.result->rows()) {
          py::dict d;
          for (std::size_t i = 0; i < row.size(); ++i) d[keys[i]] = toPython(row[i]);
          out.append(d);
        }
        return out;
      })
      .def_property_readonly("stats", [](const PyResult& r) { return statsDict(r.result->stats()); })
      .def_property_readonly("plan", [](const PyResult& r) -> py::object {
        if (r.result->planText().empty()) return py::none();
        return strToPython(r.result->planText());
      })
      .def_property_readonly("timing", [](const PyResult& r) {
        py::dict d;
        d["parse_ms"] = r.result->timing().parseMicros / 1000;
        d["plan_ms"] = r.result->timing().planMicros / 1000;
        d["execute_ms"] = r.result->timing().executeMicros / 1000;
        return d;
      })
      .def_property_readonly("from_plan_cache", [](const PyResult& r) { return r.result->timing().fromPlanCache; },
                             "Whether the plan came from the database's query cache (nothing parsed or planned).")
      .def("_column_arrays", [](const PyResult& r) { return columnArrays(*r.result); })
      .def("_cypher_cells", [](const PyResult& r, std::size_t limit) {
        py::list out;
        for (std::size_t i = 0; i < r.result->size() && i < limit; ++i) {
          py::list cells;
          for (const auto& v : r.result->rows()[i]) cells.append(strToPython(v.toCypher()));
          out.append(cells);
        }
        return out;
      })
      .def("_nodes_by_id", [](const PyResult& r, const std::vector<std::string>& ids) {
        // The end nodes of relationships whose nodes the rows do not hold (for to_networkx).
        kgq::List list(ids.begin(), ids.end());
        kgq::Params params{{"ids", kgq::Value(std::move(list))}};
        kgq::Result found = runOnDatabase(*r.database, nullptr, [&] {
          kgq::Connection connection(r.database->db);
          return connection.run("UNWIND $ids AS i MATCH (n) WHERE elementId(n) = i RETURN n", params);
        });
        py::list out;
        for (const auto& row : found.rows()) out.append(rowTuple(row));
        return out;
      })
      .def("_export", [](const PyResult& r, const std::string& format, py::handle path) {
        return exportTo(*r.database, r.result.get(), format, pathArgument(path));
      });
}

}  // namespace kgqpy
