// Checks the bundled knowledge graph data/china_innovation.json (issue #3):
// the file is valid kgq-graph v1, ids are unique, every edge endpoint exists, every edge and
// every Fact/Statement carries a `source` Document id and an `evidence` sentence that occurs
// verbatim (whitespace-normalized) in that document's article under data/sources/ (an edge that is
// the curator's classification has `basis: 'curation'` and a `reason` instead), every Fact
// has a numeric value and a unit, every Document has title/publisher/date/file; an object property
// value is a temporal value in the tagged form ({"$date": "2022-05-27"}).
// Uses only RapidJSON and the standard library so it does not depend on the engine.
#include "tests/data/bundled_graph.h"

using namespace kgq_data_test;

TEST_CASE("bundled graph is valid kgq-graph v1", "[data]") {
    Loaded& g = graph();
    INFO(graphPath() << ": " << g.error);
    REQUIRE(g.parsed);
    REQUIRE(g.doc.IsObject());
    for (const auto& m : g.doc.GetObject()) {
        const std::string key = m.name.GetString();
        INFO("top-level key " << key);
        CHECK((key == "format" || key == "version" || key == "nodes" || key == "edges"));
    }
    REQUIRE(g.doc.HasMember("format"));
    REQUIRE(g.doc["format"].IsString());
    CHECK(std::string(g.doc["format"].GetString()) == "kgq-graph");
    REQUIRE(g.doc.HasMember("version"));
    REQUIRE(g.doc["version"].IsInt());
    CHECK(g.doc["version"].GetInt() == 1);
    REQUIRE(isArrayMember(g.doc, "nodes"));
    REQUIRE(isArrayMember(g.doc, "edges"));
    CHECK(g.doc["nodes"].Size() > 100);
    CHECK(g.doc["edges"].Size() > 100);
}

TEST_CASE("bundled graph node ids are unique and nodes are well formed", "[data]") {
    Loaded& g = graph();
    REQUIRE(g.parsed);
    REQUIRE(isArrayMember(g.doc, "nodes"));
    std::set<std::string> ids;
    for (const auto& n : g.doc["nodes"].GetArray()) {
        REQUIRE(n.IsObject());
        REQUIRE(n.HasMember("id"));
        REQUIRE(n["id"].IsString());
        const std::string id = n["id"].GetString();
        INFO("node " << id);
        CHECK(ids.insert(id).second);
        REQUIRE(isArrayMember(n, "labels"));
        CHECK(n["labels"].Size() >= 1);
        for (const auto& l : n["labels"].GetArray()) CHECK(l.IsString());
        const rapidjson::Value* p = props(n);
        REQUIRE(p != nullptr);
        CHECK_FALSE(stringProp(p, "name").empty());
        for (const auto& m : p->GetObject()) {
            const auto& v = m.value;
            INFO("property " << m.name.GetString());
            if (v.IsObject()) CHECK(isTaggedTemporal(v));
            if (v.IsArray()) {
                for (const auto& x : v.GetArray()) CHECK((x.IsNull() || x.IsBool() || x.IsNumber() || x.IsString()));
            }
        }
    }
}

TEST_CASE("bundled graph edge endpoints exist and edges carry provenance", "[data]") {
    Loaded& g = graph();
    REQUIRE(g.parsed);
    REQUIRE(isArrayMember(g.doc, "nodes"));
    REQUIRE(isArrayMember(g.doc, "edges"));
    std::set<std::string> ids;
    for (const auto& n : g.doc["nodes"].GetArray()) {
        if (n.IsObject() && n.HasMember("id") && n["id"].IsString()) ids.insert(n["id"].GetString());
    }
    std::size_t i = 0;
    for (const auto& e : g.doc["edges"].GetArray()) {
        REQUIRE(e.IsObject());
        REQUIRE(e.HasMember("type"));
        REQUIRE(e["type"].IsString());
        REQUIRE(e.HasMember("from"));
        REQUIRE(e["from"].IsString());
        REQUIRE(e.HasMember("to"));
        REQUIRE(e["to"].IsString());
        const std::string what = "edge " + std::to_string(i++) + " " + e["type"].GetString() + " " +
                                 e["from"].GetString() + " -> " + e["to"].GetString();
        INFO(what);
        CHECK(ids.count(e["from"].GetString()) == 1);
        CHECK(ids.count(e["to"].GetString()) == 1);
        const rapidjson::Value* p = props(e);
        if (stringProp(p, "basis") == "curation") {
            // The curator's classification (data/SCHEMA.md): a reason, and no claim of an article source.
            CHECK_FALSE(normalizeWs(stringProp(p, "reason")).empty());
            CHECK_FALSE(p->HasMember("source"));
            CHECK_FALSE(p->HasMember("evidence"));
            CHECK_FALSE(p->HasMember("sources"));
            continue;
        }
        checkProvenance(what, p);
    }
}

TEST_CASE("bundled graph facts have numeric values, units and verbatim evidence", "[data]") {
    Loaded& g = graph();
    REQUIRE(g.parsed);
    REQUIRE(isArrayMember(g.doc, "nodes"));
    std::size_t facts = 0;
    for (const auto& n : g.doc["nodes"].GetArray()) {
        if (!hasLabel(n, "Fact") && !hasLabel(n, "Statement")) continue;
        const std::string id = n.HasMember("id") && n["id"].IsString() ? n["id"].GetString() : "?";
        const rapidjson::Value* p = props(n);
        checkProvenance("node " + id, p);
        if (!hasLabel(n, "Fact")) continue;
        ++facts;
        INFO("fact " << id);
        REQUIRE(p != nullptr);
        REQUIRE(p->HasMember("value"));
        CHECK((*p)["value"].IsNumber());
        CHECK_FALSE(stringProp(p, "unit").empty());
        CHECK_FALSE(stringProp(p, "metric").empty());
        if (p->HasMember("year") && !(*p)["year"].IsNull()) CHECK((*p)["year"].IsInt());
    }
    CHECK(facts >= 50);
}

TEST_CASE("bundled graph documents describe their articles", "[data]") {
    Loaded& g = graph();
    REQUIRE(g.parsed);
    REQUIRE(isArrayMember(g.doc, "nodes"));
    std::size_t docs = 0;
    for (const auto& n : g.doc["nodes"].GetArray()) {
        if (!hasLabel(n, "Document")) continue;
        ++docs;
        const rapidjson::Value* p = props(n);
        INFO("document " << (n.HasMember("id") && n["id"].IsString() ? n["id"].GetString() : "?"));
        for (const char* key : {"title", "publisher", "file"}) {
            INFO("property " << key);
            CHECK_FALSE(stringProp(p, key).empty());
        }
        // A DATE where the article gives the day, else the month or year as written; either way
        // with the first and last day it can be.
        REQUIRE(p->HasMember("date"));
        if (!isTaggedTemporal((*p)["date"], "$date")) CHECK_FALSE(stringProp(p, "date").empty());
        REQUIRE(p->HasMember("earliest_date"));
        REQUIRE(p->HasMember("latest_date"));
        CHECK(isTaggedTemporal((*p)["earliest_date"], "$date"));
        CHECK(isTaggedTemporal((*p)["latest_date"], "$date"));
        const std::string file = stringProp(p, "file");
        if (!file.empty()) CHECK_FALSE(readFile(std::string(KGQ_DATA_DIR) + "/sources/" + file).empty());
    }
    CHECK(docs == 5);
    CHECK(documentTexts().size() == 5);
}
