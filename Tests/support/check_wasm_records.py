#!/usr/bin/env python3
"""Checks that results records were written by a WebAssembly module under RUNTIME: every
record's host says virtualization kind "wasm" with the runtime named, and every counter is
unavailable for reason "wasm" (WASI has no perf_event_open; a peer's other counters are "off").
With --clock, every record's run.clock must be CLOCK ("wall" or "thread-cpu": the clock that
timed it); with --pinned, its run.pinned_cpu must be CPU. Exit 1 on the first record that does
not; prints a summary otherwise.

usage: check_wasm_records.py RECORDS_JSONL RUNTIME [--clock CLOCK] [--pinned CPU]
"""
import json
import sys


def main(path, runtime, clock=None, pinned=None):
    records = [json.loads(line) for line in open(path)]
    if not records:
        print(f"{path}: no records")
        return 1
    for number, record in enumerate(records, 1):
        virtualization = record["host"]["virtualization"]
        if virtualization.get("kind") != "wasm" or not str(
                virtualization.get("runtime", "")).startswith(runtime):
            print(f"{path}:{number}: virtualization {virtualization}, expected kind wasm under {runtime}")
            return 1
        reasons = {event.get("reason") for event in record["counters"]["events"].values()
                   if event.get("status") != "off"}  # a peer opens its task-clock alone
        if reasons != {"wasm"}:
            print(f"{path}:{number}: counter reasons {sorted(reasons)}, expected only wasm")
            return 1
        if clock is not None and record["run"].get("clock") != clock:
            print(f"{path}:{number}: run.clock {record['run'].get('clock')!r}, expected {clock!r}")
            return 1
        if pinned is not None and record["run"].get("pinned_cpu") != pinned:
            print(f"{path}:{number}: run.pinned_cpu {record['run'].get('pinned_cpu')!r}, expected {pinned}")
            return 1
    summary = f"{len(records)} records, kind wasm, runtime '{virtualization['runtime']}'"
    if clock is not None:
        summary += f", clock {clock}"
    if pinned is not None:
        summary += f", pinned to CPU {pinned}"
    print(summary)
    return 0


if __name__ == "__main__":
    arguments, options = sys.argv[1:], {}
    while len(arguments) > 2 and arguments[-2] in ("--clock", "--pinned"):
        flag, value = arguments[-2:]
        options[flag[2:]] = int(value) if flag == "--pinned" else value
        arguments = arguments[:-2]
    if len(arguments) != 2:
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    sys.exit(main(*arguments, **options))
