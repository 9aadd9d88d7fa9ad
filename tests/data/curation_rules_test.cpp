// Checks the curation rules of the bundled graph that data/SCHEMA.md promises (issue 18), on
// data/china_innovation.json and the articles in data/sources/:
// - the industry taxonomy is NARROWER_THAN only, between industries the articles name, acyclic;
// - comparable figures share one metric name (a curated synonym table, a near-duplicate detector
//   whose pairs must be listed as distinct on purpose, one unit per metric, every metric listed in
//   SCHEMA.md with that unit);
// - priorities, launches, issues and figures carry a year, and a year the evidence does not write
//   out says where it comes from (`year_basis`); plans carry a year;
// - people have a role_kind, programmes run by a government have a level, every quotation is linked
//   to the outlet that published it (QUOTED_BY);
// - quotes, wordings and aliases are verbatim in the articles, no property names a missing node,
//   no entity appears under two near-identical names, conflicts are kept and flagged on both sides;
// - every entity is mentioned by an article, every figure reported by one.
#include "tests/data/bundled_graph.h"

#include <algorithm>
#include <cctype>
#include <functional>

using namespace kgq_data_test;

namespace {

using Props = const rapidjson::Value*;

std::string nodeId(const rapidjson::Value& n) {
    return n.HasMember("id") && n["id"].IsString() ? n["id"].GetString() : std::string();
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// String values of a property that is a string or a list of strings.
std::vector<std::string> strings(Props p, const char* key) {
    std::vector<std::string> out;
    if (p == nullptr || !p->HasMember(key)) return out;
    const auto& v = (*p)[key];
    if (v.IsString()) out.emplace_back(v.GetString(), v.GetStringLength());
    if (v.IsArray()) {
        for (const auto& x : v.GetArray()) {
            if (x.IsString()) out.emplace_back(x.GetString(), x.GetStringLength());
        }
    }
    return out;
}

bool hasInt(Props p, const char* key) { return p != nullptr && p->HasMember(key) && (*p)[key].IsInt(); }

struct Graph {
    std::map<std::string, const rapidjson::Value*> nodes;
    std::vector<const rapidjson::Value*> edges;

    std::vector<const rapidjson::Value*> ofType(const std::string& type) const {
        std::vector<const rapidjson::Value*> out;
        for (const auto* e : edges) {
            if ((*e)["type"].GetString() == type) out.push_back(e);
        }
        return out;
    }
    const rapidjson::Value& node(const std::string& id) const { return *nodes.at(id); }
};

const Graph& bundled() {
    static const Graph g = [] {
        Graph out;
        Loaded& l = graph();
        if (!l.parsed) return out;
        for (const auto& n : l.doc["nodes"].GetArray()) out.nodes[nodeId(n)] = &n;
        for (const auto& e : l.doc["edges"].GetArray()) out.edges.push_back(&e);
        return out;
    }();
    return g;
}

bool isEntity(const rapidjson::Value& n) {
    return !hasLabel(n, "Fact") && !hasLabel(n, "Statement") && !hasLabel(n, "Document");
}

// Does `text` occur (whitespace-normalized, case-insensitive) in some article?
bool inSomeArticle(const std::string& text) {
    const std::string needle = lower(normalizeWs(text));
    for (const auto& [doc, body] : documentTexts()) {
        if (lower(body).find(needle) != std::string::npos) return true;
    }
    return false;
}

// Evidence sentences of a property map: `evidence` and every item of `evidences`.
std::vector<std::string> evidences(Props p) {
    std::vector<std::string> out = strings(p, "evidences");
    const std::string ev = stringProp(p, "evidence");
    if (!ev.empty()) out.push_back(ev);
    for (auto& e : out) e = normalizeWs(e);
    return out;
}

bool inAny(const std::vector<std::string>& haystacks, const std::string& needle) {
    const std::string n = normalizeWs(needle);
    return std::any_of(haystacks.begin(), haystacks.end(),
                       [&](const std::string& h) { return h.find(n) != std::string::npos; });
}

// Words of a name or metric for near-duplicate comparison: lowercase, punctuation dropped,
// possessive 's and a plural s dropped, filler words dropped.
std::set<std::string> words(const std::string& text) {
    static const std::set<std::string> filler = {"of", "the", "per", "in", "to", "a", "an", "and", "as", "by", "for"};
    std::string s = lower(text);
    for (std::size_t i = 0; i + 2 < s.size(); ++i) {  // curly apostrophe (UTF-8 E2 80 99) -> '
        if (s.compare(i, 3, "\xE2\x80\x99") == 0) s.replace(i, 3, "'");
    }
    std::set<std::string> out;
    std::string w;
    auto flush = [&] {
        if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
        w.erase(std::remove(w.begin(), w.end(), '\''), w.end());
        if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
        if (!w.empty() && filler.count(w) == 0) out.insert(w);
        w.clear();
    };
    for (char c : s) {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '&' || c == '\'' || (c & 0x80)) {
            w.push_back(c);
        } else {
            flush();
        }
    }
    flush();
    return out;
}

std::string joined(const std::set<std::string>& ws) {
    std::string out;
    for (const auto& w : ws) out += (out.empty() ? "" : " ") + w;
    return out;
}

}  // namespace

