#!/usr/bin/env python3
"""ARCHITECTURE.md promises to map every source file to its stage. This check fails when a source
file of the engine, the command or the benchmarks is named nowhere in it (in the files
column of the stage table: a path, a `dir/name.{h,cpp}` group, a `dir/*` glob or a `dir/` counts), or when it names a file that does not exist."""
import fnmatch
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")
text = open(os.path.join(root, "ARCHITECTURE.md"), encoding="utf-8").read()

# The files column: the last cell of each row of the stage table.
files_column = " ".join(line.rstrip().rstrip("|").rsplit("|", 1)[-1] for line in text.splitlines()
                        if line.startswith("|") and not line.startswith("|---"))
patterns = []
for token in re.findall(r"`([^`]+)`", files_column):
    if "/" not in token:
        continue
    m = re.match(r"^(.*)\{([^}]*)\}(.*)$", token)
    expansions = [m.group(1) + alt + m.group(3) for alt in m.group(2).split(",")] if m else [token]
    patterns.extend(expansions)

sources = []
for folder in ("include", "graph", "loaders", "query", "cli", "bench"):
    for dirpath, _, files in os.walk(os.path.join(root, folder)):
        for f in files:
            if f.endswith((".h", ".cpp")):
                sources.append(os.path.relpath(os.path.join(dirpath, f), root))

def named(path):
    return any(p.rstrip("/") == path or fnmatch.fnmatch(path, p) or path.startswith(p.rstrip("*").rstrip("/") + "/")
               and p.endswith(("/", "/*")) for p in patterns)

missing = sorted(p for p in sources if not named(p))
stale = sorted(p for p in patterns
               if re.match(r"^(include|graph|loaders|query|cli|bench)/[^*]*\.(h|cpp)$", p)
               and not os.path.exists(os.path.join(root, p)))
for p in missing:
    print(f"ARCHITECTURE.md does not name {p}")
for p in stale:
    print(f"ARCHITECTURE.md names {p}, which does not exist")
sys.exit(1 if missing or stale else 0)
