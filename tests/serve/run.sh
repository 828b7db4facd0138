#!/usr/bin/env bash
# `dialoguekg serve` (docs/virtuoso.md): a private Virtuoso on a store.
#
#   1. refusals: a folder that is not a store, a second start, a port in
#      use, bad options; a server that never answers (a fake virtuoso-t)
#      is given up after --start-timeout with the log named, and stopped;
#   2. a real start on the seeds and generated records: the message names
#      the endpoint and the password file (0600); both ports listen on
#      127.0.0.1 only; DirsAllowed is the load folder; every statement is
#      loaded, and an answer of more than Virtuoso's usual 10,000 rows
#      comes whole;
#   3. /sparql is read-only and fetches nothing: INSERT, LOAD of a file,
#      LOAD SERVICE, SERVICE and sponging (define get:soft) are refused,
#      and a listener on another port sees no request;
#   4. the Graph Store takes `dialoguekg push` with dba's Digest password
#      from the file, not without it;
#   5. --stop stops it by pid; a second --stop is harmless; a start after
#      a crash (stale pid file) works;
#   6. with the lead's store (`load --store`, `query --dump-nquads`), when
#      this build has it: serve --store DIR without INPUT serves it.
#
# usage: run.sh DIALOGUEKG SOURCE_DIR [SHARED_DIR]
set -uo pipefail
dkg=$(realpath "$1")
src=$(realpath "$2")
shared=$(realpath "${3:-$src/../shared}")
py=/usr/bin/python3

fail=0
passed=0
ok() { passed=$((passed + 1)); echo "ok: $*"; }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
expect() { # NAME CODE PATTERN COMMAND...: exit CODE, PATTERN on stderr/stdout
  local name=$1 code=$2 pattern=$3
  shift 3
  "$@" >"$tmp/out" 2>&1
  local rc=$?
  if [ "$rc" = "$code" ] && grep -qE -- "$pattern" "$tmp/out"; then
    ok "$name: exit $rc, $(grep -E -m1 -- "$pattern" "$tmp/out")"
  else
    bad "$name: exit $rc (wanted $code), output: $(cat "$tmp/out")"
  fi
}

for tool in virtuoso-t isql-vt curl; do
  command -v "$tool" >/dev/null ||
    { echo "FAIL: $tool not found: run scripts/install-deps.sh"; exit 1; }
done

