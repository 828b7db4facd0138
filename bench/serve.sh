#!/usr/bin/env bash
# `dialoguekg serve` answering the grouping query (issue 11), against
# rdflib in the same run: N generated records (default 20,000, about a
# million triples), examples/queries/agencies-in-every-round.rq.
#
#   bench/serve.sh BUILD_DIR [RECORDS] [--repeat N]
#
# Rows: serve's start (map the records to N-Quads, bulk-load them, the
# safety settings, the checkpoint), the query over HTTP (SPARQL JSON; the
# fastest of --repeat runs), rdflib's parse of the same graph as N-Triples
# and its query.  The two answers are compared in canonical form
# (tests/sparql_results.py): the bench fails when they differ.  Timings
# only: not a test.  The server is stopped by its pid at the end.
set -eu
build=$1
shift
records=20000 repeat=3
while [ $# -gt 0 ]; do
  case $1 in
    --repeat) repeat=$2; shift ;;
    [0-9]*) records=$1 ;;
    *) echo "usage: bench/serve.sh BUILD_DIR [RECORDS] [--repeat N]" >&2
       exit 2 ;;
  esac
  shift
done
here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
dkg=$(cd "$build" && pwd)/dialoguekg
py=/usr/bin/python3
query=$src/examples/queries/agencies-in-every-round.rq
graph=https://w3id.org/dialoguekg/id/graph
tmp=$(mktemp -d /tmp/dkg-bench-serve.XXXXXX)
# shellcheck source=../tests/serve/lib.sh
. "$src/tests/serve/lib.sh"
trap 'serve_cleanup; rm -rf "$tmp"' EXIT

now() { date +%s.%N; }
secs() { printf '%.2f' "$(echo "$2 - $1" | bc)"; }

"$py" "$src/../shared/bench/gen_records.py" "$records" --seed 7 >"$tmp/records.jsonl"
"$dkg" convert -q -t ntriples "$tmp/records.jsonl" >"$tmp/records.nt"
triples=$(wc -l <"$tmp/records.nt")

t0=$(now)
serve_start "$tmp/store" "$tmp/records.jsonl" || exit 1
t1=$(now)
start_s=$(secs "$t0" "$t1")

best=""
for _ in $(seq 1 "$repeat"); do
  t0=$(now)
  curl -s --fail "$serve_base/sparql" --data-urlencode "query@$query" \
    --data-urlencode "default-graph-uri=$graph" \
    -H 'Accept: application/sparql-results+json' >"$tmp/serve.json"
  t1=$(now)
  s=$(secs "$t0" "$t1")
  if [ -z "$best" ] || [ "$(echo "$s < $best" | bc)" = 1 ]; then best=$s; fi
done
serve_rows=$("$py" -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["results"]["bindings"]))' "$tmp/serve.json")

"$py" - "$tmp/records.nt" "$query" "$tmp/rdflib.json" >"$tmp/rdflib.times" <<'PY'
import sys, time
import rdflib
data, query, out = sys.argv[1:4]
t0 = time.monotonic()
g = rdflib.Graph()
g.parse(data, format="nt")
t1 = time.monotonic()
result = g.query(open(query).read())
with open(out, "wb") as f:
    f.write(result.serialize(format="json"))
t2 = time.monotonic()
print("%.2f %.2f %d" % (t1 - t0, t2 - t1, len(result)))
PY
read -r rdf_load rdf_query rdf_rows <"$tmp/rdflib.times"

canon="$py $src/tests/sparql_results.py json"
if diff <($canon "$tmp/serve.json") <($canon "$tmp/rdflib.json") >"$tmp/diff"; then
  same="yes"
else
  same="NO ($(grep -c '^[<>]' "$tmp/diff") lines differ)"
fi

ratio() { printf '%.1f' "$(echo "$1 / $2" | bc -l)"; }
echo "serve vs rdflib: $records generated records (--seed 7), $triples triples, agencies-in-every-round.rq"
echo
echo "| step | serve (Virtuoso) | rdflib | rdflib / serve |"
echo "|---|---:|---:|---:|"
echo "| load (serve: map + bulk load + settings; rdflib: parse N-Triples) | $start_s s | $rdf_load s | $(ratio "$rdf_load" "$start_s") |"
echo "| query (serve: over HTTP, fastest of $repeat) | $best s | $rdf_query s | $(ratio "$rdf_query" "$best") |"
echo "| rows | $serve_rows | $rdf_rows | |"
echo
echo "answers equal: $same"
[ "$same" = yes ]
