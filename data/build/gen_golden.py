#!/usr/bin/env python3
"""Write tests/golden/china/*.test (all but dates.test, which is written by hand).

Each case pairs a Cypher query with a Python function that computes the same answer from
data/china_innovation.json; every expected answer was then checked by hand against the article
text (see the comment line of each case).  Re-run after changing the data and review the diff.
"""
import collections
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
G = json.load(open(os.path.join(ROOT, "data", "china_innovation.json"), encoding="utf-8"))
N = {n["id"]: n for n in G["nodes"]}
EDGES = G["edges"]


def P(i, k, d=None):
    return N[i]["properties"].get(k, d) if k != "id" else i


def lab(i, l):
    return l in N[i]["labels"]


def out(i, t):
    return [e for e in EDGES if e["from"] == i and e["type"] == t]


def inc(i, t):
    return [e for e in EDGES if e["to"] == i and e["type"] == t]


def ofType(t):
    return [e for e in EDGES if e["type"] == t]


def by_name(name, label=None):
    r = [i for i, n in N.items() if n["properties"].get("name") == name and (label is None or label in n["labels"])]
    assert len(r) == 1, (name, r)
    return r[0]


def fmt(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, str):
        return "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'"
    if isinstance(v, list):
        return "[" + ", ".join(fmt(x) for x in v) + "]"
    if isinstance(v, dict) and len(v) == 1 and next(iter(v)).startswith("$"):
        return next(iter(v.values()))  # a tagged temporal value prints as its ISO string
    raise TypeError(v)


FILES = collections.OrderedDict()


def case(file, comment, query, header, rows, rowsort=False):
    assert rows, f"empty answer for {comment}"
    FILES.setdefault(file, []).append((comment, query.strip(), header, rows, rowsort))


def facts(subj, **kw):
    r = []
    for e in out(subj, "HAS_FACT"):
        f = e["to"]
        if all(P(f, k) == v for k, v in kw.items()):
            r.append(f)
    return r


# ============================================================================ lookups
F = "lookups.test"
f = facts("region:hubei", metric="GDP", year=2021)
case(F, "Hubei's GDP in 2021 (doc:000, doc:001: 'reached 5 trillion yuan ... last year')",
     "MATCH (r:Region {id: 'region:hubei'})-[:HAS_FACT]->(f:Fact {metric: 'GDP', year: 2021})\n"
     "RETURN f.value AS gdp, f.unit AS unit, f.qualifier AS qualifier",
     ["gdp", "unit", "qualifier"], [(P(x, "value"), P(x, "unit"), P(x, "qualifier")) for x in f])
f = facts("region:hubei", metric="GDP", year=2021)
case(F, "Hubei's 2021 GDP in US dollars as stated (doc:000: 'about 789 billion U.S. dollars')",
     "MATCH (r:Region {name: 'Hubei'})-[:HAS_FACT]->(f:Fact {metric: 'GDP', year: 2021})\n"
     "RETURN f.usd_value AS usd, f.usd_unit AS unit",
     ["usd", "unit"], [(P(x, "usd_value"), P(x, "usd_unit")) for x in f])
f = facts("city:chengdu", metric="population", measure="permanent residents")
case(F, "Chengdu's permanent residents at the end of 2021 (doc:002: 21.192 million, Chengdu Bureau of Statistics)",
     "MATCH (c:City {name: 'Chengdu'})-[:HAS_FACT]->(f:Fact {metric: 'population', measure: 'permanent residents'})\n"
     "RETURN f.value AS population, f.unit AS unit, f.year AS year",
     ["population", "unit", "year"], [(P(x, "value"), P(x, "unit"), P(x, "year")) for x in f])
f = facts("region:shanghai", metric="R&D expenditure share of GDP", year=2024)
case(F, "Shanghai's R&D expenditure as a share of GDP in 2024 (doc:003: 4.4 percent)",
     "MATCH (r:Region {name: 'Shanghai'})-[:HAS_FACT]->(f:Fact {metric: 'R&D expenditure share of GDP', year: 2024})\n"
     "RETURN f.value AS share, f.unit AS unit",
     ["share", "unit"], [(P(x, "value"), P(x, "unit")) for x in f])
f = facts("region:anhui", metric="R&D expenditure share of GDP")
case(F, "Anhui's 2022 target for R&D funding as a share of GDP (doc:000: 'about 2.5 percent in 2022'; "
        "the metric shared with Shanghai's R&D expenditure share)",
     "MATCH (r:Region {name: 'Anhui'})-[:HAS_FACT]->(f:Fact {metric: 'R&D expenditure share of GDP'})\n"
     "RETURN f.value AS target, f.qualifier AS qualifier, f.year AS year",
     ["target", "qualifier", "year"], [(P(x, "value"), P(x, "qualifier"), P(x, "year")) for x in f])
f = facts("program:guangdong_government_work_plan_2025", metric="major tasks")
case(F, "How many major tasks Guangdong's 2025 Government Work Plan focuses on (doc:003: 12)",
     "MATCH (p:Program {id: 'program:guangdong_government_work_plan_2025'})-[:HAS_FACT]->(f:Fact {metric: 'major tasks'})\n"
     "RETURN f.value AS tasks",
     ["tasks"], [(P(x, "value"),) for x in f])
f = facts("program:manufacturing_tech_transformation_pilot", metric="central grant per selected city")
case(F, "Maximum central grant per city in the manufacturing technological transformation pilot (doc:004)",
     "MATCH (p:Program {id: 'program:manufacturing_tech_transformation_pilot'})-[:HAS_FACT]->(f:Fact {metric: 'central grant per selected city'})\n"
     "RETURN f.value AS grant, f.unit AS unit, f.qualifier AS qualifier",
     ["grant", "unit", "qualifier"], [(P(x, "value"), P(x, "unit"), P(x, "qualifier")) for x in f])
case(F, "Title, publisher and date of the China Daily article (doc:002)",
     "MATCH (d:Document {id: 'doc:002'}) RETURN d.title AS title, d.publisher AS publisher, d.date AS date",
     ["title", "publisher", "date"], [(P("doc:002", "title"), P("doc:002", "publisher"), P("doc:002", "date"))])
case(F, "Who is Wang Zhonglin (doc:000: 'Wang Zhonglin, governor of Hubei')",
     "MATCH (p:Person {name: 'Wang Zhonglin'}) RETURN p.title AS title",
     ["title"], [(P("person:wang_zhonglin", "title"),)])

# ============================================================================ one hop
F = "one_hop.test"
rows = [(P(e["from"], "name"), e["properties"]["role"]) for e in inc("region:hubei", "GOVERNS")
        if lab(e["from"], "Person")]
case(F, "Who governs Hubei (doc:000, doc:001)",
     "MATCH (p:Person)-[g:GOVERNS]->(r:Region {name: 'Hubei'}) RETURN p.name AS person, g.role AS role",
     ["person", "role"], rows)
rows = sorted((P(e["from"], "name"), P(e["to"], "name")) for e in ofType("CAPITAL_OF"))
case(F, "Provincial capitals named in the articles (doc:000-002: Wuhan, Hefei, Shenyang, Nanchang, Chengdu)",
     "MATCH (c:City)-[:CAPITAL_OF]->(r:Region) RETURN c.name AS capital, r.name AS province ORDER BY capital",
     ["capital", "province"], rows)
rows = sorted((P(e["to"], "name"),) for e in out("region:guangdong", "PRIORITIZES")
              if e["properties"].get("category") == "future industries")
case(F, "Future industries Guangdong will cultivate under its 2025 plan (doc:003)",
     "MATCH (r:Region {name: 'Guangdong'})-[p:PRIORITIZES]->(i:Industry)\n"
     "WHERE p.category = 'future industries' RETURN i.name AS industry ORDER BY industry",
     ["industry"], rows)
