#!/usr/bin/env bash
# The command line, tested like any other output: exit codes, messages,
# golden outputs, atomic -o, data-directory discovery, determinism.
#
# usage: cli_test.sh BUILD_DIR SOURCE_DIR
#   Set DKG_REGENERATE_GOLDEN=1 to rewrite tests/golden/ and tests/bad/*.stderr
#   from the current build (then review the diff before committing).
set -u
bin="$1/dialoguekg"
src="$2"
cd "$src" || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

pass() { passed=$((passed + 1)); }
fail() {
  failed=$((failed + 1))
  echo "FAIL: $*"
}

# expect_exit CODE NAME -- COMMAND...: runs COMMAND, checks its exit code;
# stdout in $tmp/out, stderr in $tmp/err.
expect_exit() {
  local code="$1" name="$2"
  shift 3
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" -eq "$code" ]; then
    pass
  else
    fail "$name: exit $got, expected $code"
    sed 's/^/  stderr: /' "$tmp/err" | head -5
  fi
}

expect_grep() {
  local name="$1" pattern="$2" file="$3"
  if grep -qE -- "$pattern" "$file"; then
    pass
  else
    fail "$name: no line matching /$pattern/ in $(basename "$file")"
    sed 's/^/  | /' "$file" | head -5
  fi
}

seeds=(data/dialogues/us-jp-cyber-3.json data/dialogues/us-jp-cyber-6.json)

# ---- usage: --help, --version, exit 2 ------------------------------------
expect_exit 0 "--help" -- "$bin" --help
expect_grep "--help on stdout" "^usage: dialoguekg COMMAND" "$tmp/out"
expect_exit 0 "--version" -- "$bin" --version
expect_grep "--version" "^dialoguekg [0-9]+\.[0-9]+\.[0-9]+$" "$tmp/out"
expect_exit 0 "convert --help" -- "$bin" convert --help
expect_grep "convert --help lists formats" "^  jsonld " "$tmp/out"
expect_exit 2 "no command" -- "$bin"
expect_exit 2 "unknown command" -- "$bin" frobnicate
expect_grep "unknown command message" "^dialoguekg: unknown command 'frobnicate'" "$tmp/err"
expect_exit 2 "unknown option" -- "$bin" convert --frobnicate "${seeds[0]}"
expect_exit 2 "unknown format" -- "$bin" convert -t trig "${seeds[0]}"
expect_grep "unknown format message" "unknown format 'trig'" "$tmp/err"
expect_exit 2 "relative --base" -- "$bin" convert --base example/ "${seeds[0]}"
expect_exit 2 "--base with a space" -- "$bin" convert --base "https://ex.org/a b/" "${seeds[0]}"
expect_exit 2 "--base without / or #" -- "$bin" convert --base "https://ex.org/x" "${seeds[0]}"
expect_exit 2 "missing -o argument" -- "$bin" convert -o
expect_exit 2 "validate bad option" -- "$bin" validate --nope

# ---- the seeds: valid, and every format against its golden file ----------
expect_exit 0 "validate seeds" -- "$bin" validate "${seeds[@]}"
expect_grep "validate summary" "2 records, 0 invalid, 0 errors, 0 warnings" "$tmp/err"

