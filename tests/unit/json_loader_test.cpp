// Tests for loaders/json_loader: good documents, every kind of broken document (exact message,
// graph unchanged), the broken-file fixtures against the golden file, and a robustness sweep
// (every prefix, random byte mutations, deep nesting).
#include "loaders/json_loader.h"

#include <kgq/kgq.h>

#include <catch2/catch.hpp>

#include <cstdint>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace kgq;

namespace {

// Everything observable about a graph, as text: counts, slots, interned names, and every live
// node and edge with labels, type and properties. Two equal snapshots = identical graphs.
std::string snapshot(const PropertyGraph& g) {
  std::ostringstream out;
  out << "nodes " << g.nodeCount() << "/" << g.nodeSlots() << " edges " << g.edgeCount() << "/"
      << g.edgeSlots() << "\n";
  auto names = [&](const char* what, const Interner& in) {
    out << what << " " << in.size() << ":";
    for (std::size_t i = 0; i < in.size(); ++i) out << " " << in.name(static_cast<NameId>(i));
    out << "\n";
  };
  names("labels", g.labelNames());
  names("types", g.typeNames());
  names("keys", g.keyNames());
  auto props = [&](const PropertyBag& bag) {
    for (const Property& p : bag) out << " " << g.keyNames().name(p.key) << "=" << p.value.toCypher();
  };
  for (NodeIndex n = 0; n < g.nodeSlots(); ++n) {
    if (!g.nodeIsLive(n)) continue;
    out << "node " << n << " " << g.nodeId(n);
    for (LabelId l : g.nodeLabels(n)) out << " :" << g.labelNames().name(l);
    props(g.nodeProperties(n));
    out << " out " << g.outDegree(n) << " in " << g.inDegree(n) << "\n";
    REQUIRE(g.findNode(g.nodeId(n)) == n);
  }
  for (EdgeIndex e = 0; e < g.edgeSlots(); ++e) {
    if (!g.edgeIsLive(e)) continue;
    out << "edge " << e << " " << g.nodeId(g.edgeSource(e)) << " -[" << g.typeNames().name(g.edgeType(e))
        << "]-> " << g.nodeId(g.edgeTarget(e));
    props(g.edgeProperties(e));
    out << "\n";
  }
  for (LabelId l = 0; l < g.labelNames().size(); ++l) out << "label " << l << " has " << g.nodesWithLabel(l).size() << "\n";
  for (TypeId t = 0; t < g.typeNames().size(); ++t) out << "type " << t << " has " << g.edgeCountOfType(t) << "\n";
  return out.str();
}

const char* const kBase = R"({"format": "kgq-graph", "version": 1,
 "nodes": [
  {"id": "a", "labels": ["City"], "properties": {"name": "Alpha", "population": 100}},
  {"id": "b", "labels": ["City"], "properties": {"name": "Beta"}},
  {"id": "c", "labels": ["Region"], "properties": {"name": "Gamma", "aliases": ["G", "Gam"]}}
 ],
 "edges": [
  {"type": "LOCATED_IN", "from": "a", "to": "c", "properties": {"since": 1990}},
  {"type": "LOCATED_IN", "from": "b", "to": "c"}
 ]
})";

// The header every single-line case starts with: 34 bytes, so the next token is at column 35.
const std::string H = R"({"format":"kgq-graph","version":1,)";

// The property `key` of node n (null when absent).
Value prop(const PropertyGraph& g, NodeIndex n, const char* key) {
  auto k = g.keyNames().find(key);
  return k ? g.nodeProperty(n, *k) : Value();
}

