#!/usr/bin/env bash
# Decode strategies under AddressSanitizer: the equivalence suites copy every input into an
# allocation of exactly its length, so a fast path that reads past a buffer's end (a broken tail
# guard) fails here even when its values happen to be right. Leak detection is off: the test
# harness itself keeps objects alive at exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
export ASAN_OPTIONS=detect_leaks=0
swift test --sanitize=address --scratch-path .build-asan \
  --filter 'Strategy|SingleVarint|TelemetryView|UTF8Validation' 2>&1 | tail -n 15
echo "strategies-asan: equivalence suites passed with no out-of-bounds access"
