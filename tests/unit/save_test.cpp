// Saving a graph (Database::saveJsonFile, graph/json_writer.h, graph/atomic_file.h): loading what
// was saved gives the same graph, and a failed save leaves the previous file untouched.
#include <catch2/catch.hpp>

#include "graph/atomic_file.h"

#include <kgq/kgq.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace kgq;

namespace {
std::string readFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Every node and relationship with labels, properties and types, as text.
std::string contents(Database& db) {
  Connection conn(db);
  std::string out;
  for (const char* q : {"MATCH (n) RETURN n ORDER BY n.id", "MATCH (a)-[r]->(b) RETURN a.id, type(r), properties(r), b.id"}) {
    std::vector<std::string> lines;
    Result result = conn.run(q);
    for (const auto& row : result.rows()) {
      std::string line;
      for (const Value& v : row) line += v.toCypher() + " | ";
      lines.push_back(line);
    }
    std::sort(lines.begin(), lines.end());
    for (const auto& l : lines) out += l + "\n";
  }
  return out;
}

struct TempDir {
  std::string path;
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "kgq-save-XXXXXX").string();
    path = ::mkdtemp(pattern.data());
  }
  ~TempDir() { std::system(("rm -rf '" + path + "'").c_str()); }
};
}  // namespace

TEST_CASE("the bundled graph survives a save and a load unchanged", "[save]") {
  Database original;
  original.loadJsonFile(KGQ_DATA_DIR "/china_innovation.json");
  TempDir dir;
  std::string file = dir.path + "/saved.json";
  original.saveJsonFile(file);
  Database reloaded;
  reloaded.loadJsonFile(file);
  CHECK(reloaded.nodeCount() == original.nodeCount());
  CHECK(reloaded.edgeCount() == original.edgeCount());
  CHECK(contents(reloaded) == contents(original));
  // Saving what was loaded again gives the same bytes: the format is deterministic.
  std::string again = dir.path + "/again.json";
  reloaded.saveJsonFile(again);
  CHECK(readFile(again) == readFile(file));
}

TEST_CASE("every value kind keeps its type through a save", "[save]") {
  Database db;
  db.loadJsonText(R"({"format": "kgq-graph", "version": 1,
    "nodes": [{"id": "a \"quoted\"", "labels": ["L", "M"],
               "properties": {"i": -5, "f": 5.0, "g": 1e-9, "s": "line\nbreak \u00e9", "b": false,
                              "l": [1, 2.5, "x", true]}},
              {"id": "b", "labels": []}],
    "edges": [{"type": "T", "from": "a \"quoted\"", "to": "b", "properties": {"w": 0.5}}]})",
                  "kinds");
  TempDir dir;
  db.saveJsonFile(dir.path + "/kinds.json");
  Database back;
  back.loadJsonFile(dir.path + "/kinds.json");
  CHECK(contents(back) == contents(db));
  Result r = Connection(back).run("MATCH (n:L) RETURN n.f, n.i, n.l");
  CHECK(r.at(0, 0).isFloat());
  CHECK(r.at(0, 1).isInt());
  CHECK(r.at(0, 2).asList()[1].isFloat());
}

TEST_CASE("a failed save leaves the previous file untouched and no temporary file", "[save]") {
  TempDir dir;
  std::string file = dir.path + "/graph.json";
  {
    std::ofstream out(file);
    out << "previous content";
  }
  CHECK_THROWS_AS(writeFileAtomically(file, [](std::ostream& out) {
                    out << "half written";
                    throw Error(ErrorKind::Io, "simulated failure");
                  }),
                  Error);
  CHECK(readFile(file) == "previous content");
  CHECK(std::system(("test -z \"$(ls '" + dir.path + "' | grep tmp)\"").c_str()) == 0);
  try {
    Database db;
    db.saveJsonFile(dir.path + "/no/such/dir/graph.json");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Io);
    CHECK(std::string(e.what()).find("cannot write " + dir.path + "/no/such/dir/graph.json: No such file or directory") == 0);
  }
}

TEST_CASE("a load counts as a change", "[save]") {
  Database db;
  std::uint64_t before = db.changeCount();
  db.loadJsonText(R"({"format": "kgq-graph", "version": 1})", "empty");
  CHECK(db.changeCount() == before + 1);
  CHECK_THROWS(db.loadJsonText("{", "broken"));
  CHECK(db.changeCount() == before + 1);
}
