#!/usr/bin/env bash
# End-to-end tests of the REPL's :schema and GraphML :load, which read and fill the graph without
# running queries: :schema prints exactly what the Cypher queries that count labels, types and keys
# print (in every output format, after writes too); a GraphML :load that fails prints the file,
# line and element and leaves the graph as it was; one that succeeds is seen by the next query.
# Usage: schema_import_test.sh KGQ (run from tests/cli). Ends with "N passed, N failed".
set -u
KGQ="$1"
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# same NAME GOT WANT
same() {
  if [ "$2" = "$3" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $1"
    diff <(printf '%s\n' "$3") <(printf '%s\n' "$2") | sed 's/^/    /'
  fi
}

labels="MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS nodes ORDER BY label;"
types="MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS relationships ORDER BY type;"
for data in "" "--data ../graphs/awkward.json" "--data ../graphs/social.json"; do
  for format in table csv json; do
    writes="CREATE (:Zeta {w: 1})-[:T0 {q: 2}]->(:Alpha); MATCH (n) WITH n LIMIT 2 DETACH DELETE n;"
    got=$(printf '%s\n:format %s\n:schema\n' "$writes" "$format" | "$KGQ" $data 2>&1)
    want=$(printf '%s\n:format %s\n%s\n%s\n' "$writes" "$format" "$labels" "$types" | "$KGQ" $data 2>&1)
    # The property-key table has no one-query equivalent: compare the label and type tables only.
    case $format in
      table) cut='/^| owner/,$d' ;;   # from the keys table's header on
      csv) cut='/^owner,/,$d' ;;
      json) cut='/"owner"/,$d' ;;
    esac
    got=$(printf '%s\n' "$got" | sed "$cut")
    [ "$format" = table ] && got=$(printf '%s\n' "$got" | sed '$d')  # the rule above the header
    [ "$format" = json ] && got=$(printf '%s\n' "$got" | sed '$d')   # the "[" before the first key
    same ":schema ($format${data:+, $data}) prints what the count queries print" "$got" "$want"
  done
done

# GraphML :load into the bundled graph: a failure names file, line and element and changes nothing.
cat >"$tmp/bad.graphml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="t" for="edge" attr.name="type" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="new1"/>
    <node id="new2"/>
    <edge id="e1" source="new1" target="new2"><data key="t">FRESH</data></edge>
    <edge id="e3" source="new1" target="n9"><data key="t">FRESH</data></edge>
  </graph>
</graphml>
XML
sed '/id="e3"/d' "$tmp/bad.graphml" >"$tmp/good.graphml"
state="MATCH (n) RETURN count(n) AS nodes; MATCH ()-[r]->() RETURN count(r) AS rels; MATCH ()-[r:FRESH]->() RETURN count(r) AS fresh;"
before=$(printf '%s\n' "$state" | "$KGQ" --format csv 2>&1)
got=$(printf ':load %s\n%s\n' "$tmp/bad.graphml" "$state" | "$KGQ" --format csv 2>&1)
same "a failed GraphML :load names file, line and element and changes nothing" "$got" \
  "kgq: $tmp/bad.graphml:8: <edge id=\"e3\">: target 'n9' is not a declared node
$before"
got=$(printf ':load %s\n%s\n' "$tmp/good.graphml" "MATCH (a)-[r:FRESH]->(b) RETURN a.id, b.id;" | "$KGQ" --format csv 2>&1)
same "a GraphML :load is seen by the next query" "$got" "Loaded 2 nodes and 1 relationships from $tmp/good.graphml
a.id,b.id"$'\r'"
new1,new2"$'\r'

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
