#!/usr/bin/env bash
# The query benchmark of issue 11 (docs/performance.md): `dialoguekg query`
# (Jena ARQ, in memory), `query --store` (Jena TDB2, made by `load`) and
# rdflib answering the same query on the same generated records, in one run.
#
#   bench/query.sh BUILD_DIR [RECORDS] [RDFLIB_RECORDS]
#
# RECORDS (default 20000) for dialoguekg; rdflib is measured on
# RDFLIB_RECORDS (default 1000) because it needs minutes where Jena needs
# seconds, and on that size dialoguekg too, so that the ratio compares the
# same work.  The query is examples/queries/agencies-in-every-round.rq (two
# grouped subqueries joined: the grouping query of the issue) and the
# simpler dialogues-by-year.rq.  Each row: wall time (load + query, JVM start
# included), peak RSS, rows answered (all engines must agree).
set -eu
build=$1
records=${2:-20000}
small=${3:-1000}
here=$(cd "$(dirname "$0")" && pwd)
src=$here/..
gen=${DKG_SHARED_DIR:-$src/../shared}/bench/gen_records.py
bin=$build/dialoguekg
work=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
py=/usr/bin/python3
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p')"

# Wall time, and the CPU time (user+system, the JVM included) that the run
# used: on a machine shared with other jobs the CPU time is the steadier
# figure.  Rows: solutions answered (every engine must give the same).
measure() { # LABEL COMMAND...
  local label=$1
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >"$work/out" 2>"$work/err" || {
    echo "$label: failed: $(grep -v warning "$work/err" | head -3)"
    return
  }
  read -r secs user sys kb <"$work/time"
  printf '%-52s %8.2f s %8.2f s CPU %8.1f MB %7d rows\n' "$label" "$secs" \
    "$(echo "$user + $sys" | bc -l)" "$(echo "$kb / 1024" | bc -l)" \
    "$(($(grep -c . "$work/out") - 1))"
}

cat >"$work/rdflib_query.py" <<'PY'
import sys, rdflib
g = rdflib.Graph()
g.parse(sys.argv[1], format="nt")
res = g.query(open(sys.argv[2]).read())
print("header")
for row in res:
    print("\t".join(str(v) for v in row))
PY
printf '%-52s %10s %14s %11s %12s\n' "" wall CPU "peak RSS" answer

for n in "$small" "$records"; do
  [ -f "$work/g$n.jsonl" ] || $py "$gen" "$n" --seed 7 >"$work/g$n.jsonl"
  "$bin" convert -q -t ntriples "$work/g$n.jsonl" >"$work/g$n.nt"
  echo "== $n records, $(sort -u "$work/g$n.nt" | grep -c .) triples"
  rm -rf "$work/store$n"
  measure "load --store (TDB2)" "$bin" load -q --store "$work/store$n" "$work/g$n.jsonl"
  for q in dialogues-by-year agencies-in-every-round; do
    rq=$src/examples/queries/$q.rq
    measure "query $q (records, in memory)" "$bin" query -q -r tsv --timeout 0 -Q "$rq" "$work/g$n.jsonl"
    measure "query $q (N-Triples, in memory)" "$bin" query -q -r tsv --timeout 0 -Q "$rq" "$work/g$n.nt"
    measure "query --store $q" "$bin" query -q -r tsv --timeout 0 --store "$work/store$n" -Q "$rq"
    if [ "$n" = "$small" ]; then
      measure "rdflib $q (N-Triples)" $py "$work/rdflib_query.py" "$work/g$n.nt" "$rq"
    fi
  done
done