rows = sorted((P(e["to"], "name"),) for e in out("region:shanghai", "PRIORITIZES")
              if e["properties"].get("category") == "frontier fields")
case(F, "Frontier fields in which Shanghai will strengthen innovation capabilities in 2025 (doc:003)",
     "MATCH (r:Region {name: 'Shanghai'})-[p:PRIORITIZES]->(i:Industry)\n"
     "WHERE p.category = 'frontier fields' RETURN i.name AS field ORDER BY field",
     ["field"], rows)
rows = sorted((P(e["from"], "name"),) for e in inc("region:jiangxi", "OPERATES_IN"))
case(F, "Companies that set up VR businesses in Jiangxi (doc:002)",
     "MATCH (c:Company)-[:OPERATES_IN]->(r:Region {name: 'Jiangxi'}) RETURN c.name AS company",
     ["company"], rows, rowsort=True)
rows = sorted((P(e["from"], "name"),) for e in inc("program:industrial_equipment_renewal_plan", "ISSUED"))
case(F, "Named departments that co-released the industrial equipment renewal action plan (doc:004)",
     "MATCH (o:Organization)-[:ISSUED]->(p:Program {name: 'industrial equipment renewal action plan'})\n"
     "RETURN o.name AS department",
     ["department"], rows, rowsort=True)
rows = sorted((e["properties"]["role"], P(e["to"], "name")) for e in out("person:qi_xiangdong", "HOLDS_ROLE"))
case(F, "Roles of Qi Xiangdong (doc:003)",
     "MATCH (p:Person {name: 'Qi Xiangdong'})-[r:HOLDS_ROLE]->(o) RETURN r.role AS role, o.name AS organization ORDER BY role",
     ["role", "organization"], rows)
rows = sorted((P(e["from"], "name"), e["properties"]["role"], P(e["to"], "name")) for e in ofType("HOLDS_ROLE")
              if e["properties"].get("former") is True)
case(F, "Officials quoted in a former role (doc:000: Chen Hongyu)",
     "MATCH (p:Person)-[r:HOLDS_ROLE]->(o) WHERE r.former = true\n"
     "RETURN p.name AS person, r.role AS role, o.name AS organization",
     ["person", "role", "organization"], rows)
rows = sorted((P(e["from"], "name"),) for e in inc("program:telecom_opening_pilot", "PART_OF"))
case(F, "Pilot areas for opening value-added telecom services to foreign investment (doc:004)",
     "MATCH (z:Program)-[:PART_OF]->(p:Program {id: 'program:telecom_opening_pilot'}) RETURN z.name AS area ORDER BY area",
     ["area"], rows)
rows = sorted((P(e["to"], "name"),) for e in out("program:zhongguancun_forum_2024", "TARGETS"))
case(F, "Fields the 2024 Zhongguancun Forum focuses on (doc:004)",
     "MATCH (p:Program {name: '2024 Zhongguancun Forum'})-[:TARGETS]->(i:Industry) RETURN i.name AS field ORDER BY field",
     ["field"], rows)

# ============================================================================ multi hop
F = "multi_hop.test"
rows = []
for e in ofType("CAPITAL_OF"):
    for e2 in out(e["from"], "PRIORITIZES"):
        if P(e2["to"], "name") == "metaverse":
            rows.append((P(e["to"], "name"), P(e["from"], "name")))
case(F, "Provinces whose capital plans to develop the metaverse (doc:000/001: Hefei, Wuhan; doc:002: Nanchang)",
     "MATCH (r:Region)<-[:CAPITAL_OF]-(c:City)-[:PRIORITIZES]->(i:Industry {name: 'metaverse'})\n"
     "RETURN DISTINCT r.name AS province, c.name AS capital ORDER BY province",
     ["province", "capital"], sorted(set(rows)))
rows = []
for e in ofType("CAPITAL_OF"):
    for e2 in out(e["to"], "LOCATED_IN"):
        if P(e2["to"], "name") == "East China":
            rows.append((P(e["to"], "name"), P(e["from"], "name")))
case(F, "Provinces in East China and their capitals (doc:000 Anhui, doc:002 Jiangxi)",
     "MATCH (c:City)-[:CAPITAL_OF]->(r:Region)-[:LOCATED_IN]->(m:Region {name: 'East China'})\n"
     "RETURN DISTINCT r.name AS province, c.name AS capital ORDER BY province",
     ["province", "capital"], sorted(set(rows)))
rows = []
for e in ofType("SAID"):
    for e2 in out(e["to"], "ABOUT"):
        if P(e2["to"], "name") == "metaverse" and lab(e["from"], "Person"):
            rows.append((P(e["from"], "name"), P(e["to"], "text")))
case(F, "Who said what about the metaverse (doc:000, doc:001: Tong Zhilei)",
     "MATCH (p:Person)-[:SAID]->(s:Statement)-[:ABOUT]->(i:Industry {name: 'metaverse'})\n"
     "RETURN p.name AS person, s.text AS statement",
     ["person", "statement"], sorted(set(rows)))
rows = sorted((P(e["to"], "name"), P(e["from"], "name"), e["properties"]["role"]) for e in ofType("HOLDS_ROLE")
              if lab(e["to"], "Company"))
case(F, "Company executives quoted in the articles (doc:000, doc:002, doc:003)",
     "MATCH (p:Person)-[r:HOLDS_ROLE]->(c:Company) RETURN c.name AS company, p.name AS person, r.role AS role ORDER BY company",
     ["company", "person", "role"], rows)
rows = collections.Counter()
for e in out("org:miit", "ISSUED"):
    for e2 in out(e["to"], "TARGETS"):
        if lab(e2["to"], "Industry"):
            rows[P(e["to"], "name")] += 1
case(F, "Programs issued by MIIT and how many industries each targets (doc:004)",
     "MATCH (o:Organization {id: 'org:miit'})-[:ISSUED]->(p:Program)-[:TARGETS]->(i:Industry)\n"
     "RETURN p.name AS program, count(DISTINCT i) AS industries ORDER BY industries DESC, program",
     ["program", "industries"], sorted(rows.items(), key=lambda kv: (-kv[1], kv[0])))
rows = []
for e in inc("program:one_trillion_yuan_club", "MEMBER_OF"):
    for e2 in out(e["from"], "LOCATED_IN"):
        rows.append((P(e["from"], "name"), P(e2["to"], "name")))
case(F, "Cities named as members of the 'one trillion yuan club' and their province (doc:000: Dongguan)",
     "MATCH (c:City)-[:MEMBER_OF]->(:Program {name: 'one trillion yuan club'}), (c)-[:LOCATED_IN]->(r:Region)\n"
     "RETURN c.name AS city, r.name AS province",
     ["city", "province"], rows)
rows = sorted(set((P(e["from"], "name"), P(e["to"], "name")) for e in ofType("HOLDS_ROLE")
                  if lab(e["to"], "ThinkTank") and lab(e["from"], "Person")))
case(F, "Think-tank experts quoted and their institutions (doc:000 Liu Xiangdong, doc:002 Cheng Nan)",
     "MATCH (p:Person)-[:HOLDS_ROLE]->(o:Organization) WHERE 'ThinkTank' IN labels(o)\n"
     "RETURN p.name AS person, o.name AS organization ORDER BY person, organization",
     ["person", "organization"], rows)
rows = []
for e in out("region:guangdong", "HAS_FACT"):
    f = e["to"]
    if P(f, "metric") == "production growth":
        for e2 in out(f, "ABOUT"):
            rows.append((P(e2["to"], "name"), P(f, "value")))