TEST_CASE("the industry taxonomy is NARROWER_THAN between named industries, acyclic, with a basis", "[data]") {
    const Graph& g = bundled();
    REQUIRE_FALSE(g.nodes.empty());
    std::map<std::string, std::vector<std::string>> broader;
    std::size_t curated = 0;
    for (const auto* e : g.edges) {
        const std::string type = (*e)["type"].GetString();
        const std::string from = (*e)["from"].GetString();
        const std::string to = (*e)["to"].GetString();
        Props p = props(*e);
        INFO(type << " " << from << " -> " << to);
        if (stringProp(p, "basis") == "curation") {
            CHECK(type == "NARROWER_THAN");  // the only relation the curator adds without an article
            ++curated;
        }
        if (type == "PART_OF") CHECK_FALSE((hasLabel(g.node(from), "Industry") && hasLabel(g.node(to), "Industry")));
        if (type != "NARROWER_THAN") continue;
        CHECK(hasLabel(g.node(from), "Industry"));
        CHECK(hasLabel(g.node(to), "Industry"));
        CHECK(from != to);
        const std::string basis = stringProp(p, "basis");
        CHECK((basis == "article" || basis == "curation"));
        broader[from].push_back(to);
    }
    CHECK(curated >= 10);
    // No cycle: a depth-first walk never meets a node on its own path.
    std::map<std::string, int> state;  // 1 on the path, 2 done
    std::function<bool(const std::string&)> cyclic = [&](const std::string& n) {
        if (state[n] == 1) return true;
        if (state[n] == 2) return false;
        state[n] = 1;
        for (const auto& b : broader[n]) {
            if (cyclic(b)) {
                INFO("cycle through " << n << " -> " << b);
                return true;
            }
        }
        state[n] = 2;
        return false;
    };
    for (const auto& [n, _] : broader) CHECK_FALSE(cyclic(n));
    // Never an industry the articles do not name: its name, an alias or its as_written form is in one.
    for (const auto& [id, n] : g.nodes) {
        if (!hasLabel(*n, "Industry")) continue;
        INFO(id);
        Props p = props(*n);
        std::vector<std::string> forms = strings(p, "aliases");
        forms.push_back(stringProp(p, "name"));
        for (const auto& w : strings(p, "as_written")) forms.push_back(w);
        CHECK(std::any_of(forms.begin(), forms.end(), inSomeArticle));
    }
}

