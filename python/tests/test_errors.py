"""Errors as Python exceptions: the class per kind, the builtin each also is, line and column
where the engine knows them, and that a failure changes nothing."""
import builtins
import json

import pytest

import kgq
from conftest import GRAPHS


def test_syntax_error_position_and_caret():
    db = kgq.Database()
    with pytest.raises(kgq.SyntaxError) as info:
        db.execute("MATCH (n)\nWHERE n.x = \nRETURN n")
    e = info.value
    assert isinstance(e, kgq.Error) and isinstance(e, builtins.SyntaxError)
    assert e.kind == "syntax"
    assert (e.line, e.column) == (3, 1)
    assert e.text == "RETURN n"  # the line the traceback's caret points into
    assert "line 3, column 1" in str(e)


def test_semantic_error_position():
    with pytest.raises(kgq.SemanticError) as info:
        kgq.Database().execute("MATCH (n)\nRETURN m")
    e = info.value
    assert e.kind == "semantic" and (e.line, e.column) == (2, 8)
    assert "`m`" in str(e)


def test_runtime_error_is_also_builtin_runtime_error():
    with pytest.raises(builtins.RuntimeError) as info:
        kgq.Database().execute("RETURN 1 / 0")
    e = info.value
    assert isinstance(e, kgq.RuntimeError) and e.kind == "runtime"
    assert "1 / 0" in str(e) and e.line is None


def test_load_error_names_file_line_column_and_loads_nothing(tmp_path):
    db = kgq.Database(GRAPHS / "social.json")
    before = (db.node_count, db.relationship_count, db.change_count)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "kgq-graph", "version": 1,\n "nodes": [{"id": "a", "labels": ["X"]},\n  {"id": 7}]}')
    with pytest.raises(kgq.LoadError) as info:
        db.load_json(bad)
    e = info.value
    assert isinstance(e, ValueError) and e.kind == "load"
    assert e.source == str(bad) and e.line == 3 and e.column is not None
    assert (db.node_count, db.relationship_count, db.change_count) == before


def test_each_broken_data_file_of_the_suite_is_a_load_error():
    # base.json is the valid graph some broken files clash with (duplicate_id_existing.json).
    broken = sorted(p for p in (GRAPHS / "bad").glob("*.json") if p.name != "base.json")
    assert broken
    for path in broken:
        db = kgq.Database(GRAPHS / "bad" / "base.json")
        before = (db.node_count, db.relationship_count)
        with pytest.raises(kgq.LoadError) as info:
            db.load_json(path)
        assert info.value.source == str(path), path
        assert (db.node_count, db.relationship_count) == before


def test_missing_file_is_a_file_error(tmp_path):
    with pytest.raises(kgq.FileError) as info:
        kgq.Database(tmp_path / "absent.json")
    assert isinstance(info.value, OSError) and info.value.kind == "io"
    assert "absent.json" in str(info.value)


def test_failed_write_query_changes_nothing(social):
    before = social.execute("MATCH (n) RETURN count(*) AS c")[0][0]
    with pytest.raises(kgq.RuntimeError):
        social.execute("CREATE (:Tmp {v: 1}) WITH 1 AS one RETURN 1 / 0")
    assert social.execute("MATCH (n) RETURN count(*) AS c")[0][0] == before


def test_failed_save_leaves_the_old_file(tmp_path, social):
    target = tmp_path / "dir-is-missing" / "out.json"
    with pytest.raises(kgq.FileError):
        social.save(target)
    assert not target.exists()


def test_unknown_export_format(social, tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        social.export("xlsx", tmp_path / "x.xlsx")


def test_error_constructors_are_usable():
    e = kgq.errors.from_kind("semantic", "Variable `m` not defined (line 4, column 2)")
    assert type(e) is kgq.SemanticError and (e.line, e.column) == (4, 2)
    e = kgq.errors.from_kind("load", "g.json:1:50: at /nodes/0/id: expected a string")
    assert type(e) is kgq.LoadError and (e.source, e.line, e.column) == ("g.json", 1, 50)
    assert json.dumps(str(e))  # messages are plain text
