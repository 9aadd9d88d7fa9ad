#!/usr/bin/env python3
"""Writes seed inputs for the fuzz targets (tests/fuzz/README.md) into OUT/<target>/:

  query        every query and error case of the golden tests (tests/golden/**/*.test), and the
               inputs of issue 17's findings (nesting, clause chains, long walks, range() at the
               ends of the integers, empty labels, types and ids)
  graph_json   tests/graphs/*.json and tests/graphs/bad/*.json, and the findings' JSON (long runs
               of zeros in numbers, lists nested 100000 deep)
  graphml      kgq's own GraphML export of every tests/graphs/*.json (KGQ is the kgq command),
               and the findings' GraphML (deep element nesting, a deep list in a <data>)
  param_value  --param texts of every value type, and the findings' ones

  make_seeds.py KGQ OUT

The committed corpora are these seeds merged by libFuzzer (-merge=1 keeps the inputs that add
coverage) plus every regress-* file written here, which is always kept.
"""
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]


def golden_queries():
    for test in sorted((ROOT / "tests" / "golden").rglob("*.test")):
        lines = test.read_text().split("\n")
        i = 0
        n = 0
        while i < len(lines):
            word = lines[i].split(" ")[0]
            if word in ("query", "error"):
                j = i + 1
                while j < len(lines) and lines[j] != "----":
                    j += 1
                text = "\n".join(lines[i + 1:j]).strip()
                if text:
                    n += 1
                    name = "golden-%s-%s-%d" % (test.parent.name, test.stem, n)
                    yield name, text.encode()
                i = j
            i += 1


def repeat(s, n):
    return s * n


def query_findings():
    yield "regress-case-nesting", ("RETURN " + repeat("CASE WHEN true THEN ", 3500) + "1" + repeat(" END", 3500)).encode()
    yield "regress-case-bracket-nesting", ("RETURN " + repeat("CASE WHEN true THEN [", 2000) + "1" + repeat("] END", 2000)).encode()
    yield "regress-paren-nesting", ("RETURN " + "(" * 20000 + "1" + ")" * 20000).encode()
    yield "regress-with-chain", (repeat("WITH 1 AS x ", 1500) + "RETURN x").encode()
    yield "regress-with-list-chain", ("WITH 1 AS x " + repeat("WITH [x] AS x ", 1500) + "RETURN x").encode()
    yield "regress-union-chain", (repeat("UNWIND [1] AS x ", 600) + "RETURN 1 UNION " + repeat("UNWIND [1] AS y ", 600) + "RETURN 1").encode()
    yield "regress-long-walk", b"MATCH (a {id:'n0'})-[*1..30000]->(b) RETURN count(*)"
    yield "regress-range-ends", b"RETURN range(-9223372036854775808, 9223372036854775807, 9223372036854775807)"
    yield "regress-range-ends-down", b"RETURN range(9223372036854775807, -9223372036854775808, -9223372036854775808)"
    yield "regress-topk-limit", b"MATCH (n) RETURN n.name ORDER BY n.name SKIP 1 LIMIT 9223372036854775807"
    yield "regress-empty-label", b"MATCH (n) WITH n LIMIT 1 SET n:``"
    yield "regress-empty-type", b"CREATE ()-[:``]->()"
    yield "regress-empty-id", b"MATCH (n) WITH n LIMIT 1 SET n.id = ''"
    yield "regress-create-empty-id", b"CREATE (n {id: ''}) RETURN n"
    yield "regress-merge-delete", b"MATCH (a),(b) WHERE id(a)<id(b) AND id(b) < 6 MERGE (a)-[:M]-(b);\nMATCH p=(a)-[*1..2]->(b) DELETE p"
    yield "regress-detach-delete-all", b"MATCH (n) DETACH DELETE n;\nMATCH (n) RETURN count(n)"
    yield "regress-invalid-utf8", b"RETURN '\xff\xfe'"
    yield "regress-nul", b"RETURN 'a\x00b'"


