#!/usr/bin/env python3
"""Broken variants of an `edgebench.instructions` file, for stage 76's checks that
check_instructions.py rejects what it should. Reads FILE, writes the variant to standard output.

usage: instruction_count_variants.py KIND FILE
  shrunk    the first line's iters_3 count set to 1 (below iters_1)
  ratio     the first line's instructions_per_value set to 1.5 (not the counts' quotient)
  version   the first line's schema_version set to 2
  drift     every line's iters_3 count 100,000 higher, its per-value figure recomputed (a
            repeat count that drifted, still consistent in itself)
  missing   the last line dropped
"""
import json
import sys


def first_line(change):
    def apply(lines):
        change(lines[0])
        return lines
    return apply


def drift(lines):
    for line in lines:
        counts = line["instructions"]
        counts["iters_3"] += 100000
        line["instructions_per_value"] = \
            (counts["iters_3"] - counts["iters_1"]) / 2 / line["case"]["values"]
    return lines


KINDS = {
    "shrunk": first_line(lambda line: line["instructions"].update(iters_3=1)),
    "ratio": first_line(lambda line: line.update(instructions_per_value=1.5)),
    "version": first_line(lambda line: line.update(schema_version=2)),
    "drift": drift,
    "missing": lambda lines: lines[:-1],
}

if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in KINDS:
        sys.exit(__doc__)
    lines = [json.loads(raw) for raw in open(sys.argv[2]) if raw.strip()]
    for line in KINDS[sys.argv[1]](lines):
        print(json.dumps(line, separators=(",", ":")))
