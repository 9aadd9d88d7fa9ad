"""kgq.Result: the rows of one query, and their hand-offs to pandas, NetworkX and pictures."""
import html
import json
import os
import tempfile

from . import _kgq
from ._kgq import Node, Path, Relationship

__all__ = ["Result", "Picture"]


class Picture:
    """A drawing of a result's subgraph (Graphviz SVG); a notebook displays it as it is."""

    def __init__(self, svg):
        self.svg = svg

    def _repr_svg_(self):
        return self.svg

    def save(self, path):
        """Writes the SVG text to ``path``."""
        with open(path, "w", encoding="utf-8") as f:
            f.write(self.svg)

    def __repr__(self):
        return f"<kgq.Picture: {len(self.svg)} bytes of SVG>"


def _display_name(node):
    """As kgq's exports show a node: its name, else its title, else its id."""
    for key in ("name", "title"):
        v = node.get(key)
        if isinstance(v, str) and v:
            return v
    return node.element_id or "(no id)"


def _attributes(properties, reserved):
    """Properties as NetworkX attributes, renamed as the GraphML export renames them."""
    return {("property." + k if k in reserved else k): v for k, v in properties.items()}


class Result:
    """The rows a query returned, with their column names, in order.

    Iterating gives one tuple per row; ``len(result)`` is the number of rows; ``result[i]`` is
    row i. ``columns`` are the column names, ``rows`` the rows as dicts. ``stats`` says what a
    writing query changed, ``plan`` is the plan text of EXPLAIN and PROFILE (else None), and
    ``timing`` the milliseconds spent parsing, planning and executing.

    A Result holds its own copy of the rows: it stays the same when the graph changes.
    """

    __slots__ = ("_r",)

    def __init__(self, native):
        self._r = native

    # -- rows ------------------------------------------------------------------------------
    @property
    def columns(self):
        """The column names, in order."""
        return self._r.columns

    @property
    def rows(self):
        """The rows as a new list of dicts, column name -> value (built on each access: keep it)."""
        return self._r.rows

    @property
    def stats(self):
        """What the query changed: nodes_created, nodes_deleted, relationships_created,
        relationships_deleted, properties_set, properties_removed, labels_added, labels_removed."""
        return self._r.stats

    @property
    def plan(self):
        """The plan as text for EXPLAIN and PROFILE queries; None otherwise."""
        return self._r.plan

    @property
    def timing(self):
        """Milliseconds per stage: parse_ms, plan_ms, execute_ms."""
        return self._r.timing

    @property
    def from_plan_cache(self):
        """Whether the plan came from the database's query cache: run before (on any connection)
        and still right for the graph, so nothing was parsed or planned."""
        return self._r.from_plan_cache

    def __len__(self):
        return len(self._r)

    def __iter__(self):
        return iter(self._r)

    def __getitem__(self, index):
        return self._r[index]

    # -- pandas ----------------------------------------------------------------------------
    def to_pandas(self):
        """The rows as a pandas DataFrame, one column per result column.

        Column dtypes: ``int64`` for integers, ``Int64`` (pandas' nullable integers, with
        ``pd.NA``) for integers with nulls, ``float64`` for floats (null is NaN; integers mixed
        with floats become floats, as pandas does), ``bool`` for booleans, ``boolean`` for
        booleans with nulls, ``object`` for everything else (strings, lists, maps, kgq.Node,
        kgq.Relationship, kgq.Path, mixed kinds, no rows).
        """
        import pandas as pd

        data = {}
        for i, (dtype, values, mask) in enumerate(self._r._column_arrays()):
            if dtype == "Int64":
                values = pd.arrays.IntegerArray(values, mask)
            elif dtype == "boolean":
                values = pd.arrays.BooleanArray(values, mask)
            data[i] = values
        frame = pd.DataFrame(data, copy=False)
        frame.columns = list(self.columns)  # after, so that duplicate names cannot merge columns
        return frame

    # -- NetworkX --------------------------------------------------------------------------
    def subgraph_elements(self):
        """The nodes and relationships the rows hold (also inside lists, maps and paths), plus the
        end nodes of each relationship, in order of first appearance: (nodes, relationships), two
        dicts keyed by element id. This is the subgraph that export() and draw() write."""
        nodes, relationships = {}, {}

        def visit(v):
            if isinstance(v, Node):
                nodes.setdefault(v.element_id, v)
            elif isinstance(v, Relationship):
                relationships.setdefault(v.element_id, v)
            elif isinstance(v, Path):
                for n in v.nodes:
                    visit(n)
                for r in v.relationships:
                    visit(r)
            elif isinstance(v, list):
                for x in v:
                    visit(x)
            elif isinstance(v, dict):
                for x in v.values():
                    visit(x)

        for row in self._r:
            for v in row:
                visit(v)
        missing = []
        for r in relationships.values():
            for end in (r.start_element_id, r.end_element_id):
                if end not in nodes and end not in missing:
                    missing.append(end)
        if missing:
            for (n,) in self._r._nodes_by_id(missing):
                nodes.setdefault(n.element_id, n)
        return nodes, relationships

    def to_networkx(self):
        """The subgraph of the rows as a networkx.MultiDiGraph.

        Nodes are keyed by element id, relationships by element id (the edge key). Attributes
        are the same as networkx.read_graphml gives for this result's GraphML export: on nodes
        ``labels`` (":Region:Province"), ``label`` (the display name), ``kgq.labels`` (the labels
        exactly, as JSON text: '["Region","Province"]') and every property; on
        edges ``type``, ``label`` (the type) and every property. Properties named like those
        keys are renamed ``property.<name>``; an ``id`` property equal to the node's key is left
        out, as kgq's writers leave it out, and another ``id`` property is ``property.id`` (a
        GraphML node key ``id`` is the node's kgq id). Unlike GraphML, property values keep their Python
        types: lists stay lists (GraphML writes them as JSON text).
        """
        import networkx as nx

        nodes, relationships = self.subgraph_elements()
        g = nx.MultiDiGraph()
        for node_id, n in nodes.items():
            properties = n.properties
            if properties.get("id") == node_id:
                del properties["id"]  # the node's key already: kgq's writers omit it too
            attrs = _attributes(properties, ("labels", "label", "kgq.labels", "id"))  # (an `id` left is not the key)
            attrs["labels"] = "".join(":" + label for label in n.labels)
            # As the GraphML export writes it (RapidJSON: compact, UTF-8 unescaped).
            attrs["kgq.labels"] = json.dumps(list(n.labels), ensure_ascii=False, separators=(",", ":"))
            attrs["label"] = _display_name(n)
            g.add_node(node_id, **attrs)
        for rel_id, r in relationships.items():
            attrs = _attributes(r.properties, ("type", "label"))
            attrs["type"] = attrs["label"] = r.type
            g.add_edge(r.start_element_id, r.end_element_id, key=rel_id, **attrs)
        return g

    # -- files and pictures ----------------------------------------------------------------
    def export(self, format, path):
        """Writes the subgraph of the rows (see subgraph_elements) as ``format`` (graphml, json,
        csv, cypher, dot, svg, png) to ``path``, atomically. Returns a dict: nodes,
        relationships, files, note."""
        return self._r._export(format, path)

    def draw(self, path=None):
        """Draws the subgraph of the rows with Graphviz (as ``kgq --render`` does): nodes coloured
        by label, names as labels, relationship types on the edges. Returns a kgq.Picture, which
        a notebook shows; with ``path``, also writes the picture there (SVG, or PNG for a path
        ending in .png)."""
        with tempfile.TemporaryDirectory(prefix="kgq-draw-") as tmp:
            svg_path = os.path.join(tmp, "result.svg")
            self._r._export("svg", svg_path)
            with open(svg_path, encoding="utf-8") as f:
                picture = Picture(f.read())
        if path is not None:
            if os.fspath(path).lower().endswith(".png"):
                self._r._export("png", path)
            else:
                picture.save(path)
        return picture

    # -- display ---------------------------------------------------------------------------
    _PREVIEW_ROWS = 50

    def _repr_html_(self):
        cells = self._r._cypher_cells(self._PREVIEW_ROWS)
        out = ["<table class=\"kgq-result\">", "<thead><tr>"]
        out += [f"<th>{html.escape(c)}</th>" for c in self.columns]
        out.append("</tr></thead><tbody>")
        for row in cells:
            out.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>")
        out.append("</tbody></table>")
        out.append(f"<p>{self._summary()}</p>")
        return "".join(out)

    def _summary(self):
        n = len(self)
        text = f"{n} row" + ("" if n == 1 else "s")
        if n > self._PREVIEW_ROWS:
            text += f" (first {self._PREVIEW_ROWS} shown)"
        changes = {k: v for k, v in self.stats.items() if v}
        if changes:
            text += "; " + ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in changes.items())
        return text

    def __repr__(self):
        return f"<kgq.Result columns={self.columns!r}, {self._summary()}>"

    def __str__(self):
        cells = self._r._cypher_cells(self._PREVIEW_ROWS)
        table = [list(self.columns)] + cells
        widths = [max(len(r[i]) for r in table) for i in range(len(self.columns))]
        lines = [" | ".join(c.ljust(w) for c, w in zip(r, widths)) for r in table]
        if lines:
            lines.insert(1, "-+-".join("-" * w for w in widths))
        lines.append(self._summary())
        return "\n".join(lines)
