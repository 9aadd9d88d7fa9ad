// The standard benchmark queries Q1-Q7 (../shared/bench/README.md), shared by kgq-bench and
// kgq-durable-bench: their text and which of $src / $tgt (from params.json) they take.
#pragma once

namespace {

struct QuerySpec {
  const char* name;
  const char* text;
  bool usesSrc, usesTgt;
};

const QuerySpec kQueries[] = {
    {"Q1", "MATCH (c:Company {id: $src}) RETURN c.name", true, false},
    {"Q2", "MATCH (p:Person)-[:WORKS_FOR]->(c:Company {id: $src}) RETURN count(*)", true, false},
    {"Q3",
     "MATCH (c:Company)-[:LOCATED_IN]->(:City)-[:LOCATED_IN]->(r:Region) RETURN r.name, count(*) AS n "
     "ORDER BY n DESC LIMIT 10",
     false, false},
    {"Q4",
     "MATCH (c:Company) WHERE c.founded > 2015 AND c.revenue > 500.0 RETURN c.name ORDER BY c.revenue DESC "
     "LIMIT 20",
     false, false},
    {"Q5", "MATCH (a:Company {id: $src})-[:PARTNERS_WITH*1..3]->(b:Company) RETURN count(DISTINCT b)", true, false},
    {"Q6",
     "MATCH p = shortestPath((a:Company {id: $src})-[:PARTNERS_WITH*1..10]->(b:Company {id: $tgt})) "
     "RETURN length(p)",
     true, true},
    {"Q7", "MATCH ()-[e]->() RETURN type(e) AS t, count(*) AS c ORDER BY t", false, false},
};

}  // namespace