// Loads `text` into `g`, expecting Error(Load) with exactly `message` and an unchanged graph.
void expectLoadError(PropertyGraph& g, const std::string& text, const std::string& message) {
  INFO("document: " << text);
  const std::string before = snapshot(g);
  const auto labels = g.labelNames().size(), types = g.typeNames().size(), keys = g.keyNames().size();
  try {
    loadGraphJson(g, text, "t.json");
    FAIL("loaded without error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Load);
    CHECK(std::string(e.what()) == message);
  }
  CHECK(g.labelNames().size() == labels);
  CHECK(g.typeNames().size() == types);
  CHECK(g.keyNames().size() == keys);
  CHECK(snapshot(g) == before);
}

std::string sourceRoot() {
#ifdef KGQ_SOURCE_DIR
  return KGQ_SOURCE_DIR;
#else
  std::string file = __FILE__;  // .../tests/unit/json_loader_test.cpp
  auto pos = file.rfind("tests/unit/");
  return pos == std::string::npos ? std::string(".") : (pos == 0 ? std::string(".") : file.substr(0, pos - 1));
#endif
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("json loader: a good document with labels, every property kind and lists", "[loader]") {
  PropertyGraph g;
  const std::string doc = R"({"version": 1, "format": "kgq-graph",
    "nodes": [
      {"id": "city:wuhan", "labels": ["City", "Capital"], "properties": {
         "name": "武汉", "population": 13739000, "area": 8569.15, "capital": true, "coastal": false,
         "mayor": null, "big": 9223372036854775807, "small": -9223372036854775808, "tiny": 0.1,
         "exp": 1e3, "neg": -0.0, "aliases": ["Wuhan", "Hankou"], "mixed": [1, 2.5, "x", null, true],
         "empty": [], "escaped": "a\"b\\c\u00e9\n"}},
      {"id": "region:hubei", "labels": ["Region"]},
      {"id": "x", "properties": {}}
    ],
    "edges": [
      {"type": "LOCATED_IN", "from": "city:wuhan", "to": "region:hubei",
       "properties": {"source": "doc:000", "weight": 0.5, "none": null}},
      {"from": "x", "to": "x", "type": "SELF"}
    ]})";
  LoadReport r = loadGraphJson(g, doc, "good.json");
  CHECK(r.nodes == 3);
  CHECK(r.edges == 2);
  REQUIRE(g.nodeCount() == 3);
  REQUIRE(g.edgeCount() == 2);

  NodeIndex w = *g.findNode("city:wuhan");
  REQUIRE(g.nodeLabels(w).size() == 2);
  CHECK(g.labelNames().name(g.nodeLabels(w)[0]) == "City");
  CHECK(g.labelNames().name(g.nodeLabels(w)[1]) == "Capital");
  CHECK(g.nodesWithLabel(*g.labelNames().find("City")) == std::vector<NodeIndex>{w});
  CHECK(prop(g, w, "name") == Value("武汉"));
  CHECK(prop(g, w, "population") == Value(std::int64_t{13739000}));
  CHECK(prop(g, w, "area") == Value(8569.15));
  CHECK(prop(g, w, "capital") == Value(true));
  CHECK(prop(g, w, "coastal") == Value(false));
  CHECK(prop(g, w, "mayor").isNull());  // null is not stored
  CHECK(prop(g, w, "big") == Value(std::numeric_limits<std::int64_t>::max()));
  CHECK(prop(g, w, "small") == Value(std::numeric_limits<std::int64_t>::min()));
  CHECK(prop(g, w, "tiny") == Value(0.1));
  CHECK(prop(g, w, "exp") == Value(1000.0));  // an exponent makes a float
  CHECK(prop(g, w, "neg").isFloat());
  CHECK(prop(g, w, "aliases") == Value(List{Value("Wuhan"), Value("Hankou")}));
  CHECK(prop(g, w, "mixed") == Value(List{Value(1), Value(2.5), Value("x"), Value(), Value(true)}));
  CHECK(prop(g, w, "empty") == Value(List{}));
  CHECK(prop(g, w, "escaped") == Value("a\"b\\c\xC3\xA9\n"));
  CHECK(g.nodeProperties(w).size() == 15);  // 15 keys, one null, and `id`: the node's key
  CHECK(prop(g, w, "id") == Value("city:wuhan"));

  NodeIndex x = *g.findNode("x");
  CHECK(g.nodeLabels(x).empty());
  CHECK(g.nodeProperties(x).size() == 1);  // only the `id` its key gives it
  CHECK(prop(g, x, "id") == Value("x"));

  CHECK(g.typeNames().name(g.edgeType(0)) == "LOCATED_IN");
  CHECK(g.edgeSource(0) == w);
  CHECK(g.edgeTarget(0) == *g.findNode("region:hubei"));
  CHECK(g.edgeProperty(0, *g.keyNames().find("source")) == Value("doc:000"));
  CHECK(g.edgeProperty(0, *g.keyNames().find("weight")) == Value(0.5));
  CHECK(g.edgeProperties(0).size() == 2);
  CHECK(g.edgeSource(1) == x);
  CHECK(g.edgeTarget(1) == x);
}

