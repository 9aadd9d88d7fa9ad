#!/usr/bin/env bash
# End-to-end tests of the per-query limits of the kgq command: --timeout and --max-memory (values,
# defaults, bad values), the REPL's :timeout and :max-memory (driven through piped input, as the
# REPL reads it when standard input is not a terminal), and Ctrl-C (SIGINT) in batch mode stopping
# a write cleanly. Usage: limits_test.sh KGQ (run from tests/cli). Ends with "N passed, N failed".
set -u
KGQ="$1"
GRAPH=../graphs/bad/base.json
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

source "$(dirname "$0")/check.sh"

LONG="UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b RETURN count(*) AS n"  # 10^12 rows
TIME_ERROR="kgq: Query exceeded the time limit of 0.2 s (set a higher one with --timeout, :timeout or Connection::setTimeout, in Python Connection.timeout; 0 means none)"
MEMORY_ERROR="kgq: Query exceeded the memory limit of 16 MiB (set a higher one with --max-memory, :max-memory or Connection::setMemoryLimit, in Python Connection.memory_limit; 0 means none)"

# --- the flags ---
check "--timeout stops a long query" 1 "" "$TIME_ERROR" -- \
  "$KGQ" --data $GRAPH --timeout 0.2 -c "$LONG"
check "--max-memory stops a query that keeps too much" 1 "" "$MEMORY_ERROR" -- \
  "$KGQ" --data $GRAPH --max-memory 16 -c "RETURN size(range(1, 1000000000)) AS n"
check "the default memory limit stops range(1, 10^12)" 1 "" "~kgq: Query exceeded the memory limit of " -- \
  "$KGQ" --data $GRAPH -c "RETURN size(range(1, 1000000000000)) AS n"
check "--max-memory 0 means none (range keeps its own cap)" 1 "" "~would produce more than 10000000 elements" -- \
  "$KGQ" --data $GRAPH --max-memory 0 -c "RETURN size(range(1, 1000000000)) AS n"
check "--timeout off and a query within the limits" 0 "$(crlf n 5)" "" -- \
  "$KGQ" --data $GRAPH --timeout off --max-memory 64 --format csv -c "RETURN size(range(1, 5)) AS n"
check "--help names the limits and the default" 0 "" "" -- \
  bash -c "'$KGQ' --help | grep -c -e '--timeout SECONDS' -e '--max-memory MIB' | grep -qx 2"
for bad in abc -1 1e10 '' 0x10 nan; do
  check "--timeout '$bad' is refused" 2 "" \
    "kgq: --timeout expects a number of seconds from 0 to 1e9 (0 or 'off' for none), got '$bad'
Run 'kgq --help' for usage." -- "$KGQ" --data $GRAPH --timeout "$bad" -c "RETURN 1"
done
for bad in abc -1 1.5 '' 1000000000 64M; do
  check "--max-memory '$bad' is refused" 2 "" \
    "kgq: --max-memory expects a whole number of MiB (0 or 'off' for none), got '$bad'
Run 'kgq --help' for usage." -- "$KGQ" --data $GRAPH --max-memory "$bad" -c "RETURN 1"
done

# --- the REPL's commands (piped input) ---
check ":timeout and :max-memory show and set the limits" 0 "off
0.5 s
off
64 MiB
off" "" -- \
  bash -c "printf ':timeout\n:timeout 0.5\n:timeout\n:timeout off\n:timeout\n:max-memory 64\n:max-memory\n:max-memory 0\n:max-memory\n' | '$KGQ' --data $GRAPH --max-memory 16"
check ":max-memory shows the --max-memory value" 0 "16 MiB" "" -- \
  bash -c "printf ':max-memory\n' | '$KGQ' --data $GRAPH --max-memory 16"
check ":timeout and :max-memory refuse bad values" 1 "" "kgq: :timeout expects a number of seconds from 0 to 1e9, or off
kgq: :max-memory expects a whole number of MiB, or off" -- \
  bash -c "printf ':timeout soon\n:max-memory -5\n' | '$KGQ' --data $GRAPH"
check ":timeout applies to the next statements" 1 "" "$TIME_ERROR" -- \
  bash -c "printf ':timeout 0.2\n$LONG;\n' | '$KGQ' --data $GRAPH"
check ":max-memory applies to the next statements" 1 "" "$MEMORY_ERROR" -- \
  bash -c "printf ':max-memory 16\nRETURN size(range(1, 1000000000)) AS n;\n' | '$KGQ' --data $GRAPH"
check ":help lists :timeout and :max-memory" 0 "2" "" -- \
  bash -c "printf ':help\n' | '$KGQ' --data $GRAPH | grep -c -e '^  :timeout' -e '^  :max-memory'"

# --- Ctrl-C in batch mode: the running write stops, is rolled back, and the exit status says so ---
db="$tmp/db"
"$KGQ" --db "$db" -c "CREATE (:Before)" >/dev/null 2>&1
"$KGQ" --db "$db" --save "$tmp/saved.json" \
  -c "UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b CREATE (:During {a: a, b: b})" \
  >"$tmp/sigint.out" 2>"$tmp/sigint.err" &
pid=$!
sleep 1
kill -INT $pid
wait $pid
status=$?
if [ "$status" = 1 ] && [ "$(cat "$tmp/sigint.err")" = "kgq: Query interrupted" ]; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
  echo "FAIL: SIGINT stops a -c write with status 1 and a message (got status $status, stderr:"
  sed 's/^/    |/' "$tmp/sigint.err"
  echo "  )"
fi
check "the interrupted write changed nothing and --save did not run" 0 "$(crlf n 1)" "" -- \
  bash -c "'$KGQ' --db '$db' --format csv -c 'MATCH (n) RETURN count(n) AS n'; test ! -e '$tmp/saved.json'"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
