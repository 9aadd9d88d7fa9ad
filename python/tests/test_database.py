"""Database: empty, from a file (JSON or GraphML), bundled; loads, save and exports."""
import json

import pytest

import kgq
from conftest import GRAPHS


def test_empty():
    db = kgq.Database()
    assert (db.node_count, db.relationship_count) == (0, 0)
    assert db.execute("MATCH (n) RETURN count(*) AS c")[0] == (0,)


def test_bundled_is_the_shipped_graph(bundled, bundled_json):
    assert bundled.node_count == len(bundled_json["nodes"])
    assert bundled.relationship_count == len(bundled_json["edges"])
    rows = bundled.execute("MATCH (n) RETURN elementId(n) AS key, n").rows
    assert {r["key"] for r in rows} == {n["id"] for n in bundled_json["nodes"]}
    assert all(r["n"].element_id == r["key"] for r in rows)


def test_open_json_and_load_adds(tmp_path):
    with open(GRAPHS / "social.json", encoding="utf-8") as f:
        social = json.load(f)
    db = kgq.Database(GRAPHS / "social.json")
    assert db.node_count == len(social["nodes"])
    stats = db.load_json(GRAPHS / "counts.json")
    with open(GRAPHS / "counts.json", encoding="utf-8") as f:
        counts = json.load(f)
    assert stats == {"nodes": len(counts["nodes"]), "relationships": len(counts["edges"])}
    assert db.node_count == len(social["nodes"]) + len(counts["nodes"])


def test_load_json_text():
    db = kgq.Database()
    db.load_json_text('{"format": "kgq-graph", "version": 1, "nodes": [{"id": "a", "labels": ["A"]}], "edges": []}')
    assert db.execute("MATCH (n:A) RETURN n.id")[0] == ("a",)
    with pytest.raises(kgq.LoadError) as info:
        db.load_json_text("{", source_name="inline")
    assert info.value.source == "inline"


def snapshot(db):
    nodes = sorted((n.element_id, tuple(n.labels), json.dumps(n.properties, sort_keys=True))
                   for (n,) in db.execute("MATCH (n) RETURN n"))
    edges = sorted((r.start_element_id, r.type, r.end_element_id, json.dumps(r.properties, sort_keys=True))
                   for (r,) in db.execute("MATCH ()-[r]->() RETURN r"))
    return nodes, edges


def test_save_and_graphml_round_trips(tmp_path, social):
    social.save(tmp_path / "saved.json")
    assert snapshot(kgq.Database(tmp_path / "saved.json")) == snapshot(social)
    report = social.export("graphml", tmp_path / "g.graphml")
    assert report["nodes"] == social.node_count and report["files"] == [str(tmp_path / "g.graphml")]
    assert snapshot(kgq.Database(tmp_path / "g.graphml")) == snapshot(social)
    other = kgq.Database()
    assert other.load_graphml(tmp_path / "g.graphml")["relationships"] == social.relationship_count


def test_export_of_a_query(tmp_path, bundled):
    report = bundled.export("json", tmp_path / "cities.json", "MATCH (c:City) RETURN c")
    cities = bundled.execute("MATCH (c:City) RETURN count(*)")[0][0]
    assert report["nodes"] == cities and report["relationships"] == 0
    assert len(kgq.Database(tmp_path / "cities.json").execute("MATCH (c:City) RETURN c")) == cities
    report = bundled.export("csv", tmp_path / "all.csv")
    assert sorted(report["files"]) == [str(tmp_path / "all.edges.csv"), str(tmp_path / "all.nodes.csv")]
    assert "neo4j-admin" in report["note"]


def test_write_queries_and_stats():
    db = kgq.Database()
    r = db.execute("CREATE (a:P {name: 'a'})-[:K {w: 1}]->(b:P {name: 'b'})")
    assert r.stats["nodes_created"] == 2 and r.stats["relationships_created"] == 1
    assert r.stats["properties_set"] == 3 and r.stats["nodes_deleted"] == 0
    assert db.change_count == 1 and db.node_count == 2
    assert db.execute("MATCH (n) RETURN n").stats["nodes_created"] == 0


def test_explain_and_profile_plans(bundled):
    assert bundled.execute("MATCH (c:City) RETURN c").plan is None
    plan = bundled.execute("EXPLAIN MATCH (c:City) RETURN c.name").plan
    assert plan and "City" in plan
    profiled = bundled.execute("PROFILE MATCH (c:City) RETURN c.name")
    assert profiled.plan and set(profiled.timing) == {"parse_ms", "plan_ms", "execute_ms"}


def test_query_cache_is_shared_and_can_be_cleared(social):
    query = "MATCH (p:Person) WHERE p.name = $name RETURN p.name"
    first = social.execute(query, {"name": "Alice"})
    again = social.connect().execute(query, {"name": "Bob"})
    assert not first.from_plan_cache and again.from_plan_cache
    assert [r[0] for r in again] == ["Bob"]
    social.clear_query_cache()
    assert not social.execute(query, {"name": "Alice"}).from_plan_cache


def test_connection_and_rows(social):
    with social.connect() as c:
        r = c.execute("MATCH (p:Person) RETURN p.name AS name, p.age AS age ORDER BY name")
    assert r.columns == ["name", "age"]
    assert r.rows == [dict(zip(r.columns, row)) for row in r]
    assert r[-1] == list(r)[-1] and len(r) == len(list(r))
    with pytest.raises(IndexError):
        r[len(r)]
    c2 = kgq.Connection(social)
    c2.variable_length_limit = 2
    assert c2.variable_length_limit == 2
    with pytest.raises(kgq.Error, match="2"):
        c2.execute("MATCH (a)-[*]->(b) RETURN count(*)")


def test_property_keys(social):
    keys = {(k["on"], k["key"]): k for k in social.property_keys()}
    assert keys[("node", "name")]["types"] == "STRING"
    assert keys[("node", "name")]["count"] == social.execute("MATCH (n) WHERE n.name IS NOT NULL RETURN count(*)")[0][0]
