#!/usr/bin/env bash
# End-to-end tests of `kgq DIR` / `kgq --db DIR`: writes from -c, scripts and the REPL's piped
# input survive the process, a quit without :save and a kill -9 included; :begin/:commit/:rollback;
# a second process is refused while one has the directory; a damaged snapshot is a one-line error
# naming the file and offset. Usage: database_dir_test.sh KGQ. Ends with "N passed, N failed".
set -u
KGQ="$1"
passed=0
failed=0
tmp=$(mktemp -d)
writer=""
trap '[ -n "$writer" ] && kill -9 "$writer" 2>/dev/null; rm -rf "$tmp"' EXIT

# expect NAME WANT GOT: one check of a value.
expect() {
  if [ "$2" = "$3" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $1"
    echo "  want: $2" | head -5
    echo "  got:  $3" | head -5
  fi
}

count() {  # count DIR LABEL: how many nodes with LABEL the database holds (CSV, no header)
  "$KGQ" "$1" --format csv -c "MATCH (n:$2) RETURN count(n) AS c" 2>&1 | tail -n 1 | tr -d "\r"
}

db="$tmp/db"
"$KGQ" "$db" -c "CREATE (:City {name: 'Wuhan'}), (:City {name: 'Hefei'})" 2>/dev/null
expect "a -c write survives the process" 2 "$(count "$db" City)"
"$KGQ" --db "$db" -c "MATCH (c:City {name: 'Hefei'}) SET c.population = 9" 2>/dev/null
expect "--db DIR is the same database" 9 "$("$KGQ" --db "$db" --format csv -c "MATCH (c:City {name: 'Hefei'}) RETURN c.population" | tail -n 1 | tr -d "\r")"

# The REPL (piped input): no :save, then :quit.
printf "CREATE (:Province {name: 'Hubei'});\n:quit\n" | "$KGQ" "$db" >/dev/null 2>&1
expect "REPL writes survive :quit without :save" 1 "$(count "$db" Province)"

# Transactions in the REPL.
printf ":begin\nCREATE (:Tx);\nCREATE (:Tx);\n:rollback\n:begin\nCREATE (:Tx);\n:commit\n" | "$KGQ" "$db" >"$tmp/out" 2>&1
expect "a rolled-back transaction leaves nothing, a committed one stays" 1 "$(count "$db" Tx)"
expect "the REPL reports commit and rollback" "Rolled back. Committed." "$(grep -oE '^(Rolled back|Committed)\.' "$tmp/out" | tr '\n' ' ' | sed 's/ $//')"
printf ":begin\nCREATE (:Tx2);\nCREATE (:Tx2 {v: 1 / 0});\nCREATE (:After);\n" | "$KGQ" "$db" >"$tmp/out" 2>&1
expect "a failing statement rolls its transaction back and says so" "0 1 kgq: the transaction was rolled back" \
  "$(count "$db" Tx2) $(grep -c 'transaction was rolled back' "$tmp/out") $(grep -o 'kgq: the transaction was rolled back' "$tmp/out")"
expect "statements after the rolled-back transaction commit on their own" 1 "$(count "$db" After)"
printf ":begin\nCREATE (:Open);\n" | "$KGQ" "$db" >/dev/null 2>&1
expect "a transaction still open at the end of input is rolled back" 0 "$(count "$db" Open)"

# kill -9 while the REPL runs: the acknowledged write is there.
mkfifo "$tmp/in"
"$KGQ" "$db" <"$tmp/in" >"$tmp/repl.out" 2>&1 &
writer=$!
exec 3>"$tmp/in"
echo "CREATE (:Killed {n: 1});" >&3
for _ in $(seq 100); do grep -q "1 node created" "$tmp/repl.out" && break; sleep 0.05; done
"$KGQ" "$db" -c "RETURN 1" >/dev/null 2>"$tmp/err"
expect "a second process is refused while the REPL has the directory" \
  "1 kgq: database $db is in use by process $writer (it holds $db/lock); close it there first" "$? $(cat "$tmp/err")"
kill -9 "$writer"
wait "$writer" 2>/dev/null
writer=""
exec 3>&-
expect "a write acknowledged before kill -9 survives" 1 "$(count "$db" Killed)"
"$KGQ" "$db" -c "MATCH (n) RETURN count(n)" >/dev/null 2>"$tmp/err"
expect "a clean reopen after recovery says nothing" "" "$(cat "$tmp/err")"

# :checkpoint, and a damaged snapshot.
printf ":checkpoint\n" | "$KGQ" "$db" >"$tmp/out" 2>&1
expect ":checkpoint writes the snapshot and empties the log" "Checkpoint written. 16" "$(cat "$tmp/out") $(stat -c %s "$db/wal")"
printf '\x99' | dd of="$db/snapshot" bs=1 seek=60 conv=notrunc 2>/dev/null
"$KGQ" "$db" -c "RETURN 1" >/dev/null 2>"$tmp/err"
status=$?
expect "a damaged snapshot: exit 1 and one line naming the file and offset" \
  "1 1 yes" "$status $(wc -l <"$tmp/err") $(grep -q "^kgq: $db/snapshot: offset [0-9]*: checksum mismatch" "$tmp/err" && echo yes)"

# Arguments.
"$KGQ" --db "$tmp/a" "$tmp/b" -c "RETURN 1" >/dev/null 2>"$tmp/err"
expect "two database directories: usage error" 2 "$?"
"$KGQ" "$tmp/new" --data ../graphs/social.json -c "RETURN 1" >/dev/null 2>&1
expect "--data with a directory loads the files into it" \
  "$("$KGQ" --data ../graphs/social.json --format csv -c "MATCH (n) RETURN count(n)")" \
  "$("$KGQ" "$tmp/new" --format csv -c "MATCH (n) RETURN count(n)")"
"$KGQ" "$tmp/relaxed" --sync relaxed -c "CREATE (:R)" 2>/dev/null
expect "--sync relaxed commits too" 1 "$(count "$tmp/relaxed" R)"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