case(F, "Growth of Guangdong's production in 2024 by product (doc:003: NEVs 43, industrial robots 31.2, ICs 21 percent)",
     "MATCH (r:Region {name: 'Guangdong'})-[:HAS_FACT]->(f:Fact {metric: 'production growth', year: 2024})-[:ABOUT]->(i:Industry)\n"
     "RETURN i.name AS product, f.value AS growth ORDER BY growth DESC",
     ["product", "growth"], sorted(rows, key=lambda r: -r[1]))

# ============================================================================ aggregates
F = "aggregates.test"
c = collections.defaultdict(set)
for e in ofType("PRIORITIZES"):
    if (lab(e["from"], "Region") or lab(e["from"], "City")) and lab(e["to"], "Industry"):
        c[P(e["to"], "name")].add(e["from"])
rows = sorted(((k, len(v)) for k, v in c.items()), key=lambda kv: (-kv[1], kv[0]))[:6]
case(F, "Industries by number of regions and cities prioritizing them (top 6)",
     "MATCH (r)-[:PRIORITIZES]->(i:Industry) WHERE 'Region' IN labels(r) OR 'City' IN labels(r)\n"
     "RETURN i.name AS industry, count(DISTINCT r) AS places ORDER BY places DESC, industry LIMIT 6",
     ["industry", "places"], rows)
c = collections.Counter(e["from"] for e in ofType("REPORTS") if lab(e["from"], "Document"))
case(F, "Number of numeric facts reported by each article",
     "MATCH (d:Document)-[:REPORTS]->(f:Fact) RETURN d.id AS doc, count(f) AS facts ORDER BY doc",
     ["doc", "facts"], sorted(c.items()))
case(F, "Number of provinces in the graph",
     "MATCH (r:Province) RETURN count(*) AS provinces",
     ["provinces"], [(sum(1 for n in N.values() if "Province" in n["labels"]),)])
case(F, "Number of people named in the articles",
     "MATCH (p:Person) RETURN count(*) AS people",
     ["people"], [(sum(1 for n in N.values() if "Person" in n["labels"]),)])
c = collections.Counter(e["properties"].get("category") for e in out("region:guangdong", "PRIORITIZES")
                        if e["properties"].get("year") == 2025 and e["properties"].get("category"))
case(F, "Guangdong's 2025 priorities by category (doc:003)",
     "MATCH (r:Region {name: 'Guangdong'})-[p:PRIORITIZES]->(i:Industry) WHERE p.year = 2025 AND p.category IS NOT NULL\n"
     "RETURN p.category AS category, count(*) AS industries ORDER BY category",
     ["category", "industries"], sorted(c.items()))
c = collections.Counter()
for e in ofType("HAS_FACT"):
    if lab(e["from"], "Region") and P(e["to"], "metric") == "GDP":
        c[P(e["to"], "year")] += 1
case(F, "Sum of the 2021 provincial GDP figures the articles give, in trillion yuan (12 + 5 + 2)",
     "MATCH (r:Province)-[:HAS_FACT]->(f:Fact {metric: 'GDP', year: 2021})\n"
     "RETURN count(f) AS figures, sum(f.value) AS total, max(f.value) AS largest",
     ["figures", "total", "largest"],
     [(3, 19.0, 12.0)])
rows = collections.Counter(P(e["from"], "name") for e in ofType("SAID") if lab(e["from"], "Person"))
case(F, "People with more than one recorded statement",
     "MATCH (p:Person)-[:SAID]->(s:Statement) RETURN p.name AS person, count(s) AS statements\n"
     "ORDER BY statements DESC, person LIMIT 4",
     ["person", "statements"], sorted(rows.items(), key=lambda kv: (-kv[1], kv[0]))[:4])

# ============================================================================ numeric
F = "numeric.test"
rows = []
for e in ofType("HAS_FACT"):
    f = e["to"]
    if lab(e["from"], "Region") and P(f, "metric") == "GDP" and P(f, "year") == 2021:
        rows.append((P(e["from"], "name"), P(f, "value"), P(f, "qualifier")))
case(F, "Regions by 2021 GDP, largest first (doc:000: Guangdong >12, Hubei 5, Shanxi >2 trillion yuan)",
     "MATCH (r:Region)-[:HAS_FACT]->(f:Fact {metric: 'GDP', year: 2021})\n"
     "RETURN r.name AS region, f.value AS gdp, f.qualifier AS qualifier ORDER BY gdp DESC",
     ["region", "gdp", "qualifier"], sorted(rows, key=lambda r: -r[1]))
rows = sorted(set(P(e["from"], "name") for e in ofType("HAS_FACT") if lab(e["from"], "City")
                  and P(e["to"], "metric") == "population" and P(e["to"], "value") >= 20))
case(F, "Cities with more than 20 million people (doc:002: Chengdu, Chongqing, Beijing, Shanghai)",
     "MATCH (c:City)-[:HAS_FACT]->(f:Fact {metric: 'population'}) WHERE f.value >= 20\n"
     "RETURN DISTINCT c.name AS city ORDER BY city",
     ["city"], [(r,) for r in rows])
rows = []
for e in ofType("HAS_FACT"):
    f = e["to"]
    if lab(e["from"], "Region") and P(f, "unit") == "percent" and "growth" in P(f, "metric") and P(f, "value") > 30:
        rows.append((P(e["from"], "name"), P(f, "metric"), P(f, "value")))
case(F, "Growth rates above 30 percent reported for regions (doc:000 Shanxi, doc:003 Guangdong)",
     "MATCH (r:Region)-[:HAS_FACT]->(f:Fact) WHERE f.unit = 'percent' AND f.metric CONTAINS 'growth' AND f.value > 30\n"
     "RETURN r.name AS region, f.metric AS metric, f.value AS growth ORDER BY growth DESC",
     ["region", "metric", "growth"], sorted(rows, key=lambda r: -r[2]))
rows = sorted((P(x, "year"), P(x, "value"), P(x, "unit")) for x in facts("region:beijing", metric="annual technology contract turnover"))
case(F, "Beijing's annual technology contract turnover over the decade (doc:004)",
     "MATCH (r:Region {name: 'Beijing'})-[:HAS_FACT]->(f:Fact {metric: 'annual technology contract turnover'})\n"
     "RETURN f.year AS year, f.value AS turnover, f.unit AS unit ORDER BY year",
     ["year", "turnover", "unit"], rows)
rows = []
for e in ofType("HAS_FACT"):
    f = e["to"]
    if P(f, "unit") == "companies" and P(f, "value") > 500:
        rows.append((P(e["from"], "name"), P(f, "metric"), P(f, "value")))
case(F, "Places with more than 500 companies in a technology (doc:002: Sichuan IoT, Shenyang robotics, Hefei AI)",
     "MATCH (x)-[:HAS_FACT]->(f:Fact {unit: 'companies'}) WHERE f.value > 500\n"
     "RETURN x.name AS place, f.metric AS metric, f.value AS companies ORDER BY companies DESC",
     ["place", "metric", "companies"], sorted(rows, key=lambda r: -r[2]))
rows = []
for e in ofType("HAS_FACT"):
    f = e["to"]
    if lab(e["from"], "Region") and P(f, "kind") == "target" and P(f, "year") == 2022:
        rows.append((P(e["from"], "name"), P(f, "metric"), P(f, "value"), P(f, "unit")))
case(F, "Regional targets for 2022 (doc:000)",
     "MATCH (r:Region)-[:HAS_FACT]->(f:Fact {kind: 'target', year: 2022})\n"
     "RETURN r.name AS region, f.metric AS metric, f.value AS value, f.unit AS unit ORDER BY region, metric",
     ["region", "metric", "value", "unit"], sorted(rows))
rows = []
for x in facts("region:china"):
    if P(x, "metric") == "digital economy size":
        rows.append((P(x, "year"), P(x, "value"), P(x, "kind")))
