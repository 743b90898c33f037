#!/usr/bin/env bash
# Decode strategies under AddressSanitizer: the suites tagged `equivalence` (Tests/CodecCoreTests/
# Tags.swift) copy every input into an allocation of exactly its length, so a fast path that
# reads past a buffer's end (a broken tail guard) fails here even when its values happen to be
# right. Leak detection is off: the test harness itself keeps objects alive at exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
export ASAN_OPTIONS=detect_leaks=0
log="$(mktemp)"
trap 'rm -rf "$log"' EXIT
status=0
flock "${EDGEBENCH_HEAVY_LOCK:-/tmp/edgebench-heavy.lock}" \
  swift test --sanitize=address --scratch-path .build-asan --filter tag:equivalence >"$log" 2>&1 \
  || status=$?
tail -n 15 "$log"
[ "$status" -eq 0 ] || exit "$status"
# A filter that matches nothing passes too: every tagged suite must have run.
tagged="$(cat Tests/*Tests/*.swift | grep -c '^@Suite(.*\.tags(\.equivalence)')"
ran="$(sed -n 's/.*Test run with [0-9]* tests\{0,1\} in \([0-9]*\) suites\{0,1\} passed.*/\1/p' "$log")"
if [ "$tagged" -eq 0 ] || [ "${ran:-0}" -ne "$tagged" ]; then
  echo "FAIL  tag:equivalence ran ${ran:-no} suites; $tagged suites are tagged equivalence"
  exit 1
fi
echo "strategies-asan: the $ran suites tagged equivalence passed with no out-of-bounds access"
