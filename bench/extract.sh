#!/usr/bin/env bash
# The benchmark of `dialoguekg extract` (docs/performance.md, "`extract` at
# scale"): figures are ratios against peers measured in the same run, as the
# machine is shared; nothing here is a test.
#
#   bench/extract.sh BUILD_DIR [--copies K] [--repeat N] [--timeout S]
#                    [--only throughput|scaling]
#
# 1. Throughput: every release of tests/extract (releases/, heldout*/releases/)
#    and ../shared/seeds/*.txt, text and HTML, copied K times (default 10)
#    into one directory, then `extract -q -o out.jsonl FILES...`, with and
#    without --no-evidence.  Peers on the same files in the same run: `cat`
#    (the read floor), libxml2's `xmllint --html --noout` on the HTML ones
#    (against extract on the same HTML files), and `validate` and `convert
#    -t ntriples` on the records written.  Each row is the fastest of
#    --repeat runs (default 3) taken in turns; its ratio is its wall time
#    over extract's (below 1: faster than extract).
# 2. Scaling: one release growing in one dimension (bench/gen_releases.py):
#    N agencies, N paragraphs of prose, N topics, N paragraphs of nested
#    HTML; each size once with evidence and once with --no-evidence, under
#    --timeout S seconds (default 120) and 3 GB of memory.  The "per item"
#    column stays flat when the work is linear; "x previous N" is the time
#    per item over that of the next smaller N (about 1 when linear, 10 when
#    quadratic and N grew ten times; below 1 while start-up dominates).  Every record is
#    checked: validate accepts it, and the agencies or topics number N (for
#    paragraphs: the record without evidence is the one of the smallest N).
#
# BENCH_DIR=DIR keeps the generated files in DIR (default: a temporary one).
set -u
build=$1
shift
copies=10 repeat=3 limit=120 only=
while [ $# -gt 0 ]; do
  case $1 in
    --copies) copies=$2; shift ;;
    --repeat) repeat=$2; shift ;;
    --timeout) limit=$2; shift ;;
    --only) only=$2; shift ;;
    *) echo "usage: bench/extract.sh BUILD_DIR [--copies K] [--repeat N]" \
         "[--timeout S] [--only throughput|scaling]" >&2
       exit 2 ;;
  esac
  shift
done
here=$(cd "$(dirname "$0")" && pwd)
bin=$(cd "$build" && pwd)/dialoguekg
tests=$here/../tests/extract
seeds=${DKG_SHARED_DIR:-$here/../../shared}/seeds
py=/usr/bin/python3
work=${BENCH_DIR:-$(mktemp -d)}
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p')," \
  "load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')," \
  "dialoguekg $(git -C "$here" rev-parse --short HEAD 2>/dev/null)"

# timed OUT COMMAND...: runs COMMAND under /usr/bin/time -v and writes
# "wall user+sys maxrss_kb exit" to OUT (wall time from the clock in ns:
# time's own is in hundredths, too coarse for the peers).
timed() {
  local out=$1 t0 t1
  shift
  t0=$(date +%s%N)
  /usr/bin/time -v -o "$out.v" "$@" >/dev/null 2>"$out.err"
  local rc=$?
  t1=$(date +%s%N)
  awk -v rc=$rc -v w="$(((t1 - t0) / 1000))" -F': ' '
    BEGIN { w /= 1e6 }
    /User time/ { c += $2 } /System time/ { c += $2 }
    /Maximum resident/ { m = $2 }
    END { printf "%.3f %.2f %d %d\n", w, c, m, rc }' "$out.v" > "$out"
}

# best KEY COMMAND...: one more run of a row; keeps its fastest in best.KEY.
best() {
  local key=$1
  shift
  timed "$work/now" "$@"
  if [ ! -s "$work/best.$key" ] ||
     awk -v a="$(cut -d' ' -f1 "$work/now")" \
         -v b="$(cut -d' ' -f1 "$work/best.$key")" 'BEGIN { exit !(a < b) }'
  then
    cp "$work/now" "$work/best.$key"
  fi
}

mb() { # FILE...: their size in MB
  cat "$@" | wc -c | awk '{ printf "%.3f", $1 / 1e6 }'
}

