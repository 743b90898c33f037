#!/usr/bin/env bash
# Memory: every results record carries peak RSS, and beyond the corpora and the buffers sized by
# them (both recorded) a decode of every corpus needs under 4 MiB over the process's baseline
# (the same binary printing its usage, which maps the Swift runtime and libc); and the figure is
# the process's own even when a fatter launcher exec'd it.
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

# Started by a launcher that execs it after growing to 200 MiB (as `swift run` does after its
# build), the record still gives edgebench's own peak, not the launcher's.
python3 - "$bin" "$work/exec.jsonl" <<'PY'
import os, sys
ballast = bytearray(200 << 20)
for offset in range(0, len(ballast), 4096):
    ballast[offset] = 1
os.execv(sys.argv[1], [sys.argv[1], "decode", "--corpus", "one-byte", "--samples", "2",
                       "--iters", "2", "--output", sys.argv[2]])
PY
python3 - "$work/exec.jsonl" <<'PY'
import json, sys
peak = json.loads(open(sys.argv[1]).readline())["memory"]["peak_rss_kib"]
assert 0 < peak < 100 * 1024, "peak RSS %d KiB after exec from a 200 MiB launcher: the launcher's" % peak
print("ok    after exec from a 200 MiB launcher the record says %d KiB" % peak)
PY