case(F, "China's digital economy: 2022 size and 2025 forecast in trillion yuan (doc:004)",
     "MATCH (c:Region {name: 'China'})-[:HAS_FACT]->(f:Fact {metric: 'digital economy size'})\n"
     "RETURN f.year AS year, f.value AS size, f.kind AS kind ORDER BY year",
     ["year", "size", "kind"], sorted(rows))
rows = []
for e in ofType("HAS_FACT"):
    f = e["to"]
    if P(f, "unit") in ("million yuan", "billion yuan", "trillion yuan") and P(f, "value_yuan") >= 1e12:
        rows.append((P(e["from"], "name"), P(f, "metric"), P(f, "year"), P(f, "value"), P(f, "unit")))
case(F, "Monetary figures of at least one trillion yuan, compared on the normalized value_yuan",
     "MATCH (x)-[:HAS_FACT]->(f:Fact) WHERE f.value_yuan >= 1000000000000.0\n"
     "RETURN x.name AS subject, f.metric AS metric, f.year AS year, f.value AS value, f.unit AS unit\n"
     "ORDER BY f.value_yuan DESC, subject",
     ["subject", "metric", "year", "value", "unit"],
     sorted(rows, key=lambda r: (-r[3] * {"trillion yuan": 1e12, "billion yuan": 1e9, "million yuan": 1e6}[r[4]], r[0])))

# ============================================================================ paths
F = "paths.test"
case(F, "Path from Hubei's governor to the provincial capital (doc:000)",
     "MATCH (p:Person {name: 'Wang Zhonglin'})-[:GOVERNS]->(r:Region)<-[:CAPITAL_OF]-(c:City)\n"
     "RETURN p.name AS person, r.name AS province, c.name AS capital",
     ["person", "province", "capital"], [("Wang Zhonglin", "Hubei", "Wuhan")])
case(F, "How Chen Hongyu is connected to the Communist Party of China (doc:000)",
     "MATCH (p:Person {name: 'Chen Hongyu'})-[:HOLDS_ROLE]->(a)-[:PART_OF]->(b)-[:PART_OF]->(c)\n"
     "RETURN a.name AS school, b.name AS committee, c.name AS party",
     ["school", "committee", "party"],
     [(P("org:party_school_guangdong", "name"), P("org:guangdong_provincial_committee_cpc", "name"), P("org:cpc", "name"))])
case(F, "Shenyang up to the country, via province and macro-region (doc:002)",
     "MATCH (c:City {name: 'Shenyang'})-[:LOCATED_IN]->(p:Region)-[:LOCATED_IN]->(m:Region)-[:PART_OF]->(n:Region)\n"
     "RETURN p.name AS province, m.name AS area, n.name AS country",
     ["province", "area", "country"], [("Liaoning", "northeastern China", "China")])
case(F, "Lingang New Area up to its municipality (doc:004)",
     "MATCH (z:Program {id: 'program:lingang_new_area'})-[:PART_OF]->(f:Program)-[:LOCATED_IN]->(r:Region)\n"
     "RETURN f.name AS zone, r.name AS municipality",
     ["zone", "municipality"], [("China (Shanghai) Pilot Free Trade Zone", "Shanghai")])
rows = []
for e in inc("industry:metaverse", "TARGETS"):
    for e2 in inc(e["from"], "LAUNCHED"):
        if lab(e2["from"], "City"):
            for e3 in out(e2["from"], "CAPITAL_OF"):
                rows.append((P(e3["to"], "name"), P(e2["from"], "name"), P(e["from"], "name")))
case(F, "Metaverse-related zones launched by provincial capitals (doc:000 Wuhan, doc:002 Nanchang)",
     "MATCH (r:Region)<-[:CAPITAL_OF]-(c:City)-[:LAUNCHED]->(z:Program)-[:TARGETS]->(i:Industry {name: 'metaverse'})\n"
     "RETURN r.name AS province, c.name AS city, z.name AS zone ORDER BY province",
     ["province", "city", "zone"], sorted(rows))

# ============================================================================ provenance
F = "provenance.test"
rows = sorted((e["from"], P(e["from"], "publisher")) for e in inc("industry:metaverse", "MENTIONS"))
case(F, "Which articles mention the metaverse",
     "MATCH (d:Document)-[:MENTIONS]->(i:Industry {name: 'metaverse'}) RETURN d.id AS doc, d.publisher AS publisher ORDER BY doc",
     ["doc", "publisher"], rows)
x = facts("region:shanxi", metric="GDP", year=2021)[0]
case(F, "Source and supporting sentence of Shanxi's 2021 GDP figure",
     "MATCH (r:Region {name: 'Shanxi'})-[:HAS_FACT]->(f:Fact {metric: 'GDP', year: 2021})\n"
     "RETURN f.source AS source, f.evidence AS evidence",
     ["source", "evidence"], [(P(x, "source"), P(x, "evidence"))])
rows = sorted((i,) for i, n in N.items() if "Fact" in n["labels"] and n["properties"].get("conflict") is True)
case(F, "Numeric facts marked as conflicting",
     "MATCH (f:Fact) WHERE f.conflict = true RETURN f.id AS fact ORDER BY fact",
     ["fact"], rows)
rows = sorted((e["from"], e["properties"]["source"], e["to"], e["properties"]["other_source"]) for e in ofType("CONFLICTS_WITH"))
case(F, "Conflicting claims and the articles they come from",
     "MATCH (a:Fact)-[c:CONFLICTS_WITH]->(b:Fact)\n"
     "RETURN a.id AS claim, c.source AS claim_source, b.id AS other, c.other_source AS other_source ORDER BY claim",
     ["claim", "claim_source", "other", "other_source"], rows)
rows = sorted((e["from"],) for e in inc("fact:hubei_gdp_2021", "REPORTS") if lab(e["from"], "Document"))
case(F, "Articles that report Hubei's 2021 GDP",
     "MATCH (d:Document)-[:REPORTS]->(f:Fact {id: 'fact:hubei_gdp_2021'}) RETURN d.id AS doc ORDER BY doc",
     ["doc"], rows)
rows = sorted((e["from"], P(e["from"], "date")) for e in inc("person:wang_zhonglin", "MENTIONS"))
case(F, "Articles that quote Hubei's governor, with dates",
     "MATCH (d:Document)-[:MENTIONS]->(p:Person {name: 'Wang Zhonglin'}) RETURN d.id AS doc, d.date AS date ORDER BY doc",
     ["doc", "date"], rows)
ds = [d for d in ("doc:000", "doc:001", "doc:002", "doc:003", "doc:004")
      if any(e["from"] == d for e in inc("region:beijing", "MENTIONS")) and any(e["from"] == d for e in inc("industry:artificial_intelligence", "MENTIONS"))]
case(F, "Articles that mention both Beijing and artificial intelligence",
     "MATCH (d:Document)-[:MENTIONS]->(:Region {name: 'Beijing'}), (d)-[:MENTIONS]->(:Industry {name: 'artificial intelligence'})\n"
     "RETURN d.id AS doc ORDER BY doc",
     ["doc"], [(d,) for d in ds])
rows = sorted((P(d, "file"), P(d, "publisher")) for d in N if "Document" in N[d]["labels"])
case(F, "The five source articles and their files",
     "MATCH (d:Document) RETURN d.file AS file, d.publisher AS publisher ORDER BY file",
     ["file", "publisher"], rows)

# ============================================================================ analyst questions
# Second review pass: expected rows written by hand from the articles (not computed from the JSON),
# so the engine run checks the data against the text.
F = "analyst.test"
case(F, "Shanxi's stated figures (doc:000: GDP 'surpassed two trillion yuan' in 2021; added value of industrial "
        "strategic emerging sectors and high-tech manufacturing up 19.5 and 34.2 percent)",
     "MATCH (r:Region {name: 'Shanxi'})-[:HAS_FACT]->(f:Fact)\n"
     "RETURN f.metric AS metric, f.sector AS sector, f.value AS value, f.unit AS unit, f.qualifier AS qualifier ORDER BY value DESC",
     ["metric", "sector", "value", "unit", "qualifier"],
     [("added value growth", "high-tech manufacturing", 34.2, "percent", None),
      ("added value growth", "industrial strategic emerging sectors", 19.5, "percent", None),
      ("GDP", None, 2.0, "trillion yuan", "more than")])
