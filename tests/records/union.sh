#!/usr/bin/env bash
# The graph is the union of its records (docs/mapping.md): the N-Triples of
# every seed and example record converted alone, of all of them in reverse
# order, and of random shards, merged with sort -u, equal the joint export;
# the same for generated records.  Also: --jobs 2 writes the joint export's
# bytes.
#
# usage: union.sh BUILD_DIR SOURCE_DIR
set -u
bin="$1/dialoguekg"
src="$2"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
check() {
  local name="$1"
  shift
  if "$@"; then passed=$((passed + 1)); else
    failed=$((failed + 1))
    echo "FAIL: $name"
  fi
}
overlay=(--registry "$src/examples/overlay/registry.json")
convert() { "$bin" convert -q -t ntriples "${overlay[@]}" "$@"; }

# One record a file: the seeds and the examples.
files=("$src"/data/dialogues/*.json "$src"/examples/records/*.json "$src"/tests/records/good/*.json)
convert "${files[@]}" >"$tmp/joint.nt" || check "joint export" false
sort -u "$tmp/joint.nt" >"$tmp/joint.sorted"
check "the joint export has no duplicate statement" \
  test "$(wc -l <"$tmp/joint.nt")" -eq "$(wc -l <"$tmp/joint.sorted")"

for f in "${files[@]}"; do convert "$f"; done | sort -u >"$tmp/alone"
check "each record alone, merged = joint (${#files[@]} records)" \
  cmp -s "$tmp/alone" "$tmp/joint.sorted"

reversed=()
for ((i = ${#files[@]} - 1; i >= 0; --i)); do reversed+=("${files[$i]}"); done
convert "${reversed[@]}" | sort -u >"$tmp/reversed"
check "reverse order = joint" cmp -s "$tmp/reversed" "$tmp/joint.sorted"

# Random shards of the same files (a fixed seed: the test is repeatable).
/usr/bin/python3 - "$tmp" "${files[@]}" <<'PY'
import random, sys
tmp, files = sys.argv[1], sys.argv[2:]
rng = random.Random(12)
for n in range(3):
    shuffled = files[:]
    rng.shuffle(shuffled)
    cut = sorted(rng.sample(range(1, len(files)), 2))
    parts = [shuffled[:cut[0]], shuffled[cut[0]:cut[1]], shuffled[cut[1]:]]
    for k, part in enumerate(parts):
        open(f"{tmp}/shard-{n}-{k}", "w").write("\n".join(part) + "\n")
PY
for n in 0 1 2; do
  for k in 0 1 2; do
    mapfile -t part <"$tmp/shard-$n-$k"
    convert "${part[@]}"
  done | sort -u >"$tmp/shards-$n"
  check "random shards $n merged = joint" cmp -s "$tmp/shards-$n" "$tmp/joint.sorted"
done

check "--jobs 2 = one thread" cmp -s <(convert -j 2 "${files[@]}") "$tmp/joint.nt"

# Generated records (other series, countries, unresolved names in every
# record): halves converted apart merge into the whole.
gen="${3:-$src/../shared}/bench/gen_records.py"
if [ -f "$gen" ]; then
  /usr/bin/python3 "$gen" 2000 >"$tmp/gen.jsonl"
  head -n 1000 "$tmp/gen.jsonl" >"$tmp/a.jsonl"
  tail -n +1001 "$tmp/gen.jsonl" >"$tmp/b.jsonl"
  convert "$tmp/gen.jsonl" | sort -u >"$tmp/gen.nt"
  { convert "$tmp/b.jsonl"; convert "$tmp/a.jsonl"; } | sort -u >"$tmp/halves.nt"
  check "generated: halves merged = whole" cmp -s "$tmp/halves.nt" "$tmp/gen.nt"
else
  echo "FAIL: $gen not found (set the shared directory)"
  failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
