#!/usr/bin/env python3
"""Cross-checks kgq's algo.* procedures against NetworkX on a generated graph.

    networkx_crosscheck.py KGQ_ALGO GRAPH.json [KGQ_GEN]

With KGQ_GEN (bench/kgq_gen.cpp), the graph is first generated there at scale T (10^4 nodes,
5·10^4 edges, seed 42) into GRAPH.json's folder.

Runs each procedure through kgq-algo (bench/kgq_algo.cpp) and the same computation in NetworkX on
the same graph, then compares: PageRank within 1e-6 (same iteration cap and tolerance), identical
component partitions, core numbers, triangle counts, BFS depths and Dijkstra distances,
betweenness and closeness within 1e-9, clustering within 1e-12, spanning forests of equal total
weight, and Louvain: kgq's reported modularity equal to NetworkX's modularity of kgq's partition,
and within 0.01 of (or above) the modularity of networkx.community.louvain_communities.
Exit status 0 when everything agrees; otherwise each difference is printed and the status is 1.
"""
import json
import os
import subprocess
import sys

import networkx as nx

failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def kgq(proc, args=None):
    cmd = [KGQ_ALGO, GRAPH, proc] + ([json.dumps(args)] if args is not None else [])
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines()]


def by_node(rows, convert=float):
    return {r[0]: convert(r[1]) for r in rows}


def partition(mapping):
    groups = {}
    for node, c in mapping.items():
        groups.setdefault(c, set()).add(node)
    return sorted(sorted(g) for g in groups.values())


def max_diff(a, b):
    if set(a) != set(b):
        return float("inf")
    return max((abs(a[k] - b[k]) for k in a), default=0.0)


KGQ_ALGO, GRAPH = sys.argv[1], sys.argv[2]
if len(sys.argv) > 3:
    subprocess.run([sys.argv[3], "--scale", "T", "--out", os.path.dirname(os.path.abspath(GRAPH))], check=True,
                   capture_output=True)
data = json.load(open(GRAPH))
labels = {n["id"]: set(n["labels"]) for n in data["nodes"]}
G = nx.MultiDiGraph()
G.add_nodes_from(labels)
for e in data["edges"]:
    G.add_edge(e["from"], e["to"], type=e["type"], **e.get("properties", {}))


def projection(node_labels=None, types=None):
    nodes = [n for n, ls in labels.items() if node_labels is None or ls & set(node_labels)]
    H = nx.MultiDiGraph()
    H.add_nodes_from(nodes)
    keep = set(nodes)
    for u, v, d in G.edges(data=True):
        if u in keep and v in keep and (types is None or d["type"] in types):
            H.add_edge(u, v, **d)
    return H


def simple_undirected(H, weight=None):
    U = nx.Graph()
    U.add_nodes_from(H)
    for u, v, d in H.edges(data=True):
        w = d.get(weight, 1) if weight else 1
        if U.has_edge(u, v):
            U[u][v]["weight"] += w
        else:
            U.add_edge(u, v, weight=w)
    return U


# PageRank: NetworkX's defaults (100 iterations at most, tolerance 1e-6), all edges and a weighted projection.
ours = by_node(kgq("algo.pageRank", [{"iterations": 100, "tolerance": 1e-6}]))
theirs = nx.pagerank(G, alpha=0.85, max_iter=100, tol=1e-6)
check(max_diff(ours, theirs) < 1e-6, "pageRank: max |difference| %.2e" % max_diff(ours, theirs))
H = projection(["Company"], ["PARTNERS_WITH"])
ours = by_node(kgq("algo.pageRank", [{"labels": ["Company"], "types": ["PARTNERS_WITH"], "weight": "since",
                                      "iterations": 100, "tolerance": 1e-6, "dampingFactor": 0.7}]))
theirs = nx.pagerank(H, alpha=0.7, max_iter=100, tol=1e-6, weight="since")
check(max_diff(ours, theirs) < 1e-6, "pageRank weighted projection: max |difference| %.2e" % max_diff(ours, theirs))

# Components.
check(partition(by_node(kgq("algo.wcc"), int)) == sorted(sorted(c) for c in nx.weakly_connected_components(G)),
      "wcc: same partition")
check(partition(by_node(kgq("algo.scc"), int)) == sorted(sorted(c) for c in nx.strongly_connected_components(G)),
      "scc: same partition")
H = projection(["Company"], ["PARTNERS_WITH"])
check(partition(by_node(kgq("algo.scc", [{"labels": "Company", "types": "PARTNERS_WITH"}]), int)) ==
      sorted(sorted(c) for c in nx.strongly_connected_components(H)), "scc of a projection: same partition")

# Biconnected components and articulation points of the undirected simple graph.
U = simple_undirected(G)
ours = {}
for node, c in kgq("algo.biconnected"):
    ours.setdefault(c, set()).add(node)
check(sorted(sorted(c) for c in ours.values()) == sorted(sorted(c) for c in nx.biconnected_components(U)),
      "biconnected: same components (%d)" % len(ours))
