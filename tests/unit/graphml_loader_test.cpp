// Tests for loaders/graphml_loader: kgq's own GraphML reads back to the same graph; every error
// names the source, the line and the element; a failed load leaves the graph exactly as it was
// (nodes, edges, adjacency, interned names), also after a large file read in pieces; no prefix or
// mutation of a document crashes the loader.
#include "loaders/graphml_loader.h"

#include "graph/export/graphml_writer.h"
#include "graph/json_writer.h"
#include "loaders/json_loader.h"

#include <kgq/kgq.h>

#include <catch2/catch.hpp>

#include <filesystem>

#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <unistd.h>

using namespace kgq;

namespace {

// The graph as kgq-graph JSON, plus what JSON does not show: slots, every interned name, and the
// adjacency as traversals see it.
std::string graphState(const PropertyGraph& g) {
  std::ostringstream out;
  writeGraphJson(g, out);
  out << "slots " << g.nodeSlots() << " " << g.edgeSlots() << "\n";
  for (const Interner* names : {&g.labelNames(), &g.typeNames(), &g.keyNames()}) {
    for (std::size_t i = 0; i < names->size(); ++i) out << names->name(static_cast<NameId>(i)) << ",";
    out << "\n";
  }
  for (NodeIndex n = 0; n < g.nodeSlots(); ++n) {
    if (!g.nodeIsLive(n)) continue;
    out << g.nodeId(n) << ":";
    g.forEachOutEdge(n, [&](EdgeIndex e, NodeIndex other, TypeId) { out << " >" << e << "/" << g.nodeId(other); });
    g.forEachInEdge(n, [&](EdgeIndex e, NodeIndex other, TypeId) { out << " <" << e << "/" << g.nodeId(other); });
    out << "\n";
  }
  return out.str();
}

const char* const kBaseGraph = R"({"format": "kgq-graph", "version": 1,
 "nodes": [
  {"id": "a", "labels": ["Person"], "properties": {"name": "Ann", "age": 31}},
  {"id": "b", "labels": ["Person", "Admin"], "properties": {"name": "Bo", "tags": ["x", "y"]}}],
 "edges": [{"type": "KNOWS", "from": "a", "to": "b", "properties": {"since": 2019}}]})";

// A GraphML document with `graph` inside <graph>, after four keys (d0 age:long, d1 name:string,
// d2 score:double with default 0.5, d3 the edges' label). Line 1 is the XML declaration; the
// <graph> line is line 7.
std::string document(const std::string& graph) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
         "  <key id=\"d0\" for=\"node\" attr.name=\"age\" attr.type=\"long\"/>\n"
         "  <key id=\"d1\" for=\"all\" attr.name=\"name\" attr.type=\"string\"/>\n"
         "  <key id=\"d2\" for=\"node\" attr.name=\"score\" attr.type=\"double\"><default>0.5</default></key>\n"
         "  <key id=\"d3\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
         "  <graph edgedefault=\"directed\">\n" +
         graph + "  </graph>\n</graphml>\n";
}

std::string loadError(PropertyGraph& g, const std::string& text) {
  try {
    loadGraphML(g, text, "t.graphml");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Load);
    return e.what();
  }
  FAIL("no error for:\n" << text);
  return "";
}

}  // namespace

TEST_CASE("kgq's GraphML export reads back to the same graph", "[graphml]") {
  PropertyGraph original;
  loadGraphJson(original, kBaseGraph, "base.json");
  std::ostringstream graphml;
  exportgraph::writeGraphML(original, exportgraph::selectAll(original), graphml);

  PropertyGraph back;
  LoadStats stats = loadGraphML(back, graphml.str(), "back.graphml");
  CHECK(stats.nodes == 2);
  CHECK(stats.edges == 1);
  std::ostringstream a, b;
  writeGraphJson(original, a);
  writeGraphJson(back, b);
  CHECK(b.str() == a.str());
  // Edges are traversable once the load is done (the bulk load built the adjacency).
  CHECK(back.outDegree(*back.findNode("a")) == 1);
  CHECK(back.inDegree(*back.findNode("b")) == 1);
}

