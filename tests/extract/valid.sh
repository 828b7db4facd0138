#!/usr/bin/env bash
# Whatever `dialoguekg extract` writes passes `dialoguekg validate`, and its
# evidence quotes stand at their offsets (issue 13).  Every extract test
# input (releases, held-out releases, seeds, the fuzz corpus) and inputs
# made to break it: C0/C1 controls, a hard-wrapped release, invalid UTF-8
# in HTML, a list of 500 agencies, one of 2,000 (the record stays under
# validate's size limit), HTML nested 300 deep.
# Usage: valid.sh DIALOGUEKG TESTS_EXTRACT_DIR SEEDS_DIR
set -u
bin=$1
dir=$2
seeds=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
py=/usr/bin/python3
pass=0
fail=0
check() { # NAME COMMAND...
  local name=$1
  shift
  if "$@"; then
    pass=$((pass + 1))
  else
    echo "FAIL: $name" >&2
    fail=$((fail + 1))
  fi
}

# offsets.py RECORD TEXT: quotes at their code point offsets (a line break
# or tab of the text is a space in the quote), quotes inside sentences.
cat >"$work/offsets.py" <<'PY'
import json, re, sys
rec = json.load(open(sys.argv[1]))
text = open(sys.argv[2], encoding="utf-8", errors="replace", newline="").read()
if text.startswith("\ufeff"):
    text = text[1:]
text = re.sub(r"[\x00-\x1f\x7f\x80-\x9f]", " ", text)
bad = [e for e in rec.get("evidence", [])
       if text[e["start"]:e["end"]] != e["quote"] or
       e["quote"] not in e["sentence"]]
for e in bad[:3]:
    print("bad evidence:", e, file=sys.stderr)
sys.exit(1 if bad else 0)
PY

# extract_ok NAME FILE: exit 0, validate accepts, plain-text offsets hold.
extract_ok() {
  local name=$1 file=$2
  "$bin" extract -q "$file" >"$work/out.json" 2>"$work/err"
  local rc=$?
  if [ $rc -ne 0 ]; then
    # a text with no dialogue may be refused, but only with a reason
    check "$name: refused with a reason" grep -q "error:" "$work/err"
    return
  fi
  "$bin" validate -q "$work/out.json" 2>"$work/verr"
  check "$name: validate accepts" test $? -eq 0
  case $file in
    *.html | *.htm) ;;
    *) check "$name: evidence at its offsets" \
         $py "$work/offsets.py" "$work/out.json" "$file" ;;
  esac
}

