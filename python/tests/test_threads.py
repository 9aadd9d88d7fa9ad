"""Threads: each with its own Connection gets its own right answers; other Python threads run
while a query runs (the GIL is released); separate databases run side by side."""
import threading

import kgq

LONG = "UNWIND range(1, 100000) AS i UNWIND range(1, 10000) AS j WITH i, j WHERE i * j = -1 RETURN count(*) AS c"


def test_connections_in_threads(bundled):
    expected = {name: bundled.execute("MATCH (c:City {name: $n})-[r]-() RETURN count(r) AS c", {"n": name})[0][0]
                for (name,) in bundled.execute("MATCH (c:City) RETURN c.name")}
    errors, answers = [], {}

    def work(names):
        conn = bundled.connect()
        try:
            for _ in range(20):
                for name in names:
                    got = conn.execute("MATCH (c:City {name: $n})-[r]-() RETURN count(r) AS c", {"n": name})[0][0]
                    if answers.setdefault(name, got) != got:
                        errors.append(name)
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)

    names = sorted(expected)
    threads = [threading.Thread(target=work, args=(names[k::4],)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and answers == expected


def test_writers_in_threads_are_serialized():
    db = kgq.Database()

    def work(k):
        conn = db.connect()
        for i in range(200):
            conn.execute("CREATE (:N {thread: $k, i: $i})", {"k": k, "i": i})

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert db.node_count == 800
    assert sorted(db.execute("MATCH (n:N) RETURN n.thread AS k, count(*) AS c ORDER BY k").rows,
                  key=lambda r: r["k"]) == [{"k": k, "c": 200} for k in range(4)]


def test_gil_is_released_while_a_query_runs():
    # The main thread can only call interrupt() while the worker's query runs if the worker gave
    # up the GIL; had it kept it, the query would run to completion and return a count.
    db = kgq.Database()
    conn = db.connect()
    outcome = []
    started = threading.Event()

    def run():
        started.set()
        try:
            outcome.append(conn.execute(LONG)[0][0])
        except kgq.Interrupted:
            outcome.append("interrupted")

    worker = threading.Thread(target=run)
    worker.start()
    started.wait()
    while worker.is_alive():
        conn.interrupt()
        worker.join(0.05)
    assert outcome == ["interrupted"]


def test_separate_databases_in_parallel():
    results = {}

    def work(k):
        db = kgq.Database()
        db.execute("UNWIND range(1, $n) AS i CREATE (:X {i: i})", {"n": 1000 * (k + 1)})
        results[k] = db.execute("MATCH (x:X) RETURN count(*) AS c, sum(x.i) AS s")[0]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == {k: (1000 * (k + 1), (1000 * (k + 1)) * (1000 * (k + 1) + 1) // 2) for k in range(3)}
