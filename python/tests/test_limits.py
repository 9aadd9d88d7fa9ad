"""Per-query limits from Python: Connection.timeout (seconds) and Connection.memory_limit (bytes)
stop a query with kgq.LimitExceeded naming the limit; a writing query changes nothing; 0, the
default, means no limit."""
import pytest

import kgq

MIB = 1 << 20
# 10^12 rows to count: minutes of work, so finishing within the timeout is not an option.
LONG = "UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b RETURN count(*) AS n"


def connection_with_nodes(n=1000):
    db = kgq.Database()
    db.execute("UNWIND range(1, $n) AS i CREATE (:N {i: i})", {"n": n})
    return db, kgq.Connection(db)


def test_limits_default_to_none_and_read_back():
    db, conn = connection_with_nodes(1)
    assert conn.timeout == 0
    assert conn.memory_limit == 0
    conn.timeout = 0.25
    conn.memory_limit = 64 * MIB
    assert conn.timeout == pytest.approx(0.25)
    assert conn.memory_limit == 64 * MIB


def test_timeout_stops_a_long_query():
    db, conn = connection_with_nodes(1)
    conn.timeout = 0.2
    with pytest.raises(kgq.LimitExceeded) as caught:
        conn.execute(LONG)
    assert isinstance(caught.value, kgq.Error)
    assert caught.value.kind == "limit"
    assert "time limit of 0.2 s" in str(caught.value)
    assert "Connection.timeout" in str(caught.value)
    assert conn.execute("RETURN 1 AS one")[0] == (1,)


def test_memory_limit_stops_range_and_collect():
    db, conn = connection_with_nodes(1)
    conn.memory_limit = 16 * MIB
    with pytest.raises(kgq.LimitExceeded, match="memory limit of 16 MiB"):
        conn.execute("RETURN size(range(1, 1000000000)) AS n")
    with pytest.raises(kgq.LimitExceeded, match="Connection.memory_limit"):
        conn.execute("UNWIND range(1, 100000) AS i UNWIND range(1, 10) AS j RETURN size(collect(i)) AS n")
    conn.memory_limit = 0
    assert conn.execute("UNWIND range(1, 100000) AS i UNWIND range(1, 10) AS j RETURN size(collect(i)) AS n")[0] == (1000000,)


def test_a_write_stopped_by_a_limit_changes_nothing():
    db, conn = connection_with_nodes()
    before = (db.node_count, db.relationship_count, db.change_count)
    conn.memory_limit = 16 * MIB
    with pytest.raises(kgq.LimitExceeded):
        conn.execute("MATCH (a), (b) WHERE id(a) < id(b) MERGE (a)-[:M]-(b)")
    conn.timeout = 0.2
    conn.memory_limit = 256 * MIB
    with pytest.raises(kgq.LimitExceeded):
        conn.execute("MATCH (a), (b), (c) SET a.seen = true")
    assert (db.node_count, db.relationship_count, db.change_count) == before
    assert conn.execute("MATCH (n) WHERE n.seen IS NOT NULL RETURN count(n) AS n")[0] == (0,)
