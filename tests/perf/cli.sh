#!/usr/bin/env bash
# Tests of issue 6 (docs/performance.md): tests/perf/cli.sh MODE BIN SHARED
#   jobs      convert --jobs N gives the bytes (output, messages, exit code)
#             of --jobs 1, on generated records with broken lines, bad and
#             unresolved records, in every streaming syntax and more
#   writers   dialoguekg's N-Triples/N-Quads writer gives serd's bytes
#   progress  --progress: the line is drawn, and erased before each message
#   shards    shards converted apart to N-Quads, unioned, equal one run
# No timing is asserted anywhere.
set -u
[ -n "${DKG_TEST_DEBUG:-}" ] && set -x
mode=$1 bin=$2 shared=$3
gen=$shared/bench/gen_records.py
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
failed() { echo "FAIL: $*"; fail=1; }

# 1500 generated records, with damage in known places: a broken JSON line,
# a record failing the checks, a record with unknown names.
make_input() {
  /usr/bin/python3 "$gen" 1500 --seed 7 > "$tmp/clean.jsonl" || exit 1
  /usr/bin/python3 - "$tmp/clean.jsonl" "$tmp/in.jsonl" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
out = []
for i, line in enumerate(lines):
    if i == 300:
        out.append('{"id": "broken", "series": }')          # not JSON
    if i == 500:
        out.append('{"id": "raw\x01control"}')              # reader error
    if i == 700:
        r = json.loads(line); r["date"] = "2019-02-30"        # fails checks
        line = json.dumps(r, ensure_ascii=False)
    if i == 900:
        r = json.loads(line)
        r["topics"].append("quantum widgets \"policy\" \\ review")
        r["delegations"][0]["agencies"].append("Bureau of Unlikely Things")
        line = json.dumps(r, ensure_ascii=False)
    out.append(line)
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
PY
  head -n 800 "$tmp/in.jsonl" > "$tmp/a.jsonl"
  tail -n +801 "$tmp/in.jsonl" > "$tmp/b.jsonl"
}

case $mode in
jobs)
  make_input
  for fmt in ntriples nquads turtle jsonld rdfxml; do
    for opts in "--keep-going" "" "--strict --keep-going"; do
      "$bin" convert -t "$fmt" $opts -o "$tmp/1.out" \
        "$tmp/a.jsonl" "$tmp/b.jsonl" 2> "$tmp/1.err"
      rc1=$?
      for j in 2 3; do
        "$bin" convert -t "$fmt" -j $j $opts -o "$tmp/$j.out" \
          "$tmp/a.jsonl" "$tmp/b.jsonl" 2> "$tmp/$j.err"
        rcj=$?
        [ $rc1 = $rcj ] || failed "$fmt $opts -j $j: exit $rcj, not $rc1"
        cmp -s "$tmp/1.err" "$tmp/$j.err" ||
          failed "$fmt $opts -j $j: messages differ"
        if [ -e "$tmp/1.out" ]; then
          cmp -s "$tmp/1.out" "$tmp/$j.out" ||
            failed "$fmt $opts -j $j: output differs"
        elif [ -e "$tmp/$j.out" ]; then
          failed "$fmt $opts -j $j: output written where -j 1 wrote none"
        fi
        rm -f "$tmp/$j.out"
      done
      rm -f "$tmp/1.out"
    done
  done
  # The damage was seen (else the test proves little).
  # (past 30 unresolved names only a summary is printed: the report file
  # holds every one)
  "$bin" convert -t ntriples --keep-going \
    --unresolved-report "$tmp/k.unresolved" "$tmp/in.jsonl" \
    > "$tmp/k.nt" 2> "$tmp/k.err"
  grep -q 'error' "$tmp/k.err" &&
    grep -q 'Bureau of Unlikely' "$tmp/k.err" "$tmp/k.unresolved" ||
    failed "the damaged records were not reported"
  # Standard input, and a clean run with every format.
  for j in 1 2; do
    "$bin" convert -q -t turtle -j $j < "$tmp/clean.jsonl" > "$tmp/s$j.ttl" ||
      failed "stdin -j $j"
  done
  cmp -s "$tmp/s1.ttl" "$tmp/s2.ttl" || failed "stdin: -j 2 differs"
  [ "$("$bin" convert -j 0 x 2>&1 >/dev/null; echo $?)" != 0 ] ||
    failed "-j 0 accepted"
  ;;
writers)
  make_input
  for fmt in ntriples nquads; do
    "$bin" convert -q -t $fmt --keep-going "$tmp/in.jsonl" > "$tmp/own" 2>/dev/null
    "$bin" convert -q -t $fmt --keep-going --writer serd "$tmp/in.jsonl" \
      > "$tmp/serd" 2>/dev/null
    [ -s "$tmp/own" ] || failed "$fmt: no output"
    cmp -s "$tmp/own" "$tmp/serd" || failed "$fmt: own writer differs from serd"
  done
  grep -q '\\"policy\\" \\\\ review' "$tmp/own" ||
    failed "escaped quote and backslash not in the output"
  ;;
