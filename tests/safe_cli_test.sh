#!/usr/bin/env bash
# Safe by default and at home for RDF users (issues 13 and 17): what -o
# does to FIFOs, devices, symlinks and directories; the format from the -o
# extension, format aliases, one meaning per option letter, one-line usage
# errors; RDF input to convert and viz; the summary after a bad record;
# readable Turtle read back by three independent parsers; U+2028 in minted
# IRIs; validate with standard output closed.
#
# usage: safe_cli_test.sh BUILD_DIR SOURCE_DIR
set -u
bin="$1/dialoguekg"
src="$2"
py=/usr/bin/python3
cd "$src" || exit 2
tmp=$(mktemp -d)
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() {
  failed=$((failed + 1))
  echo "FAIL: $*"
}
# check NAME COMMAND...: passes when COMMAND succeeds.
check() {
  local name="$1"
  shift
  if "$@"; then pass; else fail "$name"; fi
}
# run CODE NAME COMMAND...: COMMAND's exit code must be CODE; its stdout
# is in $tmp/out, its stderr in $tmp/err.
run() {
  local code="$1" name="$2"
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" -eq "$code" ]; then
    pass
  else
    fail "$name: exit $got, expected $code"
    sed 's/^/  stderr: /' "$tmp/err" | head -5
  fi
}
has() { grep -qE -- "$1" "$2"; }
no_temp_in() { ! ls -a "$1" | grep -q '\.dkg-[0-9]*-'; }

seeds=(data/dialogues/us-jp-cyber-3.json data/dialogues/us-jp-cyber-6.json)
one=${seeds[0]}

# ---- -o: what the path names ---------------------------------------------
d="$tmp/o"
mkdir "$d"
# A FIFO with a reader: the reader gets the output, the FIFO stays one.
mkfifo "$d/fifo"
timeout 5 cat "$d/fifo" >"$d/from-fifo" &
reader=$!
run 0 "-o FIFO" "$bin" convert -t ntriples -o "$d/fifo" "$one"
wait "$reader"
check "-o FIFO: the reader got the output" cmp -s "$d/from-fifo" <("$bin" convert -t ntriples "$one" 2>/dev/null)
check "-o FIFO: still a FIFO" test -p "$d/fifo"
# A character device made in the user's folder (here: a copy of /dev/null).
if mknod "$d/fakenull" c 1 3 2>/dev/null; then
  run 0 "-o device" "$bin" convert -o "$d/fakenull" "$one"
  check "-o device: still a character device" test -c "$d/fakenull"
else
  echo "SKIP: mknod is not permitted here: the device case is not tested"
fi
# A symbolic link: its target is replaced, the link stays a link.
echo old >"$d/target.ttl"
ln -s target.ttl "$d/link.ttl"
run 0 "-o symlink" "$bin" convert -o "$d/link.ttl" "$one"
check "-o symlink: still a link" test -L "$d/link.ttl"
check "-o symlink: target replaced" cmp -s "$d/target.ttl" <("$bin" convert "$one" 2>/dev/null)
# A link to a file not there yet: the file is made where the link points.
ln -s new.nt "$d/dangling"
run 0 "-o dangling symlink" "$bin" convert -t nt -o "$d/dangling" "$one"
check "-o dangling symlink: link kept, target made" test -L "$d/dangling" -a -s "$d/new.nt"
# A symlink to a FIFO is written through too.
ln -s fifo "$d/to-fifo"
timeout 5 cat "$d/fifo" >"$d/from-fifo2" &
reader=$!
run 0 "-o symlink to FIFO" "$bin" convert -t ntriples -o "$d/to-fifo" "$one"
wait "$reader"
check "-o symlink to FIFO: read through" test -s "$d/from-fifo2" -a -p "$d/fifo"
# A directory: clear message, exit 1, nothing left.
mkdir "$d/dir"
run 1 "-o directory" "$bin" convert -o "$d/dir" "$one"
check "-o directory message" has "dir: error: cannot write the output: Is a directory" "$tmp/err"
check "-o directory: nothing left in it" test -z "$(ls -A "$d/dir")"
check "-o: no temporary file left" no_temp_in "$d"
# A read-only directory.  Root may write anywhere: run as nobody then.
ro="$tmp/ro"
mkdir "$ro"
echo "previous" >"$ro/keep.ttl"
chmod 555 "$ro"
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv >/dev/null &&
    setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null &&
    setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$bin"; then
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  else
    echo "SKIP: running as root and cannot run as nobody: the read-only directory case is not tested"
  fi
