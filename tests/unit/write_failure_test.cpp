// The error paths of writing files (issue 17, item 6): a save, an export in every format and a
// database checkpoint that hit a full disk, an unwritable directory or a directory that vanishes
// mid-write fail with kgq::Error(Io) "cannot write FILE: REASON" and leave the old file as it was,
// with no temporary file beside it. Failures are injected through graph/atomic_file.h's seam (the
// one helper every writer uses), and for real on a 64 KiB tmpfs when this process may mount one.
#include <catch2/catch.hpp>

#include "graph/atomic_file.h"

#include <kgq/export.h>
#include <kgq/kgq.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

using namespace kgq;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  std::string path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "kgq-write-failure-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(path, ignored);
  }
};

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void writeFile(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// The names in a directory other than `keep`: temporary files left behind show here.
std::vector<std::string> othersIn(const std::string& dir, const std::vector<std::string>& keep) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (std::find(keep.begin(), keep.end(), name) == keep.end()) names.push_back(name);
  }
  return names;
}

// Turns the injected failure on for one scope.
struct Injected {
  Injected(std::size_t afterBytes, int error) { injectWriteFailureForTesting(InjectedWriteFailure{afterBytes, error, std::nullopt}); }
  explicit Injected(InjectedWriteFailure failure) { injectWriteFailureForTesting(failure); }
  ~Injected() { injectWriteFailureForTesting(std::nullopt); }
};

void fillGraph(Database& db, int nodes) {
  Connection(db).run("UNWIND range(1, " + std::to_string(nodes) +
                     ") AS i CREATE (:Item {id: 'item' + toString(i), text: 'some words to take room'})");
}

// Every way kgq writes a file, each given the path to write.
struct Writer {
  std::string name;
  std::function<void(Database&, const std::string&)> write;
};

std::vector<Writer> writers() {
  std::vector<Writer> all = {{"save", [](Database& db, const std::string& p) { db.saveJsonFile(p); }}};
  for (ExportFormat f : {ExportFormat::GraphML, ExportFormat::Json, ExportFormat::Cypher, ExportFormat::Dot,
                         ExportFormat::Svg})
    all.push_back({std::string("export ") + exportFormatName(f),
                   [f](Database& db, const std::string& p) { exportGraph(db, f, p); }});
  return all;
}

// A graph with nodes and an edge, and where its CSV export goes: BASE, and the two files written.
struct CsvExport {
  Database db;
  TempDir dir;
  std::string base = dir.path + "/graph.csv";
  std::string nodes = dir.path + "/graph.nodes.csv", edges = dir.path + "/graph.edges.csv";
  CsvExport() {
    fillGraph(db, 50);
    Connection(db).run("MATCH (a {id: 'item1'}), (b {id: 'item2'}) CREATE (a)-[:NEXT]->(b)");
  }
};

}  // namespace

TEST_CASE("a write that fails part way (a full disk) leaves the old file and no temporary file", "[io]") {
  Database db;
  fillGraph(db, 200);
  TempDir dir;
  for (const Writer& w : writers()) {
    INFO(w.name);
    const std::string file = dir.path + "/out", probe = dir.path + "/probe";
    w.write(db, probe);
    const std::size_t size = readFile(probe).size();
    fs::remove(probe);
    REQUIRE(size > 200);
    writeFile(file, "the old content");
    // At the first byte, within the first buffer, and after half of the file has gone out.
    for (std::size_t after : {std::size_t(0), std::size_t(100), size / 2}) {
      Injected failing(after, ENOSPC);
      try {
        w.write(db, file);
        FAIL("no error");
      } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::Io);
        CHECK_THAT(std::string(e.what()), StartsWith("cannot write " + file + ": No space left on device"));
      }
      CHECK(readFile(file) == "the old content");
      CHECK(othersIn(dir.path, {"out"}).empty());
    }
    // Without the failure the same write works and replaces the file.
    w.write(db, file);
    CHECK(readFile(file) != "the old content");
  }
}

TEST_CASE("CSV export: a failure on either file names it and leaves both old files", "[io]") {
  CsvExport csv;
  Database& db = csv.db;
  const TempDir& dir = csv.dir;
  const std::string &base = csv.base, &nodes = csv.nodes, &edges = csv.edges;
  exportGraph(db, ExportFormat::Csv, base);
  const std::size_t nodesSize = readFile(nodes).size();
  REQUIRE(nodesSize > 10);
  writeFile(nodes, "old nodes");
  writeFile(edges, "old edges");
  // Failing within the nodes file, then within the edges file (the nodes file was complete).
  for (auto [after, failing] : {std::pair<std::size_t, std::string>{10, nodes}, {nodesSize + 10, edges}}) {
    Injected injected(after, EIO);
    CHECK_THROWS_WITH(exportGraph(db, ExportFormat::Csv, base), StartsWith("cannot write " + failing + ": Input/output error"));
    CHECK(readFile(nodes) == "old nodes");
    CHECK(readFile(edges) == "old edges");
    CHECK(othersIn(dir.path, {"graph.nodes.csv", "graph.edges.csv"}).empty());
  }
}

