"""Result.to_networkx(): the subgraph of the rows, equal to what networkx.read_graphml gives for
the GraphML export of the same result, up to GraphML's own encodings: lists are JSON text there,
temporal values ISO 8601 text on keys whose description names the kind, a key that holds several
kinds of value is text, and edge keys are file-local ids e0, e1, ..."""
import datetime
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

import kgq
from conftest import GRAPHS

NS = "{http://graphml.graphdrawing.org/xmlns}"


def graphml_keys(path, kind):
    """The (domain, name) of the keys whose description starts with `kind` ("list", "mixed")."""
    root = ET.parse(path).getroot()
    return {(k.get("for"), k.get("attr.name")) for k in root.findall(NS + "key")
            if (k.findtext(NS + "desc") or "").startswith(kind)}


def elements(g):
    return [("node", attrs) for _, attrs in g.nodes(data=True)] + [("edge", attrs) for _, _, attrs in g.edges(data=True)]


# The Cypher constructor of each temporal kind, by the name kgq's GraphML key descriptions use.
TEMPORAL_KINDS = {"DATE": "date", "LOCAL TIME": "localtime", "ZONED TIME": "time",
                  "LOCAL DATETIME": "localdatetime", "ZONED DATETIME": "datetime", "DURATION": "duration"}


def temporal_keys(path):
    """(domain, name) -> constructor of the keys that hold temporal values (or lists of them)."""
    root = ET.parse(path).getroot()
    out = {}
    for k in root.findall(NS + "key"):
        desc = k.findtext(NS + "desc") or ""
        for kind, fn in TEMPORAL_KINDS.items():
            if desc in (kind + " as ISO 8601 text", "list (LIST<" + kind + ">) as JSON text"):
                out[(k.get("for"), k.get("attr.name"))] = fn
    return out


def decode_temporal(fn, text, db=kgq.Database()):
    """The Python value kgq gives for the ISO 8601 text of a temporal kind."""
    return db.execute(f"RETURN {fn}($t) AS v", {"t": text}).rows[0]["v"]


def from_graphml(path):
    """networkx.read_graphml of kgq's export, with list-valued keys decoded from their JSON text and
    temporal keys from their ISO 8601 text."""
    g = nx.read_graphml(path, force_multigraph=True)
    lists = graphml_keys(path, "list")
    temporals = temporal_keys(path)
    for domain, attrs in elements(g):
        for k in list(attrs):
            if (domain, k) in lists:
                attrs[k] = json.loads(attrs[k])
            if (domain, k) in temporals:
                fn = temporals[(domain, k)]
                attrs[k] = ([decode_temporal(fn, x) for x in attrs[k]] if isinstance(attrs[k], list)
                            else decode_temporal(fn, attrs[k]))
    return g


def text(value):
    """A value as GraphML writes a key that holds several kinds of value: as text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.date, datetime.time, kgq.Duration)):  # its ISO 8601 text, as kgq prints it
        return kgq.Database().execute("RETURN toString($v) AS s", {"v": value}).rows[0]["s"]
    if isinstance(value, list):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return value if isinstance(value, str) else repr(value)


def with_mixed_keys_as_text(g, path):
    mixed = graphml_keys(path, "mixed")
    for domain, attrs in elements(g):
        for k in list(attrs):
            if (domain, k) in mixed:
                attrs[k] = text(attrs[k])
    return g


def edge_multiset(g):
    return sorted((u, v, json.dumps(d, sort_keys=True, default=repr)) for u, v, d in g.edges(data=True))


def assert_same_graph(ours, path):
    """`ours` (to_networkx) against read_graphml of the export at `path`."""
    assert isinstance(ours, nx.MultiDiGraph)
    theirs = from_graphml(path)
    ours = with_mixed_keys_as_text(ours.copy(), path)
    assert dict(ours.nodes(data=True)) == dict(theirs.nodes(data=True))
    assert edge_multiset(ours) == edge_multiset(theirs)


QUERIES = [
    "MATCH (p:Province {name: 'Guangdong'})-[r]-(x) RETURN p, r, x",
    "MATCH ()-[r:HAS_FACT]->() RETURN r",                       # end nodes only through relationships
    "MATCH p = (:City)-[*1..2]->(:Industry) RETURN p LIMIT 20",   # paths
    "MATCH (d:Document)-[r:MENTIONS]->(x) RETURN d.title, collect(x) AS xs, collect(r) AS rs",  # lists
    "MATCH (n) RETURN n",                                         # the whole graph
]


@pytest.mark.parametrize("query", QUERIES)
def test_equal_to_graphml_export_read_by_networkx(bundled, tmp_path, query):
    result = bundled.execute(query)
    ours = result.to_networkx()
    assert ours.number_of_nodes() > 0
    result.export("graphml", tmp_path / "r.graphml")
    assert_same_graph(ours, tmp_path / "r.graphml")


def test_all_property_types(tmp_path):
    db = kgq.Database(GRAPHS / "social.json")
    result = db.execute("MATCH (a)-[r]->(b) RETURN a, r, b")
    ours = result.to_networkx()
    result.export("graphml", tmp_path / "s.graphml")
    assert_same_graph(ours, tmp_path / "s.graphml")
    some = next(iter(db.execute("MATCH (p:Person {name: 'Alice'}) RETURN p")))[0]
    assert ours.nodes[some.element_id]["tags"] == some["tags"]  # lists stay lists
    assert ours.nodes[some.element_id]["labels"] == ":" + ":".join(some.labels)


def test_keys_and_parallel_relationships():
    db = kgq.Database()
    db.execute("CREATE (a:A {name: 'a'}), (b:B {labels: 'x'}), (a)-[:T {type: 1}]->(b), (a)-[:T]->(b)")
    g = db.execute("MATCH (a)-[r]->(b) RETURN r").to_networkx()
    assert g.number_of_edges() == 2 and g.number_of_nodes() == 2
    rels = [r for (r,) in db.execute("MATCH ()-[r]->() RETURN r")]
    assert {k for _, _, k in g.edges(keys=True)} == {r.element_id for r in rels}
    names = {n: d for n, d in g.nodes(data=True)}
    b = next(n for n, d in names.items() if d["labels"] == ":B")
    assert names[b]["property.labels"] == "x" and names[b]["label"] == b  # no name: the id shows
    assert sorted(d.get("property.type", 0) for _, _, d in g.edges(data=True)) == [0, 1]


def test_end_nodes_found_by_key_not_by_id_property(tmp_path):
    # `id` is an ordinary property: the end nodes are fetched by their key (element id).
    db = kgq.Database()
    db.load_json_text('{"format": "kgq-graph", "version": 1, "nodes": ['
                      '{"id": "k1", "labels": ["A"], "properties": {"id": 7, "name": "one"}},'
                      '{"id": "k2", "labels": ["A"], "properties": {"id": "k1"}}],'
                      '"edges": [{"type": "T", "from": "k1", "to": "k2", "properties": {}}]}')
    result = db.execute("MATCH ()-[r]->() RETURN r")
    g = result.to_networkx()
    # (named property.id, as in the GraphML export, where a node key `id` is the node's kgq id)
    assert set(g.nodes) == {"k1", "k2"} and g.nodes["k1"]["property.id"] == 7 and g.nodes["k2"]["property.id"] == "k1"
    result.export("graphml", tmp_path / "k.graphml")
    assert_same_graph(g, tmp_path / "k.graphml")


def test_no_graph_values_no_graph(bundled):
    g = bundled.execute("MATCH (c:City) RETURN c.name").to_networkx()
    assert g.number_of_nodes() == 0 and g.number_of_edges() == 0