case(F, "Guangdong's 2021 figures (doc:000/001: GDP 'exceeded 12 trillion yuan'; 'four cities in the one trillion yuan club')",
     "MATCH (r:Region {name: 'Guangdong'})-[:HAS_FACT]->(f:Fact {year: 2021})\n"
     "RETURN f.metric AS metric, f.value AS value, f.unit AS unit, f.qualifier AS qualifier ORDER BY metric",
     ["metric", "value", "unit", "qualifier"],
     [("GDP", 12.0, "trillion yuan", "more than"), ("cities in one trillion yuan club", 4, "cities", None)])
case(F, "Who prioritizes quantum information (doc:000/001: local governments' new sectors; doc:000/001: Zhejiang's future industries)",
     "MATCH (x)-[:PRIORITIZES]->(:Industry {name: 'quantum information'}) RETURN x.name AS who ORDER BY who",
     ["who"], [("China's local governments",), ("Zhejiang",)])
case(F, "The four quantum fields are kept apart: who plans or develops each (doc:000 Zhejiang, doc:002 Hefei, "
        "doc:003 Shanghai 'quantum computing', Guangdong 'quantum technology')",
     "MATCH (x)-[r]->(i:Industry) WHERE i.name STARTS WITH 'quantum' AND type(r) IN ['PRIORITIZES', 'DEVELOPS']\n"
     "RETURN i.name AS technology, x.name AS who, type(r) AS relation ORDER BY technology, who",
     ["technology", "who", "relation"],
     [("quantum communications", "Hefei", "DEVELOPS"), ("quantum computing", "Shanghai", "PRIORITIZES"),
      ("quantum information", "China's local governments", "PRIORITIZES"), ("quantum information", "Zhejiang", "PRIORITIZES"),
      ("quantum technology", "Guangdong", "PRIORITIZES")])
case(F, "Regions that prioritize 6G (doc:003: Shanghai frontier fields, Guangdong future industries)",
     "MATCH (x)-[:PRIORITIZES]->(:Industry {name: '6G'}) RETURN x.name AS who ORDER BY who",
     ["who"], [("Guangdong",), ("Shanghai",)])
case(F, "Everyone that plans to develop the metaverse (doc:000/001 local governments, Hefei, Wuhan; doc:002 China, Nanchang)",
     "MATCH (x)-[:PRIORITIZES]->(:Industry {name: 'metaverse'}) RETURN x.name AS who, labels(x)[0] AS kind ORDER BY who",
     ["who", "kind"],
     [("China", "Region"), ("China's local governments", "Organization"), ("Hefei", "City"), ("Nanchang", "City"),
      ("Wuhan", "City")])
case(F, "Programs that target artificial intelligence (doc:000 Beijing scenarios, doc:003 Guangdong plan, doc:004 equipment plan, "
        "Zhongguancun Forum, Future of Jobs Report)",
     "MATCH (p:Program)-[:TARGETS]->(:Industry {name: 'artificial intelligence'}) RETURN p.name AS program ORDER BY program",
     ["program"],
     [("20 major application scenarios",), ("2024 Zhongguancun Forum",), ("2025 Government Work Plan",),
      ("The Future of Jobs Report 2023",), ("industrial equipment renewal action plan",)])
case(F, "What Wuhan's national pilot zone on new-generation AI integrates (doc:000/001)",
     "MATCH (:Program {id: 'program:wuhan_ai_pilot_zone'})-[:TARGETS]->(i:Industry) RETURN i.name AS industry ORDER BY industry",
     ["industry"], [("big data",), ("blockchain",), ("cloud computing",), ("metaverse",), ("new-generation AI",),
                    ("real economy",)])
case(F, "People who said something about the digital economy (doc:000 Tong Zhilei; doc:004 Gai Kaicheng and Han Wenlong)",
     "MATCH (p:Person)-[:SAID]->(s:Statement)-[:ABOUT]->(:Industry {name: 'digital economy'})\n"
     "RETURN DISTINCT p.name AS speaker, s.source AS doc ORDER BY doc, speaker",
     ["speaker", "doc"], [("Tong Zhilei", "doc:000"), ("Gai Kaicheng", "doc:004"), ("Han Wenlong", "doc:004")])
case(F, "What Cheng Nan said (doc:002: one direct quote, one reported)",
     "MATCH (:Person {name: 'Cheng Nan'})-[:SAID]->(s:Statement) RETURN s.quoted AS quoted, s.text AS text ORDER BY text",
     ["quoted", "text"],
     [(True, "A friendly competition of sorts is unfolding among major Chinese inland cities as they are scrambling to sharpen their edges, striving for growth opportunities in the era of innovation-driven development"),
      (False, "Hefei and Shenyang are tapping into the academic resources of local research institutes and leading local companies to nurture quantum communications and robotics companies")])
case(F, "What the unnamed MIIT official said (doc:004)",
     "MATCH (s:Statement {speaker_as_written: 'an official from MIIT'}) RETURN s.source AS doc, s.text AS text",
     ["doc", "text"],
     [("doc:004", "It is China's latest effort to promote high-standard opening up, advance the high-quality development of the country's telecommunication industry, and strengthen international cooperation in the sector")])
case(F, "Number of named people quoted in each article (doc:000 5; doc:001 retells Wang Zhonglin and Tong Zhilei; "
        "doc:002 Cheng Nan, Dai Bin, Wei Jianqiang; doc:003 Pan Helin, Qi Xiangdong, Jack Perry Jr; doc:004 Cai Yuezhou, "
        "Gai Kaicheng, Han Wenlong, Shahbaz Khan)",
     "MATCH (p:Person)-[:SAID]->(s:Statement) UNWIND s.sources AS doc RETURN doc, count(DISTINCT p) AS people ORDER BY doc",
     ["doc", "people"], [("doc:000", 5), ("doc:001", 2), ("doc:002", 3), ("doc:003", 3), ("doc:004", 4)])
case(F, "Which article says Dongguan's GDP passed one trillion yuan, and the sentence (doc:000)",
     "MATCH (f:Fact)<-[:HAS_FACT]-(:City {name: 'Dongguan'}) RETURN f.source AS doc, f.evidence AS evidence",
     ["doc", "evidence"],
     [("doc:000", "With the GDP of Dongguan, a city in south China's Guangdong Province, surpassing one trillion yuan, Guangdong now has four cities in the \"one trillion yuan club.\"")])
case(F, "Conflicts between two different articles (doc:001 names the trillion-yuan city 'Guangdong', doc:000 'Dongguan')",
     "MATCH (a:Fact)-[:CONFLICTS_WITH]->(b:Fact) WHERE a.source <> b.source\n"
     "RETURN a.source AS claim_doc, b.source AS other_doc, a.subject_as_written AS subject",
     ["claim_doc", "other_doc", "subject"],
     [("doc:001", "doc:000", "Guangdong, a city in south China\u2019s Guangdong Province")])
case(F, "Fastest growth rate in the articles (doc:003: Guangdong's NEV production grew by 43 percent in 2024)",
     "MATCH (x)-[:HAS_FACT]->(f:Fact) WHERE f.metric CONTAINS 'growth' AND f.unit = 'percent'\n"
     "RETURN x.name AS subject, f.metric AS metric, f.value AS growth ORDER BY growth DESC LIMIT 1",
     ["subject", "metric", "growth"], [("Guangdong", "production growth", 43.0)])