throughput() {
  local c=$work/copies
  rm -rf "$c" && mkdir -p "$c"
  local d f k tag n=0
  for d in "$tests"/releases "$tests"/heldout*/releases "$seeds"; do
    case $d in *heldout-e*) continue ;; esac # not ours to read
    tag=$(basename "$(dirname "$d")")
    for f in "$d"/*; do
      case $f in *.txt | *.html | *.htm) ;; *) continue ;; esac
      n=$((n + 1))
      for k in $(seq "$copies"); do
        cp "$f" "$c/$k-$tag-$(basename "$f")"
      done
    done
  done
  cd "$c" || exit 1
  shopt -s nullglob
  local all=(*) html=(*.html *.htm)
  shopt -u nullglob
  local mb_all mb_html
  mb_all=$(mb "${all[@]}")
  mb_html=$(mb "${html[@]}")
  echo
  echo "Throughput: $n releases x $copies copies = ${#all[@]} files," \
    "$mb_all MB (${#html[@]} HTML files, $mb_html MB); fastest of $repeat"
  rm -f "$work"/best.*
  local xmllint
  xmllint=$(command -v xmllint)
  for _ in $(seq "$repeat"); do
    best cat cat "${all[@]}"
    best extract "$bin" extract -q -o "$work/out.jsonl" "${all[@]}"
    best noev "$bin" extract -q --no-evidence -o "$work/noev.jsonl" "${all[@]}"
    best validate "$bin" validate -q "$work/out.jsonl"
    best convert "$bin" convert -q -t ntriples -o "$work/out.nt" \
      "$work/out.jsonl"
    if [ ${#html[@]} -gt 0 ]; then
      best xhtml "$bin" extract -q -o "$work/html.jsonl" "${html[@]}"
      [ -n "$xmllint" ] && best xmllint "$xmllint" --html --noout "${html[@]}"
    fi
  done
  cd "$work" || exit 1
  local recs nrecs mb_out
  recs=$(wc -l < "$work/out.jsonl")
  nrecs=$(wc -l < "$work/html.jsonl" 2>/dev/null || echo 0)
  mb_out=$(mb "$work/out.jsonl")
  echo
  echo "| run | inputs | MB in | wall s | CPU s | inputs/s | MB/s | peak RSS MB | exit | time / extract's |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  row() { # LABEL KEY INPUTS MB BASEKEY
    set -- "$1" "$(cat "$work/best.$2")" "$3" "$4" "$(cut -d' ' -f1 "$work/best.$5")"
    echo "$1|$2|$3|$4|$5" | awk -F'|' '{
      split($2, t, " "); w = t[1] > 0 ? t[1] : 0.001
      printf "| %s | %d | %.2f | %.3f | %.2f | %.0f | %.2f | %.1f | %d | %.3f |\n",
        $1, $3, $4, t[1], t[2], $3 / w, $4 / w, t[3] / 1024, t[4], t[1] / $5 }'
  }
  row "cat FILES (read floor)" cat "${#all[@]}" "$mb_all" extract
  row "**extract**" extract "${#all[@]}" "$mb_all" extract
  row "extract --no-evidence" noev "${#all[@]}" "$mb_all" extract
  row "validate out.jsonl ($recs records)" validate "$recs" "$mb_out" extract
  row "convert -t ntriples out.jsonl" convert "$recs" "$mb_out" extract
  if [ ${#html[@]} -gt 0 ]; then
    row "extract, HTML files only ($nrecs records)" xhtml "${#html[@]}" \
      "$mb_html" extract
    [ -n "$xmllint" ] &&
      row "xmllint --html --noout, HTML only (time / extract HTML only)" \
        xmllint "${#html[@]}" "$mb_html" xhtml
  fi
  echo
  echo "Records written: $recs of ${#all[@]} inputs; out.jsonl $mb_out MB" \
    "($(mb "$work/noev.jsonl") MB with --no-evidence)."
}

# check SHAPE N OUT BASE: "ok" when validate accepts OUT and its counts are
# those of SHAPE N (BASE: the --no-evidence record of the smallest N).
check() {
  [ -s "$3" ] || { echo "no record"; return; }
  "$bin" validate -q "$3" >/dev/null 2>&1 || { echo "validate refuses"; return; }
  $py - "$@" <<'PY'
import json, sys
shape, n, out, base = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
r = json.load(open(out))
if shape == "agencies":
    got = sum(len(d.get("agencies", [])) for d in r.get("delegations", []))
elif shape == "topics":
    got = len(r.get("topics", []))
else:
    r.pop("evidence", None)
    got = n if (base == out or r == json.load(open(base))) else -1
print("ok" if got == n else
      "%d %s, not %d" % (got, shape, n) if got >= 0 else
      "record differs from the smallest N's")
PY
}

scaling() {
  echo
  echo "Scaling: one release growing in one dimension; each row one run" \
    "(timeout ${limit} s, 3 GB)"
  echo
  echo "| shape | N | input MB | evidence | exit | wall s | CPU s | µs per item | x previous N | peak RSS MB | output MB | check |"
  echo "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|"
  local shape sizes n ev f out base prev
  for shape in agencies paragraphs topics html; do
    case $shape in
      agencies) sizes="100 1000 3000 10000" ;;
      topics) sizes="100 1000 10000" ;;
      *) sizes="100 1000 5000 20000" ;;
    esac
    base=$work/$shape.${sizes%% *}.no.json
    for ev in no yes; do
      prev=
      for n in $sizes; do
        f=$work/$shape.$n
        [ -s "$f" ] || $py "$here/gen_releases.py" "$shape" "$n" > "$f"
        out=$work/$shape.$n.$ev.json
        rm -f "$out"
        local opts=(-q -o "$out")
        [ "$shape" = html ] && opts+=(--html)
        [ $ev = no ] && opts+=(--no-evidence)
        # a record of 10,000 agencies with evidence needs gigabytes (see
        # the docs): the limits stop it instead of the machine
        (ulimit -v 3145728 -f 1048576
         timed "$work/now" timeout "$limit" "$bin" extract "${opts[@]}" "$f")
        local wall cpu rss rc per
        read -r wall cpu rss rc < "$work/now"
        per=$(awk -v w="$wall" -v n="$n" -v p="$prev" 'BEGIN {
          printf "%.1f %s", w / n * 1e6, (p > 0 ? sprintf("%.2f", w / n / p) : "-") }')
        prev=$(awk -v w="$wall" -v n="$n" 'BEGIN { print w / n }')
        local verdict
        if [ "$rc" = 124 ]; then verdict="timed out"
        elif [ ! -s "$out" ]; then
          verdict="failed: $(tail -n 1 "$work/now.err" | cut -c1-70)"
        else verdict=$(check "$shape" "$n" "$out" "$base"); fi
        echo "| $shape | $n | $(mb "$f") | $ev | $rc | $wall | $cpu | ${per% *} | ${per#* } | $(awk -v r="$rss" 'BEGIN { printf "%.1f", r / 1024 }') | $( [ -s "$out" ] && mb "$out" || echo -) | $verdict |"
        [ "$out" = "$base" ] || rm -f "$out"
      done
    done
  done
}

[ "$only" = scaling ] || throughput
[ "$only" = throughput ] || scaling