tmp=$(mktemp -d /tmp/dkg-serve.XXXXXX)
# shellcheck source=lib.sh
. "$src/tests/serve/lib.sh"
listener=""
cleanup() {
  serve_cleanup
  [ -n "$listener" ] && kill "$listener" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
records=("$src"/data/dialogues/*.json)

# 1. Refusals.
mkdir "$tmp/notstore"
echo '{"not": "a store"}' >"$tmp/notstore/a.json"
expect "not a store" 1 "is not a dialoguekg store" \
  "$dkg" serve --store "$tmp/notstore" --port "$(free_port)"
expect "not a store, with INPUT" 1 "is not a dialoguekg store" \
  "$dkg" serve --store "$tmp/notstore" --port "$(free_port)" "${records[@]}"
[ "$(ls "$tmp/notstore")" = a.json ] && ok "not a store: left as it was" ||
  bad "not a store: now holds $(ls "$tmp/notstore")"
expect "no --store" 2 "needs --store" "$dkg" serve "${records[@]}"
expect "bad port" 2 "port from 1 to 65535" \
  "$dkg" serve --store "$tmp/x" --port 70000 "${records[@]}"
expect "--stop with INPUT" 2 "take no INPUT" \
  "$dkg" serve --stop --store "$tmp/x" "${records[@]}"
expect "--help" 0 "--stop" "$dkg" serve --help
expect "a comma in the path" 2 "no quote, backslash, comma" \
  "$dkg" serve --store "$tmp/a,b" "${records[@]}"
[ ! -e "$tmp/a,b" ] && ok "a comma in the path: nothing created" ||
  bad "a comma in the path: the folder was created"

# A port in use: said before anything starts.
busy=$(free_port)
"$py" -c 'import socket,sys,time; s=socket.socket(); s.bind(("127.0.0.1",int(sys.argv[1]))); s.listen(); time.sleep(60)' "$busy" &
listener=$!
sleep 0.5
expect "port in use" 1 "port $busy of 127.0.0.1 is in use" \
  "$dkg" serve --store "$tmp/busy" --port "$busy" "${records[@]}"
kill "$listener"
listener=""

# A virtuoso-t that never answers: given up after --start-timeout, the log
# named, the process stopped, no pid file left.
mkdir "$tmp/fakebin"
printf '#!/bin/sh\necho $$ >"%s"\necho "fake virtuoso: never answers"\nexec sleep 300\n' \
  "$tmp/fakebin/pid" >"$tmp/fakebin/virtuoso-t"
chmod +x "$tmp/fakebin/virtuoso-t"
start=$(date +%s)
PATH="$tmp/fakebin:$PATH" expect "never answers" 1 \
  "did not answer on 127.0.0.1:[0-9]+ within 2 s; see $tmp/hang/virtuoso/server.log" \
  "$dkg" serve --store "$tmp/hang" --port "$(free_port)" --start-timeout 2 \
  "${records[@]}"
took=$(($(date +%s) - start))
[ "$took" -lt 20 ] && ok "never answers: gave up after $took s" ||
  bad "never answers: took $took s"
grep -q "fake virtuoso" "$tmp/hang/virtuoso/server.log" &&
  ok "never answers: its output is in server.log" ||
  bad "never answers: server.log lacks its output"
[ ! -e "$tmp/hang/virtuoso/virtuoso.pid" ] && ok "never answers: no pid file left" ||
  bad "never answers: pid file left"
# by its process id: another "sleep 300" on the machine is not ours
if [ -s "$tmp/fakebin/pid" ] && kill -0 "$(cat "$tmp/fakebin/pid")" 2>/dev/null; then
  bad "never answers: the fake server still runs"
else
  ok "never answers: the fake server was stopped"
fi

# Broken RDF: the loader's message with the file's own name and line, the
# server stopped, exit 1.
printf '@prefix : <http://example.org/> .\n:a :b "unterminated .\n' >"$tmp/broken.ttl"
expect "broken Turtle" 1 "loader refused .*input-0000-broken\.ttl.*line [0-9]+: Unterminated" \
  "$dkg" serve --store "$tmp/broken" --port "$(free_port)" "$tmp/broken.ttl"
[ ! -e "$tmp/broken/virtuoso/virtuoso.pid" ] && ok "broken Turtle: no server left" ||
  bad "broken Turtle: pid file left"
# Broken records: the record reader's message, nothing started.
echo '{"id": 1}' >"$tmp/bad-record.json"
expect "bad record" 1 "bad-record.json:1:" \
  "$dkg" serve --store "$tmp/badrec" --port "$(free_port)" "$tmp/bad-record.json"
[ ! -e "$tmp/badrec/virtuoso/virtuoso.pid" ] && ok "bad record: nothing started" ||
  bad "bad record: a server was started"

# A virtuoso-t that exits at once: said with its status, not as a timeout.
printf '#!/bin/sh\necho "fake virtuoso: exits"\nexit 3\n' >"$tmp/fakebin/virtuoso-t"
start=$(date +%s)
PATH="$tmp/fakebin:$PATH" expect "exits at once" 1 \
  "Virtuoso exited with status 3; see $tmp/quit/virtuoso/server.log" \
  "$dkg" serve --store "$tmp/quit" --port "$(free_port)" "${records[@]}"
took=$(($(date +%s) - start))
[ "$took" -lt 10 ] && ok "exits at once: said after $took s" ||
  bad "exits at once: took $took s"

# 2. A real start: seeds and generated records (their own graph, as
#    N-Quads), more statements than Virtuoso's usual 10,000-row cut.
"$py" "$shared/bench/gen_records.py" 300 --seed 11 >"$tmp/gen.jsonl"
"$dkg" convert -q -t nquads --graph https://example.org/generated \
  "$tmp/gen.jsonl" >"$tmp/gen.nq"
gen_count=$(sort -u "$tmp/gen.nq" | grep -c .)
seed_count=$("$dkg" convert -t ntriples "${records[@]}" | sort -u | grep -c .)
store="$tmp/store"
if ! serve_start "$store" "${records[@]}" "$tmp/gen.nq"; then
  echo "$passed passed, $((fail + 1)) failed"
  exit 1
fi
out="$store.serve.out"
grep -q "SPARQL endpoint (read-only): *$serve_base/sparql" "$out" &&
  grep -q "Graph Store (dba, Digest): *$serve_base/sparql-graph-crud-auth" "$out" &&
  grep -q "dba password file: *$serve_password" "$out" &&
  ok "serve says the endpoint and the password file" ||
  bad "serve's message: $(cat "$out")"
[ "$(stat -c %a "$serve_password")" = 600 ] && [ "$(wc -c <"$serve_password")" -ge 20 ] &&
  ok "password file: mode 0600, $(($(wc -c <"$serve_password") - 1)) characters" ||
  bad "password file: mode $(stat -c %a "$serve_password")"
ini="$store/virtuoso/virtuoso.ini"
[ "$(grep -c '^ServerPort = 127\.0\.0\.1:[0-9]*$' "$ini")" = 2 ] &&
  [ "$(grep -c '^ServerPort' "$ini")" = 2 ] &&
  ok "virtuoso.ini: both ServerPort lines on 127.0.0.1" || bad "ServerPort lines: $(grep ServerPort "$ini")"
[ "$(grep '^DirsAllowed' "$ini")" = "DirsAllowed = $store/virtuoso/load" ] &&
  ok "virtuoso.ini: DirsAllowed is the load folder only" ||
  bad "DirsAllowed: $(grep DirsAllowed "$ini")"
pid=$(cat "$store/virtuoso/virtuoso.pid")
# Every listening socket of the server is on 127.0.0.1 (/proc/net/tcp*).
listening=$("$py" - "$pid" <<'PY'
import os, sys
pid = sys.argv[1]
inodes = set()
for fd in os.listdir("/proc/%s/fd" % pid):
    target = os.readlink("/proc/%s/fd/%s" % (pid, fd))
    if target.startswith("socket:["):
        inodes.add(target[8:-1])
out = []
for table in ("/proc/net/tcp", "/proc/net/tcp6"):
    for line in open(table).readlines()[1:]:
        f = line.split()
        if f[3] == "0A" and f[9] in inodes:
            out.append(f[1])
print(" ".join(sorted(out)))
PY
)
n_listen=$(echo "$listening" | wc -w)
n_loop=$(echo "$listening" | tr ' ' '\n' | grep -c '^0100007F:')
[ "$n_listen" -ge 2 ] && [ "$n_listen" = "$n_loop" ] &&
  ok "pid $pid listens on 127.0.0.1 only ($listening)" ||
  bad "pid $pid listens on: $listening"

select_json() { # QUERY -> JSON on stdout
  curl -s --get "$serve_base/sparql" --data-urlencode "query=$1" \
    -H 'Accept: application/sparql-results+json'
}
rows() { "$py" -c 'import json,sys; print(len(json.load(sys.stdin)["results"]["bindings"]))'; }
first() { "$py" -c 'import json,sys; b=json.load(sys.stdin)["results"]["bindings"]; print(b[0]["n"]["value"] if b else "none")'; }
n=$(select_json "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/dialoguekg/id/graph> { ?s ?p ?o } }" | first)
[ "$n" = "$seed_count" ] && ok "the seeds: $n triples, as convert" ||
  bad "the seeds: '$n' triples in the store, convert gives $seed_count"
n=$(select_json "SELECT ?s ?p ?o WHERE { GRAPH <https://example.org/generated> { ?s ?p ?o } }" | rows)
[ "$gen_count" -gt 10000 ] && [ "$n" = "$gen_count" ] &&
  ok "an answer of $n rows comes whole (more than Virtuoso's usual 10,000)" ||
  bad "SELECT of every generated quad: $n rows, the file has $gen_count"
expect "a second start" 1 "already runs for $store \\(pid $pid" \
  "$dkg" serve --store "$store" --port "$(free_port)" "${records[@]}"
expect "--status" 0 "SPARQL endpoint" "$dkg" serve --status --store "$store"

# 3. /sparql: read-only, fetches nothing.
hits=$(free_port)
"$py" -m http.server "$hits" --bind 127.0.0.1 >"$tmp/hits.log" 2>&1 &
listener=$!
sleep 0.5
url="http://127.0.0.1:$hits/data.ttl"
for q in "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }" \
    "LOAD <file:///etc/passwd> INTO GRAPH <urn:x:g>" \
    "LOAD <$url> INTO GRAPH <urn:x:g>" \
    "LOAD SERVICE <$url> DATA" \
    "SELECT * WHERE { SERVICE <$url> { ?s ?p ?o } }" \
    "define get:soft \"soft\" SELECT * FROM <$url> WHERE { ?s ?p ?o }" \
    "DROP SILENT GRAPH <https://w3id.org/dialoguekg/id/graph>"; do
  for method in get post; do
    if [ $method = get ]; then
      curl -s --get "$serve_base/sparql" --data-urlencode "query=$q" >"$tmp/answer"
    else
      curl -s "$serve_base/sparql" --data-urlencode "update=$q" >"$tmp/answer"
    fi
    if grep -qE "SECURITY|Error|denied" "$tmp/answer"; then
      ok "/sparql ($method) refuses: $q ($(grep -oE 'SR[0-9]+|SQ[0-9]+|SP[0-9]+|[0-9A-Z]{5} Error' "$tmp/answer" | head -1))"
    else
      bad "/sparql ($method) did not refuse: $q: $(head -c 300 "$tmp/answer")"
    fi
  done
done
# Not refused, but it must not fetch either (checked below).
curl -s --get "$serve_base/sparql" --data-urlencode \
  "query=define get:soft \"replace\" SELECT * WHERE { GRAPH <$url> { ?s ?p ?o } }" \
  >"$tmp/answer"
sleep 0.5
grep -q "GET\|POST" "$tmp/hits.log" && bad "the server fetched: $(cat "$tmp/hits.log")" ||
  ok "no request reached the listener on port $hits"
kill "$listener"
listener=""
n=$(select_json "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/dialoguekg/id/graph> { ?s ?p ?o } }" | first)
[ "$n" = "$seed_count" ] && ok "after the refused updates: still $n triples" ||
  bad "after the refused updates: $n triples"

# 4. The Graph Store: dba's Digest password from the file.
"$dkg" push -q --endpoint "$serve_base/sparql-graph-crud-auth" --user dba \
  --password-file "$serve_password" --graph urn:x:pushed "${records[@]}" \
  >"$tmp/out" 2>&1 && ok "push with the password file" ||
  bad "push with the password file: $(cat "$tmp/out")"
n=$(select_json "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:x:pushed> { ?s ?p ?o } }" | first)
[ "$n" = "$seed_count" ] && ok "pushed: $n triples" || bad "pushed: '$n' triples"
printf 'dba\n' >"$tmp/default-password"
expect "push with dba's default password" 1 "HTTP 401" \
  "$dkg" push --endpoint "$serve_base/sparql-graph-crud-auth" --user dba \
  --password-file "$tmp/default-password" "${records[@]}"
code=$(curl -s -o "$tmp/answer" -w '%{http_code}' -X PUT \
  -H 'Content-Type: application/n-triples' --data-binary '<urn:x:a> <urn:x:b> <urn:x:c> .' \
  "$serve_base/sparql-graph-crud?graph=urn:x:anon")
[ "$code" -ge 400 ] && ok "anonymous Graph Store PUT refused: HTTP $code" ||
  bad "anonymous Graph Store PUT: HTTP $code"

# 5. --stop.
expect "--stop" 0 "stopped Virtuoso \\(pid $pid\\)" "$dkg" serve --stop --store "$store"
kill -0 "$pid" 2>/dev/null && bad "pid $pid still runs" || ok "pid $pid is gone"
[ ! -e "$store/virtuoso/virtuoso.pid" ] && ok "pid file removed" || bad "pid file left"
expect "--stop again" 0 "no server ran" "$dkg" serve --stop --store "$store"
expect "--status when stopped" 1 "no server runs" "$dkg" serve --status --store "$store"
# It starts again on the same folder, afresh, named relative to the
# current folder this time.
cd "$tmp" || exit 1
if serve_start store "${records[@]}"; then
  grep -q "Virtuoso serves $tmp/store " "$tmp/store.serve.out" &&
    ok "a relative --store is made absolute" ||
    bad "relative --store: $(cat "$tmp/store.serve.out")"
  n=$(select_json "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != <http://www.openlinksw.com/schemas/virtrdf#>) }" | first)
  [ "$n" -ge "$seed_count" ] && [ "$n" -lt "$((seed_count + 2000))" ] &&
    ok "started again afresh: $n quads (the generated graph is gone)" ||
    bad "started again: $n quads"
  # A server that died (kill -9) leaves a stale pid file: it is not taken
  # for a running server, and a new start works.
  pid=$(cat "$store/virtuoso/virtuoso.pid")
  kill -9 "$pid"
  sleep 1
  expect "--status after a crash" 1 "no server runs" "$dkg" serve --status --store "$store"
  if serve_start "$store" "${records[@]}"; then
    ok "started after a crash (stale pid $pid)"
  fi
  "$dkg" serve --stop --store "$store" >/dev/null
else
  bad "the restart failed"
fi

# 6. The store of `load --store` (when this build has it).
if "$dkg" query --help 2>&1 | grep -q -- "--dump-nquads" &&
    "$dkg" load --help 2>&1 | grep -q -- "--store DIR"; then
  if "$dkg" load --store "$tmp/tdb" "${records[@]}" >"$tmp/out" 2>&1 &&
      serve_start "$tmp/tdb"; then
    # The store's default graph goes to the BASE graph (ld_dir's graph).
    n=$(select_json "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/dialoguekg/id/graph> { ?s ?p ?o } }" | first)
    [ "$n" = "$seed_count" ] && ok "serve --store of load --store: $n triples" ||
      bad "serve --store of load --store: $n triples, want $seed_count"
    "$dkg" serve --stop --store "$tmp/tdb" >/dev/null
  else
    bad "load --store then serve: $(cat "$tmp/out")"
  fi
else
  echo "note: this build has no 'query --store DIR --dump-nquads': serving a load --store store is not tested"
fi

echo "$passed passed, $fail failed"
[ "$fail" -eq 0 ]