TEST_CASE("GraphML of other tools: defaults, types, labels and types by convention", "[graphml]") {
  PropertyGraph g;
  LoadStats stats = loadGraphML(g, document("    <node id=\"n1\"><data key=\"d0\">7</data><data key=\"d1\">Ann</data></node>\n"
                                            "    <node id=\"n2\"><data key=\"d2\">2.5</data></node>\n"
                                            "    <edge source=\"n1\" target=\"n2\"><data key=\"d3\">knows</data></edge>\n"),
                                "t.graphml");
  CHECK(stats.nodes == 2);
  CHECK(stats.edges == 1);
  NodeIndex n1 = *g.findNode("n1"), n2 = *g.findNode("n2");
  CHECK(g.nodeProperty(n1, *g.keyNames().find("age")) == Value(std::int64_t{7}));
  CHECK(g.nodeProperty(n1, *g.keyNames().find("score")) == Value(0.5));  // the key's default
  CHECK(g.nodeProperty(n2, *g.keyNames().find("score")) == Value(2.5));
  CHECK(g.labelNames().name(g.nodeLabels(n1).at(0)) == "Node");
  CHECK(g.typeNames().name(g.edgeType(0)) == "knows");  // an edge's `label` is its type
}

TEST_CASE("each GraphML error names the file, the line and the element", "[graphml][errors]") {
  struct Case {
    const char* name;
    std::string text;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"undeclared edge target",
       document("    <node id=\"n1\"/>\n    <node id=\"n2\"/>\n    <edge id=\"e3\" source=\"n1\" target=\"n9\"/>\n"),
       "t.graphml:10: <edge id=\"e3\">: target 'n9' is not a declared node"},
      {"undeclared edge source, edge without an id",
       document("    <node id=\"n1\"/>\n    <edge source=\"x\" target=\"n1\"/>\n"),
       "t.graphml:9: <edge source=\"x\" target=\"n1\">: source 'x' is not a declared node"},
      {"node id declared twice",
       document("    <node id=\"n1\"/>\n    <node id=\"n2\"/>\n    <node id=\"n1\"/>\n"),
       "t.graphml:10: <node id=\"n1\">: node id 'n1' is declared twice (first at line 8)"},
      {"a kgq id used twice",
       "<graphml>\n <key id=\"k\" for=\"node\" attr.name=\"id\"/>\n <graph>\n"
       "  <node id=\"n1\"><data key=\"k\">same</data></node>\n  <node id=\"n2\"><data key=\"k\">same</data></node>\n"
       " </graph>\n</graphml>\n",
       "t.graphml:5: <node id=\"n2\">: node id 'same' is used twice in this file"},
      {"undeclared key",
       document("    <node id=\"n1\">\n      <data key=\"d9\">x</data>\n    </node>\n"),
       "t.graphml:9: <data key=\"d9\"> of <node id=\"n1\">: key 'd9' is not declared"},
      {"value of the wrong type",
       document("    <node id=\"n1\"/>\n    <node id=\"n2\">\n      <data key=\"d0\">ten</data>\n    </node>\n"),
       "t.graphml:10: <data key=\"d0\"> of <node id=\"n2\">: key 'age' expects an integer, got 'ten'"},
      {"default of the wrong type",
       "<graphml>\n <key id=\"b\" for=\"node\" attr.name=\"ok\" attr.type=\"boolean\">\n  <default>maybe</default>\n"
       " </key>\n <graph>\n  <node id=\"n1\"/>\n </graph>\n</graphml>\n",
       "t.graphml:3: <default> of <key id=\"b\"> (for <node id=\"n1\">): key 'ok' expects a boolean, got 'maybe'"},
      {"hyperedge", document("    <node id=\"n1\"/>\n    <hyperedge><endpoint node=\"n1\"/></hyperedge>\n"),
       "t.graphml:9: <hyperedge>: hyperedges are not supported"},
      {"hyperedge inside a node", document("    <node id=\"n1\">\n      <hyperedge/>\n    </node>\n"),
       "t.graphml:9: <hyperedge> in <node id=\"n1\">: hyperedges are not supported"},
      {"graph nested in a node (kgq reads one flat graph)",
       document("    <node id=\"n1\">\n      <graph id=\"g1\" edgedefault=\"directed\">\n        <node id=\"n1::a\"/>\n"
                "      </graph>\n    </node>\n"),
       "t.graphml:9: <graph> in <node id=\"n1\">: nested graphs are not supported"},
      {"graph nested in an edge",
       document("    <node id=\"n1\"/>\n    <edge source=\"n1\" target=\"n1\"><graph/></edge>\n"),
       "t.graphml:9: <graph> in <edge source=\"n1\" target=\"n1\">: nested graphs are not supported"},
      {"malformed XML", "<graphml>\n<graph>\n<node id=\"a\">\n</graph>\n</graphml>\n",
       "t.graphml:4:3: malformed XML: mismatched tag"},
      {"empty document", "", "t.graphml:1:1: malformed XML: no element found"},
      {"another root element", "<?xml version=\"1.0\"?>\n<svg/>\n",
       "t.graphml:2: <svg>: not a GraphML document (the root element is not <graphml>)"},
      {"no graph", "<graphml>\n  <key id=\"d0\"/>\n</graphml>\n", "t.graphml:1: <graphml>: no <graph> element"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    PropertyGraph g;
    CHECK(loadError(g, c.text) == c.message);
  }

  SECTION("a node the graph already has") {
    PropertyGraph g;
    loadGraphJson(g, kBaseGraph, "base.json");
    CHECK(loadError(g, document("    <node id=\"z\"/>\n    <node id=\"b\"/>\n")) ==
          "t.graphml:9: <node id=\"b\">: the graph already has a node with id 'b'");
  }
}

