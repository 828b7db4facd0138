#!/usr/bin/env bash
# Runs every examples/queries/*.rq through `dialoguekg query` on the seed
# records and checks the results against NAME.expected.tsv (checked by
# hand against the two source texts in shared/seeds/), in TSV, SPARQL JSON
# and SPARQL XML; then the same on RDF-file inputs (Turtle, N-Triples,
# N-Quads, with --union-default-graph since N-Quads put everything in named
# graphs) and on a persistent store (a TDB2 directory) filled by
# `dialoguekg load`; and the README's first query gives the seven agencies.
#
# usage: test_query_examples.sh DIALOGUEKG SOURCE_DIR
set -euo pipefail
dkg=$1
src=$2
py=/usr/bin/python3
canon="$py $src/tests/sparql_results.py"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
n=0

records=("$src"/data/dialogues/*.json)
queries=("$src"/examples/queries/*.rq)
[ ${#queries[@]} -ge 8 ] || { echo "FAIL: fewer than 8 example queries"; exit 1; }

check() { # NAME WHAT FORMAT FILE
  local name=$1 what=$2 fmt=$3 file=$4
  n=$((n + 1))
  if ! diff -u <($canon tsv "$src/examples/queries/$name.expected.tsv") \
      <($canon "$fmt" "$file") >"$tmp/diff"; then
    echo "FAIL: $name ($what, $fmt)"
    cat "$tmp/diff"
    fail=$((fail + 1))
  fi
}

# RDF inputs, written by the tool itself.
"$dkg" convert -t turtle "${records[@]}" >"$tmp/seed.ttl"
"$dkg" convert -t ntriples "${records[@]}" >"$tmp/seed.nt"
"$dkg" convert -t nquads "${records[@]}" >"$tmp/seed.nq"
cp "$tmp/seed.ttl" "$tmp/seed-noext"   # told apart by content
"$dkg" load -q --store "$tmp/store" "${records[@]}"
# Loading again adds nothing (set semantics).
count='SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
size1=$("$dkg" query --store "$tmp/store" -r tsv -e "$count" | tail -1)
"$dkg" load -q --store "$tmp/store" "$tmp/seed.nt"
size2=$("$dkg" query --store "$tmp/store" -r tsv -e "$count" | tail -1)
expected_size=$(sort -u "$tmp/seed.nt" | grep -c .)
n=$((n + 1))
if [ "$size1" != "$expected_size" ] || [ "$size2" != "$expected_size" ]; then
  echo "FAIL: store size $size1 then $size2, expected $expected_size"
  fail=$((fail + 1))
fi

# The README's first query, copied from the README itself.
awk '/^```sparql$/ {on = 1; next} on && /^```$/ {exit} on' "$src/README.md" \
  >"$tmp/readme.rq"
n=$((n + 1))
if ! "$dkg" query -Q "$tmp/readme.rq" -r tsv "${records[@]}" >"$tmp/readme.tsv" ||
   ! cmp -s "$tmp/readme.tsv" \
     "$src/examples/queries/agencies-in-both-japanese-delegations.expected.tsv"; then
  echo "FAIL: the README's first query"
  cat "$tmp/readme.tsv"
  fail=$((fail + 1))
fi

for q in "${queries[@]}"; do
  name=$(basename "$q" .rq)
  if [ ! -f "$src/examples/queries/$name.expected.tsv" ]; then
    echo "FAIL: $name has no expected result"
    fail=$((fail + 1))
    continue
  fi
  for fmt in tsv json xml; do
    "$dkg" query -Q "$q" -r "$fmt" "${records[@]}" >"$tmp/out.$fmt"
    check "$name" records "$fmt" "$tmp/out.$fmt"
  done
  # The TSV of dialoguekg is the expected file byte for byte.
  n=$((n + 1))
  if ! cmp -s "$tmp/out.tsv" "$src/examples/queries/$name.expected.tsv"; then
    echo "FAIL: $name: TSV output differs from the expected file"
    fail=$((fail + 1))
  fi
  for input in seed.ttl seed.nt seed-noext; do
    "$dkg" query -Q "$q" -r json "$tmp/$input" >"$tmp/out.json"
    check "$name" "$input" json "$tmp/out.json"
  done
  "$dkg" query -Q "$q" -r json --union-default-graph "$tmp/seed.nq" \
    >"$tmp/out.json"
  check "$name" "seed.nq" json "$tmp/out.json"
  "$dkg" query -Q "$q" -r json --store "$tmp/store" >"$tmp/out.json"
  check "$name" "store" json "$tmp/out.json"
done

echo "$((n - fail)) passed, $fail failed"
[ "$fail" -eq 0 ]
