#!/usr/bin/env bash
# The benchmark of issue 6 (docs/performance.md): the exporter and its peers
# side by side on generated records, one table.
#
#   bench/run.sh BUILD_DIR [--big] [--jobs N]
#
# Sizes 10k and 100k (and 1M with --big); for each: the exporter to every
# streaming syntax (and --jobs N to N-Triples), serdi and rapper copying the
# exporter's own N-Triples, the cJSON parse-only floor, and the rdflib
# script (bench/rdflib_peer.py; N-Triples at 10k, Turtle at 1k records).
# Columns: records/s, triples/s, peak RSS, and the ratio of each row's
# triples/s to the exporter's N-Triples run on the same input.
set -eu
build=$1; shift
big=0 jobs=2
while [ $# -gt 0 ]; do
  case $1 in
    --big) big=1 ;;
    --jobs) jobs=$2; shift ;;
  esac
  shift
done
here=$(cd "$(dirname "$0")" && pwd)
gen=${DKG_SHARED_DIR:-$here/../../shared}/bench/gen_records.py
bin=$build/dialoguekg
floor=$build/bench/cjson_floor
work=${BENCH_DIR:-$(mktemp -d)}
sizes="10000 100000"
[ $big = 1 ] && sizes="$sizes 1000000"
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p')"
# Wall-clock rates, and the CPU time (user+system) the run used: on a
# machine shared with other jobs the CPU time is the steadier figure.
printf '%-8s %-34s %10s %10s %8s %8s %7s\n' \
  records run records/s triples/s cpu_s RSS_MB ratio
measure() { # label records triples command...
  local label=$1 n=$2 t=$3; shift 3
  /usr/bin/time -o "$work/time" -f '%e %U %S %M' "$@" > /dev/null 2>&1 ||
    echo "bench: failed: $*" >&2
  set -- $(tail -n 1 "$work/time")
  awk -v l="$label" -v n="$n" -v t="$t" -v s="$1" -v u="$2" -v y="$3" \
      -v r="$4" -v base="$base" \
    'BEGIN { s = s > 0 ? s : 0.01; tps = t / s;
             printf "%-8s %-34s %10.0f %10.0f %8.2f %8.1f %7.2f\n", n, l, n / s, tps, u + y, r / 1024, (base > 0 ? tps / base : 1) }'
  last_tps=$(awk -v t="$t" -v s="$1" 'BEGIN { s = s > 0 ? s : 0.01; print t / s }')
}
for n in $sizes; do
  in=$work/r$n.jsonl
  [ -s "$in" ] || /usr/bin/python3 "$gen" "$n" > "$in"
  "$bin" convert -q -t ntriples -o "$work/r$n.nt" "$in"
  triples=$(wc -l < "$work/r$n.nt")
  base=0
  measure "dialoguekg ntriples" "$n" "$triples" "$bin" convert -q -t ntriples "$in"
  base=$last_tps
  for fmt in nquads turtle jsonld; do
    measure "dialoguekg $fmt" "$n" "$triples" "$bin" convert -q -t $fmt "$in"
  done
  measure "dialoguekg ntriples --jobs $jobs" "$n" "$triples" \
    "$bin" convert -q -j "$jobs" -t ntriples "$in"
  measure "dialoguekg ntriples --writer serd" "$n" "$triples" \
    "$bin" convert -q --writer serd -t ntriples "$in"
  measure "serdi nt->nt (our output)" "$n" "$triples" \
    serdi -i ntriples -o ntriples "$work/r$n.nt"
  measure "rapper nt->nt (our output)" "$n" "$triples" \
    rapper -q -i ntriples -o ntriples "$work/r$n.nt"
  measure "cJSON parse only (floor)" "$n" "$triples" "$floor" "$in"
  if [ "$n" = 10000 ]; then
    measure "rdflib script -> nt" "$n" "$triples" \
      /usr/bin/python3 "$here/rdflib_peer.py" "$in" nt
    # rdflib's Turtle serializer takes minutes even here: 1,000 records.
    head -n 1000 "$in" > "$work/r1000.jsonl"
    t1k=$("$bin" convert -q -t ntriples "$work/r1000.jsonl" | wc -l)
    measure "rdflib script -> turtle (1k rec)" 1000 "$t1k" \
      /usr/bin/python3 "$here/rdflib_peer.py" "$work/r1000.jsonl" turtle
  fi
done
