#!/usr/bin/env bash
# Writes what a dialoguekg binary prints for a broad set of inputs into one
# folder, so that a refactoring can prove its output bytes unchanged:
#
#   bash tools/output-snapshot.sh BEFORE/dialoguekg /tmp/before
#   bash tools/output-snapshot.sh build/dialoguekg  /tmp/after
#   diff -r /tmp/before /tmp/after      # nothing: the same bytes
#
# Inputs: the seeds, examples/records, tests/records, tests/bad (messages),
# 300 generated records (../shared/bench/gen_records.py) and the press
# releases of tests/extract.  Every file is stdout, stderr and exit status
# of one command; the SPARQL queries need Java and Jena (skipped without).
set -uo pipefail
dkg=$(realpath "$1")
out=$2
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
rm -rf "$out"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1700000000
export DIALOGUEKG_DATA=$root/data
if [ -e "$(dirname "$dkg")/java/dialoguekg-sparql.jar" ]; then
  export DIALOGUEKG_SPARQL_JAR=$(dirname "$dkg")/java/dialoguekg-sparql.jar
fi

# run NAME CMD...: stdout to NAME.out, stderr to NAME.err, status to NAME.rc;
# the temporary folder's name is written as WORK, the checkout's as ROOT.
run() {
  local name=$1
  shift
  "$@" >"$out/$name.out" 2>"$out/$name.err"
  echo $? >"$out/$name.rc"
  sed -i "s|$work|WORK|g; s|$root|ROOT|g" "$out/$name.err" "$out/$name.out"
}

/usr/bin/python3 ../shared/bench/gen_records.py 300 >"$work/gen.jsonl"
seeds=(data/dialogues/*.json)
examples=(examples/records/*.json)
sets=(seeds examples gen)
files_of() {
  case $1 in
    seeds) echo "${seeds[@]}" ;;
    examples) echo "${examples[@]}" ;;
    gen) echo "$work/gen.jsonl" ;;
  esac
}

formats=(turtle ntriples nquads jsonld jsonld-expanded rdfxml rdfxml-plain
  rdfjson dot graphml html)
for set in "${sets[@]}"; do
  # shellcheck disable=SC2046
  for f in "${formats[@]}"; do
    run "convert-$set-$f" "$dkg" convert -t "$f" $(files_of $set)
  done
  run "convert-$set-jobs2-nt" "$dkg" convert -j 2 -t ntriples $(files_of $set)
  run "convert-$set-jobs2-jsonld" "$dkg" convert -j 2 -t jsonld $(files_of $set)
  run "convert-$set-serd-nt" "$dkg" convert --writer serd -t ntriples $(files_of $set)
  run "convert-$set-raptor-ttl" "$dkg" convert --writer raptor -t turtle $(files_of $set)
  run "convert-$set-prov" "$dkg" convert --provenance -t turtle \
    --describe "$work/describe-$set.ttl" $(files_of $set)
  cp "$work/describe-$set.ttl" "$out/describe-$set.ttl" 2>/dev/null
  for view in agencies topics people countries matrix timeline topic-rounds; do
    run "convert-$set-dot-$view" "$dkg" convert -t dot --view "$view" $(files_of $set)
  done
  run "viz-$set" "$dkg" viz $(files_of $set)
  run "validate-$set" "$dkg" validate $(files_of $set)
done
run convert-overlay "$dkg" convert --registry examples/overlay/registry.json \
  -t ntriples "${examples[@]}"
for f in tests/records/good/*.json; do
  [ -e "$f" ] || continue
  run "records-$(basename "$f" .json)" "$dkg" convert -t ntriples "$f"
done
for f in tests/bad/*.json; do
  run "bad-convert-$(basename "$f" .json)" "$dkg" convert -t ntriples "$f"
  run "bad-validate-$(basename "$f" .json)" "$dkg" validate "$f"
done
"$dkg" convert -t turtle "${seeds[@]}" >"$work/seeds.ttl" 2>/dev/null
for f in ntriples jsonld rdfxml; do
  run "reread-$f" "$dkg" convert -t "$f" "$work/seeds.ttl"
done
for f in tests/extract/releases/*; do
  run "extract-$(basename "$f")" "$dkg" extract "$f"
done
if command -v java >/dev/null; then
  for q in examples/queries/*.rq; do
    run "query-$(basename "$q" .rq)" "$dkg" query -Q "$q" -r tsv "${seeds[@]}" "${examples[@]}"
  done
fi
# usage messages and every command's help
run help "$dkg" --help
for c in convert validate query load push serve viz extract; do
  run "help-$c" "$dkg" "$c" --help
  run "usage-$c" "$dkg" "$c" --no-such-option
done
echo "$(ls "$out" | wc -l) files in $out"
