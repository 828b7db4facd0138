#!/usr/bin/env bash
# Links out and the dataset description (docs/linking.md), tested through
# the command line: country links in the default output, --links (CSV and
# JSON) with its report of unmatched entries and its errors, --provenance,
# --describe (VoID counts checked against an independent parser, rapper),
# timestamps only when asked, byte-identical output.
#
# usage: run.sh BUILD_DIR SOURCE_DIR
set -u
bin="$1/dialoguekg"
src="$2"
here="$src/tests/links"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
check() { # check NAME COMMAND...: passes when COMMAND succeeds
  local name="$1"
  shift
  if "$@"; then pass; else fail "$name"; fi
}
has() { grep -qF -- "$2" "$1"; }

seeds=("$src/data/dialogues/us-jp-cyber-3.json" "$src/data/dialogues/us-jp-cyber-6.json")
unset SOURCE_DATE_EPOCH

# ---- countries: EU authority table, ISO codes, by default ---------------
"$bin" convert -t ntriples -o "$tmp/plain.nt" "${seeds[@]}" || fail "plain convert"
check "US sameAs EU authority USA" has "$tmp/plain.nt" \
  '<https://w3id.org/dialoguekg/id/country/US> <http://www.w3.org/2002/07/owl#sameAs> <http://publications.europa.eu/resource/authority/country/USA> .'
check "JP sameAs EU authority JPN" has "$tmp/plain.nt" \
  '<https://w3id.org/dialoguekg/id/country/JP> <http://www.w3.org/2002/07/owl#sameAs> <http://publications.europa.eu/resource/authority/country/JPN> .'
check "ISO alpha-3 literal" has "$tmp/plain.nt" \
  '<https://w3id.org/dialoguekg/id/country/JP> <https://w3id.org/dialoguekg/ns#isoAlpha3> "JPN" .'
check "no prov or user links without options" \
  bash -c "! grep -qE 'example.org|/record>|prov#' '$tmp/plain.nt'"
# The EU IRI is the alpha-3 code of data/countries.json for every country.
"$bin" convert -q -t ntriples "$here/all-countries.json" >"$tmp/all.nt" 2>/dev/null ||
  fail "convert all-countries.json"
n_eu=$(grep -c 'publications.europa.eu/resource/authority/country/[A-Z][A-Z][A-Z]> \.$' "$tmp/all.nt")
n_c=$(grep -c '"alpha3"' "$src/data/countries.json")
check "every registry country gets its EU IRI ($n_eu of $n_c)" test "$n_eu" -eq "$n_c"

# ---- --links: CSV and JSON give the same links ---------------------------
for fmt in csv json; do
  "$bin" convert -t ntriples --links "$here/links.$fmt" -o "$tmp/linked-$fmt.nt" \
    "${seeds[@]}" 2>"$tmp/err-$fmt"
  check "$fmt: exit 0 with an unmatched entry" test $? -eq 0
  grep 'example.org' "$tmp/linked-$fmt.nt" | sort >"$tmp/got-$fmt"
  if sort "$here/expected.nt" | cmp -s - "$tmp/got-$fmt"; then pass; else
    fail "$fmt: links differ from expected.nt"
    sort "$here/expected.nt" | diff - "$tmp/got-$fmt" | head -10
  fi
  check "$fmt: other statements unchanged" \
    cmp -s "$tmp/plain.nt" <(grep -v 'example.org' "$tmp/linked-$fmt.nt")
done
check "csv: unmatched entry reported with its line" has "$tmp/err-csv" \
  "dialoguekg: $here/links.csv:11:1: warning"': agency "Ministry of Magic" of GB matched nothing in this export; link to <https://example.org/org/magic> not written'
check "json: unmatched entry reported with its place" has "$tmp/err-json" \
  "dialoguekg: $here/links.json:11:5: warning"': /links/7: agency "Ministry of Magic" of GB matched nothing'
