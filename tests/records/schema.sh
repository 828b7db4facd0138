#!/usr/bin/env bash
# One contract: data/record.schema.json (python3-jsonschema) and
# `dialoguekg validate` agree on every file of tests/bad/, every seed and
# example record and generated records (tests/check_schema.py).
#
# usage: schema.sh BUILD_DIR SOURCE_DIR
set -u
src="$2"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src" || exit 2
gen="${3:-$src/../shared}/bench/gen_records.py"
extra=()
if [ -f "$gen" ]; then
  /usr/bin/python3 "$gen" 300 >"$tmp/generated.jsonl" && extra+=("$tmp/generated.jsonl")
fi
exec /usr/bin/python3 tests/check_schema.py "$1/dialoguekg" "$src" \
  tests/bad/*.json tests/bad/*.jsonl data/dialogues/*.json \
  examples/*.json examples/records/*.json tests/records/good/*.json "${extra[@]}"
