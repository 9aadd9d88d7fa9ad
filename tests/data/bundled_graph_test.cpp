// Checks the bundled knowledge graph data/china_innovation.json (issue #3):
// the file is valid kgq-graph v1, ids are unique, every edge endpoint exists, every edge and
// every Fact/Statement carries a `source` Document id and an `evidence` sentence that occurs
// verbatim (whitespace-normalized) in that document's article under data/sources/, every Fact
// has a numeric value and a unit, every Document has title/publisher/date/file.
// Uses only RapidJSON and the standard library so it does not depend on the engine.
#include <catch2/catch.hpp>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#ifndef KGQ_DATA_DIR
#error "KGQ_DATA_DIR must be defined as the absolute path of data/"
#endif

namespace {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Collapse runs of ASCII whitespace into one space and trim (same rule as data/build/kg.py).
std::string normalizeWs(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    bool pendingSpace = false;
    for (char c : s) {
        const bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        if (ws) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) out.push_back(' ');
        pendingSpace = false;
        out.push_back(c);
    }
    return out;
}

const std::string& graphPath() {
    static const std::string p = std::string(KGQ_DATA_DIR) + "/china_innovation.json";
    return p;
}

struct Loaded {
    rapidjson::Document doc;
    bool parsed = false;
    std::string error;
};

Loaded& graph() {
    static Loaded g = [] {
        Loaded l;
        const std::string text = readFile(graphPath());
        l.doc.Parse(text.c_str(), text.size());
        l.parsed = !l.doc.HasParseError();
        if (!l.parsed) {
            l.error = std::string(rapidjson::GetParseError_En(l.doc.GetParseError())) + " at offset " +
                      std::to_string(l.doc.GetErrorOffset());
        }
        return l;
    }();
    return g;
}

bool isArrayMember(const rapidjson::Value& v, const char* key) {
    return v.IsObject() && v.HasMember(key) && v[key].IsArray();
}

const rapidjson::Value* props(const rapidjson::Value& v) {
    if (!v.IsObject() || !v.HasMember("properties") || !v["properties"].IsObject()) return nullptr;
    return &v["properties"];
}

std::string stringProp(const rapidjson::Value* p, const char* key) {
    if (p == nullptr || !p->HasMember(key) || !(*p)[key].IsString()) return std::string();
    return std::string((*p)[key].GetString(), (*p)[key].GetStringLength());
}

bool hasLabel(const rapidjson::Value& node, const char* label) {
    if (!isArrayMember(node, "labels")) return false;
    for (const auto& l : node["labels"].GetArray()) {
        if (l.IsString() && std::string(l.GetString()) == label) return true;
    }
    return false;
}

// Document id -> normalized article text.
const std::map<std::string, std::string>& documentTexts() {
    static const std::map<std::string, std::string> texts = [] {
        std::map<std::string, std::string> m;
        Loaded& g = graph();
        if (!g.parsed || !isArrayMember(g.doc, "nodes")) return m;
        for (const auto& n : g.doc["nodes"].GetArray()) {
            if (!hasLabel(n, "Document") || !n.HasMember("id") || !n["id"].IsString()) continue;
            const std::string file = stringProp(props(n), "file");
            if (file.empty()) continue;
            m[n["id"].GetString()] = normalizeWs(readFile(std::string(KGQ_DATA_DIR) + "/sources/" + file));
        }
        return m;
    }();
    return texts;
}

// Checks source/evidence (and the optional parallel lists sources/evidences) of one property map.
void checkProvenance(const std::string& what, const rapidjson::Value* p) {
    INFO(what);
    REQUIRE(p != nullptr);
    const auto& texts = documentTexts();
    const std::string source = stringProp(p, "source");
    const std::string evidence = stringProp(p, "evidence");
    CHECK(texts.count(source) == 1);
    CHECK_FALSE(normalizeWs(evidence).empty());
    if (texts.count(source) == 1 && !evidence.empty()) {
        INFO("evidence: " << evidence);
        CHECK(texts.at(source).find(normalizeWs(evidence)) != std::string::npos);
    }
    if (p->HasMember("sources") || p->HasMember("evidences")) {
        REQUIRE(isArrayMember(*p, "sources"));
        REQUIRE(isArrayMember(*p, "evidences"));
        const auto& srcs = (*p)["sources"];
        const auto& evs = (*p)["evidences"];
        REQUIRE(srcs.Size() == evs.Size());
        for (rapidjson::SizeType i = 0; i < srcs.Size(); ++i) {
            REQUIRE(srcs[i].IsString());
            REQUIRE(evs[i].IsString());
            const std::string s = srcs[i].GetString();
            const std::string e = normalizeWs(evs[i].GetString());
            INFO("evidences[" << i << "]: " << e);
            REQUIRE(texts.count(s) == 1);
            CHECK(texts.at(s).find(e) != std::string::npos);
        }
    }
}

}  // namespace

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
            CHECK_FALSE(v.IsObject());
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
        checkProvenance(what, props(e));
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
        for (const char* key : {"title", "publisher", "date", "file"}) {
            INFO("property " << key);
            CHECK_FALSE(stringProp(p, key).empty());
        }
        const std::string file = stringProp(p, "file");
        if (!file.empty()) CHECK_FALSE(readFile(std::string(KGQ_DATA_DIR) + "/sources/" + file).empty());
    }
    CHECK(docs == 5);
    CHECK(documentTexts().size() == 5);
}
