#!/usr/bin/env bash
# Installs the dependencies, builds dialoguekg twice (warnings as errors;
# then with AddressSanitizer and UndefinedBehaviorSanitizer) and runs every
# test in both builds.  This is what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${DKG_SKIP_INSTALL:-0}" != 1 ]; then
  bash scripts/install-deps.sh
fi

jobs=$(nproc 2>/dev/null || echo 2)

echo "== build (warnings are errors) and test"
cmake -S . -B build -DDKG_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"

echo "== build with ASan+UBSan and test"
cmake -S . -B build-asan -DDKG_WERROR=ON -DDKG_SANITIZE=ON \
  -DCMAKE_BUILD_TYPE=Debug
cmake --build build-asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j "$jobs"

echo "== fuzz each libFuzzer harness (clang, ASan+UBSan) for ${DKG_FUZZ_SECONDS:-60}s"
bash scripts/fuzz.sh "${DKG_FUZZ_SECONDS:-60}"
