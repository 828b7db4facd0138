#!/usr/bin/env bash
# `dialoguekg query` and `load` from the outside: syntax errors with their
# line and column and exit 1, usage errors exit 2, every query form and
# results format, answers that SPARQL 1.1 gives (no wrong rows in silence),
# empty results, refused SERVICE, time limits, stores that refuse what is
# not theirs and lock out a second writer, --endpoint against a small
# server of ours, no crash on broken or random query text.
#
# usage: test_query_cli.sh DIALOGUEKG SOURCE_DIR
set -uo pipefail
dkg=$1
src=$2
py=/usr/bin/python3
tmp=$(mktemp -d)
server=
holder=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null
  [ -n "$holder" ] && kill "$holder" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
records=("$src"/data/dialogues/*.json)
passed=0
fail=0
ok() { passed=$((passed + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

expect() { # WANT_RC DESCRIPTION COMMAND...
  local want=$1 what=$2
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if [ "$rc" = "$want" ]; then ok; else
    bad "$what: exit $rc, wanted $want; $(head -3 "$tmp/err")"
  fi
}
DKG='PREFIX dkg: <https://w3id.org/dialoguekg/ns#>'
"$dkg" convert -q -t ntriples "${records[@]}" >"$tmp/seed0.nt"

# Syntax error: the file, line and column, the parser's words, exit 1, no
# output.
printf 'PREFIX dkg: <https://w3id.org/dialoguekg/ns#>\nSELECT ?a\nWHERE {\n  ?d dkg:agency ?a ?b .\n}\n' >"$tmp/bad.rq"
expect 1 "syntax error" "$dkg" query -Q "$tmp/bad.rq" "${records[@]}"
grep -q "^dialoguekg: $tmp/bad.rq:4:[0-9]*: error: Encountered" "$tmp/err" && ok ||
  bad "syntax error message: $(cat "$tmp/err")"
[ -s "$tmp/out" ] && bad "output on a syntax error" || ok
expect 1 "syntax error in -e" "$dkg" query -e 'SELECT * WHERE { ?s ?p' "${records[@]}"
grep -q "^dialoguekg: <query>:1:[0-9]*: error: " "$tmp/err" && ok ||
  bad "-e message: $(cat "$tmp/err")"

# Usage.
expect 2 "both -e and -Q" "$dkg" query -e 'ASK {}' -Q "$tmp/bad.rq"
expect 2 "neither -e nor -Q" "$dkg" query "${records[@]}"
expect 2 "unknown format" "$dkg" query -e 'ASK {}' -r yaml "${records[@]}"
expect 2 "unknown option" "$dkg" query --frobnicate -e 'ASK {}'
[ "$(wc -l <"$tmp/err")" -le 2 ] && grep -q "Try 'dialoguekg query --help'" "$tmp/err" && ok ||
  bad "unknown option message: $(cat "$tmp/err")"
expect 2 "graph format for SELECT" "$dkg" query -e 'SELECT * WHERE {?s ?p ?o}' -r turtle "${records[@]}"
expect 2 "table format for CONSTRUCT" "$dkg" query -e 'CONSTRUCT {?s ?p ?o} WHERE {?s ?p ?o}' -r csv "${records[@]}"
expect 2 "retired sqlite store" "$dkg" query -e 'ASK {}' --store "sqlite:$tmp/x.db"
expect 2 "inputs with a store" "$dkg" query -e 'ASK {}' --store "$tmp/none" "${records[@]}"
expect 2 "missing store" "$dkg" query -e 'ASK {}' --store "$tmp/none"
grep -q "dialoguekg load --store" "$tmp/err" && ok || bad "missing store message: $(cat "$tmp/err")"
expect 2 "load without store" "$dkg" load "${records[@]}"
expect 2 "bad timeout" "$dkg" query -e 'ASK {}' --timeout soon "${records[@]}"
expect 2 "endpoint with credentials" "$dkg" query -e 'ASK {}' --endpoint http://u:p@127.0.0.1:9/sparql

# Forms and formats.
expect 0 "ASK json" "$dkg" query -r json -e "$DKG ASK { ?s a dkg:Dialogue }" "${records[@]}"
grep -q '"boolean": true' "$tmp/out" && ok || bad "ASK json: $(cat "$tmp/out")"
expect 0 "ASK xml" "$dkg" query -r xml -e 'ASK { ?s <urn:none> ?o }' "${records[@]}"
grep -q '<boolean>false</boolean>' "$tmp/out" && ok || bad "ASK xml: $(cat "$tmp/out")"
expect 0 "ASK table" "$dkg" query -e 'ASK { ?s ?p ?o }' "${records[@]}"
[ "$(cat "$tmp/out")" = yes ] && ok || bad "ASK table: $(cat "$tmp/out")"
expect 0 "CONSTRUCT" "$dkg" query -r ntriples -e "$DKG CONSTRUCT { ?a dkg:headOf ?del } WHERE { ?del dkg:headAgency ?a }" "${records[@]}"
[ "$(grep -c headOf "$tmp/out")" = "$(grep -c "ns#headAgency>" "$tmp/seed0.nt")" ] && ok || bad "CONSTRUCT: $(cat "$tmp/out")"
expect 0 "CONSTRUCT turtle" "$dkg" query -e "$DKG CONSTRUCT { ?a dkg:headOf ?del } WHERE { ?del dkg:headAgency ?a }" "${records[@]}"
rapper -i turtle -c "$tmp/out" 2>&1 | grep -q "returned $(grep -c "ns#headAgency>" "$tmp/seed0.nt") triples" && ok ||
  bad "CONSTRUCT turtle: $(cat "$tmp/out")"
expect 0 "DESCRIBE IRI" "$dkg" query -r ntriples -e 'DESCRIBE <https://w3id.org/dialoguekg/id/agency/us/department-of-state>' "${records[@]}"
grep -q '"Department of State"@en' "$tmp/out" && ok || bad "DESCRIBE IRI: $(cat "$tmp/out")"
expect 0 "CSV" "$dkg" query -r csv -e "$DKG PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?d ?l WHERE { ?d a dkg:Dialogue ; rdfs:label ?l } ORDER BY ?l" "${records[@]}"
tr -d '\r' <"$tmp/out" | sed -n 3p | grep -q '^https://w3id.org/dialoguekg/id/dialogue/.*,"U.S.-Japan Cyber Dialogue, round 3"$' && ok ||
  bad "CSV quoting: $(cat "$tmp/out")"
grep -q $'\r$' "$tmp/out" && ok || bad "CSV lines end with CRLF"

# Empty results: headers and variables stay; COUNT over nothing is 0;
# GROUP BY over nothing is no row.
none='SELECT ?s ?o WHERE { ?s <urn:none> ?o }'
expect 0 "empty csv" "$dkg" query -r csv -e "$none" "${records[@]}"
[ "$(cat "$tmp/out")" = $'s,o\r' ] && ok || bad "empty CSV: $(od -c "$tmp/out" | head -3)"
expect 0 "empty tsv" "$dkg" query -r tsv -e "$none" "${records[@]}"
[ "$(cat "$tmp/out")" = $'?s\t?o' ] && ok || bad "empty TSV: $(cat "$tmp/out")"
expect 0 "empty json" "$dkg" query -r json -e "$none" "${records[@]}"
$py -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(d["head"]["vars"]!=["s","o"] or d["results"]["bindings"]!=[])' "$tmp/out" && ok ||
  bad "empty JSON: $(cat "$tmp/out")"
expect 0 "empty xml" "$dkg" query -r xml -e "$none" "${records[@]}"
grep -q '<variable name="o"/>' "$tmp/out" && xmllint --noout "$tmp/out" && ok ||
  bad "empty XML: $(cat "$tmp/out")"
expect 0 "empty table" "$dkg" query -e "$none" "${records[@]}"
tail -1 "$tmp/out" | grep -q '^(0 rows)$' && head -1 "$tmp/out" | grep -q '^s  o$' && ok ||
  bad "empty table: $(cat "$tmp/out")"
expect 0 "COUNT over nothing" "$dkg" query -r tsv -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s <urn:none> ?o }' "${records[@]}"
[ "$(tail -1 "$tmp/out")" = 0 ] && ok || bad "COUNT over nothing: $(cat "$tmp/out")"
expect 0 "GROUP BY over nothing" "$dkg" query -r tsv -e 'SELECT ?o (COUNT(*) AS ?n) WHERE { ?s <urn:none> ?o } GROUP BY ?o' "${records[@]}"
[ "$(wc -l <"$tmp/out")" = 1 ] && ok || bad "GROUP BY over nothing: $(cat "$tmp/out")"

# What rasqal got wrong: YEAR() on xsd:date, STRAFTER, MINUS, the lexer on
# U+FFFE, REPLACE with an empty pattern.
expect 0 "YEAR" "$dkg" query -r tsv -e "$DKG SELECT (YEAR(?d) AS ?y) WHERE { ?x a dkg:Dialogue ; dkg:startDate ?d } ORDER BY ?y" "${records[@]}"
[ "$(tr '\n' ' ' <"$tmp/out")" = '?y 2015 2018 ' ] && ok || bad "YEAR: $(cat "$tmp/out")"
expect 0 "STRAFTER" "$dkg" query -r tsv -e "$DKG SELECT DISTINCT (STRAFTER(STR(?s), \"#\") AS ?x) WHERE { ?d dkg:status ?s } ORDER BY ?x" "${records[@]}"
[ "$(tr '\n' ' ' <"$tmp/out")" = '?x "announced" "held" ' ] && ok || bad "STRAFTER: $(cat "$tmp/out")"
expect 0 "MINUS" "$dkg" query -r tsv -e "$DKG SELECT (COUNT(*) AS ?n) WHERE { ?del dkg:headAgency ?a MINUS { ?del dkg:country/dkg:isoAlpha2 \"JP\" } }" "${records[@]}"
[ "$(tail -1 "$tmp/out")" = 2 ] && ok || bad "MINUS: $(cat "$tmp/out")"
expect 0 "U+FFFE in a query" "$dkg" query -r tsv -e 'SELECT * WHERE { ?s ?p "\uFFFE" }' "${records[@]}"
expect 0 "REPLACE with an empty pattern ends" "$dkg" query -r tsv --timeout 20 -e 'SELECT (REPLACE("abc", "", "y") AS ?r) WHERE {}' "${records[@]}"

# No wrong rows once there are three dialogues (rasqal gave 32 rows for 7):
# the seeds plus a round of the same series sharing agencies.
cat >"$tmp/other.json" <<'JSON'
{"$comment": "A test record, not a fact.", "series": "U.S.-Japan Cyber Dialogue", "round": 9,
 "date": "2024-03-01", "participants": ["US", "JP"],
 "delegations": [{"country": "JP", "agencies": ["Ministry of Defense", "National Police Agency"]},
                 {"country": "US", "agencies": ["Department of State"]}]}
JSON
expect 0 "three dialogues" "$dkg" query -r tsv -Q "$src/examples/queries/agencies-in-both-japanese-delegations.rq" "${records[@]}" "$tmp/other.json"
cmp -s "$tmp/out" "$src/examples/queries/agencies-in-both-japanese-delegations.expected.tsv" && ok ||
  bad "three dialogues: $(cat "$tmp/out")"

# Safe queries: SERVICE is refused with its place; FROM never reads a file;
# the time limit stops a query with exit 1.
expect 1 "SERVICE refused" "$dkg" query -e $'SELECT * WHERE {\n  SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }' "${records[@]}"
grep -q '<query>:2:3: error: SERVICE <http://127.0.0.1:9/sparql> .*refused.*--allow-service' "$tmp/err" && ok ||
  bad "SERVICE message: $(cat "$tmp/err")"
echo '<urn:secret> <urn:p> "do not read me" .' >"$tmp/secret.nt"
expect 0 "FROM a file" "$dkg" query -r tsv -e "SELECT * FROM <file://$tmp/secret.nt> WHERE { ?s ?p ?o }" "${records[@]}"
grep -q 'do not read me' "$tmp/out" && bad "FROM read a file" || ok
expect 0 "FROM NAMED among the inputs" "$dkg" query -r tsv -e "SELECT ?o FROM NAMED <file://$tmp/secret.nt> WHERE { GRAPH ?g { ?s ?p ?o } }" --named "$tmp/secret.nt"
grep -q 'do not read me' "$tmp/out" && ok || bad "--named graph: $(cat "$tmp/out")"
$py "$src/../shared/bench/gen_records.py" 300 >"$tmp/gen.jsonl"
expect 1 "time limit" "$dkg" query --timeout 1 -e 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }' "$tmp/gen.jsonl"
grep -q 'ran out of time' "$tmp/err" && ok || bad "time limit message: $(cat "$tmp/err")"
expect 0 "no time limit" "$dkg" query --timeout 0 -r tsv -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' "${records[@]}"
[ "$(tail -1 "$tmp/out")" = "$(sort -u "$tmp/seed0.nt" | grep -c .)" ] && ok || bad "--timeout 0: $(cat "$tmp/out" "$tmp/err")"

# XML refuses what XML 1.0 cannot hold, rather than write a broken file.
printf '<urn:s> <urn:p> "bell\\u0007" .\n' >"$tmp/bell.nt"
expect 1 "XML and U+0007" "$dkg" query -r xml -o "$tmp/bell.xml" -e 'SELECT ?o WHERE { ?s ?p ?o }' "$tmp/bell.nt"
grep -q 'U+0007.*XML 1.0' "$tmp/err" && [ ! -e "$tmp/bell.xml" ] && ok || bad "XML U+0007: $(cat "$tmp/err")"
expect 0 "JSON and U+0007" "$dkg" query -r json -e 'SELECT ?o WHERE { ?s ?p ?o }' "$tmp/bell.nt"
grep -q 'bell\\u0007' "$tmp/out" && ok || bad "JSON U+0007: $(cat "$tmp/out")"

# Inputs: broken RDF with its place; a bad record stops the query; RDF/XML.
printf '<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> .\n' >"$tmp/broken.nt"
expect 1 "broken N-Triples" "$dkg" query -e 'ASK {}' "$tmp/broken.nt"
grep -q "broken.nt:2:" "$tmp/err" && ok || bad "broken N-Triples message: $(cat "$tmp/err")"
printf '{"series": "S", "date": "2020-13-01", "participants": ["US", "JP"]}\n' >"$tmp/bad.jsonl"
expect 1 "bad record" "$dkg" query -e 'ASK {}' "$tmp/bad.jsonl"
grep -q 'nothing was queried' "$tmp/err" && ok || bad "bad record message: $(cat "$tmp/err")"
"$dkg" convert -q -t ntriples "${records[@]}" >"$tmp/seed.nt"
rapper -q -i ntriples -o rdfxml "$tmp/seed.nt" >"$tmp/seed.rdf"
nseed=$(sort -u "$tmp/seed.nt" | grep -c .)
expect 0 "RDF/XML input" "$dkg" query -r tsv -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' "$tmp/seed.rdf"
[ "$(tail -1 "$tmp/out")" = "$nseed" ] && ok || bad "RDF/XML count: $(cat "$tmp/out")"
"$dkg" convert -q -t nquads "${records[@]}" >"$tmp/seed.nq"
expect 0 "N-Quads: the empty default graph is said" "$dkg" query -r tsv -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' "$tmp/seed.nq"
grep -q 'default graph is empty' "$tmp/err" && [ "$(tail -1 "$tmp/out")" = 0 ] && ok ||
  bad "N-Quads warning: $(cat "$tmp/err")"

# The user's reference data beside ours (--registry): the real-world
# example records resolve with the example overlay, in query and in load.
expect 0 "--registry" "$dkg" query --strict --registry "$src/examples/overlay" -r tsv -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' "$src"/examples/records/*.json
grep -q warning "$tmp/err" && bad "--registry: $(cat "$tmp/err")" || ok
expect 1 "without --registry" "$dkg" query --strict -r tsv -e 'ASK {}' "$src"/examples/records/*.json
expect 0 "load --registry" "$dkg" load --strict --registry "$src/examples/overlay" --store "$tmp/overlay-store" "$src"/examples/records/*.json

# Missing Java or engine: one line saying what to install.
expect 1 "no Java" env DIALOGUEKG_JAVA=/nonexistent/java "$dkg" query -e 'ASK {}' "${records[@]}"
grep -q "needs Java.*apt-get install" "$tmp/err" && ok || bad "no Java message: $(cat "$tmp/err")"
expect 1 "no engine" env DIALOGUEKG_SPARQL_JAR=/nonexistent.jar "$dkg" query -e 'ASK {}' "${records[@]}"
grep -q "apt-get install" "$tmp/err" && ok || bad "no engine message: $(cat "$tmp/err")"

# Stores: made, loaded twice without growing, graphs kept, refused when
# not ours (never deleted), one writer at a time.
st="$tmp/store"
expect 0 "load" "$dkg" load --store "$st" "${records[@]}"
grep -q 'the store holds' "$tmp/out" && [ -f "$st/dialoguekg-store.json" ] && ok ||
  bad "load: $(cat "$tmp/out" "$tmp/err")"
expect 0 "load again" "$dkg" load -q --store "$st" "$tmp/seed.nt"
expect 0 "load quads" "$dkg" load -q --store "$st" "$tmp/seed.nq"
expect 0 "load --graph" "$dkg" load -q --store "$st" --graph urn:x:mine "$tmp/secret.nt"
expect 0 "query the store" "$dkg" query --store "$st" -r tsv -e 'SELECT ?g (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } GROUP BY ?g ORDER BY ?g'
printf '?g\t?n\n\t%s\n<https://w3id.org/dialoguekg/id/graph>\t%s\n<urn:x:mine>\t1\n' "$nseed" "$nseed" >"$tmp/want"
cmp -s "$tmp/out" "$tmp/want" && ok || bad "store graphs: $(cat "$tmp/out")"
expect 0 "dump" "$dkg" query --store "$st" --dump-nquads
[ "$(sort -u "$tmp/out" | grep -c .)" = $((2 * nseed + 1)) ] && ok || bad "dump: $(wc -l <"$tmp/out") lines"
cp "${records[0]}" "$tmp/record.json"
expect 2 "a file is not a store" "$dkg" load --store "$tmp/record.json" --replace "${records[@]}"
cmp -s "$tmp/record.json" "${records[0]}" && ok || bad "the record was changed"
mkdir "$tmp/mine" && echo keep >"$tmp/mine/notes.txt"
expect 2 "a directory is not a store" "$dkg" load --store "$tmp/mine" --replace "${records[@]}"
[ "$(cat "$tmp/mine/notes.txt")" = keep ] && [ "$(ls "$tmp/mine")" = notes.txt ] && ok ||
  bad "the directory was changed"
expect 2 "query a directory that is not a store" "$dkg" query --store "$tmp/mine" -e 'ASK {}'
$py -c 'import fcntl, sys, time
f = open(sys.argv[1]); fcntl.flock(f, fcntl.LOCK_EX); time.sleep(20)' "$st/lock" &
holder=$!
sleep 1
expect 1 "second writer" "$dkg" load --store "$st" "${records[@]}"
grep -q 'another dialoguekg process is using this store' "$tmp/err" && ok ||
  bad "lock message: $(cat "$tmp/err")"
kill "$holder" 2>/dev/null
wait "$holder" 2>/dev/null
holder=
expect 0 "load --replace" "$dkg" load -q --store "$st" --replace "${records[@]}"
expect 0 "after replace" "$dkg" query --store "$st" -r tsv -e 'SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }'
[ "$(tail -1 "$tmp/out")" = "$nseed" ] && ok || bad "replace: $(cat "$tmp/out")"
expect 1 "a bad record commits nothing" "$dkg" load --store "$st" "$tmp/other.json" "$tmp/bad.jsonl"
"$dkg" query --store "$st" -r tsv -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' >"$tmp/out"
[ "$(tail -1 "$tmp/out")" = "$nseed" ] && ok || bad "bad record load: $(cat "$tmp/out")"

# --endpoint: a SPARQL protocol server of our own on 127.0.0.1 (the
# Virtuoso tests run the real thing).
port=$((20000 + $$ % 20000))
$py "$src/tests/sparql_endpoint_stub.py" "$port" "$tmp/requests" &
server=$!
for _ in $(seq 50); do [ -s "$tmp/requests" ] && break; sleep 0.1; done
expect 0 "endpoint SELECT" "$dkg" query --endpoint "http://127.0.0.1:$port/sparql" -r tsv -e 'SELECT ?x WHERE { ?x ?y ?z }'
[ "$(cat "$tmp/out")" = $'?x\n1' ] && grep -q '^application/sparql-query' "$tmp/requests" && ok ||
  bad "endpoint SELECT: $(cat "$tmp/out" "$tmp/err")"
expect 0 "endpoint CONSTRUCT" "$dkg" query --endpoint "http://127.0.0.1:$port/sparql" -r ntriples -e 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }'
grep -q '^<urn:a> <urn:b> "1"^^<http://www.w3.org/2001/XMLSchema#integer> \.$' "$tmp/out" && ok ||
  bad "endpoint CONSTRUCT: $(cat "$tmp/out" "$tmp/err")"
expect 1 "endpoint error" "$dkg" query --endpoint "http://127.0.0.1:$port/sparql" -e 'SELECT fail'
grep -q "127.0.0.1:$port/sparql: error: HTTP 400: Virtuoso 37000 Error SP030: syntax" "$tmp/err" && ok ||
  bad "endpoint error: $(cat "$tmp/err")"
kill "$server" 2>/dev/null
wait "$server" 2>/dev/null
server=
expect 1 "endpoint not listening" "$dkg" query --endpoint "http://127.0.0.1:$port/sparql" -e 'ASK {}'

# No crash for any query text: every prefix of the example queries, and
# random bytes.  A crash (signal) gives an exit status above 128.
n=0
for q in "$src"/examples/queries/*.rq; do
  len=$(wc -c <"$q")
  for cut in $(seq 1 211 "$len"); do
    head -c "$cut" "$q" >"$tmp/cut.rq"
    "$dkg" query -Q "$tmp/cut.rq" "$tmp/seed.nt" >/dev/null 2>&1
    rc=$?
    n=$((n + 1))
    if [ "$rc" -gt 2 ]; then bad "crash ($rc) on a prefix of $(basename "$q") of $cut bytes"; fi
  done
done
$py - "$tmp" <<'EOF'
import random, sys
rnd = random.Random(3)
tokens = ["SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "{", "}", "(", ")",
          "?x", "?y", "<urn:a>", "\"s\"", "FILTER", "OPTIONAL", "UNION", ".",
          ";", ",", "*", "COUNT", "GROUP BY", "ORDER BY", "LIMIT", "1", "a",
          "BIND", "AS", "REGEX", "STR", "DISTINCT", "HAVING", "MINUS", "GRAPH",
          "VALUES", "SERVICE", "PREFIX p: <urn:p#>", "p:x", "\\u0000", "#"]
for i in range(12):
    with open("%s/r%d.rq" % (sys.argv[1], i), "w") as f:
        f.write(" ".join(rnd.choice(tokens) for _ in range(rnd.randint(1, 30))))
EOF
for i in $(seq 0 11); do
  "$dkg" query -Q "$tmp/r$i.rq" "$tmp/seed.nt" >/dev/null 2>&1
  rc=$?
  n=$((n + 1))
  if [ "$rc" -gt 2 ]; then bad "crash ($rc) on random query $(cat "$tmp/r$i.rq")"; fi
done
ok
echo "($n broken or random queries, no crash)"

# push: the password is never taken from the command line.
expect 2 "push --password" "$dkg" push --endpoint http://127.0.0.1:9/x --user u --password secret "${records[@]}"
grep -q secret "$tmp/err" && bad "the password was printed" || ok
expect 2 "push without password" env -u DIALOGUEKG_PASSWORD "$dkg" push --endpoint http://127.0.0.1:9/x --user u "${records[@]}"
expect 2 "push without endpoint" "$dkg" push "${records[@]}"

echo "$passed passed, $fail failed"
[ "$fail" -eq 0 ]
