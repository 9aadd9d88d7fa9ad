#!/usr/bin/env bash
# End-to-end tests of the kgq command: output formats, parameters, scripts, piped input, exit
# statuses and the messages for bad arguments and bad data. Usage: kgq_command_test.sh KGQ
# (run from tests/cli). Prints one line per failing check and ends with "N passed, N failed".
set -u
KGQ="$1"
GRAPH=../graphs/bad/base.json
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

source "$(dirname "$0")/check.sh"

check "table output" 0 "+---------+------------+
| name    | population |
+---------+------------+
| 'Alpha' | 100        |
| 'Beta'  | null       |
+---------+------------+
2 rows" "" -- \
  "$KGQ" --data $GRAPH -c "MATCH (c:City) RETURN c.name AS name, c.population AS population ORDER BY name"

check "csv output is RFC 4180 with CRLF and quoting" 0 "$(crlf 'name,note' 'Alpha,"a, ""quoted"" value"' 'Beta,')" "" -- \
  "$KGQ" --data $GRAPH --format csv -c "MATCH (c:City) RETURN c.name AS name, CASE c.name WHEN 'Alpha' THEN 'a, \"quoted\" value' END AS note ORDER BY name"

check "json output: rows as objects, nodes and relationships" 0 '[
{"c":{"id":"a","labels":["City"],"properties":{"id":"a","name":"Alpha","population":100}},"r":{"type":"LOCATED_IN","from":"a","to":"c","properties":{"since":1990}},"n":1.5,"l":[1,"x",null]}
]' "" -- \
  "$KGQ" --data $GRAPH --format json -c "MATCH (c:City)-[r]->() WHERE c.id = 'a' RETURN c, r, 1.5 AS n, [1, 'x', null] AS l"

# Temporal values print as ISO 8601 strings: unquoted in tables, plain CSV fields, JSON strings.
check "temporal values in a table" 0 "+------------+---------------------------------------+-------+
| d          | dt                                    | p     |
+------------+---------------------------------------+-------+
| 2024-03-01 | 2024-03-01T10:00+08:00[Asia/Shanghai] | P1Y2M |
+------------+---------------------------------------+-------+
1 row" "" -- \
  "$KGQ" --data $GRAPH -c "RETURN date('2024-03-01') AS d, datetime('2024-03-01T10:00[Asia/Shanghai]') AS dt, duration('P1Y2M') AS p"

check "temporal values in csv" 0 "$(crlf 'd,ds,t' '2024-03-01,"[""2024-03-01"",""2024-03-02""]",12:00+01:00')" "" -- \
  "$KGQ" --data $GRAPH --format csv -c "RETURN date('2024-03-01') AS d, [date('2024-03-01'), date('2024-03-02')] AS ds, time('12:00+01:00') AS t"

check "temporal values in json" 0 '[
{"d":"2024-03-01","ds":["2024-03-01","2024-03-02"],"p":"PT1H30M"}
]' "" -- \
  "$KGQ" --data $GRAPH --format json -c "RETURN date('2024-03-01') AS d, [date('2024-03-01'), date('2024-03-02')] AS ds, duration('PT90M') AS p"

check "a bad temporal value: one line naming the call" 1 "" "kgq: day 30 is out of range for 2024-2 (1 to 29) in \`date('2024-02-30')\`" -- \
  "$KGQ" --data $GRAPH -c "RETURN date('2024-02-30') AS d"

check "json output with no rows" 0 "[]" "" -- \
  "$KGQ" --data $GRAPH --format json -c "MATCH (c:Nothing) RETURN c"

check "parameters: JSON values and plain strings" 0 "$(crlf 'name,n' 'Alpha,100')" "" -- \
  "$KGQ" --data $GRAPH --format csv --param who=Alpha --param min=99 \
  -c 'MATCH (c:City) WHERE c.name = $who AND c.population > $min RETURN c.name AS name, c.population AS n'

check "several statements in -c" 0 "$(crlf 'x' '1' 'y' '2')" "" -- \
  "$KGQ" --data $GRAPH --format csv -c "RETURN 1 AS x; RETURN 2 AS y;"

printf 'MATCH (c:City)\nRETURN count(*) AS cities;\n\n// a comment\nMATCH (r:Region) RETURN r.name AS region;\n' > "$tmp/ok.cypher"
check "script file" 0 "$(crlf 'cities' '2' 'region' 'Gamma')" "" -- \
  "$KGQ" --data $GRAPH --format csv -f "$tmp/ok.cypher"

printf 'RETURN 1 AS x;\nMATCH (c:City)\nRETURN c.nme AS x,\n       d AS y;\nRETURN 3 AS z;\n' > "$tmp/bad.cypher"
check "script stops at the first error, which names the script line" 1 "$(crlf 'x' '1')" \
  "kgq: $tmp/bad.cypher: Variable \`d\` not defined (line 4, column 8)" -- \
  "$KGQ" --data $GRAPH --format csv -f "$tmp/bad.cypher"

check "syntax error: one line, status 1" 1 "" \
  "kgq: Syntax error at line 1, column 10: unexpected 'RETURN'; expected one of ':', ')', '{', '\$'" -- \
  "$KGQ" --data $GRAPH -c "MATCH (n RETURN n"

check "runtime error: status 1" 1 "" "kgq: Division by zero in \`1 / 0\`" -- \
  "$KGQ" --data $GRAPH -c "RETURN 1 / 0"

check "missing parameter" 1 "" "kgq: Expected parameter(s): \$who" -- \
  "$KGQ" --data $GRAPH -c 'MATCH (c:City {name: $who}) RETURN c'

