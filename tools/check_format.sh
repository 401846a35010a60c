#!/usr/bin/env bash
# Fails when a C++ file is not formatted with the repository's .clang-format. Fix with: tools/check_format.sh --fix
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mapfile -t files < <(git ls-files -co --exclude-standard -- 'common/*.h' 'smartcard/*.cpp' 'smartcard/*.h' 'app/*.cpp' \
  'app/*.h' 'ui/*.cpp' 'ui/*.h' 'tests/*.cpp' 'tests/*.h')
if [ "${1:-}" = "--fix" ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
clang-format --dry-run --Werror "${files[@]}"
echo "format: ${#files[@]} files checked"