TEST_CASE("json loader: edges before nodes are resolved at the end, in file order", "[loader]") {
  PropertyGraph g;
  const std::string doc = R"({"format": "kgq-graph", "version": 1,
    "edges": [{"type": "R", "from": "p", "to": "q"}, {"type": "S", "from": "q", "to": "p"},
              {"type": "T", "from": "p", "to": "p", "properties": {"k": [1]}}],
    "nodes": [{"id": "p"}, {"id": "q"}]})";
  LoadReport r = loadGraphJson(g, doc, "order.json");
  CHECK(r.nodes == 2);
  CHECK(r.edges == 3);
  NodeIndex p = *g.findNode("p"), q = *g.findNode("q");
  CHECK(g.typeNames().name(g.edgeType(0)) == "R");
  CHECK((g.edgeSource(0) == p && g.edgeTarget(0) == q));
  CHECK(g.typeNames().name(g.edgeType(1)) == "S");
  CHECK((g.edgeSource(1) == q && g.edgeTarget(1) == p));
  CHECK(g.typeNames().name(g.edgeType(2)) == "T");
  CHECK(g.edgeProperty(2, *g.keyNames().find("k")) == Value(List{Value(1)}));
  CHECK(g.outDegree(p) == 2);
  CHECK(g.inDegree(p) == 2);
}

TEST_CASE("json loader: two loads into one graph, and optional sections", "[loader]") {
  PropertyGraph g;
  LoadReport r1 = loadGraphJson(g, kBase, "base.json");
  CHECK((r1.nodes == 3 && r1.edges == 2));
  // The second file adds a node and links it to nodes of the first; no "nodes" key needed for that.
  LoadReport r2 = loadGraphJson(g, R"({"format":"kgq-graph","version":1,"edges":[{"type":"NEAR","from":"a","to":"b"}]})",
                                "more.json");
  CHECK((r2.nodes == 0 && r2.edges == 1));
  LoadReport r3 = loadGraphJson(
      g, R"({"format":"kgq-graph","version":1,"nodes":[{"id":"d","labels":["City"]}],"edges":[{"type":"NEAR","from":"d","to":"a"}]})",
      "more2.json");
  CHECK((r3.nodes == 1 && r3.edges == 1));
  CHECK(g.nodeCount() == 4);
  CHECK(g.edgeCount() == 4);
  CHECK(g.nodesWithLabel(*g.labelNames().find("City")).size() == 3);
  CHECK(g.edgeCountOfType(*g.typeNames().find("NEAR")) == 2);
  LoadReport r4 = loadGraphJson(g, R"( {"version":1,"format":"kgq-graph"} )", "empty-sections.json");
  CHECK((r4.nodes == 0 && r4.edges == 0));
  CHECK(g.nodeCount() == 4);
}

TEST_CASE("json loader: text need not be NUL-terminated", "[loader]") {
  PropertyGraph g;
  const std::string buffer = H + R"("nodes":[{"id":"a"}]})" + "GARBAGE";
  LoadReport r = loadGraphJson(g, std::string_view(buffer.data(), buffer.size() - 7), "view.json");
  CHECK(r.nodes == 1);
}