def graph_json_findings():
    zeros = "0." + "0" * 350 + "1"
    yield "regress-zeros-in-number.json", ('{"format": "kgq-graph", "version": 1, "nodes": [{"id": "z", "properties": {"x": %s}}], "edges": []}' % zeros).encode()
    deep = "[" * 100000 + "]" * 100000
    yield "regress-deep-list.json", ('{"format": "kgq-graph", "version": 1, "nodes": [{"id": "z", "properties": {"x": %s}}], "edges": []}' % deep).encode()
    yield "regress-empty-strings.json", b'{"format": "kgq-graph", "version": 1, "nodes": [{"id": "", "labels": [""]}], "edges": [{"type": "", "from": "", "to": ""}]}'


def graphml_findings():
    head = '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
    yield "regress-deep-elements.graphml", (head + "<graph edgedefault=\"directed\">" + "<x>" * 30000 + "</x>" * 30000 + "</graph></graphml>\n").encode()
    yield "regress-deep-list.graphml", (head + '<key id="d0" for="node" attr.name="v" attr.type="string"><desc>list</desc></key>\n'
                                       '<graph edgedefault="directed"><node id="a"><data key="d0">' + "[" * 100000 + "]" * 100000 +
                                       "</data></node></graph></graphml>\n").encode()
    yield "regress-label-with-colon.graphml", (head + '<key id="l" for="node" attr.name="labels" attr.type="string"/>\n'
                                              '<graph edgedefault="directed"><node id="a"><data key="l">["a:b"]</data></node>'
                                              '<node id="b"/><edge source="a" target="b"/></graph></graphml>\n').encode()


def param_values():
    values = {
        "int": "p=42", "negative": "p=-9223372036854775808", "float": "p=1.5e-7", "string": 'p="text"',
        "raw-string": "p=plain words", "bool": "p=true", "null": "p=null", "list": 'p=[1, "a", [2.5, null]]',
        "map": 'p={"k": 1, "nested": {"l": [true]}}', "empty-list": "p=[]", "empty-map": "p={}",
        "unicode": 'p="\\u00e9\\ud83d\\ude00"', "utf8": "p=caf\u00e9".encode().decode("latin-1"),
        "empty": "p=", "no-name": "=1", "equals-in-value": "p=a=b", "big": "p=1e400",
    }
    for name, text in values.items():
        yield "seed-" + name, text.encode("latin-1")
    yield "regress-zeros", ("p=0." + "0" * 350 + "1").encode()
    yield "regress-deep-list", ("p=" + "[" * 100000 + "]" * 100000).encode()
    yield "regress-invalid-utf8", b"p=\xff\xfe"
    yield "regress-invalid-utf8-in-json", b'p=["\xff"]'
    yield "regress-lone-surrogate", b'p="\\ud800"'


def exported_graphml(kgq):
    for graph in sorted((ROOT / "tests" / "graphs").glob("*.json")):
        with tempfile.TemporaryDirectory() as tmp:
            out = pathlib.Path(tmp) / "g.graphml"
            subprocess.run([kgq, "--data", str(graph), "--export", "graphml", str(out)], check=True,
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            yield "export-" + graph.stem + ".graphml", out.read_bytes()


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    kgq, out = argv[0], pathlib.Path(argv[1])
    seeds = {
        "query": list(golden_queries()) + list(query_findings()),
        "graph_json": [(p.name, p.read_bytes()) for p in sorted((ROOT / "tests" / "graphs").glob("*.json"))] +
                      [("bad-" + p.name, p.read_bytes()) for p in sorted((ROOT / "tests" / "graphs" / "bad").glob("*.json"))] +
                      list(graph_json_findings()),
        "graphml": list(exported_graphml(kgq)) + list(graphml_findings()),
        "param_value": list(param_values()),
    }
    for target, files in seeds.items():
        directory = out / target
        directory.mkdir(parents=True, exist_ok=True)
        for name, data in files:
            (directory / name).write_bytes(data)
        print("%s: %d seeds" % (target, len(files)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
