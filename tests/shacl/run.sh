#!/usr/bin/env bash
# SHACL tests: the seed export (plain, and with --provenance and a link
# table) must conform to ontology/shapes.ttl; tests/shacl/broken.ttl must
# give exactly the violations planted in it (broken.expected).  The engine
# is rdf-validate-shacl, installed by scripts/install-deps.sh (npm ci).
#
# usage: run.sh BUILD_DIR SOURCE_DIR
set -u
bin="$1/dialoguekg"
src="$2"
here="$src/tests/shacl"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok: $*"; }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

if [ ! -d "$here/node_modules/rdf-validate-shacl" ]; then
  echo "FAIL: the SHACL engine is not installed: run scripts/install-deps.sh" \
    "(or 'npm ci' in tests/shacl)"
  echo "0 passed, 1 failed"
  exit 1
fi
seeds=("$src/data/dialogues/us-jp-cyber-3.json" "$src/data/dialogues/us-jp-cyber-6.json")
shapes="$src/ontology/shapes.ttl"

check_conforms() {
  local name="$1" file="$2"
  if node "$here/validate.mjs" "$shapes" "$file" >"$tmp/report" 2>&1; then
    pass "$name conforms"
  else
    fail "$name does not conform"
    sed 's/^/  | /' "$tmp/report" | head -20
  fi
}

"$bin" convert -o "$tmp/plain.ttl" "${seeds[@]}" || fail "convert (plain)"
check_conforms "seed export" "$tmp/plain.ttl"

"$bin" convert --provenance --links "$src/tests/links/links.csv" -q \
  -t ntriples -o "$tmp/linked.nt" "${seeds[@]}" || fail "convert (linked)"
check_conforms "seed export with --provenance and --links" "$tmp/linked.nt"

# The examples: organizations, co-heads, virtual and one-off meetings, with
# the example overlay.
"$bin" convert -q -t ntriples --registry "$src/examples/overlay/registry.json" \
  -o "$tmp/examples.nt" "${seeds[@]}" "$src"/examples/records/*.json ||
  fail "convert (examples)"
check_conforms "example records" "$tmp/examples.nt"

if node "$here/validate.mjs" "$shapes" "$here/broken.ttl" \
  --expect "$here/broken.expected" >"$tmp/report" 2>&1; then
  pass "broken graph: exactly the planted violations ($(grep -c . "$here/broken.expected" | tr -d ' ') lines)"
else
  fail "broken graph"
  sed 's/^/  | /' "$tmp/report" | head -30
fi

# The checker itself must fail on a graph that breaks the shapes.
if node "$here/validate.mjs" "$shapes" "$here/broken.ttl" >/dev/null 2>&1; then
  fail "validate.mjs exits 0 on the broken graph"
else
  pass "validate.mjs exits non-zero on the broken graph"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
