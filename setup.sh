#!/usr/bin/env bash
# kgq set-up: installs the Debian packages kgq needs (if any are missing), configures and builds,
# then either opens the REPL on the bundled knowledge graph or runs the whole test suite.
#
#   ./setup.sh repl    install + build + open the REPL (the default)
#   ./setup.sh test    install + build + run every test through ctest
#   ./setup.sh build   install + build only
#
# Package installation needs root: the script uses sudo when it is not run as root.
set -euo pipefail
cd "$(dirname "$0")"

mode="${1:-repl}"
case "$mode" in
  repl|test|build) ;;
  *) echo "usage: ./setup.sh [repl|test|build]" >&2; exit 2 ;;
esac

# Everything kgq builds and tests with, from Debian 12's archive (see README: Dependencies).
# (libasan8, libubsan1, libtsan2: the sanitizer runtimes the sanitizers/asan and concurrency/tsan tests link.)
packages=(
  g++ cmake ninja-build pkg-config ccache libasan8 libubsan1 libtsan2
  libboost-graph-dev antlr4 libantlr4-runtime-dev uuid-dev
  rapidjson-dev catch2 libcli11-dev libedit-dev libre2-dev libexpat1-dev
  graphviz python3 python3-networkx tmux
  libhowardhinnant-date-dev tzdata
  python3-dev pybind11-dev python3-numpy python3-pandas python3-pytest python3-setuptools python3-wheel
  python3-venv jupyter-nbconvert python3-ipykernel python3-matplotlib
  python3-scipy python3-igraph
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi
  "${as_root[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

build_dir="${KGQ_BUILD_DIR:-build}"
# The Python module is built for Debian's interpreter, /usr/bin/python3 (the one the python3-*
# packages above belong to), even when another python3 comes first on PATH.
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${KGQ_BUILD_TYPE:-Release}" \
  -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DPython_EXECUTABLE=/usr/bin/python3
cmake --build "$build_dir"

case "$mode" in
  repl) exec "$build_dir/kgq" ;;
  test) exec ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)" ;;
  build) ;;
esac