check "only the unmatched entry is reported" test "$(grep -c . "$tmp/err-csv")" -eq 1
"$bin" convert -q -t ntriples --links "$here/links.csv" "${seeds[@]}" >/dev/null 2>"$tmp/err-q"
check "-q: no report" test ! -s "$tmp/err-q"
"$bin" convert --strict -t ntriples --links "$here/links.csv" "${seeds[@]}" >/dev/null 2>"$tmp/err-s"
check "--strict: an unmatched entry is an error (exit 1)" test $? -eq 1
check "--strict: reported as error" has "$tmp/err-s" 'links.csv:11:1: error: agency "Ministry of Magic"'
# A country-scoped entry does not match another country's agency.
printf 'kind,key,iri,country\nagency,FBI,https://example.org/x,JP\n' >"$tmp/scoped.csv"
"$bin" convert -t ntriples --links "$tmp/scoped.csv" "${seeds[@]}" >"$tmp/scoped.nt" 2>"$tmp/err-scoped"
check "country scope respected" bash -c "! grep -q example.org '$tmp/scoped.nt'"
check "country scope: reported" has "$tmp/err-scoped" 'agency "FBI" of JP matched nothing'

# ---- bad link tables: exit 1, a message with its place, nothing written --
bad() { # bad FILE EXPECTED-MESSAGE
  rm -f "$tmp/bad-out.nt"
  "$bin" convert --links "$here/$1" -o "$tmp/bad-out.nt" "${seeds[@]}" 2>"$tmp/err-bad"
  local rc=$?
  check "$1: exit 1 (got $rc)" test "$rc" -eq 1
  check "$1: no output file" test ! -e "$tmp/bad-out.nt"
  if grep -qF -- "$2" "$tmp/err-bad"; then pass; else
    fail "$1: no message '$2'"
    sed 's/^/  | /' "$tmp/err-bad"
  fi
}
bad bad-fields.csv 'bad-fields.csv:2:12: error: iri "not an iri" is not an absolute IRI'
bad bad-fields.csv 'bad-fields.csv:3:1: error: kind "ministry" is none of agency, person, topic, place'
bad bad-fields.csv 'bad-fields.csv:4:8: error: empty key'
bad bad-header.csv 'bad-header.csv:1:1: error: the header row has no "iri" column'
bad bad-quote.csv 'bad-quote.csv:2:8: error: unterminated quoted field'
bad bad-relation.csv 'bad-relation.csv:2:34: error: relation "exactMatch" links SKOS concepts'
bad bad-relation.csv 'bad-relation.csv:3:40: error: relation sameAs would merge two concepts'
bad bad-members.json 'bad-members.json:1:77: error: /0/colour: unknown member "colour"'
bad bad-members.json 'bad-members.json:1:111: error: /1/key: "key" must be a string'
bad malformed.json 'malformed.json:2:20: error: malformed JSON'
"$bin" convert --links "$tmp/does-not-exist.csv" "${seeds[@]}" >/dev/null 2>"$tmp/err-nf"
check "missing link table: exit 1" test $? -eq 1
check "missing link table: message" has "$tmp/err-nf" 'does-not-exist.csv: error: cannot open'

# ---- --provenance -----------------------------------------------------------
"$bin" convert -t ntriples --provenance -o "$tmp/prov.nt" "${seeds[@]}" || fail "provenance convert"
rec='<https://w3id.org/dialoguekg/id/dialogue/us-jp-cyber-6/record>'
check "record is a prov:Entity" has "$tmp/prov.nt" "$rec <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/prov#Entity> ."
check "record derived from the source" has "$tmp/prov.nt" "$rec <http://www.w3.org/ns/prov#wasDerivedFrom> <https://w3id.org/dialoguekg/id/dialogue/us-jp-cyber-6/source/1> ."
check "record is about the dialogue" has "$tmp/prov.nt" "$rec <http://xmlns.com/foaf/0.1/primaryTopic> <https://w3id.org/dialoguekg/id/dialogue/us-jp-cyber-6> ."
check "the dialogue itself is not derived (it is an activity)" \
  bash -c "! grep -q '/us-jp-cyber-6> <http://www.w3.org/ns/prov#wasDerivedFrom>' '$tmp/prov.nt'"
