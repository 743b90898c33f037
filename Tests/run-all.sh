#!/usr/bin/env bash
# The full test command: installs what is missing, then runs every stage in Tests/stages in order
# (lint, unit tests, Embedded builds, reference-encoder checks, fuzzing, cross builds, QEMU runs,
# deploy). Every stage runs even if an earlier one failed; the exit status is 1 if any failed.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
source Toolchains/toolchain.sh # for SWIFT_DETERMINISTIC_HASHING: every stage's swift build
bash Toolchains/setup.sh || exit 1
logs="$(mktemp -d)"
passed=0
failed=0
failures=()
for stage in Tests/stages/*.sh; do
  name="$(basename "$stage" .sh)"
  echo "=== stage $name"
  started=$(date +%s)
  if bash "$stage" 2>&1 | tee "$logs/$name.log"; [ "${PIPESTATUS[0]}" -eq 0 ]; then
    passed=$((passed + 1))
    echo "=== stage $name: passed in $(($(date +%s) - started)) s"
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "=== stage $name: FAILED in $(($(date +%s) - started)) s"
  fi
done
# CI keeps only the end of the output: repeat each failed stage's failure lines here.
for name in "${failures[@]}"; do
  echo "=== why $name failed (its failure lines, then its last 25 lines)"
  grep -E -i "fail|error|✘|expectation|recorded an issue" "$logs/$name.log" | grep -v -E "^ok|0 failed" | head -n 40
  echo "---"
  tail -n 25 "$logs/$name.log"
done
rm -rf "$logs"
[ ${#failures[@]} -gt 0 ] && echo "failed stages: ${failures[*]}"
echo "stages: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
