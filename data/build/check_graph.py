#!/usr/bin/env python3
"""Verify data/china_innovation.json (run before every commit).

Checks: JSON validity and exact kgq-graph v1 shape, unique ids, edge endpoints exist, property
value types, every edge has source (a Document id) + evidence, every Fact has source, evidence,
numeric value and unit, every evidence (edges with `basis: 'curation'` carry a `reason` instead) (and every item of `evidences`) occurs verbatim in its
source article after whitespace normalization, every Document has title/publisher/date/file,
temporal values are in the tagged form (data/SCHEMA.md), a `date` written as text is one the
article gives only to the month or year, and every `date` has `earliest_date`/`latest_date` bounds.
"""
import json
import os
import re
import sys
from collections import Counter

DATA = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WS = re.compile(r"[ \t\n\r\f\v]+")


def norm(s):
    return WS.sub(" ", s).strip(" ")


TAGGED_FORMS = {"$date": r"^-?\d{4}-\d{2}-\d{2}$", "$localtime": r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$",
                "$duration": r"^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$"}


def temporal(v):
    """A tagged temporal value ({"$date": "2024-03-01"}) of a form the bundled graph uses."""
    return (isinstance(v, dict) and len(v) == 1 and next(iter(v)) in TAGGED_FORMS
            and isinstance(next(iter(v.values())), str)
            and re.match(TAGGED_FORMS[next(iter(v))], next(iter(v.values()))) is not None)


def main(path=os.path.join(DATA, "china_innovation.json")):
    errs = []
    g = json.load(open(path, encoding="utf-8"))
    if set(g) != {"format", "version", "nodes", "edges"}:
        errs.append(f"top-level keys {sorted(g)}")
    if g.get("format") != "kgq-graph" or g.get("version") != 1:
        errs.append("format/version")
    nodes = {}
    for n in g["nodes"]:
        if set(n) != {"id", "labels", "properties"}:
            errs.append(f"node keys {n}")
        if n["id"] in nodes:
            errs.append("duplicate id " + n["id"])
        nodes[n["id"]] = n
        if not n["labels"] or not all(isinstance(l, str) for l in n["labels"]):
            errs.append("labels " + n["id"])
    docs = {}
    for nid, n in nodes.items():
        if "Document" in n["labels"]:
            p = n["properties"]
            for k in ("title", "publisher", "date", "file"):
                if not (isinstance(p.get(k), str) and p[k]) and not (k == "date" and temporal(p.get(k))):
                    errs.append(f"{nid} lacks {k}")
            docs[nid] = norm(open(os.path.join(DATA, "sources", p["file"]), encoding="utf-8").read())

    def okval(v):
        if v is None or isinstance(v, (bool, int, float, str)) or temporal(v):
            return True
        if isinstance(v, list):
            return all(x is None or isinstance(x, (bool, int, float, str)) or temporal(x) for x in v)
        return False

    def check_dates(what, p):
        for k in ("date", "start_date", "end_date"):
            v = p.get(k)
            if isinstance(v, str) and not re.match(r"^\d{4}(-\d{2})?$", v):
                errs.append(f"{what}.{k}: {v!r} is neither a DATE nor a month or year written as text")
            elif v is not None and not isinstance(v, str) and not (temporal(v) and "$date" in v):
                errs.append(f"{what}.{k}: not a DATE")
            if k == "date" and v is not None:
                lo, hi = p.get("earliest_date"), p.get("latest_date")
                if not (temporal(lo) and temporal(hi) and lo["$date"] <= hi["$date"]):
                    errs.append(f"{what}: date {v!r} lacks earliest_date/latest_date bounds")
                elif temporal(v) and not (lo == v == hi):
                    errs.append(f"{what}: a full date's bounds are the date itself")

    def check_prov(what, p):
        src, ev = p.get("source"), p.get("evidence")
        if not isinstance(src, str) or src not in docs:
            errs.append(f"{what}: bad source {src!r}")
            return
        if not isinstance(ev, str) or not ev.strip():
            errs.append(f"{what}: empty evidence")
            return
        if norm(ev) not in docs[src]:
            errs.append(f"{what}: evidence not verbatim in {src}: {ev[:80]!r}")
        srcs, evs = p.get("sources", []), p.get("evidences", [])
        if len(srcs) != len(evs):
            errs.append(f"{what}: sources/evidences length mismatch")
        for s, e in zip(srcs, evs):
            if s not in docs or norm(e) not in docs[s]:
                errs.append(f"{what}: evidences item not verbatim in {s}: {e[:80]!r}")

    for nid, n in nodes.items():
        p = n["properties"]
        if not isinstance(p.get("name"), str) or not p["name"]:
            errs.append(f"{nid} has no name")
        for k, v in p.items():
            if not okval(v):
                errs.append(f"{nid}.{k} bad value type")
        check_dates(nid, p)
        if "Fact" in n["labels"] or "Statement" in n["labels"]:
            check_prov(nid, p)
        if "Fact" in n["labels"]:
            if not isinstance(p.get("value"), (int, float)) or isinstance(p.get("value"), bool):
                errs.append(f"{nid}: value not numeric")
            if not isinstance(p.get("unit"), str) or not p["unit"]:
                errs.append(f"{nid}: no unit")
            if not isinstance(p.get("metric"), str):
                errs.append(f"{nid}: no metric")
            if p.get("year") is not None and not isinstance(p["year"], int):
                errs.append(f"{nid}: year not int")
    for i, e in enumerate(g["edges"]):
        if set(e) != {"type", "from", "to", "properties"}:
            errs.append(f"edge {i} keys")
        for end in ("from", "to"):
            if e[end] not in nodes:
                errs.append(f"edge {i} {e['type']}: missing endpoint {e[end]}")
        for k, v in e["properties"].items():
            if not okval(v):
                errs.append(f"edge {i}.{k} bad value type")
        check_dates(f"edge {i}", e["properties"])
        what = f"edge {i} {e['type']} {e['from']}->{e['to']}"
        if e["properties"].get("basis") == "curation":
            # the curator's classification: a reason instead of an article sentence
            if not str(e["properties"].get("reason", "")).strip():
                errs.append(f"{what}: curated edge without a reason")
            if "source" in e["properties"] or "evidence" in e["properties"]:
                errs.append(f"{what}: curated edge must not claim an article source")
            continue
        check_prov(what, e["properties"])
    # every Fact is reported by a document and (except flagged ones) has a subject
    reported = {e["to"] for e in g["edges"] if e["type"] == "REPORTS" and e["from"] in docs}
    for nid, n in nodes.items():
        if "Fact" in n["labels"] and nid not in reported:
            errs.append(f"{nid}: no REPORTS edge from a Document")
    mentioned = {e["to"] for e in g["edges"] if e["type"] == "MENTIONS"}
    for nid, n in nodes.items():
        if not ({"Fact", "Statement", "Document"} & set(n["labels"])) and nid not in mentioned:
            errs.append(f"{nid}: not mentioned by any document")
    for e in errs:
        print("ERROR", e)
    lab = Counter(n["labels"][0] for n in g["nodes"])
    typ = Counter(e["type"] for e in g["edges"])
    print(f"{len(g['nodes'])} nodes {dict(sorted(lab.items()))}")
    print(f"{len(g['edges'])} edges {dict(sorted(typ.items()))}")
    print("OK" if not errs else f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