check "export activity with the tool's version" has "$tmp/prov.nt" \
  '<https://w3id.org/dialoguekg/id/dataset/software> <http://schema.org/softwareVersion> "'
check "no timestamp by default" bash -c "! grep -q 'endedAtTime' '$tmp/prov.nt'"
SOURCE_DATE_EPOCH=1532563200 "$bin" convert -t ntriples --provenance "${seeds[@]}" >"$tmp/prov-sde.nt"
check "SOURCE_DATE_EPOCH gives the time" has "$tmp/prov-sde.nt" \
  '<http://www.w3.org/ns/prov#endedAtTime> "2018-07-26T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .'
"$bin" convert -t ntriples --provenance --timestamp "${seeds[@]}" >"$tmp/prov-now.nt"
check "--timestamp gives a time" grep -qE 'endedAtTime> "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z"' "$tmp/prov-now.nt"
SOURCE_DATE_EPOCH=soon "$bin" convert --provenance "${seeds[@]}" >/dev/null 2>"$tmp/err-sde"
check "bad SOURCE_DATE_EPOCH: exit 2" test $? -eq 2

# ---- --describe: DCAT + VoID from what was written ----------------------
desc() { # desc OUT-DATA OUT-DESC [OPTIONS...]
  local data="$1" d="$2"
  shift 2
  "$bin" convert --describe "$d" -o "$data" "$@" "${seeds[@]}"
}
desc "$tmp/d.ttl" "$tmp/d-desc.ttl" --provenance --links "$here/links.csv" -q \
  --license https://creativecommons.org/publicdomain/zero/1.0/ \
  --publisher https://example.org/publisher \
  --distribution ntriples=https://example.org/dump.nt || fail "describe convert"
triples=$(rapper -i turtle -c "$tmp/d.ttl" 2>&1 | grep -oE '[0-9]+ triples' | grep -oE '[0-9]+')
rapper -q -i turtle -o ntriples "$tmp/d-desc.ttl" >"$tmp/d-desc.nt" 2>/dev/null ||
  fail "description does not parse"
rapper -q -i turtle -o ntriples "$tmp/d.ttl" >"$tmp/d.nt" 2>/dev/null
D='<https://w3id.org/dialoguekg/id/dataset>'
V='http://rdfs.org/ns/void#'
check "void:triples = rapper's count ($triples)" has "$tmp/d-desc.nt" \
  "$D <${V}triples> \"$triples\"^^<http://www.w3.org/2001/XMLSchema#integer> ."
subjects=$(cut -d' ' -f1 "$tmp/d.nt" | sort -u | wc -l | tr -d ' ')
check "void:distinctSubjects = distinct subjects ($subjects)" has "$tmp/d-desc.nt" \
  "$D <${V}distinctSubjects> \"$subjects\"^^"
# void:entities: only what void:uriSpace covers, recounted from the export
# of a record whose source document is named by its own URL (outside it).
"$bin" convert -q --describe "$tmp/u-desc.ttl" -t ntriples -o "$tmp/u.nt" \
  "$src/tests/records/good/odd-shapes.json" || fail "describe convert (URL source)"
rapper -q -i turtle -o ntriples "$tmp/u-desc.ttl" >"$tmp/u-desc.nt" 2>/dev/null
space=$(grep -oE "<${V}uriSpace> \"[^\"]*\"" "$tmp/u-desc.nt" | cut -d'"' -f2)
in_space=$(cut -d' ' -f1 "$tmp/u.nt" | sort -u | grep -c "^<$space")
outside=$(cut -d' ' -f1 "$tmp/u.nt" | sort -u | grep -vc "^<$space")
check "a subject outside the uriSpace to leave out ($outside)" test "$outside" -ge 1
check "void:entities = subjects in void:uriSpace <$space> ($in_space)" has "$tmp/u-desc.nt" \
  "$D <${V}entities> \"$in_space\"^^"