check "unknown option" 2 "" "*" -- "$KGQ" --frobnicate
check "bad --format" 2 "" "*" -- "$KGQ" --format xml -c "RETURN 1"
check "-c and -f together" 2 "" "*" -- "$KGQ" -c "RETURN 1" -f "$tmp/ok.cypher"
check "missing data file" 2 "" "*" -- "$KGQ" --data "$tmp/nope.json" -c "RETURN 1"
check "--param without =" 2 "" "kgq: --param expects name=value, got 'novalue'
Run 'kgq --help' for usage." -- "$KGQ" --param novalue -c "RETURN 1"
check "--param: neither JSON nor UTF-8 is refused, not stored" 2 "" \
  "kgq: --param s: the value is neither JSON nor valid UTF-8 text (byte 3 is not UTF-8)" -- \
  "$KGQ" --param "s=$(printf 'ab\377')" --format json -c 'RETURN $s'
check "--param: JSON nested too deep is refused, not a crash" 2 "" \
  "kgq: --param x: the value is JSON nested more than 500 deep (at byte 501)" -- \
  "$KGQ" --param "x=$(printf '%.0s[' $(seq 60000))$(printf '%.0s]' $(seq 60000))" -c 'RETURN size($x)'
check "--param: a number with 350 zeros" 0 "$(crlf 'x' '0.0')" "" -- \
  "$KGQ" --format csv --param "x=0.$(printf '%.0s0' $(seq 350))1" -c 'RETURN $x AS x'

out=$("$KGQ" --help); case "$out" in *"--data"*"--format"*) passed=$((passed + 1));; *) failed=$((failed + 1)); echo "FAIL: --help lists the options";; esac

check "broken data file: one line naming file, line, column" 1 "" \
  "kgq: ../graphs/bad/duplicate_id.json:4:30: at /nodes/1/id: duplicate node id 'x1' (first defined at /nodes/0)" -- \
  "$KGQ" --data ../graphs/bad/duplicate_id.json -c "RETURN 1"

check "piped input: every statement runs, errors are reported, status says one failed" 1 "$(crlf 'a' '1' 'c' '3')" \
  "kgq: Variable \`nope\` not defined (line 2, column 8)" -- \
  bash -c "printf 'RETURN 1 AS a;\nRETURN nope AS b;\nRETURN 3\n  AS c;\n' | '$KGQ' --data $GRAPH --format csv"

check "piped input: :commands work without a terminal" 0 "$(crlf 'x' '42')" "" -- \
  bash -c "printf ':param v => 42\nRETURN \$v AS x;\n' | '$KGQ' --data $GRAPH --format csv"

check "no --data loads the bundled graph" 0 "$(crlf 'documents' '5')" "" -- \
  "$KGQ" --format csv -c "MATCH (d:Document) RETURN count(*) AS documents"

check "--export json of a query's subgraph: report on stderr, nothing on stdout" 0 "" \
  "Exported 2 nodes and 1 relationship as json to $tmp/sub.json" -- \
  "$KGQ" --data $GRAPH --export json "$tmp/sub.json" -c "MATCH (c:City {name: 'Alpha'})-[r]->() RETURN r"
check "the exported subgraph loads back" 0 "$(crlf 'n,r' '2,1')" "" -- \
  "$KGQ" --data "$tmp/sub.json" --format csv -c "MATCH (n) WITH count(n) AS n MATCH ()-[r]->() RETURN n, count(r) AS r"
check "--export with an unknown format" 2 "" "kgq: --export: unknown format 'xml' (graphml, json, csv, cypher, dot, svg, png)
Run 'kgq --help' for usage." -- "$KGQ" --export xml "$tmp/x.xml"
check "--render needs .svg or .png" 2 "" "kgq: --render: FILE must end in .svg or .png, got '$tmp/x.gif'
Run 'kgq --help' for usage." -- "$KGQ" --render "$tmp/x.gif" -c "RETURN 1"
check "--export to a directory that does not exist: status 1, one line" 1 "" "*" -- \
  "$KGQ" --data $GRAPH --export graphml "$tmp/no/such/dir/x.graphml"
printf '{"format": "kgq-graph", "version": 1, "nodes": [], "edges": []}' > "$tmp/empty.json"
check "piped :export graphml, then :load of it into an empty graph" 0 "$(crlf 'n' '3')" "*" -- \
  bash -c "printf ':export graphml $tmp/p.graphml\n' | '$KGQ' --data $GRAPH >/dev/null && printf ':load $tmp/p.graphml\nMATCH (n) RETURN count(n) AS n;\n' | '$KGQ' --data '$tmp/empty.json' --format csv | tail -n 2"

# An unbounded * walks at most 15 relationships unless --max-hops raises the limit.
chain='UNWIND range(1, 20) AS i CREATE (:C {i: i}); MATCH (a:C), (b:C) WHERE b.i = a.i + 1 CREATE (a)-[:N]->(b); MATCH (a:C {i: 1})-[:N*]->(b) RETURN count(*) AS n'
check "an unbounded walk past the limit is an error" 1 "" "*" -- "$KGQ" --data $GRAPH --format csv -c "$chain"
check "--max-hops raises the limit" 0 "$(crlf 'n' '19')" "*" -- "$KGQ" --data $GRAPH --format csv --max-hops 30 -c "$chain"
check "--max-hops must be positive" 2 "" "*" -- "$KGQ" --max-hops 0 -c "RETURN 1"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
