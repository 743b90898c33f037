#!/usr/bin/env python3
"""Checks that results records were written by the WebAssembly module under RUNTIME: every
record's host says virtualization kind "wasm" with the runtime named, and every counter is
unavailable for reason "wasm" (WASI has no perf_event_open). Exit 1 on the first record that
does not; prints a summary otherwise.

usage: check_wasm_records.py RECORDS_JSONL RUNTIME
"""
import json
import sys


def main(path, runtime):
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
        reasons = {event["reason"] for event in record["counters"]["events"].values()}
        if reasons != {"wasm"}:
            print(f"{path}:{number}: counter reasons {sorted(reasons)}, expected only wasm")
            return 1
    print(f"{len(records)} records, kind wasm, runtime '{virtualization['runtime']}'")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    sys.exit(main(*sys.argv[1:]))
