#!/usr/bin/env bash
# Builds the libFuzzer harnesses of tests/fuzz with clang (-DDKG_FUZZ=ON:
# ASan+UBSan, coverage for libFuzzer) and runs each one for a while.
#
#   scripts/fuzz.sh [SECONDS] [HARNESS...]
#
# SECONDS per harness (default $DKG_FUZZ_SECONDS, else 60); HARNESS is
# convert, iri, results or extract (default all four).  Each run starts from the
# seed corpus tests/fuzz/corpus/NAME plus tests/fuzz/regressions/NAME, uses the
# dictionary tests/fuzz/NAME.dict, and keeps what it learns in
# build-fuzz/corpus/NAME (never in the source tree).  A crash stops the
# script with exit 1 and names the input that caused it: copy that file into
# tests/fuzz/regressions/NAME/ so that ctest replays it in every build.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-${DKG_FUZZ_SECONDS:-60}}
shift || true
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
  harnesses=(convert iri results extract)
fi
build=${DKG_FUZZ_BUILD:-build-fuzz}
jobs=$(nproc 2>/dev/null || echo 2)
[ "$jobs" -gt 2 ] && jobs=2

if ! command -v clang >/dev/null; then
  echo "fuzz.sh: clang is needed (scripts/install-deps.sh installs it)" >&2
  exit 1
fi

CC=clang cmake -S . -B "$build" -DDKG_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  >/dev/null
targets=()
for h in "${harnesses[@]}"; do
  targets+=("fuzz_$h")
done
cmake --build "$build" -j "$jobs" --target "${targets[@]}"

status=0
passed=0
failed=0
for h in "${harnesses[@]}"; do
  corpus="$build/corpus/$h"
  artifacts="$build/artifacts/$h/"
  mkdir -p "$corpus" "$artifacts"
  leaks=1
  extra=()
  # Inputs: the seed corpus, and the regressions once there are any (git
  # keeps no empty folder, so a fresh clone may have none for $h).
  inputs=("tests/fuzz/corpus/$h")
  if [ -d "tests/fuzz/regressions/$h" ]; then
    inputs+=("tests/fuzz/regressions/$h")
  fi
  if [ "$h" = extract ]; then
    inputs+=("tests/extract/releases")
  fi
  # raptor2 loses memory on broken N-Triples and on typed literals in its
  # Turtle writer (tests/fuzz/results-lsan.supp says what that costs).
  lsan=""
  if [ "$h" = results ]; then
    lsan="suppressions=$PWD/tests/fuzz/results-lsan.supp"
  fi
  echo "== fuzz_$h for ${seconds}s"
  if ! LSAN_OPTIONS=$lsan ASAN_OPTIONS=detect_leaks=$leaks:abort_on_error=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$build/tests/fuzz/fuzz_$h" \
      -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
      -max_len=16384 -print_final_stats=1 "${extra[@]}" \
      -dict="tests/fuzz/$h.dict" -artifact_prefix="$artifacts" \
      "$corpus" "${inputs[@]}" \
      2>"$build/fuzz_$h.log"; then
    status=1
    failed=$((failed + 1))
    tail -n 60 "$build/fuzz_$h.log" >&2
    echo "fuzz.sh: fuzz_$h failed; the input is in $artifacts:" >&2
    ls -l "$artifacts" >&2
    echo "fuzz.sh: copy it into tests/fuzz/regressions/$h/ once fixed" >&2
  else
    passed=$((passed + 1))
    grep -E '^stat::|Done [0-9]+ runs' "$build/fuzz_$h.log" || true
  fi
done
echo "fuzz: $passed passed, $failed failed"
exit $status
