"""Small curation toolkit used by curation.py to build data/china_innovation.json.

Every edge and every Fact carries `source` (a Document id) and `evidence` (a verbatim
sentence of that document), except the curator's own classification links (`curated()`), which
carry `basis: 'curation'` and a `reason` instead.  Curators give a short snippet of the sentence; `sentence()`
expands it to the whole sentence(s) containing it, so the evidence is always a verbatim,
whitespace-normalized substring of the article.  A snippet that starts with '=' is used
exactly as given (after whitespace normalization) instead of being expanded.
"""
import calendar
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
SRC = os.path.join(DATA, "sources")

WS = re.compile(r"[ \t\n\r\f\v]+")  # ASCII whitespace only (the C++ test does the same)


def norm(text):
    return WS.sub(" ", text).strip(" ")


ABBREV = ("Feb.", "Co.", "Ltd.", "Inc.", "Corp.", "Dr.", "Prof.", "Jr.", "U.S.", "No.", "St.")


# ---------------------------------------------------------------- temporal values
# Curators write dates as text; the graph stores them as kgq temporal values in the tagged JSON
# form (data/SCHEMA.md, "Temporal values"): a full date becomes a DATE, a date the article gives
# only to the month or year stays text as written; every `date` gets `earliest_date`/`latest_date`
# (the first and last day it can be, equal for a full date); a year or range of years in a Fact's
# `period` gets `period_start`/`period_end`; a plan duration in years a DURATION.
FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
MONTH_DATE = re.compile(r"^(\d{4})-(\d{2})$")
YEAR_DATE = re.compile(r"^(\d{4})$")
MONTHS = {m: i for i, m in enumerate(calendar.month_name) if m}


def tagged_date(y, m, d):
    return {"$date": f"{int(y):04d}-{int(m):02d}-{int(d):02d}"}


def date_bounds(text):
    """(first day, last day) of a date given as YYYY-MM-DD, YYYY-MM or YYYY, else None."""
    if FULL_DATE.match(text):
        return tagged_date(*text.split("-")), tagged_date(*text.split("-"))
    m = MONTH_DATE.match(text)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        return tagged_date(y, mo, 1), tagged_date(y, mo, calendar.monthrange(y, mo)[1])
    if YEAR_DATE.match(text):
        return tagged_date(text, 1, 1), tagged_date(text, 12, 31)
    return None


def period_bounds(period):
    """The dates a Fact's period in words covers, where the words give them exactly."""
    m = re.match(r"^(\d{4})(?: (?:plan|target|\(forecast\)))?$", period)
    if m:
        return date_bounds(m.group(1))
    m = re.match(r"^(\d{4})-(\d{4})\b", period)
    if m:
        return date_bounds(m.group(1))[0], date_bounds(m.group(2))[1]
    m = re.match(r"^end of (\d{4})$", period)
    if m:
        return tagged_date(m.group(1), 12, 31), tagged_date(m.group(1), 12, 31)
    m = re.match(r"^([A-Z][a-z]+) (\d{1,2}) to (\d{1,2}), (\d{4})$", period)
    if m and m.group(1) in MONTHS:
        mo = MONTHS[m.group(1)]
        return tagged_date(m.group(4), mo, m.group(2)), tagged_date(m.group(4), mo, m.group(3))
    return None


def temporal_form(props):
    """The properties with dates, times, periods and plan durations as temporal values."""
    out = {}
    for k, v in props.items():
        if k in ("date", "start_date", "end_date") and isinstance(v, str):
            bounds = date_bounds(v)
            # A full date is a DATE; a month or year stays the text as written.
            out[k] = bounds[0] if bounds and FULL_DATE.match(v) else v
            if bounds and k == "date":  # the first and last day it can be, for range questions
                out["earliest_date"], out["latest_date"] = bounds
            continue
        if k == "time" and isinstance(v, str) and re.match(r"^\d{2}:\d{2}$", v):
            out[k] = {"$localtime": v}
            continue
        out[k] = v
        if k == "period" and isinstance(v, str):
            bounds = period_bounds(v)
            if bounds:
                out["period_start"], out["period_end"] = bounds
    if props.get("metric") == "plan duration" and props.get("unit") == "years" and isinstance(props.get("value"), int):
        out["duration"] = {"$duration": f"P{props['value']}Y"}
    return out


