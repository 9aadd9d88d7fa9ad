#!/usr/bin/env python3
"""Benchmarks of the Python module (issue 15, item 5). A tool, not a test: nothing is asserted.

    PYTHONPATH=build/python /usr/bin/python3 bench/python_bench.py [--point-query-tool build/kgq-point-query]

1. to_pandas() of a 10^6-row, 3-column result (int, float, str) against building the same
   DataFrame from Python lists that already exist (pd.DataFrame({...: list})), and against the
   naive route (iterate the rows into lists, then the same). Median of --runs runs.
2. A point query (one city by name, on the bundled graph) through Database.execute, against the
   same query through the C++ API (kgq-point-query, same graph file, same plan cache use).
"""
import argparse
import json
import os
import statistics
import subprocess
import time

import pandas as pd

import kgq

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUNDLED = os.path.join(REPO, "data", "china_innovation.json")
POINT = "MATCH (c:City {name: $name}) RETURN c.name AS name, c.population AS population"


def median_seconds(f, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        f()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_pandas(runs):
    n = 1_000_000
    result = kgq.Database().execute("UNWIND range(1, $n) AS i RETURN i, i * 0.5 AS half, toString(i) AS s", {"n": n})
    ints, halves, texts = [], [], []
    for i, h, s in result:
        ints.append(i)
        halves.append(h)
        texts.append(s)
    ours = median_seconds(result.to_pandas, runs)
    lists = median_seconds(lambda: pd.DataFrame({"i": ints, "half": halves, "s": texts}), runs)

    def naive():
        cols = list(zip(*result))
        return pd.DataFrame({"i": list(cols[0]), "half": list(cols[1]), "s": list(cols[2])})

    naive_s = median_seconds(naive, max(1, runs // 2))
    return {"rows": n, "to_pandas_ms": ours * 1e3, "from_lists_ms": lists * 1e3,
            "ratio_to_pandas_over_lists": ours / lists, "rows_to_lists_to_frame_ms": naive_s * 1e3}


def bench_point(tool, runs):
    db = kgq.Database(BUNDLED)
    params = {"name": "Wuhan"}
    db.execute(POINT, params)  # warm: parse and plan once, as the C++ side does
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        db.execute(POINT, params)
        times.append(time.perf_counter() - start)
    times.sort()
    out = {"query": POINT, "python_median_us": times[len(times) // 2] * 1e6, "python_min_us": times[0] * 1e6}
    if tool:
        cpp = json.loads(subprocess.run([tool, BUNDLED, POINT, "name=Wuhan", "--runs", str(runs)],
                                        check=True, capture_output=True, text=True).stdout)
        out.update(cpp_median_us=cpp["median_us"], cpp_min_us=cpp["min_us"],
                   python_overhead_us=out["python_median_us"] - cpp["median_us"])
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="runs of each DataFrame construction (median)")
    parser.add_argument("--point-runs", type=int, default=20000)
    parser.add_argument("--point-query-tool", default=os.path.join(REPO, "build", "kgq-point-query"))
    args = parser.parse_args()
    tool = args.point_query_tool if os.path.exists(args.point_query_tool) else None
    report = {"pandas": bench_pandas(args.runs), "point_query": bench_point(tool, args.point_runs)}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
