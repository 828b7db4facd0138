#!/bin/bash
# The library as others use it: `cmake --install` into a fresh prefix, then
# examples/c/map_record.c built against that prefix only (pkg-config, no
# source-tree include), with the shared and with the static library; each
# maps a record of examples/records and must write the bytes of
# `dialoguekg convert -t ntriples` on the same record.  Also: the installed
# shared library has its SONAME and needs neither Graphviz, Redland, curl
# nor libxml2 itself.
#
# Usage: install_example.sh BUILD_DIR SOURCE_DIR CLI CC [CFLAG...]
set -u
build=$(cd "$1" && pwd) src=$(cd "$2" && pwd) cli=$(cd "$(dirname "$3")" && pwd)/$(basename "$3") cc=$4
shift 4
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bad() { echo "FAIL: $*"; fail=1; }

prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 ||
  { cat "$tmp/install.log"; echo "FAIL: cmake --install"; exit 1; }
pc=$(find "$prefix" -name dialoguekg.pc | head -n 1)
[ -n "$pc" ] || { echo "FAIL: no dialoguekg.pc installed"; exit 1; }
export PKG_CONFIG_PATH=$(dirname "$pc")
unset PKG_CONFIG_LIBDIR CPATH C_INCLUDE_PATH LIBRARY_PATH
libdir=$(cd "$(pkg-config --variable=libdir dialoguekg)" && pwd -P)
datadir=$(pkg-config --variable=datadir dialoguekg)
[ -f "$datadir/countries.json" ] || bad "pkg-config datadir $datadir has no reference data"

# The shared library: its SONAME, and what it needs.
so=$(ls "$libdir"/libdialoguekg.so.*.*.* 2>/dev/null | head -n 1)
[ -n "$so" ] || bad "no libdialoguekg.so.X.Y.Z in $libdir"
if [ -n "$so" ]; then
  readelf -d "$so" | grep -q 'SONAME.*\[libdialoguekg\.so\.[0-9]*\]' ||
    bad "$so has no SONAME libdialoguekg.so.N"
  needed=$(readelf -d "$so" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
  for lib in libgvc libcgraph libcurl librdf libxml2; do
    echo "$needed" | grep -q "^$lib" && bad "$so needs $lib"
  done
fi
[ -f "$libdir/libdialoguekg.a" ] || bad "no libdialoguekg.a in $libdir"

record=$src/examples/records/us-jp-cyber-1.json
"$cli" convert -t ntriples "$record" >"$tmp/expected.nt" ||
  bad "dialoguekg convert -t ntriples failed"
[ -s "$tmp/expected.nt" ] || bad "dialoguekg convert wrote nothing"

# Built the way the README says, against the installed tree only.
example=$src/examples/c/map_record.c
cd "$tmp" || exit 1
# shellcheck disable=SC2046
"$cc" -std=c99 -Wall -Wextra -Werror "$@" "$example" -o map_record_shared \
  $(pkg-config --cflags --libs dialoguekg) || bad "building against the shared library"
# The static case: libdialoguekg.a with what Requires.private and
# Libs.private name (the dependencies themselves stay shared: Debian ships
# no static serd).
# shellcheck disable=SC2046
"$cc" -std=c99 -Wall -Wextra -Werror "$@" "$example" -o map_record_static \
  $(pkg-config --cflags dialoguekg) -Wl,--as-needed "$libdir/libdialoguekg.a" \
  $(pkg-config --static --libs dialoguekg) || bad "building against the static library"
readelf -d map_record_static 2>/dev/null | grep -q 'NEEDED.*libdialoguekg' &&
  bad "map_record_static needs libdialoguekg.so"

for kind in shared static; do
  [ -x "map_record_$kind" ] || continue
  LD_LIBRARY_PATH=$libdir "./map_record_$kind" "$datadir" "$record" ntriples \
    >"$kind.nt" 2>"$kind.err" || { cat "$kind.err"; bad "map_record_$kind exited $?"; }
  cmp -s "$kind.nt" "$tmp/expected.nt" ||
    { diff "$tmp/expected.nt" "$kind.nt" | head; bad "map_record_$kind: not the bytes of convert -t ntriples"; }
  LD_LIBRARY_PATH=$libdir "./map_record_$kind" "$datadir" "$record" turtle \
    >"$kind.ttl" 2>"$kind.err" || bad "map_record_$kind turtle exited $?"
  grep -q '^@prefix dkg: ' "$kind.ttl" || bad "map_record_$kind: no Turtle"
done
# The shared build really uses the installed shared library.
LD_LIBRARY_PATH=$libdir ldd map_record_shared 2>/dev/null |
  grep -q "libdialoguekg\.so\.[0-9]* => $libdir/" ||
  bad "map_record_shared does not load $libdir/libdialoguekg.so"
# A bad record: exit 1 and a message with its place.
printf '{"series": 7}\n' >bad.json
LD_LIBRARY_PATH=$libdir ./map_record_shared "$datadir" bad.json ntriples \
  >/dev/null 2>bad.err
[ $? -eq 1 ] || bad "a bad record does not exit 1"
grep -q '^map_record: bad.json:1:[0-9]*: error: ' bad.err ||
  { cat bad.err; bad "no FILE:LINE:COL message for a bad record"; }

[ $fail -eq 0 ] && echo "install, pkg-config and examples/c/map_record: ok"
exit $fail
