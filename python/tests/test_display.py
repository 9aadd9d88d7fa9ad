"""Notebook display: the HTML table of a result and the Graphviz picture of its subgraph."""
import pytest

import kgq


def test_html_table_escapes_and_counts():
    r = kgq.Database().execute("UNWIND range(1, 60) AS i RETURN i, '<b>&' AS s")
    page = r._repr_html_()
    assert page.count("<tr>") == 1 + 50  # the header and the first 50 rows
    assert "<th>i</th><th>s</th>" in page
    assert "&#x27;&lt;b&gt;&amp;&#x27;" in page and "<b>&" not in page
    assert "60 rows (first 50 shown)" in page


def test_text_forms(bundled):
    r = bundled.execute("MATCH (c:City) RETURN c.name AS name ORDER BY name LIMIT 2")
    assert repr(r).startswith("<kgq.Result columns=['name'], 2 rows")
    lines = str(r).splitlines()
    assert lines[0].strip() == "name" and lines[-1] == "2 rows"
    assert r[0][0] in lines[2]


def test_draw_shows_every_node(bundled, tmp_path):
    r = bundled.execute("MATCH (p:Province {name: 'Guangdong'})-[e]-(x:City) RETURN p, e, x")
    picture = r.draw()
    assert isinstance(picture, kgq.Picture) and picture._repr_svg_() is picture.svg
    assert "<svg" in picture.svg
    nodes, _ = r.subgraph_elements()
    assert nodes
    for node_id in nodes:
        assert f"<title>{node_id}</title>" in picture.svg
    r.draw(tmp_path / "g.png")
    assert (tmp_path / "g.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    r.draw(tmp_path / "g.svg")
    assert (tmp_path / "g.svg").read_text(encoding="utf-8") == picture.svg
