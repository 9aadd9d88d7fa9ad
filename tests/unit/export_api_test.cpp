// Tests of the export, import and schema API (include/kgq/export.h) on the database's own graph:
// a whole-graph JSON export is the saved file byte for byte; a subgraph export leaves out what was
// deleted after the query ran; the schema description agrees with the Cypher queries that count
// the same things; a GraphML import is all or nothing through the Database and is seen by
// queries (and cached plans) afterwards.
#include <kgq/export.h>
#include <kgq/kgq.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

using namespace kgq;

namespace {

// Property keys in an order that is neither alphabetical nor the same on every element.
const char* const kGraph = R"({"format": "kgq-graph", "version": 1,
  "nodes": [
    {"id": "p1", "labels": ["Person"], "properties": {"zeta": 1, "name": "Ann", "alpha": [1, 2]}},
    {"id": "p2", "labels": ["Person", "Admin"], "properties": {"alpha": "x", "omega": true}},
    {"id": "c1", "labels": ["City"], "properties": {"name": "Wuhan", "pop": 11.2}}],
  "edges": [
    {"type": "LIVES_IN", "from": "p1", "to": "c1", "properties": {"since": 2019, "by": "car"}},
    {"type": "KNOWS", "from": "p1", "to": "p2"},
    {"type": "KNOWS", "from": "p2", "to": "p1", "properties": {"weight": 0.5}}]})";

class TempDir {
 public:
  TempDir() {
    std::string name = (std::filesystem::temp_directory_path() / "kgq-export-api-XXXXXX").string();
    REQUIRE(mkdtemp(name.data()) != nullptr);
    path_ = name;
  }
  ~TempDir() {
    for (const std::string& f : files_) std::remove(f.c_str());
    rmdir(path_.c_str());
  }
  std::string file(const std::string& name) {
    files_.push_back(path_ + "/" + name);
    return files_.back();
  }

 private:
  std::string path_;
  std::vector<std::string> files_;
};

std::string contents(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// (name, count) rows of a Cypher query, to compare with describeLabels & co.
std::vector<std::pair<std::string, std::size_t>> queried(Connection& conn, const std::string& query) {
  std::vector<std::pair<std::string, std::size_t>> out;
  Result result = conn.run(query);
  for (const auto& row : result.rows())
    out.emplace_back(row[0].asString(), static_cast<std::size_t>(row[1].asInt()));
  return out;
}

std::vector<std::pair<std::string, std::size_t>> described(const std::vector<NameCount>& entries) {
  std::vector<std::pair<std::string, std::size_t>> out;
  for (const NameCount& e : entries) out.emplace_back(e.name, e.count);
  return out;
}

}  // namespace

TEST_CASE("a whole-graph JSON export is the saved graph, byte for byte", "[export]") {
  Database db;
  db.loadJsonText(kGraph, "g.json");
  Connection conn(db);
  conn.run("MATCH (n {id: 'p2'}) SET n.added = 'late'");  // a key interned after the load
  TempDir dir;
  const std::string saved = dir.file("saved.json"), exported = dir.file("exported.json");
  db.saveJsonFile(saved);
  ExportReport report = exportGraph(db, ExportFormat::Json, exported);
  CHECK(report.nodes == 3);
  CHECK(report.relationships == 3);
  CHECK(contents(exported) == contents(saved));
}

TEST_CASE("a subgraph export holds what the rows hold and is still in the graph", "[export]") {
  Database db;
  db.loadJsonText(kGraph, "g.json");
  Connection conn(db);
  Result rows = conn.run("MATCH (a)-[r]->(b) RETURN [r] AS rs ORDER BY type(r)");
  REQUIRE(rows.size() == 3);
  TempDir dir;
  ExportReport all = exportResult(db, rows, ExportFormat::Json, dir.file("all.json"));
  CHECK(all.relationships == 3);
  CHECK(all.nodes == 3);  // the end nodes of the relationships

  // Relationships deleted since the query ran are left out, and so are their ends unless other
  // rows hold them.
  conn.run("MATCH (:Person)-[r:KNOWS]->(:Person) DELETE r");
  ExportReport after = exportResult(db, rows, ExportFormat::Json, dir.file("after.json"));
  CHECK(after.relationships == 1);
  CHECK(after.nodes == 2);
  Database back;
  back.loadJsonFile(dir.file("after.json"));
  Connection backConn(back);
  CHECK(backConn.run("MATCH (p:Person)-[:LIVES_IN {since: 2019}]->(c:City) RETURN p.name").at(0, 0) == Value("Ann"));
}

