"""Values both ways: every Python type kgq takes comes back as the same value and type, graph
values carry labels, type, properties and element ids, and bad values are refused by name."""
import math

import numpy as np
import pytest

import kgq

ROUND_TRIPS = [
    None, True, False, 0, -1, 2**63 - 1, -(2**63), 1.5, -0.0, float("inf"), float("-inf"),
    "", "plain", "héllo ✓ 漢字", "tab\tnew\nline\x00nul", [], [1, "a", None, [2.5, [True]]],
    {}, {"a": 1, "b": [True, None], "c": {"d": "e"}},
]


def same(a, b):
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return a == b


@pytest.mark.parametrize("value", ROUND_TRIPS, ids=repr)
def test_parameter_round_trip(value):
    got = kgq.Database().execute("RETURN $x AS x", {"x": value})[0][0]
    assert same(got, value), f"{value!r} came back as {got!r}"


def test_nan_round_trip():
    got = kgq.Database().execute("RETURN $x AS x", {"x": float("nan")})[0][0]
    assert isinstance(got, float) and math.isnan(got)


def test_tuple_becomes_list():
    assert kgq.Database().execute("RETURN $x AS x", {"x": (1, "two")})[0][0] == [1, "two"]


def test_surrogate_escaped_text_round_trips():
    # What toPython makes of bytes that are not UTF-8 goes back as the same bytes.
    assert kgq.Database().execute("RETURN $x AS x", {"x": "a\udcffb"})[0][0] == "a\udcffb"


def test_numpy_scalars_and_arrays():
    db = kgq.Database()
    row = db.execute("RETURN $i AS i, $f AS f, $b AS b, $a AS a",
                     {"i": np.int64(7), "f": np.float32(0.5), "b": np.bool_(True), "a": np.array([1, 2, 3])})[0]
    assert [type(v) for v in row] == [int, float, bool, list]
    assert row == (7, 0.5, True, [1, 2, 3])


def test_literals_come_back_typed():
    row = kgq.Database().execute("RETURN 1 AS i, 1.0 AS f, 'a' AS s, true AS b, null AS n, [1, 2] AS l, {k: 'v'} AS m")[0]
    assert [type(v) for v in row] == [int, float, str, bool, type(None), list, dict]
    assert row == (1, 1.0, "a", True, None, [1, 2], {"k": "v"})


def test_parameters_in_patterns(social):
    rows = social.execute("MATCH (p:Person) WHERE p.age > $min RETURN p.name AS name ORDER BY name", {"min": 30}).rows
    every = social.execute("MATCH (p:Person) RETURN p.name AS name, p.age AS age").rows
    assert [r["name"] for r in rows] == sorted(r["name"] for r in every if r["age"] is not None and r["age"] > 30)
    assert rows  # the graph has people over 30, so the filter is exercised


def test_node_relationship_path(bundled, bundled_json):
    a, r, b, p = bundled.execute(
        "MATCH p = (a:City)-[r]->(b) RETURN a, r, b, p ORDER BY a.name, type(r), b.name LIMIT 1")[0]
    nodes = {n["id"]: n for n in bundled_json["nodes"]}
    assert isinstance(a, kgq.Node) and isinstance(r, kgq.Relationship) and isinstance(p, kgq.Path)
    assert a.labels == nodes[a.element_id]["labels"]
    # A file's node without an `id` property reads back with its key as `id` (SPEC §2).
    assert a.properties == {"id": a.element_id, **nodes[a.element_id]["properties"]}
    assert a["name"] == nodes[a.element_id]["properties"]["name"] and "name" in a and a.get("nope", 3) == 3
    with pytest.raises(KeyError):
        a["nope"]
    assert (r.start_element_id, r.end_element_id) == (a.element_id, b.element_id)
    edges = [e for e in bundled_json["edges"] if (e["from"], e["to"], e["type"]) == (a.element_id, b.element_id, r.type)]
    assert r.properties in [e["properties"] for e in edges]
    assert r.element_id.isdigit()
    assert p.nodes == [a, b] and p.relationships == [r] and len(p) == 1
    assert p.start_node == a and p.end_node == b
    assert hash(a) == hash(kgq.Node(a.element_id, a.labels, a.properties))


@pytest.mark.parametrize("column", ["a", "r", "p"])
def test_graph_values_round_trip_as_parameters(bundled, column):
    row = bundled.execute("MATCH p = (a:City)-[r]->(b) RETURN a, r, p LIMIT 1").rows[0]
    assert bundled.execute("RETURN $v AS v", {"v": row[column]})[0][0] == row[column]


def test_constructed_graph_values():
    db = kgq.Database()
    n = kgq.Node("x", ["A", "B"], {"k": [1, 2]})
    m = kgq.Node("y")
    r = kgq.Relationship("T", "x", "y", {"w": 0.5}, element_id="12")
    p = kgq.Path([n, m], [r])
    got = db.execute("RETURN $n AS n, $r AS r, $p AS p", {"n": n, "r": r, "p": p})[0]
    assert got == (n, r, p)
    assert got[1].element_id == "12" and got[0].labels == ["A", "B"] and got[2].end_node.element_id == "y"
    with pytest.raises(ValueError):
        kgq.Path([n], [r])
    with pytest.raises(ValueError):
        kgq.Relationship("T", "x", "y", element_id="r12")


def test_unsupported_values_are_named():
    db = kgq.Database()
    with pytest.raises(TypeError, match=r"\$x: .*set"):
        db.execute("RETURN $x", {"x": {1, 2}})
    with pytest.raises(TypeError, match=r"\$x\['a'\]\[1\]: .*bytes"):
        db.execute("RETURN $x", {"x": {"a": [1, b"raw"]}})
    with pytest.raises(TypeError, match="map keys must be str"):
        db.execute("RETURN $x", {"x": {1: "one"}})
    with pytest.raises(OverflowError, match=r"\$x"):
        db.execute("RETURN $x", {"x": 2**63})
    with pytest.raises(TypeError, match="params must be a dict"):
        db.execute("RETURN 1", [1])


def test_missing_parameter_is_an_error():
    with pytest.raises(kgq.Error, match=r"\$who"):
        kgq.Database().execute("RETURN $who")