TEST_CASE("a GraphML load that fails changes nothing", "[graphml][errors]") {
  PropertyGraph g;
  loadGraphJson(g, kBaseGraph, "base.json");
  const std::string before = graphState(g);
  // Each fails after it has added nodes, edges and new labels, types and keys.
  const std::string newNames = "<graphml>\n <key id=\"l\" for=\"node\" attr.name=\"labels\"/>\n"
                               " <key id=\"t\" for=\"edge\" attr.name=\"type\"/>\n"
                               " <key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n <graph>\n"
                               "  <node id=\"x1\"><data key=\"l\">:Fresh:Label</data></node>\n"
                               "  <node id=\"x2\"><data key=\"l\">:Fresh</data></node>\n"
                               "  <edge source=\"x1\" target=\"x2\"><data key=\"t\">NEW_TYPE</data><data key=\"w\">1.5</data></edge>\n"
                               "  <edge source=\"x2\" target=\"x1\"><data key=\"t\">NEW_TYPE</data></edge>\n";
  for (const std::string& bad :
       {newNames + "  <edge source=\"x2\" target=\"x1\"><data key=\"w\">heavy</data></edge>\n </graph>\n</graphml>\n",
        newNames + "  <node id=\"a\"/>\n </graph>\n</graphml>\n",
        newNames + "  <edge source=\"x2\" target=\"nowhere\"/>\n </graph>\n</graphml>\n",
        newNames + "  <node id=\"x3\">\n </graph>\n</graphml>\n",
        newNames + "  <node id=\"x3\"><graph><node id=\"x4\"/></graph></node>\n </graph>\n</graphml>\n"}) {
    loadError(g, bad);
    CHECK(graphState(g) == before);
  }
  // The graph still takes a good load afterwards, and traversals see its edges.
  LoadStats stats = loadGraphML(g, newNames + " </graph>\n</graphml>\n", "good.graphml");
  CHECK(stats.nodes == 2);
  CHECK(stats.edges == 2);
  CHECK(g.nodeCount() == 4);
  CHECK(g.inDegree(*g.findNode("x1")) == 1);
  CHECK(g.outDegree(*g.findNode("x1")) == 1);
}

