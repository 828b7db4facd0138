#!/usr/bin/env bash
# `dialoguekg query`, `load` and `push` from the outside: syntax errors with
# their line and exit 1, usage errors exit 2, every query form (SELECT,
# ASK, CONSTRUCT, DESCRIBE) and results format, no crash on broken or
# random query text, password never on the command line.
#
# usage: test_query_cli.sh DIALOGUEKG SOURCE_DIR
set -uo pipefail
dkg=$1
src=$2
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
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

# Syntax error: the file, the line, the parser's message, exit 1, no output.
printf 'PREFIX dkg: <https://w3id.org/dialoguekg/ns#>\nSELECT ?a\nWHERE {\n  ?d dkg:agency/dkg:label ?a .\n}\n' >"$tmp/bad.rq"
expect 1 "syntax error" "$dkg" query -Q "$tmp/bad.rq" "${records[@]}"
grep -q "^dialoguekg: $tmp/bad.rq:4: error: .*syntax error" "$tmp/err" && ok ||
  bad "syntax error message: $(cat "$tmp/err")"
[ ! -s "$tmp/out" ] && ok || bad "output after a syntax error"

# Usage errors: exit 2.
expect 2 "no query" "$dkg" query "${records[@]}"
expect 2 "both -q and -Q" "$dkg" query -q 'ASK {}' -Q "$tmp/bad.rq"
expect 2 "unknown format" "$dkg" query -q 'ASK {}' -r yaml "${records[@]}"
expect 2 "graph format for SELECT" "$dkg" query -q 'SELECT * WHERE {?s ?p ?o}' -r turtle "${records[@]}"
expect 2 "table format for CONSTRUCT" "$dkg" query -q 'CONSTRUCT {?s ?p ?o} WHERE {?s ?p ?o}' -r csv "${records[@]}"
expect 2 "bad store" "$dkg" query -q 'ASK {}' --store mysql:x
expect 2 "inputs with a persistent store" "$dkg" query -q 'ASK {}' --store "sqlite:$tmp/x.db" "${records[@]}"
expect 1 "missing store" "$dkg" query -q 'ASK {}' --store "sqlite:$tmp/none.db"
grep -q "dialoguekg load" "$tmp/err" && ok || bad "missing store message: $(cat "$tmp/err")"
expect 2 "load without store" "$dkg" load "${records[@]}"
expect 0 "query --help" "$dkg" query --help
expect 0 "load --help" "$dkg" load --help
expect 0 "push --help" "$dkg" push --help

# Forms and formats.
expect 0 "ASK json" "$dkg" query -r json -q 'ASK { ?s a <https://w3id.org/dialoguekg/ns#Dialogue> }' "${records[@]}"
$py -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["boolean"] is True' "$tmp/out" && ok || bad "ASK json: $(cat "$tmp/out")"
expect 0 "ASK xml" "$dkg" query -r xml -q 'ASK { ?s <urn:none> ?o }' "${records[@]}"
grep -q '<boolean>false</boolean>' "$tmp/out" && ok || bad "ASK xml: $(cat "$tmp/out")"
expect 0 "SELECT csv" "$dkg" query -r csv -Q "$src/examples/queries/sources.rq" "${records[@]}"
tr -d '\r' <"$tmp/out" | grep -q '^"U.S.-Japan Cyber Dialogue, round 3",Sputnik,news item,,$' && ok ||
  bad "CSV: $(cat "$tmp/out")"
expect 0 "SELECT xml" "$dkg" query -r xml -Q "$src/examples/queries/sources.rq" "${records[@]}"
$py -c 'import xml.etree.ElementTree as E,sys; E.parse(sys.argv[1])' "$tmp/out" && ok || bad "XML does not parse"
grep -q 'unbound' "$tmp/out" && bad "XML marks unbound variables" || ok
expect 0 "SELECT table" "$dkg" query -Q "$src/examples/queries/heads-of-delegation.rq" "${records[@]}"
grep -q '^2018-07-26  US       Robert Strayer' "$tmp/out" && grep -q '^(4 rows)$' "$tmp/out" && ok ||
  bad "table: $(cat "$tmp/out")"
expect 0 "CONSTRUCT" "$dkg" query -r ntriples -q 'PREFIX dkg: <https://w3id.org/dialoguekg/ns#> CONSTRUCT { ?a dkg:headOf ?del } WHERE { ?del dkg:headAgency ?a }' "${records[@]}"
[ "$(grep -c 'headOf' "$tmp/out")" = 2 ] && ok || bad "CONSTRUCT: $(cat "$tmp/out")"
expect 0 "DESCRIBE IRI" "$dkg" query -r ntriples -q 'DESCRIBE <https://w3id.org/dialoguekg/id/agency/us/department-of-state>' "${records[@]}"
grep -q '"Department of State"@en' "$tmp/out" && ok || bad "DESCRIBE IRI: $(cat "$tmp/out")"
expect 0 "DESCRIBE var" "$dkg" query -r ntriples -q 'PREFIX dkg: <https://w3id.org/dialoguekg/ns#> DESCRIBE ?a WHERE { ?a dkg:acronym "NISC" }' "${records[@]}"
grep -q '"National Center of Incident Readiness and Strategy for Cybersecurity"@en' "$tmp/out" && ok ||
  bad "DESCRIBE var: $(cat "$tmp/out")"
# Same input, same bytes.
"$dkg" query -r turtle -q 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }' "${records[@]}" >"$tmp/c1"
"$dkg" query -r turtle -q 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }' "${records[@]}" >"$tmp/c2"
cmp -s "$tmp/c1" "$tmp/c2" && ok || bad "CONSTRUCT output is not deterministic"
# Broken RDF input: its place, exit 1.
printf '<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> "x .\n' >"$tmp/broken.nt"
expect 1 "broken N-Triples" "$dkg" query -q 'ASK {}' "$tmp/broken.nt"
grep -q "broken.nt:2" "$tmp/err" && ok || bad "broken N-Triples message: $(cat "$tmp/err")"
# A bad record: exit 1 (and with --keep-going, the rest is queried).
printf '{"id": "x"}\n' >"$tmp/bad.jsonl"
expect 1 "bad record" "$dkg" query -q 'ASK {}' "$tmp/bad.jsonl"

# No crash for any query text: every prefix of the example queries, and
# random bytes.  A crash (signal) gives an exit status above 128.
n=0
for q in "$src"/examples/queries/*.rq; do
  len=$(wc -c <"$q")
  for cut in $(seq 1 31 "$len"); do
    head -c "$cut" "$q" >"$tmp/cut.rq"
    "$dkg" query -Q "$tmp/cut.rq" "$tmp/c1" >/dev/null 2>&1
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
for i in range(50):
    with open("%s/r%d.rq" % (sys.argv[1], i), "w") as f:
        f.write(" ".join(rnd.choice(tokens) for _ in range(rnd.randint(1, 30))))
EOF
for i in $(seq 0 49); do
  "$dkg" query -Q "$tmp/r$i.rq" "$tmp/c1" >/dev/null 2>&1
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
