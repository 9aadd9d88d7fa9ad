#!/usr/bin/python3
"""Graph algorithms side by side: igraph (Debian's python3-igraph, C core) and kgq (kgq-algo) on
the same generated graph, in one run, algorithm time only.

    bench/analytics_bench.py KGQ_ALGO DIR [--runs N] [--only pagerank,wcc,scc,kcore,bfs,louvain,betweenness]

(betweenness only when named: exact betweenness takes hours beyond the T graph).

DIR is a kgq-gen / gen.py output folder (graph.json for kgq, the CSVs for igraph). Each
algorithm runs N times (default 3) in each engine; the table shows medians. What is timed: igraph,
the call on a graph already built; kgq, the procedure call on a graph already loaded (projection
of the storage, the algorithm and the result rows; see kgq-algo). Also printed: how close the
answers are (PageRank: max |difference| of scores; components: same partition; k-core: same
core numbers; Louvain: both modularities). A tool, not a test: it asserts nothing.
"""
import argparse
import csv
import glob
import json
import os
import statistics
import subprocess
import sys
import time

import igraph as ig

ap = argparse.ArgumentParser()
ap.add_argument("kgq_algo")
ap.add_argument("dir")
ap.add_argument("--runs", type=int, default=3)
# Exact betweenness is O(nodes·edges): only asked for by name, and only sensible at T.
ap.add_argument("--only", default="pagerank,wcc,scc,kcore,bfs,louvain")
args = ap.parse_args()
only = set(args.only.split(","))
graph_json = os.path.join(args.dir, "graph.json")

# igraph's graph, from the CSVs (the same nodes and edges as graph.json, in the same order).
t0 = time.time()
ids, index = [], {}
for path in sorted(glob.glob(os.path.join(args.dir, "nodes_*.csv"))):
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        next(r)
        for row in r:
            index[row[0]] = len(ids)
            ids.append(row[0])
edges = []
for path in sorted(glob.glob(os.path.join(args.dir, "edges_*.csv"))):
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        next(r)
        edges.extend((index[row[0]], index[row[1]]) for row in r)
g = ig.Graph(n=len(ids), edges=edges, directed=True)
del edges
print("igraph: %d nodes, %d edges, built in %.1f s" % (g.vcount(), g.ecount(), time.time() - t0), file=sys.stderr)
source = max(range(g.vcount()), key=g.outdegree().__getitem__)


def timed(f):
    times, result = [], None
    for _ in range(args.runs):
        start = time.perf_counter()
        result = f()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


# kgq: every procedure in one kgq-algo run (one load); the last procedure's rows come back.
def kgq_run(procs, rows_of_last=False):
    cmd = [args.kgq_algo, graph_json]
    for name, a in procs:
        cmd.append(name)
        if a is not None:
            cmd.append(json.dumps(a))
    cmd += ["--repeat", str(args.runs)] + ([] if rows_of_last else ["--quiet"])
    p = subprocess.run(cmd, check=True, capture_output=True, text=True)
    times = {}
    for line in p.stderr.splitlines():
        if line.startswith("time_ms "):
            _, name, ms = line.split()
            times.setdefault(name, []).append(float(ms))
    rows = [line.split("\t") for line in p.stdout.splitlines()]
    return {k: statistics.median(v) for k, v in times.items()}, rows


def partition_of(labels_by_node):
    groups = {}
    for node, c in labels_by_node.items():
        groups.setdefault(c, set()).add(node)
    return sorted(tuple(sorted(s)) for s in groups.values())


table = []
PR = {"iterations": 100, "tolerance": 1e-10}
if "pagerank" in only:
    ms_ig, pr = timed(lambda: g.pagerank(directed=True, damping=0.85, implementation="prpack"))
    times, rows = kgq_run([("algo.pageRank", [PR])], rows_of_last=True)
    ours = {r[0]: float(r[1]) for r in rows}
    diff = max(abs(ours[ids[v]] - pr[v]) for v in range(g.vcount()))
    table.append(("PageRank (d 0.85; kgq: tolerance 1e-10, <= 100 rounds)", ms_ig, times["algo.pageRank"],
                  "max abs diff %.1e" % diff))
if "wcc" in only:
    ms_ig, cl = timed(lambda: g.connected_components(mode="weak"))
    times, rows = kgq_run([("algo.wcc", None)], rows_of_last=True)
    same = partition_of({r[0]: r[1] for r in rows}) == partition_of({ids[v]: m for v, m in enumerate(cl.membership)})
    table.append(("weakly connected components", ms_ig, times["algo.wcc"], "same partition" if same else "DIFFERENT"))
if "scc" in only:
    ms_ig, cl = timed(lambda: g.connected_components(mode="strong"))
    times, rows = kgq_run([("algo.scc", None)], rows_of_last=True)
    same = partition_of({r[0]: r[1] for r in rows}) == partition_of({ids[v]: m for v, m in enumerate(cl.membership)})
    table.append(("strongly connected components", ms_ig, times["algo.scc"], "same partition" if same else "DIFFERENT"))
if "kcore" in only:
    ms_ig, core = timed(lambda: g.coreness(mode="all"))
    times, rows = kgq_run([("algo.kcore", None)], rows_of_last=True)
    ours = {r[0]: int(r[1]) for r in rows}
    same = all(ours[ids[v]] == core[v] for v in range(g.vcount()))
    table.append(("k-core (coreness, all directions)", ms_ig, times["algo.kcore"], "same cores" if same else "DIFFERENT"))
if "bfs" in only:
    ms_ig, _ = timed(lambda: g.bfs(source, mode="out"))
    times, rows = kgq_run([("algo.bfs", [{"node": ids[source]}])], rows_of_last=True)
    table.append(("BFS from one node", ms_ig, times["algo.bfs"], "%d nodes reached" % len(rows)))
if "betweenness" in only:
    ms_ig, bc = timed(lambda: g.betweenness(directed=True))
    times, rows = kgq_run([("algo.betweenness", None)], rows_of_last=True)
    ours = {r[0]: float(r[1]) for r in rows}
    diff = max(abs(ours[ids[v]] - bc[v]) / max(1.0, bc[v]) for v in range(g.vcount()))
    table.append(("betweenness (exact, directed)", ms_ig, times["algo.betweenness"], "max rel diff %.1e" % diff))
if "louvain" in only:
    u = g.as_undirected(mode="each")
    u.es["weight"] = 1.0
    u = u.simplify(multiple=True, loops=False, combine_edges="sum")
    ms_ig, cl = timed(lambda: u.community_multilevel(weights="weight"))
    q_ig = u.modularity(cl.membership, weights="weight")
    times, rows = kgq_run([("algo.louvain", None)], rows_of_last=True)
    q_kgq = float(rows[0][2])
    table.append(("Louvain (undirected)", ms_ig, times["algo.louvain"], "modularity %.4f vs igraph %.4f" % (q_kgq, q_ig)))

print("| algorithm | igraph %s (ms) | kgq (ms) | kgq / igraph | answers |" % ig.__version__)
print("|---|---|---|---|---|")
for name, a, b, note in table:
    print("| %s | %.1f | %.1f | %.2f | %s |" % (name, a, b, b / a, note))