TEST_CASE("the schema description counts what the Cypher queries count", "[export][schema]") {
  Database db;
  db.loadJsonText(kGraph, "g.json");
  Connection conn(db);
  auto compare = [&] {
    CHECK(described(describeLabels(db)) ==
          queried(conn, "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS nodes ORDER BY label"));
    CHECK(described(describeRelationshipTypes(db)) ==
          queried(conn, "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS relationships ORDER BY type"));
  };
  compare();
  // Labels and types nobody has any more are left out; new ones appear.
  conn.run("MATCH (n:Admin) REMOVE n:Admin");
  conn.run("MATCH ()-[r:LIVES_IN]->() DELETE r");
  conn.run("CREATE (:Zone {name: 'z'})-[:IN]->(:Area)");
  compare();
  CHECK(describeLabels(db).size() == 4);  // Area, City, Person, Zone

  std::vector<PropertyKeyInfo> keys = describePropertyKeys(db);
  REQUIRE_FALSE(keys.empty());
  CHECK(keys.front().onNodes);
  CHECK(keys.front().key == "alpha");
  CHECK(keys.front().count == 2);
  CHECK(keys.front().types == "STRING | LIST<INTEGER>");
}

TEST_CASE("a GraphML import through the Database is all or nothing and seen by later queries", "[export][graphml]") {
  Database db;
  db.loadJsonText(kGraph, "g.json");
  Connection conn(db);
  const std::string count = "MATCH (n) RETURN count(n) AS n";
  CHECK(conn.run(count).at(0, 0) == Value(std::int64_t{3}));  // now a cached plan

  TempDir dir;
  const std::string bad = dir.file("bad.graphml"), good = dir.file("good.graphml");
  std::ofstream(bad) << "<graphml>\n<graph>\n<node id=\"n1\"/>\n<node id=\"n2\"/>\n"
                        "<edge id=\"e1\" source=\"n1\" target=\"n3\"/>\n</graph>\n</graphml>\n";
  std::ofstream(good) << "<graphml>\n<graph>\n<node id=\"n1\"/>\n<node id=\"n2\"/>\n"
                         "<edge id=\"e1\" source=\"n1\" target=\"n2\"/>\n</graph>\n</graphml>\n";
  const std::uint64_t changes = db.changeCount();
  try {
    loadGraphMLFile(db, bad);
    FAIL("the bad file loaded");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Load);
    CHECK(std::string(e.what()) == bad + ":5: <edge id=\"e1\">: target 'n3' is not a declared node");
  }
  CHECK(db.nodeCount() == 3);
  CHECK(db.edgeCount() == 3);
  CHECK(db.changeCount() == changes);
  CHECK(conn.run(count).at(0, 0) == Value(std::int64_t{3}));

  LoadStats stats = loadGraphMLFile(db, good);
  CHECK(stats.nodes == 2);
  CHECK(stats.edges == 1);
  CHECK(db.changeCount() > changes);
  CHECK(conn.run(count).at(0, 0) == Value(std::int64_t{5}));
  CHECK(conn.run("MATCH (:Node {id: 'n1'})-[r:RELATED_TO]->(:Node {id: 'n2'}) RETURN count(r)").at(0, 0) ==
        Value(std::int64_t{1}));
}

TEST_CASE("a Cypher script rebuilds a graph whose ids are not its keys, exactly", "[export][cypher]") {
  // Neo4j-shaped: integer ids shared across labels, a string id that is not the key, no id at all.
  const char* neo4jShaped = R"({"format": "kgq-graph", "version": 1,
    "nodes": [
      {"id": "person:1", "labels": ["Person"], "properties": {"id": 1, "name": "Ann"}},
      {"id": "movie:1", "labels": ["Movie"], "properties": {"id": 1, "title": "Up"}},
      {"id": "movie:2", "labels": ["Movie"], "properties": {"id": "person:1", "title": "Heat"}},
      {"id": "x", "labels": [], "properties": {"id": null, "name": "Nobody"}}],
    "edges": [
      {"type": "RATED", "from": "person:1", "to": "movie:1", "properties": {"stars": 5}},
      {"type": "RATED", "from": "person:1", "to": "movie:2", "properties": {"stars": 3}},
      {"type": "SEEN", "from": "x", "to": "movie:2"}]})";
  auto describe = [](Database& db) {
    Connection conn(db);
    std::vector<std::string> lines;
    for (const char* q : {"MATCH (n) RETURN labels(n), properties(n)",
                          "MATCH (a)-[r]->(b) RETURN properties(a), type(r), properties(r), properties(b)"}) {
      Result result = conn.run(q);
      for (const auto& row : result.rows()) {
        std::string line;
        for (const Value& v : row) line += v.toCypher() + " | ";
        lines.push_back(line);
      }
    }
    std::sort(lines.begin(), lines.end());
    return lines;
  };
  Database original;
  original.loadJsonText(neo4jShaped, "neo4j.json");
  TempDir dir;
  const std::string script = dir.file("graph.cypher");
  exportGraph(original, ExportFormat::Cypher, script);
  Database rebuilt;
  Connection conn(rebuilt);
  std::istringstream lines(contents(script));
  for (std::string line; std::getline(lines, line);)
    if (!line.empty() && line.rfind("//", 0) != 0) conn.run(line);
  CHECK(describe(rebuilt) == describe(original));
  CHECK(conn.run("MATCH (n) WHERE n._kgq_key IS NOT NULL RETURN count(n)").at(0, 0) == Value(0));
}