class Doc:
    def __init__(self, did, fname):
        self.id = did
        self.file = fname
        raw = open(os.path.join(SRC, fname), encoding="utf-8").read()
        # normalized text + boundaries (line breaks and sentence ends)
        out = []
        bounds = {0}
        i = 0
        n = len(raw)
        while i < n:
            c = raw[i]
            if c in " \t\n\r\f\v":
                j = i
                nl = False
                while j < n and raw[j] in " \t\n\r\f\v":
                    nl = nl or raw[j] == "\n"
                    j += 1
                if out and j < n:
                    out.append(" ")
                    if nl:
                        bounds.add(len(out))
                i = j
                continue
            out.append(c)
            i += 1
        self.text = "".join(out)
        t = self.text
        for m in re.finditer(r"[.!?][\"'”’)]*( )(?=[A-Z\"“(])", t):
            head = t[: m.start() + 1]
            if any(head.endswith(a) for a in ABBREV):
                continue
            bounds.add(m.end(1))
        self.bounds = sorted(bounds | {len(t) + 1})
        # sentences list (start, end)
        self.sentences = []
        for a, b in zip(self.bounds, self.bounds[1:]):
            s = t[a:b].strip()
            if s:
                self.sentences.append(s)

    def sentence(self, snippet):
        exact = snippet.startswith("=")
        snip = norm(snippet[1:] if exact else snippet)
        pos = self.text.find(snip)
        if pos < 0:
            raise KeyError(f"{self.id}: snippet not found: {snip!r}")
        if exact:
            return snip
        start = max(b for b in self.bounds if b <= pos)
        end = min(b for b in self.bounds if b >= pos + len(snip))
        return self.text[start:end].strip()