TEST_CASE("json loader: each broken document fails with its exact message and changes nothing", "[loader]") {
  PropertyGraph g;
  loadGraphJson(g, kBase, "base.json");
  REQUIRE(g.nodeCount() == 3);

  SECTION("malformed JSON") {
    expectLoadError(g, H + R"("nodes":[{"id":"x")", "t.json:1:53: malformed JSON: Missing a comma or '}' after an object member.");
    expectLoadError(g, H + R"("nodes":[{"id":"x"},]})", "t.json:1:55: malformed JSON: Invalid value.");
    expectLoadError(g, H + R"("nodes":[]} {})", "t.json:1:47: malformed JSON: The document root must not be followed by other values.");
    expectLoadError(g, R"({"format":"kgq-graph","version":1 /* no comments */})",
                    "t.json:1:35: malformed JSON: Missing a comma or '}' after an object member.");
    expectLoadError(g, H + R"("nodes":[{"id":"x","properties":{"p":NaN}}]})", "t.json:1:72: malformed JSON: Invalid value.");
    expectLoadError(g, H + R"("nodes":[{"id":"x","properties":{"p":1e400}}]})",
                    "t.json:1:72: malformed JSON: Number too big to be stored in double.");
    // A NUL byte ends RapidJSON's view of the input: what follows must still be rejected.
    expectLoadError(g, std::string(R"({"format":"kgq-graph","version":1})") + '\0' + "xx",
                    "t.json:1:35: malformed JSON: The document root must not be followed by other values.");
  }
  SECTION("empty text") {
    expectLoadError(g, "", "t.json:1:1: malformed JSON: The document is empty.");
    expectLoadError(g, "  \n  ", "t.json:2:3: malformed JSON: The document is empty.");
  }
  SECTION("line and column are counted in bytes from the line start") {
    expectLoadError(g, "{\n  \"format\": 7}", "t.json:2:13: at /format: expected the string 'kgq-graph', found integer");
    expectLoadError(g, "{\"format\":\"kgq-graph\",\n\"version\":1,\"nodes\":[{\"id\":\"é\",\"labels\":[1]}]}",
                    "t.json:2:43: at /nodes/0/labels/0: expected a non-empty string, found integer");
  }
  SECTION("the top level") {
    expectLoadError(g, R"("kgq-graph")", "t.json:1:1: expected a top-level object, found string");
    expectLoadError(g, R"({"format":"kgq","version":1})", "t.json:1:11: at /format: expected the string 'kgq-graph', found 'kgq'");
    expectLoadError(g, R"({"format":"kgq-graph","version":2})", "t.json:1:33: at /version: expected the integer 1, found 2");
    expectLoadError(g, R"({"format":"kgq-graph","version":1.0})", "t.json:1:33: at /version: expected the integer 1, found float");
    expectLoadError(g, R"({"format":"kgq-graph","version":"1"})", "t.json:1:33: at /version: expected the integer 1, found string");
    expectLoadError(g, R"({"version":1})", "t.json:1:1: missing required top-level key 'format'");
    expectLoadError(g, R"( {"format":"kgq-graph"})", "t.json:1:2: missing required top-level key 'version'");
    expectLoadError(g, H + R"("extra":1})",
                    "t.json:1:35: at /extra: unknown top-level key 'extra' (expected format, version, nodes, edges)");
    expectLoadError(g, H + R"("a/b~c":1})",
                    "t.json:1:35: at /a~1b~0c: unknown top-level key 'a/b~c' (expected format, version, nodes, edges)");
    expectLoadError(g, H + R"("nodes":[],"nodes":[]})", "t.json:1:46: at /nodes: duplicate key 'nodes'");
    expectLoadError(g, H + R"("nodes":{}})", "t.json:1:43: at /nodes: expected an array, found object");
    expectLoadError(g, H + R"("edges":null})", "t.json:1:43: at /edges: expected an array, found null");
  }
  SECTION("nodes") {
    expectLoadError(g, H + R"("nodes":[{"id":"x","name":"X"}]})",
                    "t.json:1:54: at /nodes/0/name: unknown key 'name' (expected id, labels, properties)");
    expectLoadError(g, H + R"("nodes":[{"id":"x","id":"y"}]})", "t.json:1:54: at /nodes/0/id: duplicate key 'id'");
    expectLoadError(g, H + R"("nodes":[{"id":"x"},{"labels":["L"]}]})", "t.json:1:55: at /nodes/1: missing required key 'id'");
    expectLoadError(g, H + R"("nodes":[{"id":1}]})", "t.json:1:50: at /nodes/0/id: expected a non-empty string, found integer");
    expectLoadError(g, H + R"("nodes":[{"id":""}]})", "t.json:1:50: at /nodes/0/id: expected a non-empty string, found the empty string");
    expectLoadError(g, H + R"("nodes":["x"]})", "t.json:1:44: at /nodes/0: expected a node object, found string");
    expectLoadError(g, H + R"("nodes":[{"id":"x","labels":"L"}]})",
                    "t.json:1:63: at /nodes/0/labels: expected an array of labels, found string");
    expectLoadError(g, H + R"("nodes":[{"id":"x","labels":["L",2]}]})",
                    "t.json:1:68: at /nodes/0/labels/1: expected a non-empty string, found integer");
    expectLoadError(g, H + R"("nodes":[{"id":"x","labels":["New",""]}]})",
                    "t.json:1:70: at /nodes/0/labels/1: expected a non-empty string, found the empty string");
    expectLoadError(g, H + R"("nodes":[{"id":"x","labels":["L","L"]}]})", "t.json:1:68: at /nodes/0/labels/1: duplicate label 'L'");
    expectLoadError(g, H + R"("nodes":[{"id":"x","properties":[]}]})",
                    "t.json:1:67: at /nodes/0/properties: expected an object, found array");
  }
  SECTION("duplicate node ids") {
    expectLoadError(g, H + R"("nodes":[{"id":"x"},{"id":"x"}]})",
                    "t.json:1:61: at /nodes/1/id: duplicate node id 'x' (first defined at /nodes/0)");
    expectLoadError(g, H + R"("nodes":[{"id":"x","labels":["New"],"properties":{"newkey":1}},{"id":"a"}]})",
                    "t.json:1:104: at /nodes/1/id: duplicate node id 'a' (already in the graph)");
    CHECK(!g.findNode("x"));
    CHECK(!g.labelNames().find("New"));
    CHECK(!g.keyNames().find("newkey"));
  }
  SECTION("edges") {
    expectLoadError(g, H + R"("nodes":[{"id":"x"}],"edges":[{"type":"R","from":"x","to":"zz"}]})",
                    "t.json:1:93: at /edges/0/to: no node with id 'zz'");
    expectLoadError(g, H + R"("edges":[{"type":"R","from":"zz","to":"a"}],"nodes":[{"id":"x"}]})",
                    "t.json:1:63: at /edges/0/from: no node with id 'zz'");
    expectLoadError(g, H + R"("edges":[{"type":"NEW","from":"a","to":"b"},{"type":"R","from":"a","to":"it's"}]})",
                    "t.json:1:107: at /edges/1/to: no node with id 'it\\'s'");
    expectLoadError(g, H + R"("edges":[{"from":"a","to":"b"}]})", "t.json:1:44: at /edges/0: missing required key 'type'");
    expectLoadError(g, H + R"("edges":[{"type":"R","from":"a"}]})", "t.json:1:44: at /edges/0: missing required key 'to'");
    expectLoadError(g, H + R"("edges":[{"type":1,"from":"a","to":"b"}]})",
                    "t.json:1:52: at /edges/0/type: expected a non-empty string, found integer");
    expectLoadError(g, H + R"("edges":[{"type":"R","from":["a"],"to":"b"}]})",
                    "t.json:1:63: at /edges/0/from: expected a string (a node id), found array");
    expectLoadError(g, H + R"("edges":[{"type":"R","from":"a","to":"b","w":1}]})",
                    "t.json:1:76: at /edges/0/w: unknown key 'w' (expected type, from, to, properties)");
    expectLoadError(g, H + R"("edges":[[]]})", "t.json:1:44: at /edges/0: expected an edge object, found array");
    expectLoadError(g, H + R"("edges":[{"type":"R","from":"a","to":"b","properties":{"p":{}}}]})",
                    "t.json:1:94: at /edges/0/properties/p: expected null, boolean, integer, float, string, array or a tagged temporal value such as {\"$date\": \"2024-03-01\"}, found an empty object");
  }
  SECTION("property values") {
    expectLoadError(g, H + R"("nodes":[{"id":"x","properties":{"p":{}}}]})",
                    "t.json:1:72: at /nodes/0/properties/p: expected null, boolean, integer, float, string, array or a tagged temporal value such as {\"$date\": \"2024-03-01\"}, found an empty object");
    expectLoadError(g, H + R"("nodes":[{"id":"x","properties":{"p":[1,[2]]}}]})",
                    "t.json:1:75: at /nodes/0/properties/p/1: expected null, boolean, integer, float or string as a list element, found array");
    expectLoadError(g, H + R"("nodes":[{"id":"x","properties":{"p":[{}]}}]})",
                    "t.json:1:73: at /nodes/0/properties/p/0: expected null, boolean, integer, float, string or a tagged temporal value such as {\"$date\": \"2024-03-01\"} as a list element, found an empty object");
    expectLoadError(g, H + R"("nodes":[{"id":"x","properties":{"p":9223372036854775808}}]})",
                    "t.json:1:72: at /nodes/0/properties/p: integer 9223372036854775808 is out of range (integers must fit in 64 bits: -2^63 .. 2^63-1)");
    expectLoadError(g, H + R"("nodes":[{"id":"x","properties":{"p":[-9223372036854775809]}}]})",
                    "t.json:1:73: at /nodes/0/properties/p/0: integer -9223372036854775809 is out of range (integers must fit in 64 bits: -2^63 .. 2^63-1)");
    expectLoadError(g, H + R"("nodes":[{"id":"x","properties":{"p":1234567890123456789012345678901234567890123}}]})",
                    "t.json:1:72: at /nodes/0/properties/p: integer 1234567890123456789012345678901234567890... is out of range (integers must fit in 64 bits: -2^63 .. 2^63-1)");
    expectLoadError(g, H + R"("nodes":[{"id":"x","properties":{"p":1,"p":2}}]})",
                    "t.json:1:74: at /nodes/0/properties/p: duplicate property key 'p'");
    expectLoadError(g, H + R"("nodes":[{"id":"x","properties":{"p":null,"p":null}}]})",
                    "t.json:1:77: at /nodes/0/properties/p: duplicate property key 'p'");
  }
  SECTION("tagged temporal values") {
    expectLoadError(g, H + R"("nodes":[{"id":"x","properties":{"p":{"$date":"2024-02-30"}}}]})",
                    "t.json:1:81: at /nodes/0/properties/p/$date: day 30 is out of range for 2024-2 (1 to 29)");
    expectLoadError(g, H + R"("nodes":[{"id":"x","properties":{"p":{"$date":20240301}}}]})",
                    "t.json:1:81: at /nodes/0/properties/p/$date: expected the value's ISO 8601 string, found integer");
    expectLoadError(g, H + R"("nodes":[{"id":"x","properties":{"p":{"$date":"2024-03-01","$time":"12:00"}}}]})",
                    "t.json:1:94: at /nodes/0/properties/p: a tagged temporal value has one key, found a second: '$time'");
    expectLoadError(g, H + R"("nodes":[{"id":"x","properties":{"p":[{"$datetime":"2024-03-01T10:00[Mars/Olympus]"}]}}]})",
                    "t.json:1:86: at /nodes/0/properties/p/0/$datetime: unknown time zone 'Mars/Olympus'");
    expectLoadError(g, H + R"("nodes":[{"id":"x","properties":{"p":{"$dte":"2024-03-01"}}}]})",
                    "t.json:1:72: at /nodes/0/properties/p: expected null, boolean, integer, float, string, array or a tagged temporal value such as {\"$date\": \"2024-03-01\"}, found an object with the key '$dte'");
  }
  SECTION("a repeated key among many property keys") {
    std::string props;
    for (int i = 0; i < 40; ++i) props += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
    expectLoadError(g, H + R"("nodes":[{"id":"x","properties":{)" + props + R"("k17":0}}]})",
                    "t.json:1:408: at /nodes/0/properties/k17: duplicate property key 'k17'");
  }
  SECTION("invalid UTF-8") {
    expectLoadError(g, H + "\"nodes\":[{\"id\":\"x\",\"properties\":{\"p\":\"ab\xC3(\"}}]}",
                    "t.json:1:75: malformed JSON: Invalid encoding in string.");
    expectLoadError(g, H + "\"nodes\":[{\"id\":\"\xFF\"}]}", "t.json:1:51: malformed JSON: Invalid encoding in string.");
  }
  SECTION("deep nesting is rejected, not followed") {
    expectLoadError(g, std::string(100000, '['), "t.json:1:1: expected a top-level object, found array");
    expectLoadError(g, H + R"("nodes":[{"id":"x","properties":{"p":[)" + std::string(100000, '['),
                    "t.json:1:73: at /nodes/0/properties/p/0: expected null, boolean, integer, float or string as a list element, found array");
    // An object value opens a tagged temporal value, whose key must be a string.
    expectLoadError(g, H + R"("nodes":[{"id":"x","properties":{"p":)" + std::string(100000, '{'),
                    "t.json:1:73: malformed JSON: Missing a name for object member.");
  }
  CHECK(g.nodeCount() == 3);
  CHECK(g.edgeCount() == 2);
  CHECK(prop(g, *g.findNode("a"), "name") == Value("Alpha"));
}