for f in "$dir"/releases/* "$dir"/heldout/releases/* "$seeds"/*.txt \
  "$dir"/../fuzz/corpus/extract/* "$dir"/../fuzz/regressions/extract/*; do
  [ -f "$f" ] && extract_ok "$(basename "$f")" "$f"
done

# Controls and a hard wrap: the record passes, quotes span the line breaks.
printf 'The first Japan-U.S. Cyber\nDialogue was held in Tokyo on May 9,\n2013.\x01 Mr. Christopher Painter, Coordinator for Cyber\x7f Issues, led the\r\nU.S. delegation, which included representatives from the Department of\nHomeland Security and the \xc2\x85Department of Justice.\n' \
  >"$work/wrapped.txt"
"$bin" extract -q "$work/wrapped.txt" >"$work/w.json" 2>/dev/null
check "wrapped: exit 0" test $? -eq 0
extract_ok wrapped "$work/wrapped.txt"
check "wrapped: the series across a line break" $py -c '
import json,sys; r=json.load(open(sys.argv[1]))
assert r["series"]=="U.S.-Japan Cyber Dialogue", r["series"]
assert r["date"]=="2013-05-09", r["date"]
d=[x for x in r["delegations"] if x["country"]=="US"][0]
assert "Department of Homeland Security" in d["agencies"], d' "$work/w.json"

# Invalid UTF-8 and controls inside HTML: cleaned, the record passes.
printf '<html><body><p>The first Japan-U.S. Cyber Dialogue was held in Tokyo on May 9, 2013. Mr. Christopher Painter, Coordinator for Cyber \xe9ssues\x02, led the U.S. delegation, which included representatives from the Department of Homeland Security.</p></body></html>' \
  >"$work/latin1.html"
extract_ok "latin1 html" "$work/latin1.html"
"$bin" extract -q "$work/latin1.html" >"$work/l.json" 2>/dev/null
check "latin1 html: exit 0 and U+FFFD" grep -q "Cyber .ssues" "$work/l.json"

# agency_list FILE N: a release whose U.S. delegation lists N distinct
# agencies (N up to 2,000) in one sentence.
agency_list() {
  $py - "$1" "$2" <<'PY'
import itertools, sys
names = [" ".join(p) for p in itertools.product(
    ["North", "South", "East", "West", "Upper", "Lower", "Central", "Inner",
     "Outer", "Coastal"],
    ["Water", "Forest", "Harbor", "Bridge", "Road", "River", "Valley",
     "Mountain", "Rail", "Grain"],
    ["Office", "Agency", "Bureau", "Board", "Service", "Authority",
     "Commission", "Directorate", "Administration", "Council", "Institute",
     "Center", "Division", "Unit", "Secretariat", "Service Center",
     "Office Unit", "Agency Board", "Bureau Desk", "Council Office"])]
open(sys.argv[1], "w").write(
    "The first Japan-U.S. Cyber Dialogue was held in Tokyo on May 9, 2013. "
    "Mr. Christopher Painter, Coordinator for Cyber Issues, led the U.S. "
    "delegation, which included representatives from " +
    ", ".join("the " + n for n in names[:int(sys.argv[2])]) + ".\n")
PY
}

# 500 agencies: all 500 kept, none glued to another.
agency_list "$work/many.txt" 500
extract_ok "500 agencies" "$work/many.txt"
"$bin" extract -q "$work/many.txt" >"$work/m.json" 2>/dev/null
check "500 agencies: 500 kept, none glued" $py -c '
import json,sys; r=json.load(open(sys.argv[1]))
a=r["delegations"][0]["agencies"]
assert len(a)==500, len(a)
assert all("," not in x for x in a)' "$work/m.json"

# 2,000 agencies: the record passes validate and stays small.  Each
# agency's evidence shows a window around its quote, not the whole list
# sentence (which made the output grow with N squared: about 140 MB here,
# past validate's 64 MiB record limit).
agency_list "$work/long.txt" 2000
extract_ok "2,000 agencies" "$work/long.txt"
"$bin" extract -q "$work/long.txt" >"$work/g.json" 2>/dev/null
check "2,000 agencies: 2,000 kept, evidence windows, record under 4 MB" $py -c '
import json,os,sys; r=json.load(open(sys.argv[1]))
assert len(r["delegations"][0]["agencies"])==2000
ev=[e for e in r["evidence"] if "/agencies/" in e["path"]]
assert len(ev)==2000, len(ev)
assert all(len(e["sentence"]) <= len(e["quote"]) + 2 * 201 for e in ev)
assert all(e["sentence"].startswith("\u2026") for e in ev[10:])
assert os.path.getsize(sys.argv[1]) < 4 << 20' "$work/g.json"

# 300 topics in one list: all 300 kept, each its own item (a list was cut
# into at most 64 pieces, the last one holding the rest).
$py - "$work/topics.txt" <<'PY'
import sys
items = ["the security of system %d" % i for i in range(1, 301)]
open(sys.argv[1], "w").write(
    "The first Japan-U.S. Cyber Dialogue was held in Tokyo on May 9, 2013. "
    "The two sides discussed " + ", ".join(items[:-1]) + ", and " +
    items[-1] + ".\n")
PY
extract_ok "300 topics" "$work/topics.txt"
"$bin" extract -q --no-evidence "$work/topics.txt" >"$work/t.json" 2>/dev/null
check "300 topics: 300 kept, none glued" $py -c '
import json,sys; t=json.load(open(sys.argv[1]))["topics"]
assert len(t)==300, len(t)
assert all("," not in x and len(x) < 40 for x in t), [x for x in t if len(x) >= 40][:1]' \
  "$work/t.json"

# HTML nested deeper than libxml2 reads: exit 1, a message that says so.
$py -c 'print("<html><body>" + "<div>" * 300 + "<p>The first Japan-U.S. Cyber Dialogue was held in Tokyo on May 9, 2013.</p>" + "</div>" * 300 + "</body></html>")' \
  >"$work/deep.html"
"$bin" extract -q "$work/deep.html" >"$work/d.json" 2>"$work/err"
check "deep html: exit 1" test $? -eq 1
check "deep html: says it is nested too deep" grep -q "nested deeper" \
  "$work/err"
check "deep html: nothing written" test ! -s "$work/d.json"

echo "$pass passed, $fail failed"
test "$fail" -eq 0