TEST_CASE("comparable figures share one metric name, listed in SCHEMA.md with its unit", "[data]") {
    const Graph& g = bundled();
    REQUIRE_FALSE(g.nodes.empty());
    // Curated synonyms: a figure must use the name on the right, never the one on the left.
    const std::map<std::string, std::string> synonyms = {
        {"R&D funding share of GDP", "R&D expenditure share of GDP"},
        {"R&D share of GDP", "R&D expenditure share of GDP"},
        {"research and development expenditure share of GDP", "R&D expenditure share of GDP"},
        {"gross domestic product", "GDP"},
        {"added value growth target", "added value growth"},
        {"share of laptop computers sold worldwide", "global share"},
        {"share of global laptop computers produced", "global share"},
        {"share of smartphones sold globally", "global share"},
        {"share of the world's iPads produced", "global share"},
        {"share of global electronic information industry", "global share"},
        {"AI-related companies", "companies"},
        {"IoT companies", "companies"},
        {"VR companies attracted", "companies"},
        {"AI-related companies growth", "companies growth"},
        {"national-level specialized and innovative SMEs", "specialized and innovative SMEs"},
        {"specialized and innovative SMEs to incubate", "specialized and innovative SMEs"},
        {"specialized and innovative SMEs to add", "specialized and innovative SMEs"},
        {"plan period", "plan duration"},
        {"project duration", "plan duration"},
        {"duration", "event duration"},
        {"permanent residents", "population"},
    };
    // Pairs whose names look alike but that measure different things (checked by hand).
    const std::set<std::pair<std::string, std::string>> distinct = {
        {"GDP", "R&D expenditure share of GDP"},
        {"GDP", "digital economy share of GDP"},
        {"cities with population over 20 million", "population"},
        {"population", "population increase"},
        {"companies", "companies growth"},
        {"companies", "new robotics companies registered"},  // registrations in a period, not a stock
        {"companies", "unicorn companies"},                  // unicorns of all industries
        {"digital economy share of GDP", "global share of digital economy unicorns"},
        {"global share", "global share of digital economy unicorns"},  // a count of companies, not output
        {"global share", "global share of digital economy unicorn valuation"},
        {"global share of digital economy unicorn valuation", "global share of digital economy unicorns"},
        {"high-value invention patents per 10,000 people", "invention patents per 10,000 people"},
    };
    std::map<std::string, std::set<std::string>> unitsOf;
    for (const auto& [id, n] : g.nodes) {
        if (!hasLabel(*n, "Fact")) continue;
        Props p = props(*n);
        const std::string metric = stringProp(p, "metric");
        INFO(id << " metric " << metric);
        CHECK(synonyms.count(metric) == 0);
        unitsOf[metric].insert(stringProp(p, "unit"));
    }
    for (const auto& [metric, units] : unitsOf) {
        INFO("metric " << metric);
        CHECK(units.size() == 1);
    }
    for (auto a = unitsOf.begin(); a != unitsOf.end(); ++a) {
        for (auto b = std::next(a); b != unitsOf.end(); ++b) {
            const auto wa = words(a->first), wb = words(b->first);
            std::size_t common = 0;
            for (const auto& w : wa) common += wb.count(w);
            const bool subset = common == wa.size() || common == wb.size();
            const bool similar = 2 * common >= wa.size() + wb.size() - common;
            if (!subset && !similar) continue;
            INFO("near-duplicate metrics '" << a->first << "' and '" << b->first
                                            << "': merge them or list them as distinct");
            CHECK(distinct.count({a->first, b->first}) == 1);
        }
    }
    // SCHEMA.md lists every metric with its unit (rows "| `metric` | `unit` | meaning |" under "### Metrics").
    const std::string schema = readFile(std::string(KGQ_DATA_DIR) + "/SCHEMA.md");
    std::map<std::string, std::string> listed;
    std::istringstream lines(schema);
    bool inMetrics = false;
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("### ", 0) == 0 || line.rfind("## ", 0) == 0) inMetrics = line == "### Metrics";
        if (!inMetrics || line.rfind("| `", 0) != 0) continue;
        const auto cell = [&](std::size_t from, std::size_t& next) {
            const std::size_t a = line.find('`', from), b = line.find('`', a + 1);
            next = line.find('|', b);
            return line.substr(a + 1, b - a - 1);
        };
        std::size_t next = 0;
        const std::string metric = cell(0, next);
        listed[metric] = cell(next, next);
    }
    CHECK(listed.size() == unitsOf.size());
    for (const auto& [metric, units] : unitsOf) {
        INFO("metric " << metric << " in SCHEMA.md");
        REQUIRE(listed.count(metric) == 1);
        CHECK(listed.at(metric) == *units.begin());
    }
}