case(F, "Largest share of a global market (doc:002: 70 percent of the world's iPads are produced in Chengdu)",
     "MATCH (x)-[:HAS_FACT]->(f:Fact {metric: 'global share'})\n"
     "RETURN x.name AS subject, f.sector AS sector, f.value AS share ORDER BY share DESC LIMIT 1",
     ["subject", "sector", "share"], [("Chengdu", "iPads", 70.0)])
case(F, "Chengdu's shares of global production (doc:002: 70 percent of iPads, nearly 20 percent of laptops; "
        "about one-third of the electronic information industry together with Chongqing)",
     "MATCH (:City {name: 'Chengdu'})-[:HAS_FACT]->(f:Fact) WHERE f.unit = 'percent'\n"
     "RETURN f.metric AS metric, f.sector AS sector, f.value AS share, f.qualifier AS qualifier ORDER BY share DESC",
     ["metric", "sector", "share", "qualifier"],
     [("global share", "iPads", 70.0, None), ("global share", "electronic information industry", 33.3, "about"),
      ("global share", "laptop computers", 20.0, "nearly")])
case(F, "Hefei's figures (doc:002: more than 840 AI-related companies in 2021, up 23.2 percent; doc:000/001: plans for the next five years)",
     "MATCH (:City {name: 'Hefei'})-[:HAS_FACT]->(f:Fact)\n"
     "RETURN f.metric AS metric, f.value AS value, f.unit AS unit, f.qualifier AS qualifier ORDER BY metric",
     ["metric", "value", "unit", "qualifier"],
     [("companies", 840, "companies", "more than"), ("companies growth", 23.2, "percent", None),
      ("plan duration", 5, "years", None)])
case(F, "Shenyang's new robotics companies and the data source (doc:002: more than 860 in the past two years, "
        "a combined 170 in the four years before; Qichacha)",
     "MATCH (:City {name: 'Shenyang'})-[:HAS_FACT]->(f:Fact {metric: 'new robotics companies registered'})\n"
     "MATCH (q:Organization)-[:REPORTS]->(f) RETURN f.value AS companies, f.qualifier AS qualifier, q.name AS source ORDER BY companies DESC",
     ["companies", "qualifier", "source"], [(860, "more than", "Qichacha"), (170, None, "Qichacha")])
case(F, "Targets for 'specialized and innovative' SMEs (doc:000: Shandong 400 by 2025, Zhejiang 100 in 2022)",
     "MATCH (r:Region)-[:HAS_FACT]->(f:Fact) WHERE f.metric STARTS WITH 'specialized and innovative SMEs'\n"
     "RETURN r.name AS region, f.value AS smes, f.year AS year ORDER BY smes DESC",
     ["region", "smes", "year"], [("Shandong", 400, 2025), ("Zhejiang", 100, 2022)])
case(F, "Zhejiang's priorities (doc:000/001: brain-like intelligence, quantum information, digital economy; doc:000: 100 more specialized SMEs)",
     "MATCH (r:Region {name: 'Zhejiang'})-[:PRIORITIZES]->(i:Industry) RETURN i.name AS industry ORDER BY industry",
     ["industry"], [("brain-like intelligence",), ("digital economy",), ("quantum information",),
                    ("specialized and innovative SMEs",)])
case(F, "Who chairs Masterwork and where it is based (doc:000: 'Li Li, chairwoman of Masterwork Group Co., Ltd., a high-tech firm based in Tianjin')",
     "MATCH (p:Person)-[h:HOLDS_ROLE]->(c:Company {name: 'Masterwork Group Co., Ltd.'})-[:LOCATED_IN]->(city:City)\n"
     "RETURN p.name AS person, h.role AS role, city.name AS based_in",
     ["person", "role", "based_in"], [("Li Li", "chairwoman", "Tianjin")])
case(F, "Former office holders (doc:000: Chen Hongyu, 'former vice president of the Party School ...')",
     "MATCH (p:Person) WHERE p.former = true MATCH (p)-[h:HOLDS_ROLE]->(o) RETURN p.name AS person, h.role AS role, o.name AS organization",
     ["person", "role", "organization"],
     [("Chen Hongyu", "vice president", "Party School of the Guangdong Provincial Committee of the Communist Party of China")])
case(F, "University-affiliated experts (doc:002 Dai Bin; doc:004 Gai Kaicheng and Han Wenlong)",
     "MATCH (p:Person)-[:HOLDS_ROLE|AFFILIATED_WITH]->(u:Organization) WHERE 'University' IN labels(u)\n"
     "RETURN p.name AS person, u.name AS university ORDER BY person",
     ["person", "university"],
     [("Dai Bin", "Southwest Jiaotong University"), ("Gai Kaicheng", "Southwestern University"),
      ("Han Wenlong", "Southwestern University")])
case(F, "Who issued the manufacturing-city pilot program, how and when (doc:004: notice by the Ministry of Finance and MIIT in early April)",
     "MATCH (o:Organization)-[i:ISSUED]->(:Program {id: 'program:manufacturing_tech_transformation_pilot'})\n"
     "RETURN o.name AS issuer, i.instrument AS instrument, i.date AS date ORDER BY issuer",
     ["issuer", "instrument", "date"],
     [("Ministry of Finance", "notice", "2024-04"), ("Ministry of Industry and Information Technology", "notice", "2024-04")])
case(F, "Targets of the industrial equipment renewal action plan for 2027 (doc:004: investment up more than 25 percent on 2023; "
        "digital R&D tools over 90 percent; more than 75 percent of key processes numerically controlled)",
     "MATCH (:Program {name: 'industrial equipment renewal action plan'})-[:HAS_FACT]->(f:Fact {year: 2027})\n"
     "RETURN f.metric AS metric, f.qualifier AS qualifier, f.value AS value ORDER BY value DESC",
     ["metric", "qualifier", "value"],
     [("utilization rate of digital R&D and design tools in major enterprises", "more than", 90.0),
      ("share of key production processes numerically controlled", "more than", 75.0),
      ("industrial equipment investment increase", "more than", 25.0)])
case(F, "Where and when the 2024 Zhongguancun Forum takes place (doc:004: Beijing, April 25 to 29; permanent venue in Haidian district)",
     "MATCH (p:Program {name: '2024 Zhongguancun Forum'})-[:LOCATED_IN]->(r:Region)\n"
     "RETURN r.name AS place, p.start_date AS start_date, p.end_date AS end_date ORDER BY place",
     ["place", "start_date", "end_date"],
     [("Beijing", {"$date": "2024-04-25"}, {"$date": "2024-04-29"}),
      ("Haidian district", {"$date": "2024-04-25"}, {"$date": "2024-04-29"})])
case(F, "Telecom services excluded from the opening-up (doc:004: 'excluding services related to internet news information, "
        "online publishing, internet radio and television, and internet culture management')",
     "MATCH (:Program {id: 'program:telecom_opening_pilot'})-[:EXCLUDES]->(i:Industry) RETURN i.name AS excluded ORDER BY excluded",
     ["excluded"], [("internet culture management",), ("internet news information",), ("internet radio and television",),
                    ("online publishing",)])
case(F, "What the Ministry of Science and Technology initiated, and when (doc:004: joint laboratory 2020, Talented Young Scientist Program 2013)",
     "MATCH (:Organization {name: 'Ministry of Science and Technology'})-[l:LAUNCHED]->(x) RETURN x.name AS initiative, l.year AS year ORDER BY year",
     ["initiative", "year"],
     [("Talented Young Scientist Program", 2013), ("China-Slovenia Joint Laboratory on Karst Geology", 2020)])
