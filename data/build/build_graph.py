#!/usr/bin/env python3
"""Build data/china_innovation.json from the curated tables in curation.py.

Usage: python3 data/build/build_graph.py   (then python3 data/build/check_graph.py)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from curation import g  # noqa: E402
from kg import DATA  # noqa: E402

g.check_years()
g.add_mentions()
out = os.path.join(DATA, "china_innovation.json")
g.dump(out)
print(f"wrote {out}: {len(g.nodes)} nodes, {len(g.edges)} edges")
