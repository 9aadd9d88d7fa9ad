// Writing shapes, in order (each line sees what the ones before it did; kgq-shapes runs each twice).
// kgq-shapes $TMPDIR/kgq-L/graph.json bench/shapes/writes.cypher
UNWIND range(0,999) AS i MATCH (a:Company {id: 'c' + toString(i)}), (b:Company {id: 'c' + toString(i+1)}) MERGE (a)-[:PARTNERS_WITH]->(b) RETURN count(*)
MATCH (c:Company) WHERE c.founded = 2018 SET c.flag = true RETURN count(*)
MATCH (c:Company) WHERE c.founded = 2018 REMOVE c.flag RETURN count(*)
UNWIND range(0, 9999) AS i MERGE (c:Company {id: 'c' + toString(i)}) RETURN count(c)
UNWIND range(0, 999) AS i MATCH (a:Company {id: 'c' + toString(i)}) MERGE (a)-[:LOCATED_IN]->(ct:City {id: 'ct1'}) RETURN count(*)
MATCH (c:Company {id: 'c1'}) SET c += {extra: 1, more: 'x'} RETURN c.extra
MATCH (c:Company) WITH c LIMIT 100000 SET c.revenue = c.revenue * 2 RETURN count(*)
UNWIND range(1, 200000) AS i CREATE (:P {num: i, name: 'p' + toString(i)})
CREATE INDEX ON :P(num)
UNWIND range(1, 100000) AS i MATCH (p:P {num: i * 2}) RETURN count(p)
UNWIND range(1, 100000) AS i MERGE (p:P {num: i * 3}) ON CREATE SET p.new = true ON MATCH SET p.seen = true
MATCH (p:P) RETURN count(p), count(p.new), count(p.seen)
UNWIND range(1, 100000) AS i MERGE (p:P {num: i}) RETURN count(p)
UNWIND range(1, 50000) AS i MATCH (a:P {num: i}), (b:P {num: i + 1}) MERGE (a)-[:NEXT]->(b)
UNWIND range(1, 50000) AS i MATCH (a:P {num: i}) MERGE (a)-[:NEXT]->(b:P {num: i + 1}) RETURN count(*)
MATCH (a:P {num: 1})-[:NEXT*1..100]->(b) RETURN count(DISTINCT b)
MATCH (p:P) WHERE p.num > 199990 RETURN count(*)
MATCH (p:Person) WITH p LIMIT 20000 DETACH DELETE p RETURN count(*)
MATCH (p:Program) WITH p LIMIT 40000 DETACH DELETE p RETURN count(*)
MATCH (c:Company) WITH c LIMIT 100000 DETACH DELETE c RETURN count(*)
MATCH (c:Company) SET c:Big RETURN count(*)
MATCH (c:Big) REMOVE c:Big RETURN count(*)
MATCH (c:Company) WITH c LIMIT 300000 REMOVE c:Company RETURN count(*)
MATCH (c:Company) RETURN count(*)
MATCH (n) DETACH DELETE n
MATCH (n) RETURN count(n)
