#!/usr/bin/env bash
# Instructions per value of every case — Swift (edgebench), Go, Rust, C and C++ peers — counted by
# valgrind's callgrind, which repeats exactly for the same binary and input however noisy the
# machine is (x86_64; wall-clock ratios on a shared VM are not that steady). Each case runs
# twice, with ITERS and 2×ITERS timed iterations and nothing else changed; the difference,
# divided by ITERS × values, is what one decode of the corpus costs per value, without start-up,
# corpus loading or checking. Prints the same Markdown table as peers/compare.sh.
#
# usage: peers/instructions.sh [ITERS]     (default 3)
#   EDGEBENCH, PEERS_DIR, CORPUS_DIR, RAW   as for peers/compare.sh
# Go runs with GODEBUG=asyncpreemptoff=1: callgrind aborts on the Go runtime's preemption signals.
# Go's message cases count its garbage collector too, which does not repeat exactly: one run
# (ITERS 3) gave go-protowire a negative difference on `messages`, and with ITERS 8 that case had
# not finished after 12 minutes under callgrind. Read Go's message figures only when two runs agree.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
iters="${1:-3}"
command -v valgrind >/dev/null || { echo "instructions: valgrind missing (apt-get install valgrind)" >&2; exit 1; }
# shellcheck source=peers/bench-setup.sh
source "$here/bench-setup.sh"
# valgrind 3.19 cannot read the DWARF of an unstripped Swift release build: count a stripped copy.
strip -o "$work/edgebench" "$edgebench"
edgebench="$work/edgebench"
# edgebench with the runner's protocol flags takes one sample and no warm-up; an older one
# times exactly --iters decodes after its check.
swift_flags=(--samples 1 --warmup 0 --no-counters)
"$edgebench" decode --corpus one-byte --iters 1 "${swift_flags[@]}" >/dev/null 2>&1 || swift_flags=()

# Instructions callgrind collected for one run of the command.
collected() {
  GODEBUG=asyncpreemptoff=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

while IFS=$'\t' read -r corpus format values _; do
  [[ "$corpus" == \#* ]] && continue
  runs=("swift loop" "swift word" "swift bitmap" "swift simd")
  for strategy in go-uvarint go-protowire go-proto rust-std rust-protobuf c-loop c-pext cpp-protobuf \
    cpp-protobuf-parse cpp-protobuf-arena; do
    # A peer that is not built (an older PEERS_DIR) is left out.
    [ -x "$peers/edgebench-peer-${strategy%%-*}" ] && runs+=("${strategy%%-*} $strategy")
  done
  for run in "${runs[@]}"; do
    read -r program strategy <<<"$run"
    case "$format/$strategy" in
      varints/go-proto | varints/cpp-protobuf-* | messages/go-uvarint | messages/c-* | messages/cpp-protobuf) continue ;;
    esac
    if [ "$program" = swift ]; then
      command=("$edgebench" decode --corpus "$corpus" --strategy "$strategy" "${swift_flags[@]}")
    else
      command=("$peers/edgebench-peer-$program" decode --corpus-dir "$corpora" --corpus "$corpus"
        --strategy "$strategy" --samples 1 --warmup 0)
    fi
    once="$(collected "${command[@]}" --iters "$iters")"
    twice="$(collected "${command[@]}" --iters $((2 * iters)))"
    [ -n "$once" ] && [ -n "$twice" ] || { echo "instructions: callgrind failed on ${command[*]}" >&2; exit 1; }
    awk -v a="$once" -v b="$twice" -v n="$iters" -v v="$values" -v p="$program" -v c="decode/$corpus/$strategy" \
      'BEGIN { printf "1\t%s\t%s\t%.2f\n", p, c, (b - a) / (n * v) }' >>"$raw"
    echo "$program decode/$corpus/$strategy" >&2
  done
done <"$corpora/MANIFEST.tsv"

awk -f "$here/side-by-side.awk" "$raw"
echo
echo "instructions/value (callgrind, $arch), one decode of the corpus: the difference between runs"
echo "of $((2 * iters)) and $iters iterations; (×) is the ratio to Swift loop. Rust÷Go below 1: fewer Rust"
echo "instructions. Pairs as in peers/compare.sh; best peer ÷ best Swift above 1: fewer Swift instructions."