case(F, "Organizers of the karst event (doc:004: hosted by the CSTEC, jointly organized by two institutes)",
     "MATCH (o:Organization)-[g:ORGANIZED]->(:Program {id: 'program:karst_event'}) RETURN o.name AS organizer, g.role AS role ORDER BY role DESC, organizer",
     ["organizer", "role"],
     [("CSTEC", "host"), ("Institute of Karst Geology", "co-organizer"),
      ("International Karst Research Center of UNESCO", "co-organizer")])
case(F, "China's digital economy as a share of GDP, actual and forecast (doc:004: 41.5 percent in 2022; will exceed 50 percent)",
     "MATCH (:Region {name: 'China'})-[:HAS_FACT]->(f:Fact {metric: 'digital economy share of GDP'})\n"
     "RETURN f.value AS share, f.qualifier AS qualifier, f.kind AS kind ORDER BY share",
     ["share", "qualifier", "kind"], [(41.5, None, "actual"), (50.0, "more than", "forecast")])
case(F, "Highly cited scientists, Beijing vs Boston (doc:004: 411 vs 371, Science Citation Index)",
     "MATCH (x)-[:HAS_FACT]->(f:Fact {metric: 'highly cited scientists'}) RETURN x.name AS city, f.value AS scientists ORDER BY scientists DESC",
     ["city", "scientists"], [("Beijing", 411), ("Boston", 371)])
case(F, "Figures from Shanghai's Government Work Report (doc:003: 1.8 trillion yuan, 4.4 percent, 57.9 patents)",
     "MATCH (:Program {id: 'program:shanghai_government_work_report_2025'})-[:REPORTS]->(f:Fact)\n"
     "RETURN f.metric AS metric, f.value AS value, f.unit AS unit ORDER BY metric",
     ["metric", "value", "unit"],
     [("R&D expenditure share of GDP", 4.4, "percent"),
      ("high-value invention patents per 10,000 people", 57.9, "patents per 10,000 people"),
      ("scale of three leading industries", 1.8, "trillion yuan")])
case(F, "Beijing's 2025 plan and what it launches (doc:003: work plan rolled out on Tuesday; benchmark city; data-elements pilot zone)",
     "MATCH (:Region {name: 'Beijing'})-[l:LAUNCHED|ISSUED]->(p:Program) WHERE l.year = 2025\n"
     "RETURN type(l) AS relation, p.name AS program ORDER BY relation, program",
     ["relation", "program"],
     [("ISSUED", "2025 work plan"),
      ("LAUNCHED", "comprehensive pilot zone for the market-oriented allocation reform of data elements"),
      ("LAUNCHED", "global benchmark city for the digital economy")])
case(F, "Which article mentions quantum communications (doc:002 only)",
     "MATCH (d:Document)-[:MENTIONS]->(:Industry {name: 'quantum communications'}) RETURN d.id AS doc, d.title AS title",
     ["doc", "title"], [("doc:002", "China's inland rides waves of innovation, new opportunities")])
case(F, "Documents whose date or publisher is inferred rather than printed (doc:000 year, doc:001 date and publisher, doc:004 date)",
     "MATCH (d:Document) WHERE d.date_inferred = true OR d.year_inferred = true OR d.publisher_inferred = true\n"
     "RETURN d.id AS doc, d.date AS date, d.publisher AS publisher ORDER BY doc",
     ["doc", "date", "publisher"],
     [("doc:000", {"$date": "2022-02-17"}, "Xinhua"), ("doc:001", "2022", "OpenGov Asia"), ("doc:004", "2024-04", "not stated")])

# ============================================================================ how to ask (data/SCHEMA.md)
# The query patterns of SCHEMA.md's "How to ask" section. Expected rows written by hand from the
# articles (the comment of each case says where), not computed from the JSON.
F = "how_to_ask.test"
case(F, "A region's policies: what Beijing or its government issued or launched, the programmes aimed at it, "
        "and its target figures (doc:000: 20 major application scenarios; doc:003: the 2025 work plan, the "
        "digital-economy benchmark city and the data-elements pilot zone; doc:004: 'In 2014, it was planned that "
        "Beijing would become an international science and technology innovation hub')",
     "MATCH (r:Region {name: 'Beijing'})\n"
     "MATCH (x)-[l:ISSUED|LAUNCHED]->(p:Program) WHERE x = r OR (x)-[:GOVERNS]->(r)\n"
     "RETURN DISTINCT type(l) AS relation, p.name AS policy, l.year AS year\n"
     "UNION\n"
     "MATCH (p:Program)-[:TARGETS]->(:Region {name: 'Beijing'})\n"
     "RETURN 'TARGETS' AS relation, p.name AS policy, p.year AS year\n"
     "UNION\n"
     "MATCH (:Region {name: 'Beijing'})-[:HAS_FACT]->(f:Fact {kind: 'target'})\n"
     "RETURN 'target figure' AS relation, f.metric + ': ' + toString(f.value) AS policy, f.year AS year",
     ["relation", "policy", "year"],
     [("ISSUED", "2025 work plan", 2025),
      ("LAUNCHED", "20 major application scenarios", 2022),
      ("LAUNCHED", "comprehensive pilot zone for the market-oriented allocation reform of data elements", 2025),
      ("LAUNCHED", "global benchmark city for the digital economy", 2025),
      ("TARGETS", "international science and technology innovation hub", 2014),
      ("target figure", "major application scenarios to launch: 20", 2022)], rowsort=True)
case(F, "A province's policies with their level (doc:000: Guangdong 'plans to implement a 10-year project'; doc:003: "
        "the 2025 Government Work Plan released on Wednesday, the Government Work Report, the pilot cities for "
        "intelligent connected vehicles)",
     "MATCH (:Region {name: 'Guangdong'})-[l:ISSUED|LAUNCHED]->(p:Program)\n"
     "RETURN p.name AS policy, type(l) AS relation, l.year AS year, p.level AS level ORDER BY year, policy",
     ["policy", "relation", "year", "level"],
     [("10-year project to develop basic scientific research", "LAUNCHED", 2022, "provincial"),
      ("2025 Government Work Plan", "ISSUED", 2025, "provincial"),
      ("Guangdong's Government Work Report", "ISSUED", 2025, "provincial"),
      ("pilot cities for intelligent connected vehicles", "LAUNCHED", 2025, "provincial")])
case(F, "Containment roll-up: everything inside East China through LOCATED_IN and PART_OF (doc:000: Anhui, Zhejiang, "
        "Shandong in east China, Hefei capital of Anhui; doc:002: Nanchang capital of Jiangxi in East China, its "
        "planned metaverse pilot zone; doc:004: Qingdao in Shandong)",
     "MATCH (x)-[:LOCATED_IN|PART_OF*1..]->(:Region {name: 'East China'}) RETURN DISTINCT x.name AS place ORDER BY place",
     ["place"], [("Anhui",), ("Hefei",), ("Jiangxi",), ("Nanchang",), ("Qingdao",), ("Shandong",), ("Zhejiang",),
                 ("pilot zone for metaverse",)])
case(F, "Roll-up of priorities: what places in East China prioritize, and for which year (doc:000: Anhui R&D 2022, "
        "Hefei metaverse, Shandong 400 SMEs by 2025, Zhejiang future industries and 100 SMEs in 2022; doc:002: "
        "Nanchang 'said this year it will build a pilot zone for metaverse')",
     "MATCH (x)-[:LOCATED_IN|PART_OF*1..]->(:Region {name: 'East China'})\n"
     "MATCH (x)-[p:PRIORITIZES]->(i:Industry)\n"
     "RETURN x.name AS place, i.name AS industry, p.year AS year ORDER BY place, industry",
     ["place", "industry", "year"],
     [("Anhui", "basic scientific research", 2022), ("Hefei", "metaverse", 2022), ("Nanchang", "metaverse", 2022),
      ("Shandong", "specialized and innovative SMEs", 2025), ("Zhejiang", "brain-like intelligence", 2022),
      ("Zhejiang", "digital economy", 2022), ("Zhejiang", "quantum information", 2022),
      ("Zhejiang", "specialized and innovative SMEs", 2022)])
