#!/usr/bin/env python3
"""Prints a Markdown table of instructions per value (per message for `messages`), corpus by
strategy, one column group per build mode, from `edgebench.instructions` files
(boards/count-instructions.sh). The tables of docs/results.md are its output
(boards/render-docs.sh runs it), for example:

  python3 boards/instructions_table.py boards/instructions/valgrind-0aaa3e0e3926-*.jsonl
"""
import json
import sys

MODES = ("full", "embedded")


def main(paths):
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    counts, corpora, strategies, revisions = {}, [], [], set()
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for raw in lines:
                line = json.loads(raw)
                case, build = line["case"], line["build"]
                revisions.add(build["source_revision"])
                key = (build["mode"], case["corpus"], case["strategy"])
                if key in counts:
                    print(f"{path}: {build['mode']} {case['name']} counted twice", file=sys.stderr)
                    return 1
                counts[key] = line["instructions_per_value"]
                if case["corpus"] not in corpora:
                    corpora.append(case["corpus"])
                if case["strategy"] not in strategies:
                    strategies.append(case["strategy"])
    modes = [mode for mode in MODES if any(key[0] == mode for key in counts)]
    if len(revisions) != 1:
        print(f"files of several revisions ({', '.join(sorted(revisions))})", file=sys.stderr)
        return 1
    header = ["corpus"] + [f"{s} ({m})" for m in modes for s in strategies]
    print("| " + " | ".join(header) + " |")
    print("| --- |" + " ---: |" * (len(header) - 1))
    for corpus in corpora:
        cells = [counts.get((m, corpus, s)) for m in modes for s in strategies]
        print(f"| {corpus} | " + " | ".join("–" if c is None else f"{c:.1f}" for c in cells)
              + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
