#!/usr/bin/env bash
# dialoguekg extract from the command line: usage, exit codes, JSON vs JSON
# Lines, composition with validate and convert, evidence offsets, HTML from
# standard input, determinism.  Usage: cli.sh DIALOGUEKG TESTS_EXTRACT_DIR
set -u
bin=$1
dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
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
py=/usr/bin/python3
rel=$dir/releases

# --help goes to standard output with status 0; bad usage is status 2.
"$bin" extract --help >"$work/help" 2>/dev/null
check "help exit 0" test $? -eq 0
check "help text" grep -q "usage: dialoguekg extract" "$work/help"
"$bin" extract --no-such-option >/dev/null 2>"$work/err"
check "bad option exit 2" test $? -eq 2
check "messages start with dialoguekg:" grep -q "^dialoguekg: " "$work/err"

# A missing file is a data error (1); the other inputs are still written.
"$bin" extract -q "$work/missing.txt" "$rel/r01-us-in-announced.txt" \
  >"$work/partial" 2>/dev/null
check "missing input exit 1" test $? -eq 1
check "other input still written" test "$(wc -l <"$work/partial")" -eq 1

# Text that is not UTF-8 gives no record.
printf 'The first X-Y Dialogue was held in Tokyo on May 1, 2020.\xff\n' \
  >"$work/latin1.txt"
"$bin" extract -q "$work/latin1.txt" >/dev/null 2>"$work/err"
check "non-UTF-8 exit 1" test $? -eq 1
check "non-UTF-8 message" grep -q "not UTF-8" "$work/err"

# A text with no dialogue in it gives no record, and says why.
echo "The weather was fine on Tuesday." >"$work/none.txt"
"$bin" extract -q "$work/none.txt" >/dev/null 2>"$work/err"
check "no dialogue exit 1" test $? -eq 1
check "no dialogue message" grep -q "no two participating countries" \
  "$work/err"

# --partial: no date of the meeting, the record is still written (without
# "date", for a reviewer to finish) and the exit status is 1.
printf 'Officials of the United States and Japan held the U.S.-Japan Cyber Dialogue in Tokyo.\n' \
  >"$work/nodate.txt"
"$bin" extract -q "$work/nodate.txt" >"$work/nodate.json" 2>/dev/null
check "no date: exit 1" test $? -eq 1
check "no date: nothing written" test ! -s "$work/nodate.json"
"$bin" extract -q --partial "$work/nodate.txt" >"$work/nodate.json" \
  2>"$work/err"
check "--partial: exit 1" test $? -eq 1
check "--partial: says so" grep -q "partial record" "$work/err"
check "--partial: the record without its date" $py -c '
import json,sys; r=json.load(open(sys.argv[1]))
assert "date" not in r and r["participants"]==["US","JP"], r' \
  "$work/nodate.json"

# One input: one JSON object; several: JSON Lines, one record per input.
"$bin" extract -q "$rel/r03-jp-au-news.txt" >"$work/one.json"
check "one input exit 0" test $? -eq 0
check "one input is one JSON object" $py -c \
  'import json,sys; r=json.load(open(sys.argv[1])); assert r["series"]' \
  "$work/one.json"
"$bin" extract -q -o "$work/many.jsonl" "$rel"/r0[1-5]*.txt
check "several inputs exit 0" test $? -eq 0
check "JSON Lines, one line per input" $py -c '
import json,sys
lines=open(sys.argv[1]).read().splitlines()
assert len(lines)==5, len(lines)
for l in lines: json.loads(l)["date"]' "$work/many.jsonl"

# validate accepts what extract writes; convert exports it, evidence too.
"$bin" validate -q "$work/many.jsonl" 2>"$work/err"
check "validate accepts extract's records" test $? -eq 0
"$bin" extract -q "$rel/r02-jp-us-held.txt" |
  "$bin" convert -q -t ntriples - >"$work/out.nt" 2>/dev/null
check "extract | convert" test -s "$work/out.nt"
check "evidence exported" grep -q "ns#Evidence>" "$work/out.nt"
check "evidence quoted from the source" grep -q "prov#wasQuotedFrom>" \
  "$work/out.nt"
"$bin" extract -q "$rel/r02-jp-us-held.txt" |
  "$bin" convert -q -t jsonld - >"$work/out.jsonld" 2>/dev/null
check "extract | convert -t jsonld" $py -c \
  'import json,sys; json.load(open(sys.argv[1]))' "$work/out.jsonld"