case(F, "An industry with its narrower industries: the places that prioritize AI in any form (doc:000: Beijing AI, "
        "Wuhan new-generation AI, Zhejiang brain-like intelligence; doc:002: China AI; doc:003: Guangdong AI and "
        "embodied intelligence)",
     "MATCH (n:Industry)-[:NARROWER_THAN*0..]->(:Industry {name: 'artificial intelligence'})\n"
     "MATCH (who)-[p:PRIORITIZES]->(n) WHERE who:Region OR who:City\n"
     "RETURN who.name AS place, n.name AS industry, p.year AS year ORDER BY place, industry",
     ["place", "industry", "year"],
     [("Beijing", "artificial intelligence", 2022), ("China", "artificial intelligence", 2022),
      ("Guangdong", "artificial intelligence", 2025), ("Guangdong", "embodied intelligence", 2025),
      ("Wuhan", "new-generation AI", 2022), ("Zhejiang", "brain-like intelligence", 2022)])
case(F, "The narrower industries of quantum technology (curation: quantum information is a field of quantum technology; "
        "quantum computing and quantum communications are fields of quantum information)",
     "MATCH (n:Industry)-[:NARROWER_THAN*1..]->(:Industry {name: 'quantum technology'}) RETURN n.name AS narrower ORDER BY narrower",
     ["narrower"], [("quantum communications",), ("quantum computing",), ("quantum information",)])
case(F, "Who prioritizes or develops quantum technology in any form (doc:000: local governments and Zhejiang, quantum "
        "information; doc:002: Hefei nurtures quantum communications companies; doc:003: Shanghai quantum computing, "
        "Guangdong quantum technology)",
     "MATCH (n:Industry)-[:NARROWER_THAN*0..]->(:Industry {name: 'quantum technology'})\n"
     "MATCH (who)-[r:PRIORITIZES|DEVELOPS]->(n)\n"
     "RETURN who.name AS actor, type(r) AS relation, n.name AS industry ORDER BY actor, industry",
     ["actor", "relation", "industry"],
     [("China's local governments", "PRIORITIZES", "quantum information"),
      ("Guangdong", "PRIORITIZES", "quantum technology"), ("Hefei", "DEVELOPS", "quantum communications"),
      ("Shanghai", "PRIORITIZES", "quantum computing"), ("Zhejiang", "PRIORITIZES", "quantum information")])
case(F, "A metric across regions: R&D spending as a share of GDP (doc:003: Shanghai 4.4 percent in 2024; doc:000: "
        "Anhui aims at about 2.5 percent in 2022)",
     "MATCH (x)-[:HAS_FACT]->(f:Fact {metric: 'R&D expenditure share of GDP'})\n"
     "RETURN x.name AS region, f.value AS share, f.qualifier AS qualifier, f.kind AS kind, f.year AS year ORDER BY share DESC",
     ["region", "share", "qualifier", "kind", "year"],
     [("Shanghai", 4.4, None, "actual", 2024), ("Anhui", 2.5, "about", "target", 2022)])
case(F, "A metric across places for one product: global share of laptop computers (doc:002: 'one out of every three "
        "laptop computers sold worldwide' come from Chongqing; 'nearly 20 percent of global laptop computers are "
        "produced in Chengdu')",
     "MATCH (x)-[:HAS_FACT]->(f:Fact {metric: 'global share'})-[:ABOUT]->(:Industry {name: 'laptop computers'})\n"
     "RETURN x.name AS place, f.value AS share, f.qualifier AS qualifier, f.measure AS measure ORDER BY share DESC",
     ["place", "share", "qualifier", "measure"],
     [("Chongqing", 33.3, None, "sold worldwide"), ("Chengdu", 20.0, "nearly", "produced")])
case(F, "A metric across places: 'specialized and innovative' SMEs (doc:000: Shandong aims to incubate 400 by 2025, "
        "Tianjin had 130 listed last year, Zhejiang plans to add 100 in 2022)",
     "MATCH (x)-[:HAS_FACT]->(f:Fact {metric: 'specialized and innovative SMEs'})\n"
     "RETURN x.name AS place, f.value AS smes, f.kind AS kind, f.year AS year ORDER BY smes DESC",
     ["place", "smes", "kind", "year"],
     [("Shandong", 400, "target", 2025), ("Tianjin", 130, "actual", 2021), ("Zhejiang", 100, "target", 2022)])
case(F, "Priorities whose year comes from the article date: Wuhan's 2022 plans (doc:000, Feb. 17, 2022: 'aims to "
        "build a national pilot zone on new-generation AI through the integration of the metaverse, big data, cloud "
        "computing and blockchain')",
     "MATCH (:City {name: 'Wuhan'})-[p:PRIORITIZES]->(i:Industry) WHERE p.year = 2022 AND p.year_basis IS NOT NULL\n"
     "RETURN i.name AS industry ORDER BY industry",
     ["industry"], [("big data",), ("blockchain",), ("cloud computing",), ("metaverse",), ("new-generation AI",)])
case(F, "Who told the Global Times, and what kind of actor each is (doc:003: 'Pan Helin, a veteran economist', "
        "'Qi Xiangdong, a vice chairman ... also chairman of Qi An Xin', 'Jack Perry Jr, chairman of 48 Group Club')",
     "MATCH (p:Person)-[:SAID]->(:Statement)-[:QUOTED_BY {how: 'told'}]->(:Organization {name: 'Global Times'})\n"
     "RETURN p.name AS person, p.role_kind AS kind ORDER BY person",
     ["person", "kind"], [("Jack Perry Jr", "executive"), ("Pan Helin", "economist"), ("Qi Xiangdong", "executive")])
case(F, "How many named people each outlet quoted (doc:000 Xinhua: Wang Zhonglin, Tong Zhilei, Li Li, Liu Xiangdong, "
        "Chen Hongyu; doc:001 OpenGov Asia: Wang Zhonglin, Tong Zhilei; doc:002 China Daily: Cheng Nan, Dai Bin, Wei "
        "Jianqiang; doc:003 Global Times: Pan Helin, Qi Xiangdong, Jack Perry Jr; doc:004 names no publisher)",
     "MATCH (p:Person)-[:SAID]->(:Statement)-[:QUOTED_BY]->(o:Organization)\n"
     "RETURN o.name AS outlet, count(DISTINCT p) AS people ORDER BY outlet",
     ["outlet", "people"], [("China Daily", 3), ("Global Times", 3), ("OpenGov Asia", 2), ("Xinhua News Agency", 5)])
case(F, "Officials among the people named (doc:000: Wang Zhonglin, governor of Hubei; Chen Hongyu, former vice president "
        "of the Party School; doc:004: Shahbaz Khan, UNESCO representative)",
     "MATCH (p:Person {role_kind: 'official'}) RETURN p.name AS person ORDER BY person",
     ["person"], [("Chen Hongyu",), ("Shahbaz Khan",), ("Wang Zhonglin",)])

# ============================================================================ write
total = 0
for fname, cases in FILES.items():
    lines = ["# Golden queries over the bundled China regional innovation graph (" + fname[:-5].replace("_", " ") + ").",
             "# Generated by data/build/gen_golden.py; every answer checked by hand against data/sources/.",
             "graph ../../../data/china_innovation.json", ""]
    for comment, q, header, rows, rowsort in cases:
        total += 1
        lines.append("# " + comment)
        lines.append("query rowsort" if rowsort else "query")
        lines.append(q)
        lines.append("----")
        lines.append(" | ".join(header))
        for r in rows:
            lines.append(" | ".join(fmt(v) for v in r))
        lines.append("")
    with open(os.path.join(ROOT, "tests", "golden", "china", fname), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
print(total, "cases")
