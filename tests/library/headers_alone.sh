#!/bin/bash
# Each public header compiles alone: every generated TU of TU_DIR (one per
# header, see tests/CMakeLists.txt) with the C compiler as C99 (.c) and,
# when CXX is not empty, as C++11 (.cpp), warnings as errors.
#
# Usage: headers_alone.sh TU_DIR INCLUDE_DIR CC CXX [WARNING_FLAG...]
set -u
tu_dir=$1 include=$2 cc=$3 cxx=$4
shift 4
cflags=("$@" -Werror)
# The C-only warnings do not apply to C++.
cxxflags=()
for flag in "$@"; do
  case $flag in
    -Wstrict-prototypes | -Wmissing-prototypes | -Wold-style-definition) ;;
    *) cxxflags+=("$flag") ;;
  esac
done
cxxflags+=(-Werror)
fail=0 n=0
for tu in "$tu_dir"/*.c; do
  n=$((n + 1))
  "$cc" -std=c99 "${cflags[@]}" -I"$include" -fsyntax-only "$tu" ||
    { echo "FAIL: $(basename "$tu" .c).h as C99"; fail=1; }
  if [ -n "$cxx" ]; then
    "$cxx" -std=c++11 "${cxxflags[@]}" -I"$include" -fsyntax-only "${tu%.c}.cpp" ||
      { echo "FAIL: $(basename "$tu" .c).h as C++11"; fail=1; }
  fi
done
headers=$(ls "$include"/dialoguekg/*.h | wc -l)
[ "$n" -eq "$headers" ] ||
  { echo "FAIL: $n generated TUs for $headers headers (reconfigure)"; fail=1; }
[ $fail -eq 0 ] && echo "$n public headers compile alone (C99${cxx:+, C++11})"
exit $fail
