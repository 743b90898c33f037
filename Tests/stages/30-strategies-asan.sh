#!/usr/bin/env bash
# Decode strategies under AddressSanitizer: the equivalence suites listed below copy every input
# into an allocation of exactly its length, so a fast path that reads past a buffer's end (a
# broken tail guard) fails here even when its values happen to be right. Leak detection is off:
# the test harness itself keeps objects alive at exit.
# The suites are named, not tagged: this toolchain's `swift test --filter tag:NAME` matches no
# test (Swift Testing 6.3.1 reads it as a name pattern), so one list here is the selection.
set -euo pipefail
cd "$(dirname "$0")/../.."
suites=(StrategyEquivalenceTests StrategyMalformedInputTests SingleVarintDecodeTests
  TelemetryViewTests UTF8ValidationTests) # all in CodecCoreTests
filters=()
for suite in "${suites[@]}"; do filters+=(--filter "^CodecCoreTests\.$suite/"); done
export ASAN_OPTIONS=detect_leaks=0
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
flock "${EDGEBENCH_HEAVY_LOCK:-/tmp/edgebench-heavy.lock}" \
  swift test --sanitize=address --scratch-path .build-asan "${filters[@]}" >"$log" 2>&1 \
  || status=$?
tail -n 15 "$log"
[ "$status" -eq 0 ] || exit "$status"
# A filter that matches nothing passes too: every listed suite must have run.
ran="$(sed -n 's/.*Test run with [0-9]* tests\{0,1\} in \([0-9]*\) suites\{0,1\} passed.*/\1/p' "$log")"
if [ "${ran:-0}" -ne "${#suites[@]}" ]; then
  echo "FAIL  ${ran:-no} suites ran; the list names ${#suites[@]}: ${suites[*]}"
  exit 1
fi
echo "strategies-asan: the ${#suites[@]} equivalence suites passed with no out-of-bounds access"
