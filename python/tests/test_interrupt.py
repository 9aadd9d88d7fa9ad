"""Stopping a running query: Ctrl-C (SIGINT, sent here by a timer) and Connection.interrupt()
from another thread; the database stays usable afterwards."""
import os
import time
import signal
import threading

import pytest

import kgq

# About 10^9 rows to filter: minutes of work, so finishing before the interrupt is not an option.
LONG = "UNWIND range(1, 100000) AS i UNWIND range(1, 10000) AS j WITH i, j WHERE i * j = -1 RETURN count(*) AS c"


def send_sigint_soon(delay=0.3):
    timer = threading.Timer(delay, os.kill, (os.getpid(), signal.SIGINT))
    timer.start()
    return timer


def test_sigint_raises_keyboard_interrupt():
    db = kgq.Database()
    timer = send_sigint_soon()
    with pytest.raises(KeyboardInterrupt):
        db.execute(LONG)
    timer.join()
    assert db.execute("RETURN 1 AS one")[0] == (1,)


def test_sigint_stops_the_query_itself():
    # A handler that does not raise: had the query not been stopped it would return a count;
    # stopped, it raises kgq.Interrupted once Python's handler has run.
    seen = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: seen.append(signum))
    try:
        db = kgq.Database()
        timer = send_sigint_soon()
        with pytest.raises(kgq.Interrupted):
            db.execute(LONG)
        timer.join()
    finally:
        signal.signal(signal.SIGINT, previous)
    assert seen == [signal.SIGINT]


def test_sigint_default_disposition_is_left_alone():
    # With SIG_IGN the program asked to ignore Ctrl-C: kgq must not install a handler either.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        assert kgq.Database().execute("UNWIND range(1, 1000) AS i RETURN count(*)")[0] == (1000,)
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)


def test_interrupt_from_another_thread():
    db = kgq.Database()
    conn = db.connect()
    outcome = []

    def run():
        try:
            conn.execute(LONG)
            outcome.append("finished")
        except kgq.Interrupted as e:
            outcome.append(e.kind)

    worker = threading.Thread(target=run)
    worker.start()
    # Keep asking until the worker's query stops: an interrupt() that lands before run() starts
    # is cleared by it, so one call alone could be lost.
    while worker.is_alive():
        conn.interrupt()
        worker.join(0.05)
    assert outcome == ["interrupted"]
    assert conn.execute("RETURN 2 AS two")[0] == (2,)


def test_sigint_while_waiting_for_the_database():
    # Another thread's query holds the database; the main thread waits for it, and Ctrl-C must
    # still reach it (the wait gives up the GIL and runs Python's signal handlers).
    db = kgq.Database()
    busy = db.connect()
    outcome = []
    started = threading.Event()

    def run():
        started.set()
        try:
            busy.execute(LONG)
            outcome.append("finished")
        except kgq.Interrupted:
            outcome.append("interrupted")

    worker = threading.Thread(target=run)
    worker.start()
    started.wait()
    time.sleep(0.2)  # let the worker take the database's lock (it needs microseconds)
    timer = send_sigint_soon(0.5)
    try:
        with pytest.raises(KeyboardInterrupt):
            db.execute("RETURN 1")
    finally:
        timer.join()
        while worker.is_alive():
            busy.interrupt()
            worker.join(0.05)
    assert outcome == ["interrupted"]