TEST_CASE("json loader: files, and I/O errors", "[loader]") {
  PropertyGraph g;
  const std::string root = sourceRoot();
  LoadReport r = loadGraphJsonFile(g, root + "/tests/graphs/bad/base.json");
  CHECK((r.nodes == 3 && r.edges == 2));
  try {
    loadGraphJsonFile(g, "/nonexistent/graph.json");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Io);
    CHECK(std::string(e.what()) == "cannot read /nonexistent/graph.json: No such file or directory");
  }
  try {
    loadGraphJsonFile(g, root + "/tests/graphs/bad");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Io);
    CHECK(std::string(e.what()) == "cannot read " + root + "/tests/graphs/bad: Is a directory");
  }
  CHECK(g.nodeCount() == 3);
}

// Replays tests/golden/errors/load_errors.test: every fixture fails with the message written
// there and leaves the graph loaded by its `graph` line unchanged.
TEST_CASE("json loader: the broken-file fixtures give the messages of the golden file", "[loader]") {
  const std::string dir = sourceRoot() + "/tests/golden/errors";
  std::istringstream lines(readFile(dir + "/load_errors.test"));
  REQUIRE(lines.str().size() > 0);
  PropertyGraph g;
  std::string line, before;
  int checked = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("graph ", 0) == 0) {
      loadGraphJsonFile(g, dir + "/" + line.substr(6));
      before = snapshot(g);
    } else if (line.rfind("load error ", 0) == 0) {
      const std::string path = line.substr(11);
      std::string sep, expected;
      std::getline(lines, sep);
      std::getline(lines, expected);
      REQUIRE(sep == "----");
      INFO("fixture " << path);
      try {
        loadGraphJsonFile(g, dir + "/" + path);
        FAIL("loaded without error");
      } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::Load);
        CHECK(std::string(e.what()) == dir + "/" + expected);  // FILE is the path as passed
      }
      CHECK(snapshot(g) == before);
      ++checked;
    }
  }
  CHECK(checked >= 30);
}

