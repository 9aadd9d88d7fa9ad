// Read-only shapes beyond the standard bench, for graphs made by ../shared/bench/gen.py (S, L):
// kgq-shapes $TMPDIR/kgq-L/graph.json bench/shapes/reads.cypher (bench/README.md has figures).
MATCH (n) RETURN count(n)
MATCH (c:Company) RETURN count(c)
MATCH (c:Company) WHERE c.founded = 2018 RETURN count(*)
MATCH (c:Company) RETURN c.founded, count(*) ORDER BY c.founded LIMIT 5
MATCH (c:Company) RETURN c.name ORDER BY c.revenue DESC LIMIT 10
MATCH (c:Company) WHERE c.revenue > 900 RETURN avg(c.revenue), max(c.founded)
MATCH (c:Company) WHERE c.name STARTS WITH '通富' RETURN count(*)
MATCH (c:Company) WHERE c.name CONTAINS '科技' RETURN count(*)
MATCH (c:Company) WHERE c.id IN ['c1','c2','c3','c77'] RETURN c.name
MATCH (c:Company {id:'c123'})-[:PARTNERS_WITH]->(d) RETURN d.name
MATCH (c:Company {id:'c123'})-[:PARTNERS_WITH]-(d) RETURN count(d)
MATCH (c:Company)-[:LOCATED_IN]->(ct:City) RETURN ct.name, count(c) ORDER BY count(c) DESC LIMIT 5
MATCH (p:Person)-[:WORKS_FOR]->(c:Company)-[:LOCATED_IN]->(ct:City {id:'ct5'}) RETURN count(p)
MATCH (p:Person)-[:WORKS_FOR]->(c:Company)-[:LOCATED_IN]->(ct:City)-[:LOCATED_IN]->(r:Region {id:'r5'}) RETURN count(p)
MATCH (a:Company)-[:PARTNERS_WITH]->(b:Company)-[:PARTNERS_WITH]->(a) RETURN count(*)
MATCH (a:Company {id:'c123'})-[:PARTNERS_WITH*2]->(b) RETURN count(DISTINCT b)
MATCH (a:Company {id:'c123'})-[:PARTNERS_WITH*1..4]->(b) RETURN count(DISTINCT b)
MATCH (a:Company {id:'c123'})-[:PARTNERS_WITH*1..3]->(b) RETURN DISTINCT b.founded
MATCH (a:Company {id:'c123'})-[r:PARTNERS_WITH]->(b) WHERE r.since > 2010 RETURN count(b)
MATCH (c:Company) WHERE NOT (c)-[:PARTNERS_WITH]->() RETURN count(c)
MATCH (c:Company) WHERE EXISTS { (c)<-[:WORKS_FOR]-(:Person) } RETURN count(c)
MATCH (c:Company) RETURN count { (c)-[:PARTNERS_WITH]->() } AS k, count(*) ORDER BY k DESC LIMIT 3
MATCH (c:Company) OPTIONAL MATCH (c)<-[:WORKS_FOR]-(p:Person) RETURN count(c), count(p)
MATCH (c:Company {id:'c123'}) OPTIONAL MATCH (d:Company {id: c.id + '4'}) RETURN d.name
MATCH (c:Company) WITH c.founded AS y, count(*) AS n WHERE n > 10000 RETURN y, n ORDER BY y
MATCH (c:Company) WITH c ORDER BY c.revenue DESC LIMIT 100 MATCH (c)-[:PARTNERS_WITH]->(d) RETURN count(d)
MATCH (c:Company) RETURN collect(c.id)[0..3]
MATCH (c:Company) WHERE c.founded IS NULL RETURN count(*)
MATCH (c:Company)<-[:WORKS_FOR]-(p) WITH c, count(p) AS staff ORDER BY staff DESC LIMIT 3 RETURN c.name, staff
MATCH (i:Industry)<-[:FOCUSES_ON]-(c:Company) RETURN i.name, count(c) ORDER BY count(c) DESC LIMIT 3
MATCH (p:Person) WHERE p.name = '许河云' RETURN count(p)
MATCH (p:Person), (c:Company) WHERE p.name = c.name RETURN count(*)
MATCH (a:Company)-[:PARTNERS_WITH]->(b:Company) WHERE a.founded = b.founded RETURN count(*)
MATCH (a:Company)-[:PARTNERS_WITH]->(b:Company) RETURN count(*)
MATCH ()-[r]->() RETURN type(r), count(*)
MATCH (c:Company) RETURN labels(c), count(*)
MATCH (c:Company) UNWIND [c.founded, c.revenue] AS v RETURN count(v)
MATCH (c:Company) WHERE c.founded > 2015 AND c.revenue < 10 RETURN count(*)
MATCH (c:Company) RETURN DISTINCT c.founded
MATCH path = (a:Company {id:'c123'})-[:PARTNERS_WITH*1..2]->(b) RETURN count(path)
MATCH (a:Company {id:'c123'})-[:PARTNERS_WITH]->(b)-[:LOCATED_IN]->(ct) RETURN ct.name, count(*) ORDER BY count(*) DESC LIMIT 3
MATCH (a:Company {id:'c123'}) CALL { WITH a MATCH (a)-[:PARTNERS_WITH]->(b) RETURN count(b) AS k } RETURN k
UNWIND range(1,100000) AS i RETURN sum(i)
UNWIND range(0,9999) AS i MATCH (c:Company {id: 'c' + toString(i)}) RETURN count(c.name)
UNWIND range(0,9999) AS i MATCH (c:Company) WHERE c.id = 'c' + toString(i) RETURN count(*)
UNWIND range(0,999) AS i MATCH (c:Company {id: 'c' + toString(i)})-[:PARTNERS_WITH]->(d) RETURN count(d)
MATCH (c:Company) WHERE c.founded = 2018 WITH collect(c.id) AS ids UNWIND ids AS x MATCH (d:Company {id: x}) RETURN count(d)
CALL algo.pageRank() YIELD node, score RETURN count(*)
MATCH (c:City) WITH c MATCH (c)<-[:LOCATED_IN]-(x:Company) RETURN count(x)
MATCH (c:Company) WHERE c.revenue > 100 RETURN c.id ORDER BY c.id SKIP 1000 LIMIT 5
MATCH (c:Company) OPTIONAL MATCH (c)-[:PARTNERS_WITH]->(d:Company {founded: 2018}) RETURN count(d)
UNWIND range(0,9999) AS i OPTIONAL MATCH (c:Company {id: 'c' + toString(i)}) RETURN count(c)
MATCH (c:Company) WHERE c.flag RETURN count(*)
MATCH (p:Person) RETURN p.name ORDER BY p.name LIMIT 3
MATCH (p:Person) RETURN p.name ORDER BY p.name SKIP 199990
MATCH (p:Person) WITH p.name AS n, count(*) AS k WHERE k > 5 RETURN count(*)
MATCH (c:Company) RETURN size([x IN collect(c.founded) WHERE x > 2000])
MATCH (c:Company {id:'c123'}) RETURN [(c)-[:PARTNERS_WITH]->(d) | d.name][0..2]
MATCH (c:Company) WHERE c.id STARTS WITH 'c12345' RETURN count(*)
MATCH (c:Company) WHERE c.id ENDS WITH '99999' RETURN count(*)
MATCH (c:Company) WHERE c.name =~ '.*科技.*' RETURN count(*)
MATCH (c:Company) RETURN toUpper(c.id) AS u ORDER BY u DESC LIMIT 1
MATCH (a:Region)<-[:LOCATED_IN]-(ct:City)<-[:LOCATED_IN]-(c:Company)<-[:WORKS_FOR]-(p:Person) RETURN a.name, count(p) ORDER BY count(p) DESC LIMIT 3
MATCH (a:Company)-[:PARTNERS_WITH]->(b:Company) WITH a, count(b) AS deg WHERE deg > 20 RETURN count(a)
MATCH (a:Company)-[:PARTNERS_WITH]->(b:Company)<-[:PARTNERS_WITH]-(c:Company) WHERE a.id = 'c123' RETURN count(DISTINCT c)
MATCH (a:Company {id:'c123'})-[:PARTNERS_WITH]->(b)-[:PARTNERS_WITH]->(c)-[:PARTNERS_WITH]->(d) RETURN count(DISTINCT d)
MATCH (a:Company {id:'c123'})-[:PARTNERS_WITH*1..3]-(b) RETURN count(DISTINCT b)
MATCH (a:Company {id:'c123'})-[:PARTNERS_WITH*3]-(b) RETURN count(DISTINCT b)
MATCH p = allShortestPaths((a:Company {id:'c123'})-[:PARTNERS_WITH*..10]->(b:Company {id:'c3'})) RETURN count(p)
MATCH (c:Company) WHERE c.founded IN [2001, 2002, 2003] RETURN count(*)
MATCH (c:Company) WHERE c.revenue > 100 AND c.founded < 1990 RETURN c.founded, avg(c.revenue) ORDER BY c.founded
MATCH (c:Company) RETURN c.founded AS y, collect(c.id)[0] AS first ORDER BY y LIMIT 3
MATCH (i:Industry) WITH i LIMIT 10 MATCH (i)<-[:FOCUSES_ON]-(c) RETURN i.name, count(c)
MATCH (c:Company) WITH c SKIP 599990 RETURN c.id
MATCH (p:Person) MATCH (c:Company {id: 'c' + substring(p.name, 0, 0) + '5'}) RETURN count(*)
MATCH (p:Person)-[:WORKS_FOR]->(c) WITH c, collect(p) AS ps RETURN max(size(ps))
MATCH (n) WHERE n:Company OR n:Person RETURN count(n)
MATCH (n) WHERE n.name = '许河云' RETURN count(n)
MATCH (n {id: 'c123'}) RETURN n.name
MATCH (n) WHERE n.id = 'c123' RETURN n.name
MATCH (c:Company) RETURN c ORDER BY c.revenue DESC LIMIT 1
MATCH (c:Company) RETURN properties(c) LIMIT 1
MATCH (a:Company {id:'c1'}), (b:Company {id:'c2'}) RETURN EXISTS { (a)-[:PARTNERS_WITH*1..4]-(b) }
MATCH (c:Company) RETURN count(*)
MATCH (c:Company) WHERE c.founded = 2018 OR c.founded = 2019 RETURN count(*)
MATCH (c:Company) WHERE c.id = 'c5' OR c.id = 'c7' RETURN count(*)
MATCH (c:Company) WHERE NOT c.founded IN [2018, 2019] RETURN count(*)
MATCH (c:Company) RETURN c.founded, c.revenue ORDER BY c.founded DESC, c.revenue ASC LIMIT 3
MATCH (c:Company) RETURN c.id UNION MATCH (p:Person) RETURN p.id AS `c.id`
MATCH (c:Company) RETURN CASE WHEN c.revenue > 500 THEN 'big' ELSE 'small' END AS size, count(*)
MATCH (c:Company) WITH collect(c) AS cs UNWIND cs AS c RETURN count(c)
UNWIND range(1, 1000000) AS i WITH i WHERE i % 7 = 0 RETURN count(*)
MATCH (a:Company {id:'c123'})-[:PARTNERS_WITH*1..3]->(b) WHERE b.founded > 2000 RETURN count(DISTINCT b)
MATCH p = (a:Company {id:'c123'})-[:PARTNERS_WITH*1..3]->(b) WHERE all(n IN nodes(p) WHERE n.founded > 1990) RETURN count(p)
MATCH (a:Company {id:'c123'})-[rs:PARTNERS_WITH*1..3]->(b) WHERE all(r IN rs WHERE r.since > 2005) RETURN count(*)
MATCH (c:Company) WHERE exists((c)-[:FOCUSES_ON]->(:Industry {name: '新能源汽车'})) RETURN count(c)
MATCH (i:Industry {name: '新能源汽车'})<-[:FOCUSES_ON]-(c:Company) RETURN count(c)
MATCH (c:Company) WHERE c.name IN ['通富晨凤投资控股有限公司', 'x'] RETURN count(*)
MATCH (c:Company) RETURN size(collect(DISTINCT c.founded))
MATCH (p:Person)-[:WORKS_FOR]->(c:Company)<-[:WORKS_FOR]-(q:Person) WHERE p.id = 'p1' RETURN count(q)
MATCH (p:Person {id:'p1'})-[:WORKS_FOR]->(c)-[:PARTNERS_WITH]-(d)<-[:WORKS_FOR]-(q) RETURN count(DISTINCT q)
MATCH (c:Company) WHERE c.name ENDS WITH '有限公司' AND c.founded = 2001 RETURN count(*)
CALL db.labels() YIELD label RETURN label
CALL db.search('通富') YIELD node RETURN count(node)
MATCH (c:Company) WITH c.founded AS y, collect(c.revenue) AS rs RETURN y, reduce(s = 0.0, r IN rs | s + r) AS total ORDER BY total DESC LIMIT 1
MATCH (n) RETURN labels(n)[0] AS l, count(*) ORDER BY l
MATCH (a:Company)-[r:PARTNERS_WITH]->(b) RETURN r.since, count(*) ORDER BY r.since LIMIT 3
MATCH (a:Company)-[r:PARTNERS_WITH]->(b) WHERE r.since = 2018 RETURN count(*)
MATCH (c:Company) RETURN c.founded AS y, avg(c.revenue), min(c.revenue), max(c.id), count(DISTINCT c.name) ORDER BY y LIMIT 2
MATCH (c:Company) RETURN count(DISTINCT c.name)
MATCH (p:Person) RETURN DISTINCT p.name
MATCH (c:Company) RETURN c.founded AS y, count(DISTINCT c.name) ORDER BY y LIMIT 2
MATCH p = shortestPath((a:Company {id:'c123'})-[:PARTNERS_WITH*..10]->(b:Company {id:'c3'})) RETURN count(p)
MATCH p = allShortestPaths((a:Company {id:'c123'})-[:PARTNERS_WITH*..10]-(b:Company {id:'c3'})) RETURN count(p)
MATCH p = allShortestPaths((a:Company {id:'c1'})-[*..10]-(b:Company {id:'c99999'})) RETURN count(p), min(length(p))
MATCH (a:Company {id:'c1'}), (b:Person {id:'p5'}) MATCH p = allShortestPaths((a)-[*]-(b)) RETURN count(p), min(length(p))
MATCH (a:Company {id:'c123'}) OPTIONAL MATCH (a)-[:PARTNERS_WITH*1..3]->(b) RETURN count(DISTINCT b)
MATCH (a:Company {id:'c123'}) OPTIONAL MATCH (a)-[:PARTNERS_WITH*1..4]-(b) RETURN count(DISTINCT b)
MATCH (n) WHERE id(n) = 5 RETURN n.id
MATCH (n) WHERE elementId(n) = 'c5' RETURN n.id
MATCH (a:Company)-[:PARTNERS_WITH]->(b) WHERE b.revenue > 900 RETURN count(*)
MATCH (c:Company) WHERE (c)-[:PARTNERS_WITH]->(:Company {id: 'c77'}) RETURN count(c)
MATCH (c:Company) WHERE EXISTS { (c)-[:PARTNERS_WITH]->(:Company {id: 'c77'}) } RETURN count(c)
MATCH (c:Company) WHERE NOT (c)-[:PARTNERS_WITH]->(:Company {founded: 2018}) RETURN count(c)
MATCH (c:Company) WITH c ORDER BY c.revenue DESC RETURN c.name LIMIT 5
MATCH (c:Company) WITH c.name AS n ORDER BY n RETURN count(n)
MATCH (c:Company) RETURN c.name AS n, c.revenue AS r ORDER BY r DESC SKIP 599990
MATCH (a:Company)-[:PARTNERS_WITH]-(b:Company) WHERE id(a) < id(b) RETURN count(*)
MATCH (c:Company) WITH c WHERE c.id = 'c5' RETURN c.name
MATCH (c:Company) WITH c WHERE c.revenue > 500 RETURN count(*)
MATCH p = shortestPath((a:Company {id: 'c1'})-[:PARTNERS_WITH*..6]-(b:Company {id: 'c999'})) WHERE length(p) > 4 RETURN length(p)
