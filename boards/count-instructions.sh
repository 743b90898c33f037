#!/usr/bin/env bash
# Counts instructions per decoded value under valgrind's callgrind for every case that a static
# x86_64 edgebench binary's `decode --strategy all` runs (the binary lists its own cases and
# build facts), and writes them as one JSON Lines file of schema `edgebench.instructions`, for
# `edgebench aggregate` on hosts without a PMU (docs/measurement.md, "Instruction counts for
# hosts without a PMU"). Counts are exact and repeat to the instruction for one binary and input.
#
# usage: boards/count-instructions.sh --output FILE [--strategies a,b] [--corpora x,y]
#                                     [--lock FILE] BINARY...
#   --output FILE     the file to write (temp file + rename; an existing FILE is never replaced)
#   --strategies a,b  only these strategies; --corpora x,y: only these corpora (default: all)
#   --lock FILE       flock FILE around each case's two valgrind runs (default:
#                     $EDGEBENCH_HEAVY_LOCK; none when both are empty)
#   BINARY            out/edgebench-x86_64-host or out/edgebench-x86_64-embedded (static builds
#                     of Toolchains/build-all.sh; valgrind cannot read the dynamic swift build)
# Per case: (Ir of `decode --iters 3`) - (Ir of `decode --iters 1`), / 2 / values, both runs
# with --samples 1 --warmup 0 --no-counters --seed 0, of a copy with debug info stripped
# (valgrind cannot read Swift's DWARF 5). Needs valgrind, objcopy and python3. About 3 s a case.
# Example (the committed files):
#   boards/count-instructions.sh --output boards/instructions/valgrind-0aaa3e0e3926-full.jsonl \
#     out/edgebench-x86_64-host
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ $# -eq 0 ] || [ "$1" = -h ] || [ "$1" = --help ]; then
  sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'
  [ $# -gt 0 ]
  exit
fi
exec python3 "$here/count_instructions.py" "$@"