TEST_CASE("priorities, launches, issues, plans and figures carry a year or say why not", "[data]") {
    const Graph& g = bundled();
    REQUIRE_FALSE(g.nodes.empty());
    const auto check = [](const std::string& what, Props p) {
        INFO(what);
        if (!p->HasMember("year")) {
            CHECK_FALSE(stringProp(p, "year_basis").empty());  // e.g. "not stated: ..."
            return;
        }
        REQUIRE(hasInt(p, "year"));
        const std::string year = std::to_string((*p)["year"].GetInt());
        if (!inAny(evidences(p), year)) CHECK_FALSE(stringProp(p, "year_basis").empty());
    };
    for (const auto* e : g.edges) {
        const std::string type = (*e)["type"].GetString();
        if (type != "PRIORITIZES" && type != "LAUNCHED" && type != "ISSUED") continue;
        check(type + " " + (*e)["from"].GetString() + " -> " + (*e)["to"].GetString(), props(*e));
    }
    for (const auto& [id, n] : g.nodes) {
        if (!hasLabel(*n, "Fact")) continue;
        Props p = props(*n);
        if (p->HasMember("year") && (*p)["year"].IsNull()) {
            INFO(id);
            CHECK_FALSE(stringProp(p, "year_basis").empty());
            continue;
        }
        check(id, p);
    }
    std::set<std::string> launched;
    for (const auto* e : g.edges) {
        const std::string type = (*e)["type"].GetString();
        if (type == "LAUNCHED" || type == "ISSUED") launched.insert((*e)["to"].GetString());
    }
    for (const auto& [id, n] : g.nodes) {
        if (!hasLabel(*n, "Program")) continue;
        bool plan = launched.count(id) == 1;
        for (const char* l : {"Plan", "WorkReport", "ActionPlan", "PilotProgram", "PilotZone", "Project", "Report",
                              "Conference", "Forum"}) {
            plan = plan || hasLabel(*n, l);
        }
        if (!plan) continue;
        INFO(id);
        Props p = props(*n);
        CHECK((hasInt(p, "year") || !stringProp(p, "year_basis").empty()));
    }
}

TEST_CASE("people have a role kind, government programmes a level, quotations their outlet", "[data]") {
    const Graph& g = bundled();
    REQUIRE_FALSE(g.nodes.empty());
    const std::set<std::string> kinds = {"official",   "legislator", "executive",  "researcher",
                                         "academic",   "economist",  "journalist", "editor"};
    for (const auto& [id, n] : g.nodes) {
        if (!hasLabel(*n, "Person")) continue;
        INFO(id);
        CHECK(kinds.count(stringProp(props(*n), "role_kind")) == 1);
    }
    const std::set<std::string> levels = {"national", "provincial", "municipal", "international"};
    for (const auto* e : g.edges) {
        const std::string type = (*e)["type"].GetString();
        if (type != "LAUNCHED" && type != "ISSUED" && type != "RUNS") continue;
        const auto& from = g.node((*e)["from"].GetString());
        const auto& to = g.node((*e)["to"].GetString());
        bool government = false;
        for (const char* l : {"Region", "City", "Government", "Ministry", "Legislature", "InternationalOrganization"}) {
            government = government || hasLabel(from, l);
        }
        if (!government || !hasLabel(to, "Program")) continue;
        INFO(nodeId(from) << " " << type << " " << nodeId(to));
        CHECK(levels.count(stringProp(props(to), "level")) == 1);
    }
    for (const auto& [id, n] : g.nodes) {
        const std::string level = stringProp(props(*n), "level");
        INFO(id);
        if (!level.empty()) CHECK(levels.count(level) == 1);
    }
    // The publisher of each article (not a republisher).
    std::map<std::string, std::string> outlet;
    for (const auto* e : g.ofType("PUBLISHED")) {
        if (stringProp(props(*e), "role").empty()) outlet[(*e)["to"].GetString()] = (*e)["from"].GetString();
    }
    std::map<std::string, std::set<std::string>> speakers;
    for (const auto* e : g.ofType("SAID")) speakers[(*e)["to"].GetString()].insert((*e)["from"].GetString());
    std::set<std::pair<std::string, std::string>> quotedBy;  // (statement, source document)
    for (const auto* e : g.ofType("QUOTED_BY")) {
        const std::string st = (*e)["from"].GetString();
        const std::string org = (*e)["to"].GetString();
        Props p = props(*e);
        const std::string doc = stringProp(p, "source");
        INFO("QUOTED_BY " << st << " -> " << org << " from " << doc);
        REQUIRE(hasLabel(g.node(st), "Statement"));
        CHECK(hasLabel(g.node(org), "Media"));
        CHECK(outlet[doc] == org);
        Props sp = props(g.node(st));
        CHECK(inAny(evidences(sp), stringProp(p, "evidence")));
        const std::string how = stringProp(p, "how");
        CHECK((how == "published" || how == "told"));
        if (how == "told") CHECK(stringProp(p, "evidence").find("told the") != std::string::npos);
        quotedBy.insert({st, doc});
    }
    for (const auto& [id, n] : g.nodes) {
        if (!hasLabel(*n, "Statement")) continue;
        const auto& who = speakers[id];
        if (std::any_of(who.begin(), who.end(), [](const std::string& s) { return s.rfind("doc:", 0) == 0; })) {
            continue;  // the article's own claim, not a quotation
        }
        for (const auto& doc : strings(props(*n), "sources")) {
            if (outlet.count(doc) == 0) continue;  // publisher not stated
            INFO(id << " quoted in " << doc);
            CHECK(quotedBy.count({id, doc}) == 1);
        }
    }
}

