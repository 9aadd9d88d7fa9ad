"""The type stubs (.pyi) name every public class, method and property the module has, so that
editors complete what exists (and nothing else)."""
import ast
import inspect
import pathlib

import kgq

PACKAGE = pathlib.Path(kgq.__file__).parent


def stub_classes(name):
    tree = ast.parse((PACKAGE / name).read_text(encoding="utf-8"))
    return {c.name: {f.name for f in c.body if isinstance(f, ast.FunctionDef)}
            | {f.target.id for f in c.body if isinstance(f, ast.AnnAssign)}
            for c in tree.body if isinstance(c, ast.ClassDef)}


def public_members(cls):
    return {n for n, _ in inspect.getmembers(cls) if not n.startswith("__") and n not in ("_pybind11_conduit_v1_",)}


def test_package_stub_names_everything_exported():
    tree = ast.parse((PACKAGE / "__init__.pyi").read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.ImportFrom):
            names.update(a.asname or a.name for a in node.names)
    assert set(kgq.__all__) <= names


def test_stub_methods_match_the_classes():
    stubs = {**stub_classes("_kgq.pyi"), **stub_classes("__init__.pyi")}
    for name in ("Node", "Relationship", "Path"):
        assert public_members(getattr(kgq, name)) == {m for m in stubs[name] if not m.startswith("__")}, name
    for name, native in (("Database", "_Database"), ("Connection", "_Connection")):
        declared = {m for m in stubs[name] | stubs[native] if not m.startswith("__")}
        assert public_members(getattr(kgq, name)) == declared, name
    declared = {m for m in stubs["Result"] if not m.startswith("__")}
    assert {m for m in public_members(kgq.Result) if m != "_r" and m != "_PREVIEW_ROWS" and m != "_summary"} == declared
