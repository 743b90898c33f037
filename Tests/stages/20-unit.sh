#!/usr/bin/env bash
# Swift Testing suites (CodecCore, EdgebenchKit, Aggregation) in the host build.
set -uo pipefail
cd "$(dirname "$0")/../.."
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
swift test --parallel >"$log" 2>&1
status=$?
# The full log is long; show every recorded issue, then the summary at its end.
grep -E "recorded an issue|✘|error:" "$log" | head -n 80
tail -n 30 "$log"
exit "$status"