TEST_CASE("quotes, wordings and aliases are verbatim in the articles", "[data]") {
    const Graph& g = bundled();
    REQUIRE_FALSE(g.nodes.empty());
    for (const auto& [id, n] : g.nodes) {
        Props p = props(*n);
        INFO(id);
        const auto evs = evidences(p);
        if (hasLabel(*n, "Statement")) {
            CHECK(inAny(evs, stringProp(p, "text")));
            for (const char* k : {"quote", "paraphrase"}) {
                for (const auto& q : strings(p, k)) CHECK(inAny(evs, q));
            }
        }
        if (hasLabel(*n, "Fact")) {
            CHECK(inAny(evs, stringProp(p, "as_written")));
            for (const auto& u : strings(p, "usd_as_written")) CHECK(inAny(evs, u));
        }
    }
    for (const auto* e : g.ofType("CONFLICTS_WITH")) {
        Props p = props(*e);
        const std::string other = stringProp(p, "other_source");
        INFO("CONFLICTS_WITH other_evidence in " << other);
        REQUIRE(documentTexts().count(other) == 1);
        CHECK(documentTexts().at(other).find(normalizeWs(stringProp(p, "other_evidence"))) != std::string::npos);
    }
    // Aliases of places, organisations and programmes are English variants as the articles write
    // them; the few disambiguating forms the curator added are listed here.
    const std::set<std::pair<std::string, std::string>> curatorForms = {
        {"region:inland_regions", "China's inland regions"},
        {"program:specialized_innovative_sme_list", "specialized and innovative SMEs"},
        {"program:specialized_innovative_sme_list", "national-level specialized and innovative SMEs"},
        {"program:guangdong_government_work_plan_2025", "Guangdong 2025 Government Work Plan"},
        {"program:beijing_work_plan_2025", "Beijing 2025 work plan"},
    };
    for (const auto& [id, n] : g.nodes) {
        if (!isEntity(*n) || hasLabel(*n, "Industry") || hasLabel(*n, "Person")) continue;
        for (const auto& a : strings(props(*n), "aliases")) {
            INFO(id << " alias '" << a << "'");
            CHECK((inSomeArticle(a) || curatorForms.count({id, a}) == 1));
        }
    }
}

TEST_CASE("no property names a missing node and no entity has two near-identical names", "[data]") {
    const Graph& g = bundled();
    REQUIRE_FALSE(g.nodes.empty());
    const auto looksLikeId = [](const std::string& s) {
        static const std::vector<std::string> prefixes = {"doc:", "region:", "city:", "company:", "org:",
                                                          "person:", "industry:", "program:", "fact:", "statement:"};
        for (const auto& pre : prefixes) {
            if (s.rfind(pre, 0) != 0 || s.size() == pre.size()) continue;
            return std::all_of(s.begin() + static_cast<long>(pre.size()), s.end(), [](char c) {
                return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_';
            });
        }
        return false;
    };
    const auto checkRefs = [&](const std::string& what, Props p) {
        for (const auto& m : p->GetObject()) {
            for (const auto& s : strings(p, m.name.GetString())) {
                INFO(what << "." << m.name.GetString() << " = " << s);
                if (looksLikeId(s)) CHECK(g.nodes.count(s) == 1);
            }
        }
    };
    for (const auto& [id, n] : g.nodes) checkRefs(id, props(*n));
    for (const auto* e : g.edges) checkRefs((*e)["type"].GetString(), props(*e));

    // Two entities whose name or alias reduce to the same words (case, punctuation, possessive,
    // plural, filler and kind-of-place words ignored) are one entity under two names, unless listed here.
    const std::set<std::pair<std::string, std::string>> sameNameDifferentThing = {
        // the policy concept and the national list of such SMEs
        {"industry:specialized_innovative_smes", "program:specialized_innovative_sme_list"},
        // December 2023 and December 2024 conferences
        {"program:central_economic_work_conference_2023", "program:central_economic_work_conference_2024"},
        // China's 2024 report and Shanghai's 2025 report
        {"program:government_work_report_2024", "program:shanghai_government_work_report_2025"},
    };
    std::map<std::string, std::set<std::string>> byWords;
    // "Hubei" and "Hubei Province" are one place: kind-of-place words do not tell names apart.
    const std::set<std::string> placeWords = {"province", "municipality", "city", "district", "region"};
    for (const auto& [id, n] : g.nodes) {
        if (!isEntity(*n)) continue;
        Props p = props(*n);
        std::vector<std::string> forms = strings(p, "aliases");
        forms.push_back(stringProp(p, "name"));
        for (const auto& f : forms) {
            std::set<std::string> ws = words(f);
            if (ws.size() > 1) {
                for (const auto& w : placeWords) ws.erase(w);
            }
            byWords[joined(ws)].insert(id);
        }
    }
    for (const auto& [key, ids] : byWords) {
        if (ids.size() < 2) continue;
        INFO("'" << key << "' names " << ids.size() << " nodes: " << *ids.begin() << ", " << *ids.rbegin());
        CHECK((ids.size() == 2 && sameNameDifferentThing.count({*ids.begin(), *ids.rbegin()}) == 1));
    }
}