n_agency=$(grep -c '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/dialoguekg/ns#Agency> \.' "$tmp/d.nt")
part=$(grep -F "<${V}class> <https://w3id.org/dialoguekg/ns#Agency>" "$tmp/d-desc.nt" | cut -d' ' -f1)
check "class partition of dkg:Agency: $n_agency entities" has "$tmp/d-desc.nt" \
  "$part <${V}entities> \"$n_agency\"^^"
n_label=$(grep -c '<http://www.w3.org/2000/01/rdf-schema#label>' "$tmp/d.nt")
part=$(grep -F "<${V}property> <http://www.w3.org/2000/01/rdf-schema#label>" "$tmp/d-desc.nt" | cut -d' ' -f1)
check "property partition of rdfs:label: $n_label triples" has "$tmp/d-desc.nt" \
  "$part <${V}triples> \"$n_label\"^^"
check "dct:temporal start" has "$tmp/d-desc.nt" \
  '<https://w3id.org/dialoguekg/id/dataset/temporal> <http://www.w3.org/ns/dcat#startDate> "2015-07-22"^^<http://www.w3.org/2001/XMLSchema#date> .'
check "dct:temporal end" has "$tmp/d-desc.nt" \
  '<https://w3id.org/dialoguekg/id/dataset/temporal> <http://www.w3.org/ns/dcat#endDate> "2018-07-26"^^<http://www.w3.org/2001/XMLSchema#date> .'
check "license" has "$tmp/d-desc.nt" "$D <http://purl.org/dc/terms/license> <https://creativecommons.org/publicdomain/zero/1.0/> ."
check "publisher" has "$tmp/d-desc.nt" "$D <http://purl.org/dc/terms/publisher> <https://example.org/publisher> ."
check "turtle distribution media type" has "$tmp/d-desc.nt" \
  '<https://w3id.org/dialoguekg/id/dataset/distribution/turtle> <http://www.w3.org/ns/dcat#mediaType> <http://www.iana.org/assignments/media-types/text/turtle> .'
size=$(stat -c %s "$tmp/d.ttl")
check "byte size of the file written ($size)" has "$tmp/d-desc.nt" \
  "<https://w3id.org/dialoguekg/id/dataset/distribution/turtle> <http://www.w3.org/ns/dcat#byteSize> \"$size\"^^"
check "ntriples distribution download URL" has "$tmp/d-desc.nt" \
  '<https://w3id.org/dialoguekg/id/dataset/distribution/ntriples> <http://www.w3.org/ns/dcat#downloadURL> <https://example.org/dump.nt> .'
check "dataset generated by the export activity" has "$tmp/d-desc.nt" \
  "$D <http://www.w3.org/ns/prov#wasGeneratedBy> <https://w3id.org/dialoguekg/id/dataset/export> ."
# Same input, same bytes (no timestamp unless asked).
desc "$tmp/d2.ttl" "$tmp/d2-desc.ttl" --provenance --links "$here/links.csv" -q \
  --license https://creativecommons.org/publicdomain/zero/1.0/ \
  --publisher https://example.org/publisher \
  --distribution ntriples=https://example.org/dump.nt
check "data byte-identical across runs" cmp -s "$tmp/d.ttl" "$tmp/d2.ttl"
check "description byte-identical across runs" cmp -s "$tmp/d-desc.ttl" "$tmp/d2-desc.ttl"
# Usage errors.
"$bin" convert --license https://example.org/l "${seeds[@]}" >/dev/null 2>&1
check "--license without --describe: exit 2" test $? -eq 2
"$bin" convert --describe "$tmp/x.ttl" --distribution gif "${seeds[@]}" >/dev/null 2>&1
check "--distribution of an unknown format: exit 2" test $? -eq 2
"$bin" convert --describe "$tmp/x.ttl" --license 'not an iri' "${seeds[@]}" >/dev/null 2>&1
check "--license not an IRI: exit 2" test $? -eq 2

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