progress)
  make_input
  esc=$(printf '\r\033[K')
  DIALOGUEKG_PROGRESS_MS=0 "$bin" convert --progress --keep-going \
    -t ntriples "$tmp/in.jsonl" > /dev/null 2> "$tmp/p.err"
  grep -q 'records, .* triples, .* triples/s, [0-9]*%' "$tmp/p.err" ||
    failed "no progress line with percent"
  grep -q '100% in [0-9.]* s' "$tmp/p.err" || failed "no final line"
  # Split on CR and LF: every message must start a piece of its own, that
  # is, come right after an erase (or a newline), never after progress text.
  /usr/bin/python3 - "$tmp/p.err" <<'PY' || fail=1
import re, sys
data = open(sys.argv[1], encoding="utf-8", newline="").read()
msgs = [m.start() for m in re.finditer(r"dialoguekg: [^ ]*\.jsonl:", data)]
if len(msgs) < 3:
    print("FAIL: expected the messages of the damaged records"); sys.exit(1)
for at in msgs:
    before = data[max(0, at - 4):at]
    if not (before.endswith("\r\x1b[K") or before.endswith("\n") or at == 0):
        print("FAIL: a message follows progress text: %r" % data[at-60:at+40])
        sys.exit(1)
    # and no progress text was left on the line of a message
    line_end = data.find("\n", at)
    if "\r" in data[at:line_end]:
        print("FAIL: progress drawn inside a message line"); sys.exit(1)
print("progress: %d messages, each on its own line" % len(msgs))
PY
  # --quiet and a non-terminal: no progress.
  "$bin" convert -q --keep-going -t ntriples "$tmp/in.jsonl" > /dev/null \
    2> "$tmp/q.err"
  grep -q 'triples/s' "$tmp/q.err" && failed "--quiet shows progress"
  "$bin" convert --keep-going -t ntriples "$tmp/in.jsonl" > /dev/null \
    2> "$tmp/n.err"
  grep -q 'triples/s' "$tmp/n.err" && failed "progress on a non-terminal"
  # Standard input from a pipe: no size, so no percent, still progress.
  cat "$tmp/clean.jsonl" | DIALOGUEKG_PROGRESS_MS=0 "$bin" convert \
    --progress -t ntriples > /dev/null 2> "$tmp/pipe.err"
  grep -q 'triples/s' "$tmp/pipe.err" || failed "no progress from a pipe"
  grep -q '%' "$tmp/pipe.err" && failed "percent without a known size"
  ;;
shards)
  /usr/bin/python3 "$gen" 2000 --seed 11 > "$tmp/all.jsonl" || exit 1
  "$bin" convert -q -t nquads "$tmp/all.jsonl" > "$tmp/single.nq" ||
    failed "single run"
  split -n l/4 -d "$tmp/all.jsonl" "$tmp/shard-"
  pids=()
  for s in "$tmp"/shard-0?; do
    "$bin" convert -q -t nquads -o "$s.nq" "$s" & pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || failed "a shard failed"; done
  [ "$(ls "$tmp"/shard-0?.nq | wc -l)" = 4 ] || failed "not 4 shards"
  cat "$tmp"/shard-0?.nq | LC_ALL=C sort -u > "$tmp/union.nq"
  LC_ALL=C sort -u "$tmp/single.nq" > "$tmp/single.sorted"
  cmp -s "$tmp/union.nq" "$tmp/single.sorted" ||
    failed "the union of the shards is not the single-run graph"
  # The same as graphs, with rdflib (no blank nodes, so sets of quads).
  /usr/bin/python3 - "$tmp/union.nq" "$tmp/single.nq" <<'PY' || fail=1
import sys, rdflib
a, b = rdflib.ConjunctiveGraph(), rdflib.ConjunctiveGraph()
a.parse(sys.argv[1], format="nquads"); b.parse(sys.argv[2], format="nquads")
qa, qb = set(a.quads((None, None, None))), set(b.quads((None, None, None)))
qa = {(s, p, o, g.identifier) for s, p, o, g in qa}
qb = {(s, p, o, g.identifier) for s, p, o, g in qb}
if qa != qb or not qa:
    print("FAIL: rdflib: %d vs %d quads" % (len(qa), len(qb))); sys.exit(1)
print("shards: %d quads in the union, the same as one run" % len(qa))
PY
  # Shards repeat shared entities: the union has fewer lines than the cat.
  [ "$(cat "$tmp"/shard-0?.nq | wc -l)" -gt "$(wc -l < "$tmp/union.nq")" ] ||
    failed "shards did not overlap (test data too small?)"
  ;;
*) echo "unknown mode $mode"; exit 2 ;;
esac
[ $fail = 0 ] && echo "perf $mode: 1 passed, 0 failed" || echo "perf $mode: 0 passed, 1 failed"
exit $fail