golden_formats="turtle:ttl ntriples:nt nquads:nq jsonld:jsonld jsonld-expanded:expanded.jsonld rdfxml:rdf rdfjson:rj"
for pair in $golden_formats; do
  format=${pair%%:*}
  ext=${pair#*:}
  expect_exit 0 "convert -t $format" -- "$bin" convert -t "$format" "${seeds[@]}"
  if [ "${DKG_REGENERATE_GOLDEN:-0}" = 1 ]; then
    cp "$tmp/out" "tests/golden/seeds.$ext"
  fi
  if cmp -s "$tmp/out" "tests/golden/seeds.$ext"; then
    pass
  else
    fail "convert -t $format differs from tests/golden/seeds.$ext"
    diff "tests/golden/seeds.$ext" "$tmp/out" | head -10
  fi
  # Same input, same bytes.
  "$bin" convert -t "$format" "${seeds[@]}" >"$tmp/again" 2>/dev/null
  cmp -s "$tmp/out" "$tmp/again" && pass || fail "convert -t $format is not deterministic"
done

# Options may follow the inputs, as in the README's quick start.
expect_exit 0 "options after inputs" -- "$bin" convert "${seeds[@]}" -o "$tmp/after.ttl"
cmp -s "$tmp/after.ttl" tests/golden/seeds.ttl && pass || fail "options after inputs: -o not honoured"
expect_exit 0 "-t after inputs" -- "$bin" convert "${seeds[@]}" -t jsonld -o "$tmp/after.jsonld"
cmp -s "$tmp/after.jsonld" tests/golden/seeds.jsonld && pass || fail "options after inputs: -t not honoured"

# Records from standard input, as an array and as JSON Lines, give the
# same graph as the files.
cat "${seeds[@]}" | expect_exit 0 "stdin JSON objects" -- "$bin" convert -t ntriples -
cmp -s "$tmp/out" tests/golden/seeds.nt && pass || fail "stdin objects differ from files"
/usr/bin/python3 -c '
import json, sys
print(json.dumps([json.load(open(f)) for f in sys.argv[1:]]))' "${seeds[@]}" >"$tmp/array.json"
expect_exit 0 "array input" -- "$bin" convert -t ntriples "$tmp/array.json"
cmp -s "$tmp/out" tests/golden/seeds.nt && pass || fail "array input differs from files"
/usr/bin/python3 -c '
import json, sys
for f in sys.argv[1:]: print(json.dumps(json.load(open(f))))' "${seeds[@]}" >"$tmp/lines.jsonl"
expect_exit 0 "JSON Lines input" -- "$bin" convert -t ntriples <"$tmp/lines.jsonl"
cmp -s "$tmp/out" tests/golden/seeds.nt && pass || fail "JSON Lines input differs from files"

# --base moves every minted IRI and nothing else.
expect_exit 0 "--base" -- "$bin" convert -t ntriples --base "https://data.example.gov/kg/" "${seeds[@]}"
if grep -q "w3id.org/dialoguekg/id/" "$tmp/out"; then
  fail "--base left default IRIs"
else
  pass
fi
[ "$(wc -l <"$tmp/out")" -eq "$(wc -l <tests/golden/seeds.nt)" ] && pass || fail "--base changed the triple count"

# N-Quads: every statement in the graph given by --graph.
expect_exit 0 "--graph" -- "$bin" convert -t nquads --graph "https://ex.org/g" "${seeds[@]}"
if grep -v -q ' <https://ex.org/g> \.$' "$tmp/out"; then
  fail "nquads: a statement outside --graph"
else
  pass
fi

# ---- data directory: found from the build tree; option and variable win --
expect_exit 0 "--data-dir" -- "$bin" validate --data-dir "$src/data" "${seeds[@]}"
DIALOGUEKG_DATA="$tmp/nowhere" expect_exit 1 "DIALOGUEKG_DATA" -- "$bin" validate "${seeds[@]}"
expect_grep "missing data message" "nowhere/countries.json: error: cannot open reference data" "$tmp/err"
expect_exit 1 "--data-dir over DIALOGUEKG_DATA" -- env DIALOGUEKG_DATA="$src/data" "$bin" validate --data-dir "$tmp/nowhere" "${seeds[@]}"
cp "$bin" "$tmp/dialoguekg-copy"
expect_exit 1 "no data beside a copied binary" -- "$tmp/dialoguekg-copy" validate "${seeds[@]}"
expect_exit 0 "DIALOGUEKG_DATA for a copied binary" -- env DIALOGUEKG_DATA="$src/data" "$tmp/dialoguekg-copy" validate "${seeds[@]}"

# ---- bad input: every problem, with its place; exit 1 --------------------
for input in tests/bad/*.json tests/bad/*.jsonl; do
  expected="${input%.*}.stderr"
  expect_exit 1 "validate $input" -- "$bin" validate --data-dir data "$input"
  if [ "${DKG_REGENERATE_GOLDEN:-0}" = 1 ]; then
    cp "$tmp/err" "$expected"
  fi
  if cmp -s "$tmp/err" "$expected"; then
    pass
  else
    fail "validate $input: messages differ from $expected"
    diff "$expected" "$tmp/err" | head -10
  fi
  # convert applies the same checks and writes nothing to -o.
  echo "previous content" >"$tmp/keep.ttl"
  expect_exit 1 "convert $input" -- "$bin" convert -o "$tmp/keep.ttl" "$input"
  [ "$(cat "$tmp/keep.ttl")" = "previous content" ] && pass || fail "convert $input changed the -o file"
  if ls -a "$tmp" | grep -q '^\.keep\.ttl\.'; then
    fail "convert $input left a temporary file"
    rm -f "$tmp"/.keep.ttl.*
  else
    pass
  fi
done

# A missing input file.
expect_exit 1 "missing input" -- "$bin" convert "$tmp/none.json"
expect_grep "missing input message" "none.json: error: cannot open: No such file or directory" "$tmp/err"

# --keep-going: the good records are written, the bad counted, exit 1.
expect_exit 1 "--keep-going" -- "$bin" convert --keep-going -t ntriples -o "$tmp/kept.nt" tests/bad/json-lines.jsonl
expect_grep "--keep-going count" "3 of 4 records rejected and skipped" "$tmp/err"
grep -q 'dialogue/a-b-dialogue-2018-07-26>' "$tmp/kept.nt" && pass || fail "--keep-going did not write the good record"

# ---- -o: complete or untouched ------------------------------------------
expect_exit 0 "-o" -- "$bin" convert -o "$tmp/seeds.ttl" "${seeds[@]}"
cmp -s "$tmp/seeds.ttl" tests/golden/seeds.ttl && pass || fail "-o content differs from stdout"
[ ! -s "$tmp/out" ] && pass || fail "-o also wrote to stdout"
expect_exit 1 "-o into a missing directory" -- "$bin" convert -o "$tmp/no/such/dir/x.ttl" "${seeds[@]}"
expect_grep "-o missing directory message" "cannot create a temporary file beside it" "$tmp/err"

# ---- names: resolved through the registry, the rest reported once --------
cat >"$tmp/names.json" <<'EOF'
[
 {"series": "US-Japan cyber dialogue", "round": 7, "date": "2019-10-03",
  "participants": ["US", "JP"], "topics": ["Critical Infrastructure Protection", "quantum things"],
  "delegations": [{"country": "JP", "agencies": ["the ministry of foreign affairs", "Imaginary Office"]}]},
 {"series": "U.S.-Japan Cyber Dialogue", "round": 8, "date": "2020-10-03",
  "participants": ["US", "JP"], "topics": ["quantum things"],
  "delegations": [{"country": "JP", "agencies": ["MOFA", "Imaginary Office"]}]}
]
EOF
expect_exit 0 "unresolved names are warnings" -- "$bin" convert -t ntriples "$tmp/names.json"
expect_grep "unresolved agency once with count" 'names.json:4:[0-9]+: warning: /delegations/0/agencies/1: agency "Imaginary Office" of Japan is not in [^ ]*data/agencies.json and [^ ]*data/agencies-extended.json \(2 times\), kept as written; to resolve it, add to a --registry file: \{"agencies": \[\{"id": "imaginary-office", "country": "JP", "name": "Imaginary Office"\}\]\}' "$tmp/err"
expect_grep "unresolved topic once with count" 'warning: /topics/1: topic "quantum things" is not in [^ ]*data/topics.json \(2 times\)' "$tmp/err"
[ "$(grep -c 'Imaginary Office' "$tmp/err")" -eq 1 ] && pass || fail "an unresolved name was reported more than once"
[ "$(grep -c '/series/us-japan-cyber-dialogue>' "$tmp/out" | head -1)" -ge 2 ] && pass || fail "series spellings did not resolve to one series"
[ "$(grep -c 'agency/jp/ministry-of-foreign-affairs> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>' "$tmp/out")" -eq 1 ] && pass || fail "MOFA spellings are not one described node"
expect_exit 1 "--strict" -- "$bin" convert --strict -o "$tmp/strict.nt" "$tmp/names.json"
expect_grep "--strict makes it an error" 'error: .*"Imaginary Office"' "$tmp/err"
[ ! -e "$tmp/strict.nt" ] && pass || fail "--strict failure wrote the -o file"

# An unknown field is an error, as in data/record.schema.json ($ keys are
# notes).
printf '{"series": "A-B Dialogue", "date": "2018-07-26", "participants": ["US", "JP"], "partcipants": [], "$note": 1}\n' >"$tmp/typo.json"
expect_exit 1 "unknown field" -- "$bin" validate "$tmp/typo.json"
expect_grep "unknown field error" 'typo.json:1:[0-9]+: error: /partcipants: unknown field "partcipants"' "$tmp/err"

# ---- examples/: the small record's outputs are what the tool writes ------
example=examples/sixth-dialogue-us-delegation
for pair in turtle:ttl ntriples:nt jsonld:jsonld; do
  expect_exit 0 "example -t ${pair%%:*}" -- "$bin" convert -t "${pair%%:*}" "$example.json"
  if [ "${DKG_REGENERATE_GOLDEN:-0}" = 1 ]; then
    cp "$tmp/out" "$example.${pair#*:}"
  fi
  cmp -s "$tmp/out" "$example.${pair#*:}" && pass || fail "$example.${pair#*:} is stale"
done
/usr/bin/python3 -c '
import sys
from rdflib import Graph
g = Graph()
g.parse(sys.argv[1])
for r in g.query(open(sys.argv[2]).read()):
    print(" | ".join(map(str, r)))' "$example.ttl" examples/delegation-agencies.rq >"$tmp/answer"
cmp -s "$tmp/answer" examples/delegation-agencies.expected.txt && pass || fail "examples/delegation-agencies.rq answer changed"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
