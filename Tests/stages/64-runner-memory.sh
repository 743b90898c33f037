#!/usr/bin/env bash
# Memory: every results record carries peak RSS, and beyond the corpora and the buffers sized by
# them (both recorded) a decode of every corpus needs under 4 MiB over the process's baseline
# (the same binary printing its usage, which maps the Swift runtime and libc).
source "$(dirname "$0")/../runner/common.sh"

baseline=$( { /usr/bin/time -f '%M' "$bin" help >/dev/null; } 2>&1 | tail -1)
"$bin" decode --samples 5 --iters 2 --output "$work/run.jsonl" >/dev/null
python3 - "$work/run.jsonl" "$baseline" <<'PY'
import json, sys
records = [json.loads(line) for line in open(sys.argv[1])]
baseline_kib = int(sys.argv[2])
memory = records[0]["memory"]
assert all(r["memory"]["peak_rss_kib"] > 0 for r in records)
corpora = memory["corpus_bytes"] / 1024
buffers = memory["buffer_bytes"] / 1024
own = memory["peak_rss_kib"] - baseline_kib - corpora - buffers
print("peak RSS %d KiB = baseline %d + corpora %.0f + buffers %.0f + runner %.0f KiB"
      % (memory["peak_rss_kib"], baseline_kib, corpora, buffers, own))
assert own < 4096, "the runner itself needs %.0f KiB, over 4 MiB" % own
PY
