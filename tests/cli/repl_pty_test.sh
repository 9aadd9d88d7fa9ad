#!/usr/bin/env bash
# The REPL on a real terminal, driven through tmux: prompts, multi-line statements, tab
# completion, Ctrl-C (a running query, and the line being typed), persistent history (Up
# recalls a statement of an earlier session), :export, Ctrl-D warning once about unsaved
# changes, and a database directory's writes surviving :quit and kill -9. Usage: repl_pty_test.sh KGQ (run from tests/cli). Ends with "N passed, N failed".
set -u
KGQ="$1"
GRAPH=$(pwd)/../graphs/bad/base.json
tmp=$(mktemp -d)
sock="$tmp/tmux.sock"
export HOME="$tmp/home"
mkdir -p "$HOME"
passed=0
failed=0
cleanup() { tmux -S "$sock" kill-server 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

screen() { tmux -S "$sock" capture-pane -p -J -S -200 -t kgq 2>/dev/null; }
# wait_for TEXT [SECONDS]: true once the screen shows TEXT.
wait_for() {
  local deadline=$((SECONDS + ${2:-10}))
  while [ $SECONDS -lt $deadline ]; do
    screen | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  return 1
}
expect() {  # expect NAME TEXT [SECONDS]
  if wait_for "$2" "${3:-10}"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $1 (no '$2' on screen)"
    screen | tail -15 | sed 's/^/    |/'
  fi
}
# tmux reads a trailing ';' of an argument as its command separator: send it escaped.
type_text() {
  local text="$1"
  if [ "${text%;}" != "$text" ]; then text="${text%;}\\;"; fi
  tmux -S "$sock" send-keys -t kgq -l "$text"
}
key() { tmux -S "$sock" send-keys -t kgq "$@"; }
# A session that outlives every kgq session keeps the tmux server up: otherwise killing the last
# session makes the server exit while the next new-session may still connect to it, and tmux
# then fails with "server exited unexpectedly" (seen under a loaded CI machine).
tmux -S "$sock" new-session -d -s keeper "sleep 3600"
# new_kgq_session CMD: (re)open the session "kgq" running CMD.
new_kgq_session() {
  tmux -S "$sock" kill-session -t kgq 2>/dev/null
  tmux -S "$sock" new-session -d -s kgq -x 160 -y 50 "$1"
}
start() { new_kgq_session "cd '$tmp' && '$KGQ' --data '$GRAPH'; echo KGQ-EXITED-\$?; sleep 30"; }
clear_screen() { tmux -S "$sock" clear-history -t kgq; key C-l; }

start
expect "banner and prompt" "kgq> "

# A statement over two lines: the continuation prompt, then an aligned table with a row count.
type_text "MATCH (c:City)"; key Enter
expect "continuation prompt" "...> "
type_text "RETURN count(*) AS cities;"; key Enter
expect "result table" "| cities |"
expect "row count and time" "1 row"

# Tab completes commands and labels.
type_text ":sch"; key Tab
expect "tab completes :schema" "kgq> :schema"
key Enter
expect ":schema lists property keys with types" "INTEGER"
type_text "MATCH (x:Reg"; key Tab
expect "tab completes a label" "MATCH (x:Region"
key C-c
expect "Ctrl-C drops the line being typed" "^C"
type_text "RETURN 7 AS seven;"; key Enter
expect "the prompt works after Ctrl-C at the prompt" "| seven |"

# Ctrl-C stops a running query and the prompt comes back.
type_text "UNWIND range(1, 10000000) AS a UNWIND range(1, 10000000) AS b RETURN count(*);"; key Enter
sleep 1
key C-c
expect "Ctrl-C cancels the running query" "interrupt" 15
type_text "RETURN 'still here' AS after;"; key Enter
expect "the REPL goes on after Ctrl-C" "'still here'"

# :timeout and :max-memory on a terminal: a limit stops the query, the REPL goes on.
type_text ":timeout 0.2"; key Enter
type_text "UNWIND range(1, 10000000) AS a UNWIND range(1, 10000000) AS b RETURN count(*);"; key Enter
expect ":timeout stops a long query" "Query exceeded the time limit of 0.2 s" 15
type_text ":timeout off"; key Enter
type_text ":max-memory 16"; key Enter
type_text "RETURN size(range(1, 1000000000)) AS n;"; key Enter
expect ":max-memory stops a query that needs more" "Query exceeded the memory limit of 16 MiB"
type_text ":max-memory"; key Enter
expect ":max-memory shows the limit" "16 MiB"

# :export from the REPL.
type_text ":export graphml out.graphml MATCH (c:City) RETURN c"; key Enter
expect ":export reports what it wrote" "Exported 2 nodes and 0 relationships as graphml to out.graphml"

# Unsaved changes: Ctrl-D warns once, the second Ctrl-D leaves.
type_text "CREATE (:City {id: 'new', name: 'New'});"; key Enter
sleep 0.5
key C-d
expect "Ctrl-D warns about unsaved changes" "unsaved changes"
key C-d
expect "writes print what they changed" "1 node created"
expect "the second Ctrl-D leaves" "KGQ-EXITED-0"

# History persists: the multi-line statement is one entry, recalled with Up in a new session.
# (libedit writes spaces as \040)
if sed 's/\\040/ /g' "$HOME/.kgq_history" | grep -qF "MATCH (c:City) RETURN count(*) AS cities;"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)); echo "FAIL: history file holds the statement"; cat "$HOME/.kgq_history" | sed 's/^/    |/'
fi
start
expect "second session" "kgq> "
for _ in $(seq 16); do key Up; done  # back past later entries to the first statement
expect "Up recalls a statement of the earlier session" "MATCH (c:City) RETURN count(*) AS cities;"
key C-u
type_text ":quit"; key Enter
expect ":quit leaves without changes" "KGQ-EXITED-0"

# A database directory (kgq DIR): writes survive :quit without :save and kill -9; :begin shows in
# the prompt, and leaving with a transaction open warns once.
start_db() { new_kgq_session "cd '$tmp' && '$KGQ' '$tmp/db'; echo KGQ-EXITED-\$?; sleep 30"; }
start_db
expect "a new database directory opens empty" "kgq: 0 nodes, 0 relationships"
type_text "CREATE (:Kept {n: 1});"; key Enter
expect "the write is acknowledged" "1 node created"
type_text ":quit"; key Enter
expect ":quit in a database directory leaves at once: the write is saved" "KGQ-EXITED-0"
start_db
expect "the write survived :quit" "kgq: 1 nodes, 0 relationships"
type_text ":begin"; key Enter
expect "the prompt shows the open transaction" "kgq(tx)> "
type_text "CREATE (:Dropped);"; key Enter
type_text ":quit"; key Enter
expect "leaving with a transaction open warns once" "A transaction is open"
type_text ":rollback"; key Enter
expect ":rollback" "Rolled back."
type_text "CREATE (:AfterKill {n: 2});"; key Enter
expect "the second write is acknowledged" "1 node created, 1 property set"
kgq_pid=$(pgrep -P "$(tmux -S "$sock" display -p -t kgq '#{pane_pid}')" -x kgq)
kill -9 "$kgq_pid"
expect "kill -9 ends the REPL" "KGQ-EXITED-137"
start_db
expect "after kill -9 both committed writes are there, the rolled-back one is not" "kgq: 2 nodes, 0 relationships"
type_text "MATCH (n) RETURN labels(n) AS l ORDER BY n.n;"; key Enter
expect "they are the two committed nodes" "| ['AfterKill'] |"
type_text ":quit"; key Enter
expect "leaves" "KGQ-EXITED-0"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
