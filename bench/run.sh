#!/usr/bin/env bash
# The benchmark of issue 6 (docs/performance.md): the exporter and its peers
# side by side on generated records, one table.
#
#   bench/run.sh BUILD_DIR [--big] [--jobs N] [--repeat N]
#
# Sizes 10k and 100k (and 1M with --big); for each: the exporter to every
# streaming syntax (and --jobs N to N-Triples), serdi and rapper copying the
# exporter's own N-Triples, the cJSON parse-only floor, and the rdflib
# script (bench/rdflib_peer.py; N-Triples at 10k, Turtle at 1k records).
# Columns: records/s, triples/s, peak RSS, and the ratio of each row's
# triples/s to the exporter's N-Triples run on the same input.  With
# --repeat N every row (peers included) is run N times, the runs of the
# rows of one size taking turns, and the fastest run of each row is kept:
# on a machine shared with other jobs the fastest run is the one least
# disturbed.
set -eu
build=$1; shift
big=0 jobs=2 repeat=1
while [ $# -gt 0 ]; do
  case $1 in
    --big) big=1 ;;
    --jobs) jobs=$2; shift ;;
    --repeat) repeat=$2; shift ;;
    *) echo "usage: bench/run.sh BUILD_DIR [--big] [--jobs N] [--repeat N]" >&2
       exit 2 ;;
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
# Runs a command, keeping its fastest run in $work/best.LABEL: wall, user,
# system seconds and peak RSS.
run_once() { # label command...
  local key; key=$(printf '%s' "$1" | tr -c 'A-Za-z0-9' _); shift
  /usr/bin/time -o "$work/time" -f '%e %U %S %M' "$@" > /dev/null 2>&1 ||
    echo "bench: failed: $*" >&2
  local now; now=$(tail -n 1 "$work/time")
  if [ ! -s "$work/best.$key" ] ||
     awk -v a="${now%% *}" -v b="$(cut -d' ' -f1 "$work/best.$key")" \
       'BEGIN { exit !(a < b) }'; then
    echo "$now" > "$work/best.$key"
  fi
}
report() { # label records triples
  local label=$1 n=$2 t=$3 key; key=$(printf '%s' "$1" | tr -c 'A-Za-z0-9' _)
  set -- $(cat "$work/best.$key")
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
  rm -f "$work"/best.*
  if [ "$n" = 10000 ]; then
    # rdflib's Turtle serializer takes minutes even here: 1,000 records.
    head -n 1000 "$in" > "$work/r1000.jsonl"
    t1k=$("$bin" convert -q -t ntriples "$work/r1000.jsonl" | wc -l)
  fi
  for round in $(seq "$repeat"); do
    run_once "dialoguekg ntriples" "$bin" convert -q -t ntriples "$in"
    for fmt in nquads turtle jsonld; do
      run_once "dialoguekg $fmt" "$bin" convert -q -t $fmt "$in"
    done
    run_once "dialoguekg ntriples --jobs $jobs" \
      "$bin" convert -q -j "$jobs" -t ntriples "$in"
    run_once "dialoguekg ntriples --writer serd" \
      "$bin" convert -q --writer serd -t ntriples "$in"
    run_once "serdi nt->nt (our output)" \
      serdi -i ntriples -o ntriples "$work/r$n.nt"
    run_once "rapper nt->nt (our output)" \
      rapper -q -i ntriples -o ntriples "$work/r$n.nt"
    run_once "cJSON parse only (floor)" "$floor" "$in"
    if [ "$n" = 10000 ]; then
      run_once "rdflib script -> nt" \
        /usr/bin/python3 "$here/rdflib_peer.py" "$in" nt
      run_once "rdflib script -> turtle (1k rec)" \
        /usr/bin/python3 "$here/rdflib_peer.py" "$work/r1000.jsonl" turtle
    fi
  done
  base=0
  report "dialoguekg ntriples" "$n" "$triples"
  base=$last_tps
  for label in "dialoguekg nquads" "dialoguekg turtle" "dialoguekg jsonld" \
               "dialoguekg ntriples --jobs $jobs" \
               "dialoguekg ntriples --writer serd" \
               "serdi nt->nt (our output)" "rapper nt->nt (our output)" \
               "cJSON parse only (floor)"; do
    report "$label" "$n" "$triples"
  done
  if [ "$n" = 10000 ]; then
    report "rdflib script -> nt" "$n" "$triples"
    report "rdflib script -> turtle (1k rec)" 1000 "$t1k"
  fi
done
