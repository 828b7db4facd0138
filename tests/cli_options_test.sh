#!/usr/bin/env bash
# The command line speaks one way (issue 14): a file name with control
# characters (ESC, a newline) is written escaped, the same way, by every
# command that names files in its messages, and nothing raw reaches the
# terminal; every command spells the options it shares with the others the
# same way, and rejects a bad value with exit 2 and a message naming the
# option.
#
# usage: cli_options_test.sh BUILD_DIR SOURCE_DIR
set -u
bin="$1/dialoguekg"
src="$2"
cd "$src" || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export DIALOGUEKG_DATA="$src/data"
if [ -e "$1/java/dialoguekg-sparql.jar" ]; then
  export DIALOGUEKG_SPARQL_JAR="$1/java/dialoguekg-sparql.jar"
fi
passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() {
  failed=$((failed + 1))
  echo "FAIL: $*"
}
# run CODE NAME COMMAND...: COMMAND's exit code must be CODE; its stderr
# is in $tmp/err.
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
has() { grep -qF -- "$1" "$2"; }

# ---- Control characters in file names ------------------------------------

# ESC [31m would turn the terminal red; the newline would split the line.
name=$'x\033[31mred\nz'
shown='x\u001B[31mred\u000Az'
# stderr_clean NAME: no raw control character but the newlines ending
# lines, every line a message of ours, and the name shown escaped.
stderr_clean() {
  if LC_ALL=C grep -q $'[\x01-\x09\x0b-\x1f\x7f]' "$tmp/err"; then
    fail "$1: a raw control character on stderr"
    cat -v "$tmp/err" | head -3
  else
    pass
  fi
  if grep -qv "^dialoguekg: " "$tmp/err"; then
    fail "$1: a line not of ours (a name split the line?)"
    cat -v "$tmp/err" | head -3
  else
    pass
  fi
  if has "$shown" "$tmp/err"; then pass; else
    fail "$1: the name is not shown as $shown"
    cat -v "$tmp/err" | head -3
  fi
}
mkdir -p "$tmp/in"
bad="$tmp/in/$name.json"
printf '[{"a": 1} {"b": 2}]\n' >"$bad"
missing="$tmp/in/no-$name.json"
release="$tmp/in/$name.txt"
echo "Nothing happened here." >"$release"
query="$tmp/in/$name.rq"
echo 'ASK {}' >"$query"

for c in convert validate viz; do
  run 1 "$c: a bad record in a named file" "$bin" "$c" "$bad"
  stderr_clean "$c: a bad record in a named file"
  run 1 "$c: a missing named file" "$bin" "$c" "$missing"
  stderr_clean "$c: a missing named file"
done
run 1 "convert -o into a missing folder" \
  "$bin" convert -o "$tmp/in/no-$name/out.ttl" data/dialogues/us-jp-cyber-3.json
stderr_clean "convert -o into a missing folder"
run 1 "extract: no record from a named file" "$bin" extract "$release"
stderr_clean "extract: no record from a named file"
run 1 "extract: a missing named file" "$bin" extract "$missing"
stderr_clean "extract: a missing named file"
# Every command shows the same name the same way: the same file name field.
for c in convert validate viz extract; do
  "$bin" "$c" "$missing" 2>&1 >/dev/null | head -1 |
    sed 's/: error: .*//; s/: cannot open.*//' >>"$tmp/names"
done
if [ "$(sort -u "$tmp/names" | wc -l)" -eq 1 ] &&
  has "dialoguekg: $tmp/in/no-$shown.json" "$tmp/names"; then
  pass
else
  fail "the commands show the missing file differently"
  cat "$tmp/names"
fi
if command -v java >/dev/null && [ -n "${DIALOGUEKG_SPARQL_JAR:-}" ]; then
  run 1 "query: a bad record in a named file" "$bin" query -e 'ASK {}' "$bad"
  stderr_clean "query: a bad record in a named file"
  run 1 "query: a missing query file" "$bin" query -Q "$tmp/in/no-$name.rq"
  stderr_clean "query: a missing query file"
  run 1 "query: a missing named RDF file" "$bin" query -Q "$query" \
    "$tmp/in/no-$name.ttl"
  stderr_clean "query: a missing named RDF file"
else
  echo "skip: query (no Java or no engine jar)"
fi

echo "cli_options: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
