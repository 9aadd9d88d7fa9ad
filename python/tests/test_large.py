"""A 10^6-row result: every row arrives, in order, through iteration and to_pandas."""
import kgq

N = 1_000_000


def test_million_rows():
    r = kgq.Database().execute("UNWIND range(1, $n) AS i RETURN i, i * 0.5 AS half, toString(i) AS s", {"n": N})
    assert len(r) == N and r.columns == ["i", "half", "s"]
    assert r[0] == (1, 0.5, "1") and r[-1] == (N, N * 0.5, str(N))
    count = total = 0
    for i, half, s in r:
        count += 1
        total += i
    assert count == N and total == N * (N + 1) // 2
    df = r.to_pandas()
    assert [str(t) for t in df.dtypes] == ["int64", "float64", "object"]
    assert len(df) == N and int(df["i"].sum()) == N * (N + 1) // 2
    assert float(df["half"].sum()) == N * (N + 1) / 4
    assert df["s"].iloc[123456] == "123457"