TEST_CASE("a large GraphML file is read in pieces and its errors keep their lines", "[graphml][errors]") {
  // Over 1 MB, so the file is fed to the parser in several pieces.
  std::string text = "<graphml>\n <graph>\n";
  const int nodes = 40000;
  for (int i = 0; i < nodes; ++i) text += "  <node id=\"n" + std::to_string(i) + "\"/>\n";
  for (int i = 1; i < nodes; ++i)
    text += "  <edge source=\"n" + std::to_string(i - 1) + "\" target=\"n" + std::to_string(i) + "\"/>\n";
  const std::string good = text + " </graph>\n</graphml>\n";
  REQUIRE(good.size() > (std::size_t{2} << 20));
  const std::size_t badLine = 2 + nodes + (nodes - 1) + 1;
  const std::string bad = text + "  <edge id=\"last\" source=\"n0\" target=\"n-1\"/>\n </graph>\n</graphml>\n";

  std::string dir = (std::filesystem::temp_directory_path() / "kgq-graphml-test-XXXXXX").string();
  REQUIRE(mkdtemp(dir.data()) != nullptr);
  const std::string goodPath = dir + "/good.graphml", badPath = dir + "/bad.graphml";
  std::ofstream(goodPath, std::ios::binary) << good;
  std::ofstream(badPath, std::ios::binary) << bad;

  PropertyGraph g;
  loadGraphJson(g, kBaseGraph, "base.json");
  const std::string before = graphState(g);
  try {
    loadGraphMLFile(g, badPath);
    FAIL("the bad file loaded");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) ==
          badPath + ":" + std::to_string(badLine) + ": <edge id=\"last\">: target 'n-1' is not a declared node");
  }
  CHECK(graphState(g) == before);
  LoadStats stats = loadGraphMLFile(g, goodPath);
  CHECK(stats.nodes == static_cast<std::size_t>(nodes));
  CHECK(stats.edges == static_cast<std::size_t>(nodes - 1));
  CHECK(g.outDegree(*g.findNode("n0")) == 1);

  try {
    loadGraphMLFile(g, std::string(dir) + "/missing.graphml");
    FAIL("a missing file loaded");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Io);
    CHECK(std::string(e.what()) == "cannot read " + std::string(dir) + "/missing.graphml: No such file or directory");
  }
  std::remove(goodPath.c_str());
  std::remove(badPath.c_str());
  rmdir(dir.c_str());
}

TEST_CASE("no prefix or mutation of a GraphML document crashes the loader or changes the graph on failure",
          "[graphml][robustness]") {
  PropertyGraph seed;
  loadGraphJson(seed, kBaseGraph, "base.json");
  std::ostringstream out;
  exportgraph::writeGraphML(seed, exportgraph::selectAll(seed), out);
  const std::string full = out.str();

  PropertyGraph g;
  loadGraphJson(g, R"({"format":"kgq-graph","version":1,"nodes":[{"id":"keep","labels":["K"]}]})", "k.json");
  const std::string before = graphState(g);
  auto attempt = [&](const std::string& text) {
    const PropertyGraph::Mark mark = g.mark();
    try {
      loadGraphML(g, text, "m.graphml");
    } catch (const Error& e) {
      REQUIRE(e.kind() == ErrorKind::Load);
      REQUIRE(graphState(g) == before);
      return;
    }
    g.rollback(mark);  // it loaded (the change kept it valid): take it out for the next attempt
    REQUIRE(graphState(g) == before);
  };
  for (std::size_t n = 0; n < full.size(); n += 7) attempt(full.substr(0, n));
  std::mt19937 random(11);
  for (int i = 0; i < 300; ++i) {
    std::string text = full;
    for (int k = 0; k < 3; ++k) text[random() % text.size()] = static_cast<char>(random() % 256);
    attempt(text);
  }
}
