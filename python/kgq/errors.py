"""kgq's exceptions: every failure of the engine is a kgq.Error.

``kind`` is one of "syntax", "semantic", "runtime", "load", "io", "interrupted", "limit"; ``line`` and
``column`` (1-based) say where in the query or the data file, when the engine says so (else
None); ``source`` is the file a load error is about. Each kind has its own subclass, which also
derives from the builtin exception that fits, so ``except ValueError`` still catches bad data:

======================  ===========  ============================================
class                   kind         also a
======================  ===========  ============================================
kgq.SyntaxError         syntax       builtins.SyntaxError (tracebacks show the caret)
kgq.SemanticError       semantic     builtins.ValueError
kgq.RuntimeError        runtime      builtins.RuntimeError
kgq.LoadError           load         builtins.ValueError
kgq.FileError           io           builtins.OSError
kgq.Interrupted         interrupted  (only kgq.Error; Ctrl-C raises KeyboardInterrupt)
kgq.LimitExceeded       limit        (only kgq.Error) Connection.timeout or .memory_limit
======================  ===========  ============================================
"""
import builtins
import re

__all__ = ["Error", "SyntaxError", "SemanticError", "RuntimeError", "LoadError", "FileError", "Interrupted",
           "LimitExceeded"]

# Where the engine's messages put positions: syntax errors "at line 1, column 10:", semantic
# errors "(line 1, column 18)", loaders "FILE:LINE:COLUMN: ...".
_QUERY_POSITION = re.compile(r"(?:at line (\d+), column (\d+)|\(line (\d+), column (\d+)\))")
_FILE_POSITION = re.compile(r"^(.+?):(\d+):(\d+): ")


def _position(kind, message):
    if kind in ("load", "io"):
        m = _FILE_POSITION.match(message)
        if m:
            return m.group(1), int(m.group(2)), int(m.group(3))
        return None, None, None
    m = _QUERY_POSITION.search(message)
    if not m:
        return None, None, None
    line, column = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return None, int(line), int(column)


class Error(Exception):
    """A failure reported by kgq: ``kind``, ``line``, ``column``, ``source``, ``message``."""

    kind = "runtime"

    def __init__(self, message, kind=None, line=None, column=None, source=None):
        super().__init__(message)
        self.message = message
        if kind is not None:
            self.kind = kind
        self.line, self.column, self.source = line, column, source

    def __str__(self):
        return self.message


class SyntaxError(Error, builtins.SyntaxError):
    """The query text does not parse."""

    kind = "syntax"

    def __init__(self, message, kind=None, line=None, column=None, source=None, text=None):
        builtins.SyntaxError.__init__(self, message, (source or "<query>", line, column, text))
        Error.__init__(self, message, kind, line, column, source)

    def __str__(self):
        return self.message


class SemanticError(Error, builtins.ValueError):
    """The query parses but is not valid: an unknown variable, a misplaced aggregate, ..."""

    kind = "semantic"


class RuntimeError(Error, builtins.RuntimeError):
    """The query failed while running: a type error, division by zero, a bad argument, ..."""

    kind = "runtime"


class LoadError(Error, builtins.ValueError):
    """A data file is malformed or inconsistent; nothing of it was loaded."""

    kind = "load"


class FileError(Error, builtins.OSError):
    """A file could not be read or written (nothing was changed)."""

    kind = "io"

    def __init__(self, message, kind=None, line=None, column=None, source=None):
        builtins.OSError.__init__(self, message)
        Error.__init__(self, message, kind, line, column, source)

    def __str__(self):
        return self.message


class Interrupted(Error):
    """The query was stopped by Connection.interrupt() (Ctrl-C raises KeyboardInterrupt instead)."""

    kind = "interrupted"


class LimitExceeded(Error):
    """The query went over its time or memory limit (Connection.timeout, Connection.memory_limit);
    a writing query changed nothing."""

    kind = "limit"


_CLASSES = {c.kind: c for c in (SyntaxError, SemanticError, RuntimeError, LoadError, FileError, Interrupted,
                                LimitExceeded)}
for _cls in (Error, *_CLASSES.values()):
    _cls.__module__ = "kgq"  # tracebacks say kgq.SyntaxError, the name users catch


def from_kind(kind, message):
    """The exception for an engine error of ``kind`` with ``message`` (used by kgq._kgq)."""
    source, line, column = _position(kind, message)
    return _CLASSES.get(kind, Error)(message, kind, line, column, source)


def attach_query(error, query):
    """Gives a kgq.SyntaxError the query line it points into, for the traceback's caret."""
    if isinstance(error, SyntaxError) and error.line is not None:
        lines = query.splitlines()
        if 0 < error.line <= len(lines):
            error.text = lines[error.line - 1]
