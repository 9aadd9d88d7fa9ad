// Shared helpers of the bundled-graph data tests (tests/data/*_test.cpp): the parsed
// data/china_innovation.json, the normalized article texts of its Document nodes, and property
// accessors. Only RapidJSON and the standard library, so the data tests do not depend on the engine.
#pragma once

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

namespace kgq_data_test {


inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Collapse runs of ASCII whitespace into one space and trim (same rule as data/build/kg.py).
inline std::string normalizeWs(const std::string& s) {
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

inline const std::string& graphPath() {
    static const std::string p = std::string(KGQ_DATA_DIR) + "/china_innovation.json";
    return p;
}

struct Loaded {
    rapidjson::Document doc;
    bool parsed = false;
    std::string error;
};

inline Loaded& graph() {
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

inline bool isArrayMember(const rapidjson::Value& v, const char* key) {
    return v.IsObject() && v.HasMember(key) && v[key].IsArray();
}

inline const rapidjson::Value* props(const rapidjson::Value& v) {
    if (!v.IsObject() || !v.HasMember("properties") || !v["properties"].IsObject()) return nullptr;
    return &v["properties"];
}

inline std::string stringProp(const rapidjson::Value* p, const char* key) {
    if (p == nullptr || !p->HasMember(key) || !(*p)[key].IsString()) return std::string();
    return std::string((*p)[key].GetString(), (*p)[key].GetStringLength());
}

// A temporal value in the tagged JSON form (data/SCHEMA.md): {"$date": "2024-03-01"}, ...; `tag`,
// if given, must be its tag.
inline bool isTaggedTemporal(const rapidjson::Value& v, const char* tag = nullptr) {
    if (!v.IsObject() || v.MemberCount() != 1) return false;
    const auto& m = *v.MemberBegin();
    const std::string name(m.name.GetString(), m.name.GetStringLength());
    if (tag != nullptr && name != tag) return false;
    for (const char* t : {"$date", "$localtime", "$time", "$localdatetime", "$datetime", "$duration"})
        if (name == t) return m.value.IsString() && m.value.GetStringLength() > 0;
    return false;
}

inline bool hasLabel(const rapidjson::Value& node, const char* label) {
    if (!isArrayMember(node, "labels")) return false;
    for (const auto& l : node["labels"].GetArray()) {
        if (l.IsString() && std::string(l.GetString()) == label) return true;
    }
    return false;
}

// Document id -> normalized article text.
inline const std::map<std::string, std::string>& documentTexts() {
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
inline void checkProvenance(const std::string& what, const rapidjson::Value* p) {
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


}  // namespace kgq_data_test
