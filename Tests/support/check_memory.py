#!/usr/bin/env python3
"""The peak-memory checks of stage 64.

usage: check_memory.py budget RESULTS_JSONL BASELINE_KIB
         every record carries a peak RSS, and the first one's, less the baseline (the binary
         printing its usage), the corpora and the buffers the record names, is under 4 MiB
       check_memory.py launch BINARY RESULTS_JSONL
         grows this process to 200 MiB (touching every page), then execs BINARY for a short
         decode writing RESULTS_JSONL: the launcher `swift run` is, after its build
       check_memory.py launched RESULTS_JSONL
         the record written after `launch` gives edgebench's own peak (under 100 MiB), not
         the launcher's
"""
import json
import os
import sys


def budget(path, baseline):
    records = [json.loads(line) for line in open(path)]
    baseline_kib = int(baseline)
    memory = records[0]["memory"]
    assert all(r["memory"]["peak_rss_kib"] > 0 for r in records)
    corpora = memory["corpus_bytes"] / 1024
    buffers = memory["buffer_bytes"] / 1024
    own = memory["peak_rss_kib"] - baseline_kib - corpora - buffers
    print("peak RSS %d KiB = baseline %d + corpora %.0f + buffers %.0f + runner %.0f KiB"
          % (memory["peak_rss_kib"], baseline_kib, corpora, buffers, own))
    assert own < 4096, "the runner itself needs %.0f KiB, over 4 MiB" % own


def launch(binary, output):
    ballast = bytearray(200 << 20)
    for offset in range(0, len(ballast), 4096):
        ballast[offset] = 1
    os.execv(binary, [binary, "decode", "--corpus", "one-byte", "--samples", "2",
                      "--iters", "2", "--output", output])


def launched(path):
    peak = json.loads(open(path).readline())["memory"]["peak_rss_kib"]
    assert 0 < peak < 100 * 1024, \
        "peak RSS %d KiB after exec from a 200 MiB launcher: the launcher's" % peak
    print("ok    after exec from a 200 MiB launcher the record says %d KiB" % peak)


if __name__ == "__main__":
    commands = {"budget": (budget, 2), "launch": (launch, 2), "launched": (launched, 1)}
    command = commands.get(sys.argv[1] if len(sys.argv) > 1 else "")
    if command is None or len(sys.argv) - 2 != command[1]:
        sys.exit(__doc__)
    command[0](*sys.argv[2:])