TEST_CASE("CSV export: a rename failing part way puts back the file already replaced", "[io]") {
  CsvExport csv;
  Database& db = csv.db;
  const TempDir& dir = csv.dir;
  const std::string &base = csv.base, &nodes = csv.nodes, &edges = csv.edges;
  const std::vector<std::string> both = {"graph.nodes.csv", "graph.edges.csv"};
  // The second rename (edges) fails after the first (nodes) went through; then the first fails.
  for (std::size_t renamed : {std::size_t(1), std::size_t(0)}) {
    INFO("renames before the failure: " << renamed);
    writeFile(nodes, "old nodes");
    writeFile(edges, "old edges");
    {
      Injected injected(InjectedWriteFailure{0, EIO, renamed});
      CHECK_THROWS_WITH(exportGraph(db, ExportFormat::Csv, base),
                        StartsWith("cannot write " + (renamed ? edges : nodes) + ": Input/output error"));
    }
    CHECK(readFile(nodes) == "old nodes");
    CHECK(readFile(edges) == "old edges");
    CHECK(othersIn(dir.path, both).empty());
    // Files that did not exist before do not exist after.
    fs::remove(nodes);
    fs::remove(edges);
    {
      Injected injected(InjectedWriteFailure{0, EIO, renamed});
      CHECK_THROWS(exportGraph(db, ExportFormat::Csv, base));
    }
    CHECK(othersIn(dir.path, {}).empty());
  }
  // Without the failure both files are replaced, and no backup stays behind.
  writeFile(nodes, "old nodes");
  exportGraph(db, ExportFormat::Csv, base);
  CHECK(readFile(nodes) != "old nodes");
  CHECK_THAT(readFile(edges), Contains("NEXT"));
  CHECK(othersIn(dir.path, both).empty());
}

TEST_CASE("an unwritable directory is a clear error naming the file", "[io]") {
  Database db;
  fillGraph(db, 10);
  TempDir dir;
  const std::string locked = dir.path + "/locked";
  fs::create_directory(locked);
  const std::string file = locked + "/graph.json";
  writeFile(file, "the old content");
  fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
  // Root writes into a read-only directory all the same: then the refusal is injected.
  const bool chmodStopsWrites = ::access(locked.c_str(), W_OK) != 0;
  if (!chmodStopsWrites) WARN("running as root: chmod does not stop writes, so EACCES is injected");
  for (const Writer& w : writers()) {
    INFO(w.name);
    std::optional<Injected> failing;
    if (!chmodStopsWrites) failing.emplace(0, EACCES);
    CHECK_THROWS_WITH(w.write(db, file), StartsWith("cannot write " + file + ": Permission denied"));
    CHECK(readFile(file) == "the old content");
  }
  fs::permissions(locked, fs::perms::owner_all);
  CHECK(othersIn(locked, {"graph.json"}).empty());
}

TEST_CASE("a directory that vanishes in the middle of a write is a clear error", "[io]") {
  TempDir dir;
  const std::string sub = dir.path + "/going";
  fs::create_directory(sub);
  const std::string file = sub + "/graph.json";
  CHECK_THROWS_WITH(writeFileAtomically(file,
                                        [&](std::ostream& out) {
                                          out << std::string(100000, 'x');
                                          fs::remove_all(sub);
                                          out << std::string(100000, 'y');
                                        }),
                    "cannot write " + file + ": No such file or directory");
  CHECK_FALSE(fs::exists(sub));
}

TEST_CASE("a checkpoint that cannot write its snapshot keeps the old snapshot and the log", "[io][durable]") {
  TempDir dir;
  const std::string dbDir = dir.path + "/db";
  const std::string snapshot = dbDir + "/snapshot";
  {
    Database db;
    db.open(dbDir);
    fillGraph(db, 20);
    db.checkpoint();
    const std::string before = readFile(snapshot);
    REQUIRE_FALSE(before.empty());
    Connection(db).run("CREATE (:Later {id: 'later'})");
    {
      Injected failing(64, ENOSPC);
      CHECK_THROWS_WITH(db.checkpoint(), StartsWith("cannot write " + snapshot + ": No space left on device"));
    }
    CHECK(readFile(snapshot) == before);
  }
  // Closing checkpointed for real; the write after the failed checkpoint is there.
  Database again;
  again.open(dbDir);
  CHECK(again.nodeCount() == 21);
}

TEST_CASE("a full 64 KiB tmpfs: the save fails cleanly and the old file survives", "[io][tmpfs]") {
  TempDir dir;
  const std::string mountPoint = dir.path + "/small";
  fs::create_directory(mountPoint);
  const std::string mount = "mount -t tmpfs -o size=64k kgq-test '" + mountPoint + "' 2>/dev/null";
  if (::geteuid() != 0 || std::system(mount.c_str()) != 0) {
    WARN("cannot mount a tmpfs here (needs root and mount permission): the full-disk case runs injected only");
    return;
  }
  struct Unmount {
    std::string at;
    ~Unmount() { std::system(("umount '" + at + "'").c_str()); }
  } unmount{mountPoint};
  const std::string file = mountPoint + "/graph.json";
  Database small;
  fillGraph(small, 10);
  small.saveJsonFile(file);
  const std::string before = readFile(file);
  Database big;
  fillGraph(big, 5000);  // several hundred KiB of JSON
  CHECK_THROWS_WITH(big.saveJsonFile(file), "cannot write " + file + ": No space left on device");
  CHECK(readFile(file) == before);
  CHECK(othersIn(mountPoint, {"graph.json"}).empty());
}
