#!/bin/bash
# The shared library exports exactly the functions declared DKG_API in the
# public headers (hidden visibility keeps everything else inside), has a
# SONAME, and needs none of the optional parts' libraries.
#
# Usage: exports.sh LIBDIALOGUEKG_SO INCLUDE_DIR
set -u
so=$1 include=$2
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Defined, global or weak, dynamic symbols.
readelf --dyn-syms -W "$so" |
  awk 'NR > 3 && $7 != "UND" && ($5 == "GLOBAL" || $5 == "WEAK") { print $8 }' |
  sed 's/@.*//' | sort -u >"$tmp/exported"
cat "$include"/dialoguekg/*.h | tr '\n' ' ' | grep -o 'DKG_API[^;{(]*(' |
  grep -o 'dkg_[a-z0-9_]*[ ]*($' | tr -d ' (' | sort -u >"$tmp/declared"
[ -s "$tmp/declared" ] || { echo "FAIL: no DKG_API declaration found"; exit 1; }
# A function declared in a public header without DKG_API would be hidden.
if grep -nE '^\s*(const )?[A-Za-z_][A-Za-z0-9_]*( ?\*)* ?dkg_[a-z0-9_]+\(' \
  "$include"/dialoguekg/*.h | grep -v 'DKG_API'; then
  echo "FAIL: public declarations without DKG_API (above)"
  fail=1
fi
if ! cmp -s "$tmp/exported" "$tmp/declared"; then
  echo "FAIL: exported (<) and declared DKG_API (>) differ:"
  diff "$tmp/exported" "$tmp/declared"
  fail=1
fi
readelf -d "$so" | grep -q '(SONAME)' || { echo "FAIL: no SONAME"; fail=1; }
needed=$(readelf -d "$so" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
for lib in libgvc libcgraph libcurl librdf libxml2; do
  if echo "$needed" | grep -q "^$lib"; then
    echo "FAIL: $so needs $lib"
    fail=1
  fi
done
[ $fail -eq 0 ] &&
  echo "$(wc -l <"$tmp/exported") symbols exported, all DKG_API; needs: $(echo $needed)"
exit $fail