TEST_CASE("json loader: every prefix and thousands of byte mutations fail cleanly", "[loader][robustness]") {
  const std::string doc = R"({"format": "kgq-graph", "version": 1,
 "edges": [{"type": "NEAR", "from": "n1", "to": "a", "properties": {"w": [1, 2.5, "x", null]}}],
 "nodes": [{"id": "n1", "labels": ["New", "City"], "properties": {"name": "Ünïcode", "n": -7, "f": 1e-3, "b": true}},
           {"id": "n2", "properties": {"z": null}}]
})";
  PropertyGraph g;
  loadGraphJson(g, kBase, "base.json");
  const std::string before = snapshot(g);
  const PropertyGraph::Mark base = g.mark();

  for (std::size_t n = 0; n < doc.size(); ++n) {
    INFO("prefix length " << n);
    CHECK_THROWS_AS(loadGraphJson(g, std::string_view(doc.data(), n), "p.json"), Error);
    REQUIRE(snapshot(g) == before);
  }

  std::mt19937 rng(12345);
  const char interesting[] = "{}[]\":,\\0123456789-.eE \n\xC3\xFF\x80\0tfnu";
  int failures = 0, successes = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string m = doc;
    int edits = 1 + static_cast<int>(rng() % 4);
    for (int i = 0; i < edits; ++i) {
      std::size_t pos = rng() % m.size();
      switch (rng() % 4) {
        case 0: m[pos] = interesting[rng() % (sizeof interesting - 1)]; break;
        case 1: m[pos] = static_cast<char>(rng() & 0xFF); break;
        case 2: m.erase(pos, 1 + rng() % 8); break;
        default: m.insert(pos, 1, interesting[rng() % (sizeof interesting - 1)]); break;
      }
      if (m.empty()) m = "{";
    }
    INFO("mutation round " << round << ": " << m);
    try {
      LoadReport r = loadGraphJson(g, m, "m.json");
      ++successes;
      CHECK(g.nodeCount() == 3 + r.nodes);
      CHECK(g.edgeCount() == 2 + r.edges);
      g.rollback(base);  // back to the base graph
    } catch (const Error& e) {
      ++failures;
      REQUIRE(e.kind() == ErrorKind::Load);
      std::string what = e.what();
      REQUIRE(what.rfind("m.json:", 0) == 0);
    }
    REQUIRE(snapshot(g) == before);
  }
  CHECK(failures > 2000);
  CHECK(successes > 0);
}