class Graph:
    def __init__(self):
        self.docs = {}
        self.nodes = {}
        self.order = []
        self.edges = []
        self.edge_index = {}
        self.terms = {}  # node id -> extra match terms for MENTIONS (not stored)
        self.only_docs = {}  # node id -> documents whose name matches count as MENTIONS

    # ---------------------------------------------------------------- documents
    def doc(self, did, fname, **props):
        d = Doc(did, fname)
        self.docs[did] = d
        props["file"] = fname
        self.node(did, ["Document"], props.pop("name"), **props)
        return d

    def ev(self, did, snippet):
        return self.docs[did].sentence(snippet)

    # ---------------------------------------------------------------- nodes
    def node(self, nid, labels, name, aliases=(), terms=(), only_docs=(), **props):
        if nid in self.nodes:
            raise ValueError("duplicate node id " + nid)
        p = {"name": name}
        if aliases:
            p["aliases"] = list(aliases)
        for k, v in props.items():
            if v is not None:
                p[k] = v
        self.nodes[nid] = {"id": nid, "labels": list(labels), "properties": p}
        self.order.append(nid)
        if terms:
            self.terms[nid] = list(terms)
        if only_docs:
            self.only_docs[nid] = set(only_docs)
        return nid

    # ---------------------------------------------------------------- edges
    def edge(self, etype, frm, to, did, snippet, also=(), **props):
        """Add an edge; `also` = [(doc, snippet), ...] for other documents stating it."""
        for end in (frm, to):
            if end not in self.nodes:
                raise KeyError(f"edge {etype} {frm}->{to}: unknown node {end}")
        key = (etype, frm, to, props.get("role"))
        srcs = [(did, self.ev(did, snippet))] + [(d, self.ev(d, s)) for d, s in also]
        if key in self.edge_index:
            e = self.edge_index[key]["properties"]
            for d, s in srcs:
                if s not in e["evidences"]:
                    e["sources"].append(d)
                    e["evidences"].append(s)
            for k, v in props.items():
                e.setdefault(k, v)
            return self.edge_index[key]
        p = {"source": srcs[0][0], "evidence": srcs[0][1]}
        for k, v in props.items():
            if v is not None:
                p[k] = v
        p["sources"] = [d for d, _ in srcs]
        p["evidences"] = [s for _, s in srcs]
        e = {"type": etype, "from": frm, "to": to, "properties": p}
        self.edges.append(e)
        self.edge_index[key] = e
        return e

    def curated(self, etype, frm, to, reason, **props):
        """Add a link that is the curator's classification, not an article's statement: it carries
        `basis: 'curation'` and a one-line `reason` instead of source/evidence (SCHEMA.md)."""
        for end in (frm, to):
            if end not in self.nodes:
                raise KeyError(f"edge {etype} {frm}->{to}: unknown node {end}")
        key = (etype, frm, to, None)
        if key in self.edge_index:
            raise ValueError(f"duplicate curated edge {etype} {frm}->{to}")
        if not reason.strip():
            raise ValueError(f"curated edge {etype} {frm}->{to} needs a reason")
        p = {"basis": "curation", "reason": reason}
        p.update({k: v for k, v in props.items() if v is not None})
        e = {"type": etype, "from": frm, "to": to, "properties": p}
        self.edges.append(e)
        self.edge_index[key] = e
        return e

    def annotate(self, etype, frm, to, role=None, **props):
        """Add properties to an edge made earlier (a later review pass); never overwrites a value."""
        key = (etype, frm, to, role)
        if key not in self.edge_index:
            raise KeyError(f"annotate: no edge {etype} {frm}->{to} role={role}")
        p = self.edge_index[key]["properties"]
        for k, v in props.items():
            if k in p and p[k] != v:
                raise ValueError(f"annotate {etype} {frm}->{to}: {k} is {p[k]!r}, not {v!r}")
            p[k] = v
        return self.edge_index[key]

    def annotate_node(self, nid, aliases=(), **props):
        """Add properties (and aliases) to a node made earlier; never overwrites a value."""
        p = self.nodes[nid]["properties"]
        for a in aliases:
            if a == p["name"] or a in p.get("aliases", []):
                raise ValueError(f"{nid}: alias {a!r} already given")
            p.setdefault("aliases", []).append(a)
        for k, v in props.items():
            if k in p and p[k] != v:
                raise ValueError(f"annotate_node {nid}: {k} is {p[k]!r}, not {v!r}")
            p[k] = v

    def retype(self, etype, frm, to, new_type, **props):
        """Change the type of an edge made earlier (keeps its provenance)."""
        key = (etype, frm, to, None)
        e = self.edge_index.pop(key)
        e["type"] = new_type
        e["properties"].update(props)
        self.edge_index[(new_type, frm, to, None)] = e
        return e

    # ---------------------------------------------------------------- year checks
    DATED_EDGES = ("PRIORITIZES", "LAUNCHED", "ISSUED")

    def check_years(self):
        """Every plan, priority, launch and figure has a year, and a year the evidence does not
        write out says where it comes from (`year_basis`); with no year, `year_basis` says why."""
        errs = []

        def check(what, p, evidences):
            y = p.get("year")
            if y is None:
                if not p.get("year_basis"):
                    errs.append(f"{what}: no year and no year_basis")
            elif not any(str(y) in ev for ev in evidences) and not p.get("year_basis"):
                errs.append(f"{what}: year {y} not in the evidence and no year_basis")

        for e in self.edges:
            if e["type"] in self.DATED_EDGES:
                check(f"{e['type']} {e['from']}->{e['to']}", e["properties"], e["properties"]["evidences"])
        for nid in self.order:
            n = self.nodes[nid]
            if "Fact" in n["labels"]:
                check(nid, n["properties"], n["properties"]["evidences"])
        if errs:
            raise ValueError("year checks failed:\n  " + "\n  ".join(errs))

    # ---------------------------------------------------------------- numeric facts
    def fact(self, fid, subjects, metric, value, unit, year, qualifier, period, did, snippet,
             as_written, about=(), reported_by=(), also=(), name=None, **props):
        fid = "fact:" + fid
        if isinstance(subjects, str):
            subjects = [subjects]
        ev = self.ev(did, snippet)
        if norm(as_written) not in ev:
            raise ValueError(f"{fid}: as_written {as_written!r} not in evidence {ev!r}")
        if name is None:
            subj = " and ".join(self.nodes[s]["properties"]["name"] for s in subjects)
            name = f"{subj}: {metric}" + (f" ({period})" if period else "")
        srcs = [(did, ev)] + [(d, self.ev(d, s)) for d, s in also]
        p = dict(metric=metric, value=value, unit=unit, year=year, qualifier=qualifier,
                 period=period, as_written=as_written)
        scale = {"trillion yuan": 1e12, "billion yuan": 1e9, "million yuan": 1e6}
        if unit in scale:
            p["value_yuan"] = float(value) * scale[unit]
        p["kind"] = "actual"
        p.update(props)
        p["source"] = did
        p["evidence"] = ev
        p["sources"] = [d for d, _ in srcs]
        p["evidences"] = [s for _, s in srcs]
        p.setdefault("conflict", False)
        self.node(fid, ["Fact"], name, **p)
        for s in subjects:
            self.edge("HAS_FACT", s, fid, did, "=" + ev, also=[(d, "=" + e) for d, e in srcs[1:]])
        for d, e in srcs:
            self.edge("REPORTS", d, fid, d, "=" + e)
        for a in about:
            self.edge("ABOUT", fid, a, did, "=" + ev)
        for r in reported_by:
            self.edge("REPORTS", r, fid, did, "=" + ev)
        return fid

    # ---------------------------------------------------------------- statements
    def said(self, sid, speakers, did, snippet, text, about=(), also=(), quoted=True, name=None,
             **props):
        sid = "statement:" + sid
        if isinstance(speakers, str):
            speakers = [speakers]
        ev = self.ev(did, snippet)
        if norm(text) not in ev:
            raise ValueError(f"{sid}: text not in evidence")
        if name is None:
            who = " and ".join(self.nodes[s]["properties"]["name"] for s in speakers)
            name = f"{who}: {norm(text)[:60]}" + ("..." if len(norm(text)) > 60 else "")
        srcs = [(did, ev)] + [(d, self.ev(d, s)) for d, s in also]
        p = dict(text=norm(text), quoted=quoted)
        p.update(props)
        p["source"] = did
        p["evidence"] = ev
        p["sources"] = [d for d, _ in srcs]
        p["evidences"] = [s for _, s in srcs]
        self.node(sid, ["Statement"], name, **p)
        for s in speakers:
            self.edge("SAID", s, sid, did, "=" + ev, also=[(d, "=" + e) for d, e in srcs[1:]])
        for a in about:
            self.edge("ABOUT", sid, a, did, "=" + ev)
        return sid

    # ---------------------------------------------------------------- mentions
    def add_mentions(self):
        skip = {"Fact", "Statement", "Document"}
        for nid in self.order:
            node = self.nodes[nid]
            if skip & set(node["labels"]):
                continue
            p = node["properties"]
            terms = [p["name"]] + list(p.get("aliases", [])) + self.terms.get(nid, [])
            pats = []
            for t in terms:
                flags = re.I if len(t) >= 5 else 0
                pats.append(re.compile(r"(?<![\w-])" + re.escape(norm(t)) + r"(?![\w])", flags))
            for did, d in self.docs.items():
                ev = None
                for s in (d.sentences if did in self.only_docs.get(nid, {did}) else []):
                    if any(pt.search(s) for pt in pats):
                        ev = s
                        break
                if ev is None:  # referenced by an edge sourced from this doc
                    for e in self.edges:
                        if e["type"] in ("MENTIONS", "REPORTS"):
                            continue
                        if nid in (e["from"], e["to"]) and did in e["properties"].get("sources", ()):
                            i = e["properties"]["sources"].index(did)
                            ev = e["properties"]["evidences"][i]
                            break
                if ev is not None:
                    self.edge("MENTIONS", did, nid, did, "=" + ev)

    # ---------------------------------------------------------------- output
    def dump(self, path):
        lines = ['{"format": "kgq-graph", "version": 1,', ' "nodes": [']
        nodes = [self.nodes[i] for i in self.order]
        for i, n in enumerate(nodes):
            n = dict(n, properties=temporal_form(n["properties"]))
            lines.append("  " + json.dumps(n, ensure_ascii=False) + ("," if i + 1 < len(nodes) else ""))
        lines.append(" ],")
        lines.append(' "edges": [')
        for i, e in enumerate(self.edges):
            e = dict(e, properties=temporal_form(e["properties"]))
            lines.append("  " + json.dumps(e, ensure_ascii=False) + ("," if i + 1 < len(self.edges) else ""))
        lines.append(" ]")
        lines.append("}")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
