#!/usr/bin/env bash
# Runs edgebench (Swift) and the Go, Rust, C and C++ peers back to back on the same corpus files,
# ROUNDS times in a freshly shuffled order each round, each run taking one timed sample of N
# iterations per case (after a warm-up), and prints a Markdown table of the median ns/value
# per case over the rounds, with every figure's ratio to Swift's `loop` on the same corpus, and
# the best Swift strategy against the best peer. Interleaving whole processes spreads slow
# drifts (a neighbour's job, thermal throttling) over all five programs instead of biasing
# whichever ran last.
#
# usage: peers/compare.sh [ROUNDS] [ITERS]       (defaults 11 and 200)
#   EDGEBENCH        the edgebench binary (default .build/release/edgebench, built if missing)
#   PEERS_DIR        where the edgebench-peer-{go,rust,c,cpp} binaries are (default out/peers/<arch>);
#                    a peer missing there is left out (with a note), so older folders still work
#   CORPUS_DIR       the corpus files (default: written to a temporary folder)
#   RAW              keep every run's per-case figures in this TSV file (round, program, case, ns/value)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rounds="${1:-11}"
iters="${2:-200}"
# shellcheck source=peers/bench-setup.sh
source "$here/bench-setup.sh"

# Prints "case ns/value" for every record of JSON Lines on stdin (the median of its samples).
from_json() {
  grep -o '"case":{"name":"[^"]*"\|"stats":{"unit":"ns/value","count":[0-9]*,"median":[0-9.e+-]*' \
    | sed -E 's/.*"name":"([^"]*)"/\1/; s/.*"median":(.*)/\1/' | paste -d' ' - -
}

run_swift() {
  if "$edgebench" decode --strategy all --iters "$iters" --samples 1 --warmup 1 --no-counters \
    --format json >"$work/swift.out" 2>/dev/null; then
    from_json <"$work/swift.out"
  else
    # edgebench without JSON Lines yet: its table's ns/value is the mean of one timed run of
    # ITERS decodes, after one untimed checking decode.
    "$edgebench" decode --strategy all --iters "$iters" \
      | awk 'NR > 1 && $NF == "ok" { print "decode/" $1 "/" $2, $5 }'
  fi
}

run_peer() {
  "$peers/edgebench-peer-$1" decode --corpus-dir "$corpora" --iters "$iters" --samples 1 \
    --warmup 1 --format json | from_json
}

programs=(swift)
for peer in go rust c cpp; do
  if [ -x "$peers/edgebench-peer-$peer" ]; then programs+=("$peer"); else echo "note: no $peers/edgebench-peer-$peer; left out" >&2; fi
done
shuffle=0x5eed
for round in $(seq 1 "$rounds"); do
  order=("${programs[@]}")
  # A seeded Fisher-Yates over the programs, so the order differs each round.
  for ((i = ${#order[@]} - 1; i > 0; i--)); do
    shuffle=$(((shuffle * 6364136223846793005 + 1442695040888963407) & 0x7fffffffffffffff))
    j=$(((shuffle >> 33) % (i + 1)))
    t=${order[$i]} order[$i]=${order[$j]} order[$j]=$t
  done
  for program in "${order[@]}"; do
    if [ "$program" = swift ]; then run_swift; else run_peer "$program"; fi \
      | awk -v r="$round" -v p="$program" '{ print r "\t" p "\t" $1 "\t" $2 }' >>"$raw"
  done
  echo "round $round/$rounds: ${order[*]}" >&2
done

# Median per case over the rounds, one row per corpus, ratios to Swift's loop and Rust÷Go.
awk -f "$here/side-by-side.awk" "$raw"
echo
echo "ns/value, median of $rounds interleaved rounds of $iters iterations per case; (×) is the"
echo "ratio to Swift loop on the same corpus. Rust÷Go below 1: Rust faster. Plain: rust-std over"
echo "go-uvarint (varints) or go-protowire (messages, both hand-written); library: rust-protobuf"
echo "over go-protowire (varints) or go-proto (messages, both generated code). Best peer ÷ best"
echo "Swift above 1: the best Swift strategy is that many times faster than the best peer."
