#!/usr/bin/env bash
# Memory: every results record carries peak RSS, and beyond the corpora and the buffers sized by
# them (both recorded) a decode of every corpus needs under 4 MiB over the process's baseline
# (the same binary printing its usage, which maps the Swift runtime and libc); and the figure is
# the process's own even when a fatter launcher exec'd it.
set -euo pipefail
cd "$(dirname "$0")/../.."
source Tests/lib/checks.sh
build_release
make_work
memory=Tests/support/check_memory.py

baseline=$( { /usr/bin/time -f '%M' "$bin" help >/dev/null; } 2>&1 | tail -1)
"$bin" decode --samples 5 --iters 2 --output "$work/run.jsonl" >/dev/null
python3 "$memory" budget "$work/run.jsonl" "$baseline"

# Started by a launcher that execs it after growing to 200 MiB (as `swift run` does after its
# build), the record still gives edgebench's own peak, not the launcher's.
python3 "$memory" launch "$bin" "$work/exec.jsonl"
python3 "$memory" launched "$work/exec.jsonl"