TEST_CASE("conflicting figures are both kept, flagged and linked", "[data]") {
    const Graph& g = bundled();
    REQUIRE_FALSE(g.nodes.empty());
    std::set<std::string> linked;
    const auto flagged = [&](const std::string& id) {
        Props p = props(g.node(id));
        return p->HasMember("conflict") && (*p)["conflict"].IsBool() && (*p)["conflict"].GetBool() &&
               !stringProp(p, "conflict_note").empty();
    };
    for (const auto* e : g.ofType("CONFLICTS_WITH")) {
        const std::string a = (*e)["from"].GetString(), b = (*e)["to"].GetString();
        INFO(a << " CONFLICTS_WITH " << b);
        CHECK(hasLabel(g.node(a), "Fact"));
        CHECK(hasLabel(g.node(b), "Fact"));
        CHECK(flagged(a));
        CHECK(flagged(b));
        CHECK(stringProp(props(*e), "other_source") == stringProp(props(g.node(b)), "source"));
        CHECK_FALSE(stringProp(props(*e), "conflict_note").empty());
        linked.insert(a);
        linked.insert(b);
    }
    CHECK(linked.size() >= 4);
    for (const auto& [id, n] : g.nodes) {
        Props p = props(*n);
        if (!p->HasMember("conflict") || !(*p)["conflict"].IsBool() || !(*p)["conflict"].GetBool()) continue;
        INFO(id << " is flagged as conflicting but linked to nothing");
        CHECK(linked.count(id) == 1);
    }
}

TEST_CASE("containment is LOCATED_IN or PART_OF: every capital is also located in its province", "[data]") {
    const Graph& g = bundled();
    REQUIRE_FALSE(g.nodes.empty());
    std::set<std::pair<std::string, std::string>> located;
    for (const auto* e : g.ofType("LOCATED_IN")) located.insert({(*e)["from"].GetString(), (*e)["to"].GetString()});
    const auto capitals = g.ofType("CAPITAL_OF");
    CHECK(capitals.size() >= 5);
    for (const auto* e : capitals) {
        INFO((*e)["from"].GetString() << " CAPITAL_OF " << (*e)["to"].GetString());
        CHECK(located.count({(*e)["from"].GetString(), (*e)["to"].GetString()}) == 1);
    }
}

TEST_CASE("every entity is mentioned by an article and every figure reported by one", "[data]") {
    const Graph& g = bundled();
    REQUIRE_FALSE(g.nodes.empty());
    std::set<std::string> mentioned, reported;
    for (const auto* e : g.ofType("MENTIONS")) mentioned.insert((*e)["to"].GetString());
    for (const auto* e : g.ofType("REPORTS")) {
        if (hasLabel(g.node((*e)["from"].GetString()), "Document")) reported.insert((*e)["to"].GetString());
    }
    for (const auto& [id, n] : g.nodes) {
        INFO(id);
        if (isEntity(*n)) CHECK(mentioned.count(id) == 1);
        if (hasLabel(*n, "Fact")) CHECK(reported.count(id) == 1);
    }
}