fi
if [ "$(id -u)" -ne 0 ] || [ ${#as_user[@]} -gt 0 ]; then
  run 1 "-o in a read-only directory" "${as_user[@]}" "$bin" convert -o "$ro/keep.ttl" "$src/$one"
  check "-o read-only directory message" has "keep.ttl: error: cannot create a temporary file beside it: Permission denied" "$tmp/err"
  check "-o read-only directory: file kept" test "$(cat "$ro/keep.ttl")" = previous
  check "-o read-only directory: nothing left" test "$(ls -A "$ro")" = keep.ttl
fi
chmod 755 "$ro"

# ---- the format from the -o extension; aliases; file named like a format -
for pair in ttl:turtle nt:ntriples nq:nquads jsonld:jsonld json:jsonld rdf:rdfxml rj:rdfjson dot:dot graphml:graphml; do
  ext=${pair%%:*}
  "$bin" convert -t "${pair#*:}" "${seeds[@]}" >"$tmp/want" 2>/dev/null
  run 0 "-o x.$ext" "$bin" convert -o "$d/x.$ext" "${seeds[@]}"
  check "-o x.$ext writes ${pair#*:}" cmp -s "$d/x.$ext" "$tmp/want"
done
for pair in nt:ntriples n-triples:ntriples NTriples:ntriples ttl:turtle Turtle:turtle nq:nquads n-quads:nquads json-ld:jsonld JSONLD:jsonld rdf/xml:rdfxml rdfxml:rdfxml xml:rdfxml rj:rdfjson text/turtle:turtle application/n-triples:ntriples; do
  "$bin" convert -t "${pair#*:}" "$one" >"$tmp/want" 2>/dev/null
  run 0 "-t ${pair%%:*}" "$bin" convert -t "${pair%%:*}" "$one"
  check "-t ${pair%%:*} is ${pair#*:}" cmp -s "$tmp/out" "$tmp/want"
done
run 0 "-o ntriples" "$bin" convert -o "$d/ntriples" "$one"
check "-o ntriples warns" has "warning: writing to a file named '.*ntriples'; for the format, write -t ntriples" "$tmp/err"
run 0 "-t wins over the extension" "$bin" convert -t nt -o "$d/y.ttl" "$one"
check "-t nt -o y.ttl is N-Triples" cmp -s "$d/y.ttl" <("$bin" convert -t ntriples "$one" 2>/dev/null)

# ---- usage errors: one line and a pointer to --help, exit 2 -------------
for cmd in convert validate extract viz; do
  run 2 "$cmd --frobnicate" "$bin" "$cmd" --frobnicate
  check "$cmd unknown option: two lines" test "$(wc -l <"$tmp/err")" -eq 2
  check "$cmd unknown option: names it" has "^dialoguekg: $cmd: unknown option '--frobnicate'$" "$tmp/err"
  check "$cmd unknown option: try --help" has "^Try 'dialoguekg $cmd --help' for more information\.$" "$tmp/err"
  run 2 "$cmd -Z" "$bin" "$cmd" -Z
  check "$cmd -Z names it" has "unknown option '-Z'" "$tmp/err"
done
run 2 "convert -o without its argument" "$bin" convert -o
check "missing argument message" has "^dialoguekg: convert: missing argument to '-o'$" "$tmp/err"

# ---- -q: errors only, in every command ----------------------------------
printf '{"series": "A-B Dialogue", "date": "2018-07-26", "participants": ["US", "JP"]}\n' >"$tmp/warn.json"
run 0 "convert with a warning" "$bin" convert "$tmp/warn.json"
check "convert warns" has "warning:" "$tmp/err"
for cmd in convert validate viz; do
  run 0 "$cmd -q" "$bin" "$cmd" -q "$tmp/warn.json"
  check "$cmd -q prints nothing on stderr" test ! -s "$tmp/err"
done
run 1 "validate -q on a bad record" "$bin" validate -q tests/bad/json-lines.jsonl
check "validate -q keeps the errors" test "$(grep -c ': error: ' "$tmp/err")" -eq 3
check "validate -q drops the warnings" test "$(grep -c ': warning: ' "$tmp/err")" -eq 0
check "validate -q keeps the summary of a failure" has "^dialoguekg: 4 records, 3 invalid, 3 errors, 1 warning$" "$tmp/err"
run 1 "convert -q --keep-going" "$bin" convert -q --keep-going tests/bad/json-lines.jsonl
check "convert -q: no warning" test "$(grep -c ': warning: ' "$tmp/err")" -eq 0
check "convert -q keeps the summary of a failure" has "3 of 4 records rejected and skipped" "$tmp/err"
printf 'The first A-B Cyber Dialogue was held in Tokyo on May 1, 2020, between the United States and Japan.\n' >"$tmp/release.txt"
run 0 "extract" "$bin" extract "$tmp/release.txt"
check "extract warns and sums up" has "warning:|1 record" "$tmp/err"
run 0 "extract -q" "$bin" extract -q "$tmp/release.txt"
check "extract -q prints nothing on stderr" test ! -s "$tmp/err"

# ---- the summary after a bad record, without --keep-going --------------
{
  cat "$tmp/warn.json"
  cat "$tmp/warn.json"
  echo '{"series": "A-B Dialogue", "date": "2018-7-26", "participants": ["US", "JP"]}'
  for _ in 1 2 3 4 5 6 7 8 9 10; do cat "$tmp/warn.json"; done
} >"$tmp/thirteen.jsonl"
echo previous >"$d/keep.ttl"
run 1 "convert stops at the first bad record" "$bin" convert -o "$d/keep.ttl" "$tmp/thirteen.jsonl"
check "summary: stopped at the first bad record, 3 read" has "^dialoguekg: convert: stopped at the first bad record \(record 3\); 3 records read, the rest of the input not read \(--keep-going skips bad records\); the output file was left as it was$" "$tmp/err"
check "summary: the file was kept" test "$(cat "$d/keep.ttl")" = previous
run 1 "convert --keep-going" "$bin" convert --keep-going -o "$d/kept.ttl" "$tmp/thirteen.jsonl"
check "summary with --keep-going" has "^dialoguekg: convert: 1 of 13 records rejected and skipped$" "$tmp/err"
run 1 "viz stops at the first bad record" "$bin" viz -o "$d/keep.html" "$tmp/thirteen.jsonl"
check "viz summary" has "^dialoguekg: viz: stopped at the first bad record \(record 3\); 3 records read" "$tmp/err"

# ---- RDF input: any export re-serialized or drawn -----------------------
sorted_nt() { LC_ALL=C sort "$1"; }
LC_ALL=C sort tests/golden/seeds.nt >"$tmp/seeds.sorted.nt"
for ext in ttl nt nq rdf; do
  run 0 "convert seeds.$ext -t nt" "$bin" convert -t nt "tests/golden/seeds.$ext"
  check "seeds.$ext read back is the same graph" cmp -s <(sorted_nt "$tmp/out") "$tmp/seeds.sorted.nt"
done
cp tests/golden/seeds.ttl "$tmp/no-extension"
run 0 "Turtle told by its content" "$bin" convert -t nt "$tmp/no-extension"
check "Turtle by content is the same graph" cmp -s <(sorted_nt "$tmp/out") "$tmp/seeds.sorted.nt"
run 0 "convert all.ttl -t jsonld" "$bin" convert -t jsonld tests/golden/seeds.ttl
cp "$tmp/out" "$tmp/from-ttl.jsonld"
run 0 "records and RDF in one run" "$bin" convert -t nt "${seeds[0]}" tests/golden/seeds.ttl
check "records and RDF together" test "$(LC_ALL=C sort -u "$tmp/out" | wc -l)" -eq "$(wc -l <tests/golden/seeds.nt)"
run 0 "viz draws an export" "$bin" viz -o "$d/from-ttl.html" tests/golden/seeds.ttl
"$bin" viz -o "$d/from-records.html" "${seeds[@]}" 2>/dev/null
check "viz of the Turtle is the drawing of the records" cmp -s "$d/from-ttl.html" "$d/from-records.html"
run 0 "convert -t svg of an export" "$bin" convert -t dot tests/golden/seeds.nt
check "a drawing of N-Triples" has "^digraph" "$tmp/out"
printf '@prefix ex: <http://ex.org/> .\nex:a ex:b ex:c ;\n' >"$tmp/broken.ttl"
run 1 "a Turtle syntax error" "$bin" convert -t nt "$tmp/broken.ttl"
check "Turtle error with its place" has "broken.ttl:[0-9]+:([0-9]+:)? error: " "$tmp/err"
run 1 "JSON-LD input is refused" "$bin" convert tests/golden/seeds.jsonld
check "JSON-LD input: says what to do" has "JSON-LD input is not read .*riot --output=nt" "$tmp/err"
printf '_:b1 <http://ex.org/p> "one" .\n' >"$tmp/blank1.nt"
printf '_:b1 <http://ex.org/p> "two" .\n' >"$tmp/blank2.nt"
run 0 "two files' blank nodes" "$bin" convert -t nt "$tmp/blank1.nt" "$tmp/blank2.nt"
check "two files' _:b1 stay two nodes" test "$(cut -d' ' -f1 "$tmp/out" | sort -u | wc -l)" -eq 2

# ---- readable Turtle ----------------------------------------------------
# Every IRI in a declared namespace whose local part needs no escape is a
# prefixed name: on the seeds and on generated records.
count_full() {
  "$py" - "$1" <<'EOF'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
prefixes = dict(re.findall(r"^@prefix (\w*): <([^>]*)> \.$", text, re.M))
body = re.sub(r'"(?:[^"\\]|\\.)*"', '""', text.split("\n\n", 1)[1])
local = re.compile(r"^[A-Za-z0-9_:]([A-Za-z0-9_:.-]*[A-Za-z0-9_:-])?$")
n = 0
for iri in re.findall(r"<([^>]*)>", body):
    for ns in prefixes.values():
        rest = iri[len(ns):]
        if iri.startswith(ns) and "/" not in rest and "#" not in rest and local.match(rest):
            n += 1
print(n)
EOF
}
check "seeds: no IRI left that could be a prefixed name" test "$(count_full tests/golden/seeds.ttl)" -eq 0
check "seeds: topics are prefixed names" has "topic:critical-infrastructure-protection" tests/golden/seeds.ttl
"$py" ../shared/bench/gen_records.py 400 --seed 3 >"$tmp/gen.jsonl" 2>/dev/null
"$bin" convert -q "$tmp/gen.jsonl" -o "$tmp/gen.ttl"
"$bin" convert -q -t nt "$tmp/gen.jsonl" -o "$tmp/gen.nt"
check "400 generated records: no IRI left that could be a prefixed name" test "$(count_full "$tmp/gen.ttl")" -eq 0
# Odd local parts (from RDF input): written as prefixed names only when
# serd, raptor2 and rdflib all read them back.
T=https://w3id.org/dialoguekg/id/topic/
printf "<${T}a> <${T}b> <${T}-x.y.> , <${T}a~b> , <${T}%%41b> , <${T}.x> , <${T}a:b> , <${T}> , <${T}a(b)&c=d> , <${T}1st> , <${T}_u> , <${T}x.y> , <${T}caf\xc3\xa9> .\n" >"$tmp/odd.ttl"
"$bin" convert -t nt "$tmp/odd.ttl" >"$tmp/odd.nt"
"$bin" convert "$tmp/odd.ttl" >"$tmp/odd.out.ttl"
check "odd local parts: prefixed where plain" has "topic:a:b ,|topic:1st ,|topic:x\.y ," "$tmp/odd.out.ttl"
# same_graph A FORMAT_A B FORMAT_B: the two files hold isomorphic graphs.
same_graph() {
  "$py" -c '
import sys
from rdflib import Graph
from rdflib.compare import isomorphic
a = Graph().parse(sys.argv[1], format=sys.argv[2])
b = Graph().parse(sys.argv[3], format=sys.argv[4])
sys.exit(0 if isomorphic(a, b) else 1)' "$@"
}
for file in "$tmp/gen.ttl" tests/golden/seeds.ttl "$tmp/odd.out.ttl"; do
  ref="${file%.ttl}.nt"
  [ "$file" = tests/golden/seeds.ttl ] && ref=tests/golden/seeds.nt
  [ "$file" = "$tmp/odd.out.ttl" ] && ref="$tmp/odd.nt"
  name=$(basename "$file")
  serdi -i turtle -o ntriples "$file" >"$tmp/by-serd.nt"
  check "serdi reads $name as the N-Triples" same_graph "$ref" nt "$tmp/by-serd.nt" nt
  rapper -q -i turtle -o ntriples "$file" file:///base >"$tmp/by-raptor.nt"
  check "rapper reads $name as the N-Triples" same_graph "$ref" nt "$tmp/by-raptor.nt" nt
  check "rdflib reads $name as the N-Triples" same_graph "$ref" nt "$file" turtle
done

check "Turtle to JSON-LD reads as the same graph" same_graph "$tmp/from-ttl.jsonld" json-ld tests/golden/seeds.nt nt

# ---- U+2028 and U+2029 in minted IRIs ------------------------------------
printf '{"series": "US-Japan cyber dialogue", "round": 9, "date": "2021-10-03", "participants": ["US", "JP"], "location": {"name": "Tok\\u2028yo", "country": "JP"}, "delegations": [{"country": "JP", "head": {"name": "Taro\\u2029 Yamada"}, "agencies": ["Office\\u2028of Things"]}]}\n' >"$tmp/separators.json"
run 0 "U+2028 in names" "$bin" convert -q -t nt "$tmp/separators.json"
check "no raw U+2028/U+2029 inside an IRI" test "$(grep -c $'<[^>]*\xe2\x80[\xa8\xa9]' "$tmp/out")" -eq 0
check "percent-encoded in the IRI" has "place/jp/tok%E2%80%A8yo>" "$tmp/out"
check "rdflib reads the N-Triples" "$py" -c 'import sys; from rdflib import Graph; g = Graph().parse(sys.argv[1], format="nt"); sys.exit(0 if len(g) > 20 else 1)' "$tmp/out"

# ---- validate with standard output closed --------------------------------
"$bin" validate "${seeds[@]}" >&- 2>"$tmp/err"
check "validate >&- exits 0 for valid records" test $? -eq 0
"$bin" validate tests/bad/json-lines.jsonl >&- 2>/dev/null
check "validate >&- still exits 1 for bad records" test $? -eq 1
"$bin" convert "$one" >&- 2>"$tmp/err"
check "convert >&- (writing there) exits 1" test $? -eq 1
check "convert >&- says why" has "cannot write turtle to standard output: Bad file descriptor" "$tmp/err"
"$bin" convert -o "$d/closed.ttl" "$one" >&- 2>/dev/null
check "convert -o FILE >&- exits 0" test $? -eq 0

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
