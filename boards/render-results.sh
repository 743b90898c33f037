#!/usr/bin/env bash
# Renders the aggregate of boards/results (with the valgrind counts of boards/instructions) into
# boards/results/: aggregate-wall.md and aggregate-cpu.md (wall-clock and task-clock times), and
# one SVG chart per corpus named on the command line (default: one-byte two-byte) with CPU
# times. Uses the release host build.
#
# usage: boards/render-results.sh [--baseline LABEL] [corpus ...]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
baseline=()
if [ "${1:-}" = --baseline ]; then
  baseline=(--baseline "${2:?--baseline needs a label}")
  shift 2
fi
corpora=("$@")
[ ${#corpora[@]} -gt 0 ] || corpora=(one-byte two-byte)
swift build -c release --product edgebench >/dev/null
edgebench="$(swift build -c release --product edgebench --show-bin-path)/edgebench"
for clock in wall cpu; do
  "$edgebench" aggregate boards/results boards/instructions "${baseline[@]}" --time "$clock" \
    --format markdown --output "boards/results/aggregate-$clock.md"
done
for corpus in "${corpora[@]}"; do
  "$edgebench" aggregate boards/results "${baseline[@]}" --time cpu --corpus "$corpus" \
    --format svg --output "boards/results/decode-$corpus.svg" 2>/dev/null
done
ls -l boards/results/*.md boards/results/*.svg
