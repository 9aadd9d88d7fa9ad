"""kgq: an in-memory knowledge graph with a Cypher query language, for Python.

    import kgq
    db = kgq.Database.bundled()          # China's regional innovation policy graph
    df = db.execute("MATCH (c:City) RETURN c.name AS city, c.population AS population").to_pandas()

``Database`` holds one graph (``Database()`` empty, ``Database(path)`` loaded from kgq-graph JSON
or GraphML, ``Database.bundled()``); ``execute(query, params)`` runs one Cypher statement and
returns a ``Result`` (rows as tuples or dicts, ``to_pandas()``, ``to_networkx()``, ``draw()``).
Values map both ways: None, bool, int, float, str, list, dict, ``Node``, ``Relationship``,
``Path`` for graph values, and (once the engine has temporal values) datetime.date,
datetime.time, datetime.datetime, and ``Duration`` (from datetime.timedelta too). Failures raise ``kgq.Error`` subclasses (``kgq.errors``).

Threads: a kgq database is not safe for concurrent use, so the module runs every call on one
Database (queries from any of its connections, loads, saves, exports) one at a time, while other
Python threads run (the GIL is released while the engine works). Threads get answers from their
own ``Connection`` each, but do not run queries on one Database in parallel; separate Databases
do run in parallel. Ctrl-C stops a query running on the main thread (KeyboardInterrupt);
``Connection.interrupt()`` stops one from another thread (kgq.Interrupted). ``Connection.timeout``
(seconds) and ``Connection.memory_limit`` (bytes) bound each query it runs (kgq.LimitExceeded).
"""
import os

from . import _kgq
from ._kgq import Node, Path, Relationship
from . import errors
from .errors import (Error, FileError, Interrupted, LimitExceeded, LoadError, RuntimeError, SemanticError,
                     SyntaxError)
from .result import Picture, Result
from .temporal import Duration

__all__ = [
    "Database", "Connection", "Result", "Node", "Relationship", "Path", "Picture", "Duration",
    "Error", "SyntaxError", "SemanticError", "RuntimeError", "LoadError", "FileError", "Interrupted",
    "LimitExceeded",
]
__version__ = "0.1.0"

for _cls in (Node, Relationship, Path, Result, Picture, Duration):
    _cls.__module__ = "kgq"  # the names users see and write


def _run(native_execute, query, params):
    try:
        return Result(native_execute(query, params))
    except errors.SyntaxError as e:
        errors.attach_query(e, query)
        raise


class Database(_kgq._Database):
    """One in-memory property graph.

    ``Database()`` is empty; ``Database(path)`` loads a kgq-graph JSON file, or a GraphML file
    when the name ends in ``.graphml``; ``Database.bundled()`` opens the curated knowledge graph
    of China's regional innovation policy that ships with kgq.

    Loads are all or nothing: a file that fails raises kgq.LoadError (kgq.FileError if it
    cannot be read) naming the file, line and column, and the graph is unchanged.

    Thread safety: calls on one Database run one at a time (the module serializes them, since
    the engine does not allow concurrent use yet); several threads may use it, each with its own
    Connection, and other Python threads keep running while a query runs.
    """

    def __init__(self, path=None):
        super().__init__()
        if path is not None:
            if os.fspath(path).lower().endswith(".graphml"):
                self.load_graphml(path)
            else:
                self.load_json(path)

    @classmethod
    def bundled(cls):
        """A new Database holding the bundled China innovation-policy graph."""
        db = cls()
        db._load_bundled()
        return db

    def execute(self, query, params=None):
        """Runs one Cypher statement (a trailing ';' is allowed) with ``params`` (a dict of name ->
        value for ``$name``) and returns its Result. Raises a kgq.Error subclass on failure; a
        failed query leaves the graph as it was."""
        return _run(self._execute, query, params)

    def connect(self):
        """A new Connection to this database."""
        return Connection(self)

    def export(self, format, path, query=None, params=None):
        """Writes the whole graph, or the subgraph of ``query``'s result, as ``format`` (graphml,
        json, csv, cypher, dot, svg, png) to ``path``, atomically. Returns a dict: nodes,
        relationships, files, note."""
        if query is None:
            return self._export_graph(format, path)
        return self.execute(query, params).export(format, path)

    def __repr__(self):
        return f"<kgq.Database: {self.node_count} nodes, {self.relationship_count} relationships>"


class Connection(_kgq._Connection):
    """A session on a Database that runs queries; keeps the plans of the read-only queries it ran.

    Use one per thread. ``interrupt()`` (from another thread) stops the query it is running.
    Queries of all connections to one Database still run one at a time (see Database).
    """

    def __init__(self, database):
        super().__init__(database)

    def execute(self, query, params=None):
        """As Database.execute, on this connection."""
        return _run(self._execute, query, params)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