TEST_CASE("GraphML export then import keeps labels and relationship types exactly", "[export][graphml]") {
  // Labels with ':' (which the readable `labels` key ":A:B" cannot tell apart), spaces, quotes,
  // markup characters and non-ASCII; a node without labels; types alike.
  Database db;
  db.loadJsonText(R"({"format": "kgq-graph", "version": 1,
    "nodes": [
      {"id": "a", "labels": ["a:b"]},
      {"id": "b", "labels": []},
      {"id": "c", "labels": ["with space", "it's \"quoted\"", "<&>", "城市", ":lead", "Node"]},
      {"id": "d", "labels": ["labels", "kgq.labels"], "properties": {"kgq.labels": "a property", "labels": 1}}],
    "edges": [
      {"type": "x:y", "from": "a", "to": "b"},
      {"type": "with space \"q\" <&> 关系", "from": "c", "to": "d"}]})",
                  "awkward.json");
  TempDir dir;
  const std::string file = dir.file("awkward.graphml");
  exportGraph(db, ExportFormat::GraphML, file);
  Database back;
  LoadStats stats = loadGraphMLFile(back, file);
  CHECK(stats.nodes == 4);
  CHECK(stats.edges == 2);
  auto labelsOf = [](Database& d) {
    Result r = Connection(d).run("MATCH (n) RETURN n.id AS id, labels(n) AS labels, n.`kgq.labels` AS p, n.labels AS q ORDER BY id");
    std::string out;
    for (const auto& row : r.rows()) out += row[0].toCypher() + " " + row[1].toCypher() + " " + row[2].toCypher() + " " + row[3].toCypher() + "\n";
    return out;
  };
  auto typesOf = [](Database& d) {
    Result r = Connection(d).run("MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id ORDER BY a.id");
    std::string out;
    for (const auto& row : r.rows()) out += row[0].toCypher() + " " + row[1].toCypher() + " " + row[2].toCypher() + "\n";
    return out;
  };
  CHECK(labelsOf(back) == labelsOf(db));
  CHECK(typesOf(back) == typesOf(db));
  CHECK(labelsOf(back).find("'b' [] null null") != std::string::npos);
  CHECK(labelsOf(back).find("'a' ['a:b']") != std::string::npos);
  // A second round trip gives the same file.
  const std::string again = dir.file("again.graphml");
  exportGraph(back, ExportFormat::GraphML, again);
  std::ifstream x(file), y(again);
  std::stringstream sx, sy;
  sx << x.rdbuf();
  sy << y.rdbuf();
  CHECK(sx.str() == sy.str());
  CHECK(sx.str().find("attr.name=\"kgq.labels\"") != std::string::npos);
}

TEST_CASE("GraphML from other tools: a broken kgq.labels list is a clear error, no label key gives Node", "[export][graphml]") {
  TempDir dir;
  const std::string bad = dir.file("bad.graphml"), plain = dir.file("plain.graphml");
  std::ofstream(bad) << "<graphml>\n<key id=\"k\" for=\"node\" attr.name=\"kgq.labels\" attr.type=\"string\"/>\n"
                        "<graph>\n<node id=\"n1\"><data key=\"k\">[\"A\", 3]</data></node>\n</graph>\n</graphml>\n";
  std::ofstream(plain) << "<graphml>\n<graph>\n<node id=\"n1\"/>\n</graph>\n</graphml>\n";
  Database db;
  CHECK_THROWS_WITH(loadGraphMLFile(db, bad),
                    Catch::Matchers::Contains(":4: <data key=\"k\"> of <node id=\"n1\">: key 'kgq.labels' expects a JSON "
                                              "list of non-empty strings, got '[\"A\", 3]'"));
  CHECK(db.nodeCount() == 0);
  loadGraphMLFile(db, plain);
  CHECK(Connection(db).run("MATCH (n:Node) RETURN count(n)").at(0, 0) == Value(1));
}
