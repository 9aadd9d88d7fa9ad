#include "database.h"

#include "result.h"
#include "session.h"
#include "values.h"

#include <kgq/export.h>

#include <pybind11/stl.h>

#include <memory>
#include <string_view>

// The bundled knowledge graph, embedded by cmake/EmbedFile.cmake (kgq_bundled_graph_data), the
// same bytes the kgq command opens.
extern const unsigned char kgq_bundled_graph[];
extern const unsigned long kgq_bundled_graph_size;

namespace kgqpy {

namespace py = pybind11;

namespace {

// A session: the shared database and a kgq::Connection on it (destroyed before the database).
struct PyConnection {
  explicit PyConnection(std::shared_ptr<SharedDatabase> db)
      : database(std::move(db)), connection(std::make_unique<kgq::Connection>(database->db)) {}
  std::shared_ptr<SharedDatabase> database;
  std::unique_ptr<kgq::Connection> connection;
};

// The Python Database: the shared database and its own connection for Database.execute.
struct PyDatabase {
  PyDatabase() : shared(std::make_shared<SharedDatabase>()), own(shared) {}
  std::shared_ptr<SharedDatabase> shared;
  PyConnection own;
};

PyResult execute(PyConnection& c, const std::string& query, py::handle params) {
  kgq::Params p = paramsFromPython(params);
  kgq::Result r = runOnDatabase(*c.database, c.connection.get(), [&] { return c.connection->run(query, p); });
  return PyResult{std::make_shared<const kgq::Result>(std::move(r)), c.database};
}

py::dict loadStats(const kgq::LoadStats& s) {
  py::dict d;
  d["nodes"] = s.nodes;
  d["relationships"] = s.edges;
  return d;
}

}  // namespace

void bindDatabase(py::module_& m) {
  py::class_<PyDatabase>(m, "_Database")
      .def(py::init<>())
      .def("_execute", [](PyDatabase& d, const std::string& q, py::handle params) { return execute(d.own, q, params); },
           py::arg("query"), py::arg("params") = py::none())
      .def("_connect", [](PyDatabase& d) { return PyConnection(d.shared); })
      .def("interrupt", [](PyDatabase& d) { d.own.connection->interrupt(); },
           "Stops the query running through Database.execute (from another thread); it raises kgq.Interrupted.")
      .def("load_json", [](PyDatabase& d, py::handle path) {
        std::string p = pathArgument(path);
        return loadStats(runOnDatabase(*d.shared, nullptr, [&] { return d.shared->db.loadJsonFile(p); }));
      }, py::arg("path"))
      .def("load_json_text", [](PyDatabase& d, const std::string& text, const std::string& source) {
        return loadStats(runOnDatabase(*d.shared, nullptr, [&] { return d.shared->db.loadJsonText(text, source); }));
      }, py::arg("text"), py::arg("source_name") = "<text>")
      .def("load_graphml", [](PyDatabase& d, py::handle path) {
        std::string p = pathArgument(path);
        return loadStats(runOnDatabase(*d.shared, nullptr, [&] { return kgq::loadGraphMLFile(d.shared->db, p); }));
      }, py::arg("path"))
      .def("_load_bundled", [](PyDatabase& d) {
        std::string_view text(reinterpret_cast<const char*>(kgq_bundled_graph), kgq_bundled_graph_size);
        return loadStats(runOnDatabase(*d.shared, nullptr, [&] { return d.shared->db.loadJsonText(text, "bundled china_innovation.json"); }));
      })
      .def("save", [](PyDatabase& d, py::handle path) {
        std::string p = pathArgument(path);
        runOnDatabase(*d.shared, nullptr, [&] {
          d.shared->db.saveJsonFile(p);
          return true;
        });
      }, py::arg("path"))
      .def("_export_graph", [](PyDatabase& d, const std::string& format, py::handle path) {
        return exportTo(*d.shared, nullptr, format, pathArgument(path));
      })
      .def("property_keys", [](PyDatabase& d) {
        auto keys = runOnDatabase(*d.shared, nullptr, [&] { return kgq::describePropertyKeys(d.shared->db); });
        py::list out;
        for (const auto& k : keys) {
          py::dict e;
          e["on"] = k.onNodes ? "node" : "relationship";
          e["key"] = strToPython(k.key);
          e["count"] = k.count;
          e["types"] = k.types;
          out.append(e);
        }
        return out;
      }, "The property keys of the graph: dicts with on ('node' or 'relationship'), key, count and types.")
      .def_property_readonly("node_count", [](PyDatabase& d) {
        return runOnDatabase(*d.shared, nullptr, [&] { return d.shared->db.nodeCount(); });
      })
      .def_property_readonly("relationship_count", [](PyDatabase& d) {
        return runOnDatabase(*d.shared, nullptr, [&] { return d.shared->db.edgeCount(); });
      })
      .def_property_readonly("change_count", [](PyDatabase& d) {
        return runOnDatabase(*d.shared, nullptr, [&] { return d.shared->db.changeCount(); });
      }, "How many loads and changing queries this database has seen (compare two readings).")
      .def("clear_query_cache", [](PyDatabase& d) {
        runOnDatabase(*d.shared, nullptr, [&] {
          d.shared->db.clearQueryCache();
          return true;  // (runOnDatabase hands back a value)
        });
      }, "Drops every cached plan: each query is parsed and planned again on its next run.");

  py::class_<PyConnection>(m, "_Connection")
      .def(py::init([](PyDatabase& d) { return PyConnection(d.shared); }), py::arg("database"))
      .def("_execute", &execute, py::arg("query"), py::arg("params") = py::none())
      .def("interrupt", [](PyConnection& c) { c.connection->interrupt(); },
           "Stops the query running on this connection (from another thread); it raises kgq.Interrupted.")
      .def_property("variable_length_limit",
                    [](PyConnection& c) { return c.connection->variableLengthLimit(); },
                    [](PyConnection& c, std::size_t hops) {
                      runOnDatabase(*c.database, nullptr, [&] {
                        c.connection->setVariableLengthLimit(hops);
                        return true;
                      });
                    },
                    "How many relationships an unbounded variable-length pattern (*, *2..) may walk.")
      .def_property("timeout",
                    [](PyConnection& c) { return std::chrono::duration<double>(c.connection->timeout()).count(); },
                    [](PyConnection& c, double seconds) {
                      runOnDatabase(*c.database, nullptr, [&] {
                        c.connection->setTimeout(seconds);
                        return true;
                      });
                    },
                    "Seconds a query may run before it stops with kgq.LimitExceeded (0, the default: no limit).")
      .def_property("memory_limit", [](PyConnection& c) { return c.connection->memoryLimit(); },
                    [](PyConnection& c, std::size_t bytes) {
                      runOnDatabase(*c.database, nullptr, [&] {
                        c.connection->setMemoryLimit(bytes);
                        return true;
                      });
                    },
                    "Bytes a query's intermediate results may need (estimated) before it stops with "
                    "kgq.LimitExceeded (0, the default: no limit).");
}

}  // namespace kgqpy
