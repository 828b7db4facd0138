#!/usr/bin/env bash
# Every C file of the repository is formatted with its .clang-format.
# usage: check_format.sh SOURCE_DIR CLANG_FORMAT
set -euo pipefail
cd "$1"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files '*.c' '*.h')
else
  mapfile -t files < <(find include src tests tools bench -name '*.[ch]' 2>/dev/null | sort)
fi
if [ "${#files[@]}" -lt 10 ]; then
  echo "FAIL: found only ${#files[@]} C files to check"
  exit 1
fi
"$2" --dry-run --Werror "${files[@]}"
echo "${#files[@]} files formatted"
