#!/usr/bin/env bash
# The seed conversion in every output format, and the error paths (a bad
# record with --keep-going, validate, -o FILE, a write error), under valgrind
# memcheck: no memory error and no definite or indirect leak, else the test
# fails (--error-exitcode).  Leaks that belong to third-party libraries are
# suppressed in valgrind.supp, each entry with the reason.
#
# usage: valgrind_convert.sh DIALOGUEKG DATA_DIR
set -uo pipefail
bin=$1
data=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
seeds=("$data"/dialogues/*.json)
vg=(valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect
    --error-exitcode=99 --suppressions="$here/valgrind.supp")
passed=0
failed=0

# run EXPECTED-EXIT NAME COMMAND...: runs COMMAND under valgrind.
run() {
  local want=$1 name=$2
  shift 2
  "${vg[@]}" "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if [ "$rc" -eq "$want" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name: exit $rc, expected $want" >&2
    tail -n 40 "$tmp/err" >&2
  fi
}

formats=$("$bin" convert --help | sed -n '/^Formats:/,/^$/p' |
  awk 'NR > 1 && /^  [a-z]/ {print $1}')
[ -n "$formats" ] || { echo "FAIL: no formats in convert --help" >&2; exit 1; }
for fmt in $formats; do
  run 0 "convert -t $fmt" "$bin" convert -t "$fmt" "${seeds[@]}"
done
run 0 "convert -o FILE" "$bin" convert -t turtle -o "$tmp/x.ttl" "${seeds[@]}"
run 0 "validate" "$bin" validate "${seeds[@]}"

# Error paths: a broken line and a bad record among good ones.
{
  cat "${seeds[0]}" | tr -d '\n'
  echo
  echo '{"series": "S", "date": "2020-13-01", "participants": ["US"]}'
  echo '{"broken'
  echo '{"series": "S", "date": "2020", "participants": ["US", "JP"], "title": "a\u0001"}'
  cat "${seeds[1]}" | tr -d '\n'
  echo
} >"$tmp/mixed.jsonl"
run 1 "convert --keep-going (bad records)" \
  "$bin" convert --keep-going -t jsonld "$tmp/mixed.jsonl"
run 1 "convert (stops at a bad record)" \
  "$bin" convert -t rdfxml -o "$tmp/y.rdf" "$tmp/mixed.jsonl"
run 1 "validate (bad records)" "$bin" validate "$tmp/mixed.jsonl"
run 1 "convert > /dev/full" sh -c '"$0" convert -t ntriples "$@" >/dev/full' \
  "$bin" "${seeds[@]}"
run 2 "convert (usage error)" "$bin" convert --base 'not an iri'

echo "valgrind: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