check(sorted(r[0] for r in kgq("algo.articulationPoints")) == sorted(nx.articulation_points(U)),
      "articulationPoints: same nodes")

# k-core (degree = in + out) and triangles / clustering of the simple undirected graph.
check(by_node(kgq("algo.kcore"), int) == nx.core_number(nx.DiGraph(G)), "kcore: same core numbers")
rows = kgq("algo.triangles")
check({r[0]: int(r[1]) for r in rows} == nx.triangles(U), "triangles: same counts")
clustering = nx.clustering(U)
check(max_diff({r[0]: float(r[2]) for r in rows}, clustering) < 1e-12, "triangles: same clustering coefficients")

# Traversals from the most connected company.
source = max((n for n in labels if "Company" in labels[n]), key=lambda n: G.out_degree(n))
depth = by_node(kgq("algo.bfs", [{"node": source}]), int)
check(depth == nx.single_source_shortest_path_length(G, source), "bfs: same depths from " + source)
depth2 = by_node(kgq("algo.bfs", [{"node": source}, {"maxDepth": 2, "direction": "BOTH"}]), int)
check(depth2 == nx.single_source_shortest_path_length(G.to_undirected(), source, cutoff=2), "bfs BOTH, maxDepth 2")
H = projection(["Company"], ["PARTNERS_WITH"])
ours = by_node(kgq("algo.sssp", [{"node": source}, {"types": "PARTNERS_WITH", "labels": "Company", "weight": "since"}]))
theirs = nx.single_source_dijkstra_path_length(H, source, weight="since")
check(max_diff(ours, theirs) == 0, "sssp: same distances (%d nodes)" % len(ours))
far = max(theirs, key=lambda n: (theirs[n], n))
rows = kgq("algo.dijkstra", [{"node": source}, {"node": far}, {"types": "PARTNERS_WITH", "weight": "since"}])
path = rows[0][0].split(">") if rows else []
cost = sum(min(d["since"] for d in H[a][b].values()) for a, b in zip(path, path[1:]))
check(len(rows) == 1 and float(rows[0][1]) == theirs[far] and cost == theirs[far] and path[0] == source and
      path[-1] == far, "dijkstra: a path of the least cost to " + far)

# Betweenness and closeness on a smaller projection (NetworkX's betweenness is slow in Python).
small = ["Region", "City", "Industry"]
H = projection(small)
ours = by_node(kgq("algo.betweenness", [{"labels": small}]))
theirs = nx.betweenness_centrality(nx.DiGraph(H), normalized=False)
check(max_diff(ours, theirs) < 1e-9, "betweenness directed: max |difference| %.2e" % max_diff(ours, theirs))
ours = by_node(kgq("algo.betweenness", [{"labels": small, "direction": "BOTH"}]))
theirs = nx.betweenness_centrality(simple_undirected(H), normalized=False)
check(max_diff(ours, theirs) < 1e-9, "betweenness undirected: max |difference| %.2e" % max_diff(ours, theirs))
ours = by_node(kgq("algo.betweenness", [{"labels": small, "samples": len(H)}]))
check(max_diff(ours, nx.betweenness_centrality(nx.DiGraph(H), normalized=False)) < 1e-9,
      "betweenness sampled with every node as a source is exact")
ours = by_node(kgq("algo.closeness", [{"labels": small}]))
theirs = nx.closeness_centrality(nx.DiGraph(H).reverse())  # NetworkX measures distances *to* a node
check(max_diff(ours, theirs) < 1e-9, "closeness: max |difference| %.2e" % max_diff(ours, theirs))

# Minimum spanning forest of the PARTNERS_WITH graph weighted by `since`.
H = projection(["Company"], ["PARTNERS_WITH"])
rows = kgq("algo.mst", [{"labels": "Company", "types": "PARTNERS_WITH", "weight": "since"}])
M = nx.Graph()
for u, v, d in H.edges(data=True):
    if u != v and (not M.has_edge(u, v) or M[u][v]["since"] > d["since"]):
        M.add_edge(u, v, since=d["since"])
M.add_nodes_from(H)
forest = nx.minimum_spanning_tree(M, weight="since")
check(len(rows) == forest.number_of_edges() and sum(float(r[1]) for r in rows) == forest.size(weight="since"),
      "mst: %d edges, total weight equal" % len(rows))

# Louvain on the undirected graph (parallel and reciprocal edges summed into weights).
U = simple_undirected(G)
rows = kgq("algo.louvain")
ours = by_node(rows, int)
reported = float(rows[0][2])
mine = nx.community.modularity(U, [set(c) for c in partition(ours)], weight="weight")
check(abs(reported - mine) < 1e-9, "louvain: reported modularity %.6f is NetworkX's modularity of its partition" % reported)
best = max(nx.community.modularity(U, nx.community.louvain_communities(U, weight="weight", seed=s), weight="weight")
           for s in (1, 2, 3))
check(reported >= best - 0.01, "louvain: modularity %.4f vs NetworkX's louvain_communities %.4f" % (reported, best))

print("%d checks failed" % len(failures) if failures else "all checks passed")
sys.exit(1 if failures else 0)
