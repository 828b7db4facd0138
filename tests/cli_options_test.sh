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

# ---- The shared options ---------------------------------------------------

commands=(convert validate query load push serve viz extract)
# NAME VALUE (- for a flag): what every command that takes the option
# must accept.
shared=(
  "output $tmp/o.out"
  "quiet -"
  "base https://example.org/id/"
  "data-dir data"
  "registry examples/overlay/registry.json"
  "strict -"
  "keep-going -"
  "max-record-size 1M"
  "max-depth 10"
  "max-memory 512m"
  "progress -"
)
# takes CMD NAME: the help of CMD lists --NAME.
takes() {
  "$bin" "$1" --help | grep -qE -- "^ +(-[a-z], )?--$2( |$)"
}
for c in "${commands[@]}"; do
  run 2 "$c: an unknown option" "$bin" "$c" --no-such-option
  if has "dialoguekg: $c: unknown option '--no-such-option'" "$tmp/err" &&
    has "Try 'dialoguekg $c --help' for more information." "$tmp/err" &&
    [ "$(wc -l <"$tmp/err")" -eq 2 ]; then
    pass
  else
    fail "$c: the unknown option's message"
    cat "$tmp/err"
  fi
  run 2 "$c: an unknown short option" "$bin" "$c" -Z
  has "dialoguekg: $c: unknown option '-Z'" "$tmp/err" && pass ||
    fail "$c: -Z not named"
  for entry in "${shared[@]}"; do
    opt=${entry%% *}
    value=${entry#* }
    args=("--$opt")
    [ "$value" = - ] || args+=("$value")
    # Accepted (then --help stops the command) exactly when listed.
    "$bin" "$c" "${args[@]}" --help >/dev/null 2>"$tmp/err"
    got=$?
    if takes "$c" "$opt"; then
      [ "$got" -eq 0 ] && pass || fail "$c: --$opt is listed but refused"
      if [ "$value" != - ]; then
        run 2 "$c: --$opt without its argument" "$bin" "$c" "--$opt"
        has "$c: missing argument to '--$opt'" "$tmp/err" && pass ||
          fail "$c: the missing argument of --$opt not named"
      fi
    else
      [ "$got" -eq 2 ] && has "unknown option '--$opt'" "$tmp/err" && pass ||
        fail "$c: --$opt is not listed but not refused as unknown"
    fi
  done
  # One spelling: -q is --quiet, -o is --output, -h is --help.
  "$bin" "$c" -h >"$tmp/h1" && "$bin" "$c" --help >"$tmp/h2" &&
    cmp -s "$tmp/h1" "$tmp/h2" && pass || fail "$c: -h is not --help"
  if takes "$c" quiet; then
    "$bin" "$c" --help | grep -q -- "-q, --quiet" && pass ||
      fail "$c: --quiet is not -q"
    "$bin" "$c" -q --help >/dev/null && pass || fail "$c: -q refused"
  fi
  if takes "$c" output; then
    "$bin" "$c" --help | grep -q -- "-o, --output" && pass ||
      fail "$c: --output is not -o"
  fi
done

# bad CMD NAME VALUE WHAT: exit 2, one message naming --NAME.
bad() {
  run 2 "$1 --$2 '$3' ($4)" "$bin" "$1" "--$2" "$3" "${@:5}"
  if grep -q -- "--$2" "$tmp/err" && [ "$(wc -l <"$tmp/err")" -eq 1 ]; then
    pass
  else
    fail "$1 --$2 '$3': the message does not name --$2 in one line"
    cat "$tmp/err"
  fi
  [ ! -s "$tmp/out" ] && pass || fail "$1 --$2 '$3': wrote output"
}
for c in "${commands[@]}"; do
  if takes "$c" base; then
    bad "$c" base "not an iri" "a space"
    bad "$c" base "https://example.org/id" "no / or # at the end"
    bad "$c" base "" "empty"
  fi
  if takes "$c" max-record-size; then
    bad "$c" max-record-size 0 "zero"
    bad "$c" max-record-size 12Q "a bad suffix"
    bad "$c" max-record-size -5 "negative"
  fi
  if takes "$c" max-depth; then
    bad "$c" max-depth 0 "zero"
    bad "$c" max-depth 1001 "beyond cJSON's limit"
    bad "$c" max-depth 1M "a suffix"
  fi
  if takes "$c" max-memory; then
    bad "$c" max-memory lots "no number"
    bad "$c" max-memory 4gb "two letters"
  fi
  if takes "$c" registry; then
    many=()
    for _ in $(seq 33); do many+=(--registry examples/overlay/registry.json); done
    run 2 "$c: 33 --registry files" "$bin" "$c" "${many[@]}"
    has "$c: at most 32 --registry files" "$tmp/err" && pass ||
      fail "$c: too many --registry not said"
  fi
done
# The option's check is the same in every command: the same message.
for c in "${commands[@]}"; do
  takes "$c" base || continue
  "$bin" "$c" --base "x y" 2>&1 >/dev/null | head -1 >>"$tmp/base-messages"
done
[ "$(sort -u "$tmp/base-messages" | wc -l)" -eq 1 ] && pass ||
  fail "--base is refused in different words: $(sort -u "$tmp/base-messages")"

echo "cli_options: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
