"""Result.to_pandas(): one column per result column, with the dtypes kgq promises."""
import math

import pandas as pd
import pytest

import kgq


def frame(query, params=None):
    return kgq.Database().execute(query, params).to_pandas()


def test_dtypes_per_kind():
    df = frame("UNWIND $rows AS r RETURN r.i AS i, r.f AS f, r.b AS b, r.s AS s, r.l AS l",
               {"rows": [{"i": 1, "f": 0.5, "b": True, "s": "x", "l": [1]},
                         {"i": 2, "f": 1.5, "b": False, "s": "y", "l": []}]})
    assert list(df.columns) == ["i", "f", "b", "s", "l"]
    assert [str(t) for t in df.dtypes] == ["int64", "float64", "bool", "object", "object"]
    assert df["i"].tolist() == [1, 2] and df["f"].tolist() == [0.5, 1.5] and df["b"].tolist() == [True, False]
    assert df["s"].tolist() == ["x", "y"] and df["l"].tolist() == [[1], []]


def test_nullable_columns():
    df = frame("UNWIND $rows AS r RETURN r.i AS i, r.f AS f, r.b AS b, r.s AS s",
               {"rows": [{"i": 2**62, "f": 0.5, "b": True, "s": "x"}, {}]})
    assert str(df["i"].dtype) == "Int64"  # nullable integers: exact, with pd.NA
    assert df["i"][0] == 2**62 and df["i"][1] is pd.NA
    assert str(df["f"].dtype) == "float64" and math.isnan(df["f"][1])
    assert str(df["b"].dtype) == "boolean" and df["b"][0] is True or df["b"][0] == True  # noqa: E712
    assert df["b"][1] is pd.NA
    assert str(df["s"].dtype) == "object" and df["s"].tolist() == ["x", None]


def test_integers_with_floats_become_floats():
    df = frame("UNWIND [1, 2.5, null] AS v RETURN v")
    assert str(df["v"].dtype) == "float64" and df["v"][0] == 1.0 and math.isnan(df["v"][2])


def test_mixed_kinds_are_objects():
    df = frame("UNWIND [1, 'a', true, null] AS v RETURN v")
    assert str(df["v"].dtype) == "object" and df["v"].tolist() == [1, "a", True, None]
    assert [type(v) for v in df["v"]] == [int, str, bool, type(None)]


def test_graph_values_are_objects(bundled):
    df = bundled.execute("MATCH (c:City)-[r]->(x) RETURN c, r LIMIT 3").to_pandas()
    assert [str(t) for t in df.dtypes] == ["object", "object"]
    assert all(isinstance(v, kgq.Node) for v in df["c"]) and all(isinstance(v, kgq.Relationship) for v in df["r"])


def test_no_rows_and_no_columns():
    df = frame("UNWIND [] AS v RETURN v, v + 1 AS w")
    assert list(df.columns) == ["v", "w"] and len(df) == 0
    assert frame("CREATE (:A)").shape == (0, 0)


def test_same_values_as_rows(bundled):
    r = bundled.execute("MATCH (f:Fact) RETURN f.metric AS metric, f.value AS value, f.year AS year ORDER BY metric, value")
    df = r.to_pandas()
    assert len(df) == len(r)
    for row, (_, got) in zip(r.rows, df.iterrows()):
        for key, value in row.items():
            cell = got[key]
            if value is None:
                assert cell is pd.NA or (isinstance(cell, float) and math.isnan(cell)) or cell is None
            else:
                assert cell == value


def test_duplicate_column_names_stay_apart():
    df = frame("RETURN 1 AS a, 'x' AS b")
    df.columns = ["a", "a"]
    assert df.shape == (1, 2)
