#!/usr/bin/env bash
# ctest python/pip_install: `pip install ./python` works with no index, in a fresh venv of the
# given interpreter (Debian's), and the installed module answers a query into pandas.
#   pip_install_check.sh PYTHON WORKDIR SOURCE_DIR
set -euo pipefail
python="$1" work="$2" src="$3"
rm -rf "$work/venv"
mkdir -p "$work"
"$python" -m venv --system-site-packages "$work/venv"
KGQ_CMAKE_BUILD_DIR="$work/cmake" PIP_NO_INDEX=1 "$work/venv/bin/pip" install --no-deps "$src/python"
cd "$work"
"$work/venv/bin/python" - "$work/venv" <<'PY'
import sys
import kgq
assert kgq.__file__.startswith(sys.argv[1]), f"imported {kgq.__file__}, not the installed module"
df = kgq.Database.bundled().execute("MATCH (c:City) RETURN c.name AS name").to_pandas()
assert len(df) > 0 and str(df["name"].dtype) == "object", df
print(f"installed kgq answers: {len(df)} cities")
PY