# Every evidence quote stands at its code point offsets in the text.
check "evidence offsets" $py -c '
import json,sys
text=open(sys.argv[2],encoding="utf-8").read()
r=json.load(open(sys.argv[1]))
assert len(r["evidence"])>10
for e in r["evidence"]:
    assert text[e["start"]:e["end"]]==e["quote"], e
    assert e["quote"] in e["sentence"], e' "$work/one.json" \
  "$rel/r03-jp-au-news.txt"

# A date completed from the release's date says so in its evidence.
"$bin" extract -q "$rel/d16c-us-jp-wire-weekday.txt" >"$work/wd.json"
check "completed date: a \$note in its evidence" $py -c '
import json,sys; r=json.load(open(sys.argv[1]))
e=[x for x in r["evidence"] if x["path"]=="/date"][0]
assert r["date"]=="2016-07-27" and "release" in e["$note"], e' "$work/wd.json"

# --no-evidence leaves it out.
"$bin" extract -q --no-evidence "$rel/r03-jp-au-news.txt" >"$work/noev.json"
check "--no-evidence" $py -c '
import json,sys; assert "evidence" not in json.load(open(sys.argv[1]))' \
  "$work/noev.json"

# HTML from standard input with --html; the same bytes twice, the same output.
"$bin" extract -q --html - <"$rel/r08-de-il-aa.html" >"$work/h1.json"
check "HTML from stdin" $py -c '
import json,sys; r=json.load(open(sys.argv[1]))
assert r["participants"]==["DE","IL"], r["participants"]
assert "gtag" not in json.dumps(r) and "Newsroom" not in json.dumps(r)' \
  "$work/h1.json"
"$bin" extract -q "$rel/r08-de-il-aa.html" >"$work/h2.json"
check "deterministic" cmp -s "$work/h1.json" "$work/h2.json"

# The news dateline is not the place; the release's own place is.
check "dateline is not the place" $py -c '
import json,sys; r=json.load(open(sys.argv[1]))
assert r["sources"][0]["dateline"]=="Tokyo"
assert r["location"]["name"]=="Tokyo"' "$work/one.json"

# A date given only by a later sentence about the meeting ("In the meeting
# on Tuesday, ..."), resolved against the publication line; a later
# sentence about another round dates nothing.
cat >"$work/back.txt" <<'TXT'
Chile-Peru consultations on cyber policy

Published: March 4, 2026

Officials of Chile and Peru held cyber policy consultations in Lima.

In the meeting on Monday, the Chilean side was composed of representatives of the Ministry of Foreign Affairs.
TXT
"$bin" extract -q --no-evidence "$work/back.txt" >"$work/back.json" 2>"$work/back.err"
check "date from a later sentence about the meeting" $py -c '
import json,sys; r=json.load(open(sys.argv[1]))
assert r["date"]=="2026-03-02" and r["status"]=="held", r' "$work/back.json"
sed 's/In the meeting on Monday/The next meeting will be on Monday/' \
  "$work/back.txt" >"$work/next.txt"
"$bin" extract -q --no-evidence "$work/next.txt" >"$work/next.json" 2>/dev/null
# the next meeting's Monday never dates this one: at most the year of
# the release's date (a held meeting the text does not date)
check "no date from the next meeting" $py -c '
import json,os,sys
p=sys.argv[1]
assert os.path.getsize(p)==0 or json.load(open(p))["date"]=="2026", open(p).read()' "$work/next.json"

# Agencies whose names have no organization word ("Public Safety Canada",
# "the Communications Security Establishment") stand in a delegation's list;
# a rank and a name ("Director Jane Roe") do not.
cat >"$work/ca.txt" <<'TXT'
News release
October 14, 2025

Canada and the European Union held their fourth Cyber Dialogue in Brussels on October 9 and 10, 2025. The Canadian delegation was led by Jane Doe, Ambassador for Cyber Affairs, and included representatives of Public Safety Canada, the Communications Security Establishment, Director Jane Roe and the Royal Canadian Mounted Police.
TXT
"$bin" extract -q --no-evidence "$work/ca.txt" >"$work/ca.json" 2>/dev/null
check "agencies without an organization word" $py -c '
import json,sys; r=json.load(open(sys.argv[1]))
a=[d for d in r["delegations"] if d["country"]=="CA"][0]["agencies"]
assert a==["Public Safety Canada", "Communications Security Establishment",
           "Royal Canadian Mounted Police"], a
assert r["participants"]==["CA", "eu"], r["participants"]' "$work/ca.json"

echo "$pass passed, $fail failed"
test "$fail" -eq 0
