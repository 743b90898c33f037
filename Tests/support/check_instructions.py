#!/usr/bin/env python3
"""Checks `edgebench.instructions` files (boards/count-instructions.sh). Exit 1 naming the file,
line and case on any problem.

  check_instructions.py FILE... [--revision REV]  every line in the schema, counts consistent
                                                  (and of a binary of source revision REV)
  check_instructions.py --repeat A B [--tolerance N]
                                                  every case in both files: the two counts of
                                                  2 decodes (iters_3 - iters_1) differ by <= N
  check_instructions.py --covers RECORDS_DIR... --counts FILE...
                                                  for every (source_revision, mode, target) of
                                                  the records, a counts file has every case, with
                                                  the records' values and fnv1a64
"""
import argparse
import glob
import json
import os
import re
import sys

HEX12 = re.compile(r"[0-9a-f]{12}(-dirty)?")
HEX64 = re.compile(r"[0-9a-f]{64}")
HEX16 = re.compile(r"[0-9a-f]{16}")
TOP = {"schema", "schema_version", "source", "tool", "method", "counted_unix_ns", "host_cpu",
       "build", "case", "instructions", "instructions_per_value"}
BUILD = {"mode", "target", "optimization", "source_revision", "binary_sha256"}
CASE = {"name", "kind", "corpus", "strategy", "values", "fnv1a64"}


def is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def problems_of(line):
    """What is wrong with one parsed line (an empty list when nothing is)."""
    if not isinstance(line, dict):
        return ["not a JSON object"]
    found = []
    missing = TOP - line.keys()
    if missing:
        return [f"missing {', '.join(sorted(missing))}"]
    if line["schema"] != "edgebench.instructions" or line["schema_version"] != 1:
        found.append(f"schema {line['schema']!r} version {line['schema_version']!r}")
    if line["source"] != "valgrind" or not str(line["tool"]).endswith(" callgrind") \
            or not str(line["tool"]).startswith("valgrind-"):
        found.append(f"source {line['source']!r}, tool {line['tool']!r}")
    if not str(line["method"]).startswith(
            "(Ir of decode --iters 3) - (Ir of decode --iters 1), / 2 / values"):
        found.append(f"method {line['method']!r}")
    if not is_int(line["counted_unix_ns"]) or line["counted_unix_ns"] <= 0:
        found.append("counted_unix_ns is not a positive integer")
    if not re.fullmatch(r".+ \(family \d+ model \d+\)", str(line["host_cpu"])):
        found.append(f"host_cpu {line['host_cpu']!r}")
    build, case, counts = line["build"], line["case"], line["instructions"]
    if not isinstance(build, dict) or BUILD - build.keys():
        return found + ["build lacks " + ", ".join(sorted(BUILD - set(build or {})))]
    if build["mode"] not in ("full", "embedded") or build["target"] != "x86_64-unknown-linux-gnu" \
            or build["optimization"] != "release":
        found.append(f"build {build['mode']!r} {build['target']!r} {build['optimization']!r}")
    if not HEX12.fullmatch(str(build["source_revision"])):
        found.append(f"source_revision {build['source_revision']!r}")
    if not HEX64.fullmatch(str(build["binary_sha256"])):
        found.append(f"binary_sha256 {build['binary_sha256']!r}")
    if not isinstance(case, dict) or CASE - case.keys():
        return found + ["case lacks " + ", ".join(sorted(CASE - set(case or {})))]
    if case["kind"] != "decode" or case["name"] != f"decode/{case['corpus']}/{case['strategy']}":
        found.append(f"case name {case['name']!r} for {case['kind']} {case['corpus']} "
                     f"{case['strategy']}")
    if not is_int(case["values"]) or case["values"] <= 0:
        found.append(f"values {case['values']!r}")
    if not HEX16.fullmatch(str(case["fnv1a64"])):
        found.append(f"fnv1a64 {case['fnv1a64']!r}")
    if not isinstance(counts, dict) or set(counts) != {"iters_1", "iters_3"} \
            or not all(is_int(v) for v in counts.values()):
        return found + [f"instructions {counts!r}"]
    if not counts["iters_3"] > counts["iters_1"] > 0:
        found.append(f"iters_3 {counts['iters_3']} not > iters_1 {counts['iters_1']} > 0")
    per_value = line["instructions_per_value"]
    if not isinstance(per_value, float) or not per_value > 0:
        found.append(f"instructions_per_value {per_value!r} not a positive number")
    elif is_int(case["values"]) and case["values"] > 0 \
            and per_value != (counts["iters_3"] - counts["iters_1"]) / 2 / case["values"]:
        found.append(f"instructions_per_value {per_value} is not (iters_3 - iters_1) / 2 / values")
    return found


def load(path):
    """(lines, problems) of one counts file."""
    lines, problems = [], []
    with open(path, encoding="utf-8") as text:
        for number, raw in enumerate(text, 1):
            try:
                line = json.loads(raw)
            except json.JSONDecodeError as error:
                problems.append(f"{path}:{number}: not JSON: {error}")
                continue
            name = line.get("case", {}).get("name", "?") if isinstance(line, dict) else "?"
            problems += [f"{path}:{number}: {name}: {p}" for p in problems_of(line)]
            lines.append(line)
    if not lines and not problems:
        problems.append(f"{path}: no lines")
    keys = [key_of(line) for line in lines if not problems]
    if len(keys) != len(set(keys)):
        problems.append(f"{path}: a case appears twice for one binary")
    return lines, problems


def key_of(line):
    return (line["build"]["binary_sha256"], line["case"]["name"])


def check_files(paths):
    problems = []
    for path in paths:
        lines, found = load(path)
        problems += found
        if not found:
            print(f"ok    {path}: {len(lines)} cases in the schema")
    return problems


def check_revision(paths, revision):
    problems = []
    for path in paths:
        for number, raw in enumerate(open(path), 1):
            found = json.loads(raw)["build"]["source_revision"]
            if found != revision:
                problems.append(f"{path}:{number}: source revision {found}, not {revision}")
    return problems


def check_repeat(first, second, tolerance):
    """Both files' counts of every case they share: their iters_3 - iters_1 differences may
    differ by at most `tolerance` instructions (0: identical)."""
    (a, pa), (b, pb) = load(first), load(second)
    if pa or pb:
        return pa + pb
    counted_a = {key_of(line): line for line in a}
    common = [(counted_a[key_of(line)], line) for line in b if key_of(line) in counted_a]
    if not common:
        return [f"{first} and {second} have no case of the same binary in common"]
    problems, report = [], []
    for old, new in common:
        name, values = new["case"]["name"], new["case"]["values"]
        gap = [line["instructions"]["iters_3"] - line["instructions"]["iters_1"]
               for line in (old, new)]
        totals = [line["instructions"]["iters_1"] for line in (old, new)]
        report.append(f"{name} {old['instructions_per_value']:.4f} and "
                      f"{new['instructions_per_value']:.4f} (2 decodes {gap[0]} and {gap[1]};"
                      f" iters_1 totals {totals[1] - totals[0]:+d})")
        if abs(gap[1] - gap[0]) > tolerance:
            problems.append(f"{name}: 2 decodes counted {gap[0]} in {first} but {gap[1]} in"
                            f" {second}: {abs(gap[1] - gap[0])} instructions apart, more than"
                            f" {tolerance} ({abs(gap[1] - gap[0]) / 2 / values:.4f}/value)")
    if not problems:
        print(f"ok    {len(common)} cases counted twice, within {tolerance} instructions:")
        for line in report:
            print(f"      {line}")
    return problems


def check_covers(record_dirs, count_paths):
    problems, counted = [], {}
    for path in count_paths:
        lines, found = load(path)
        problems += found
        for line in lines if not found else []:
            build = line["build"]
            counted.setdefault((build["source_revision"], build["mode"], build["target"]), {})[
                line["case"]["name"]] = (line["case"], path)
    for folder in record_dirs:
        wanted = {}
        files = sorted(glob.glob(os.path.join(folder, "*.jsonl")))
        if not files:
            problems.append(f"{folder}: no results files")
        for path in files:
            with open(path, encoding="utf-8") as text:
                for raw in text:
                    record = json.loads(raw)
                    if record["case"]["kind"] != "decode":
                        continue
                    build = record["build"]
                    key = (build["source_revision"], build["mode"], build["target"])
                    wanted.setdefault(key, {})[record["case"]["name"]] = record["case"]
        for key, cases in sorted(wanted.items()):
            have = counted.get(key)
            if have is None:
                problems.append(f"{folder}: no counts file for revision {key[0]}, {key[1]}, "
                                f"{key[2]}")
                continue
            before = len(problems)
            for name, case in sorted(cases.items()):
                if name not in have:
                    problems.append(f"{folder}: {name} ({key[0]} {key[1]}) is not counted")
                    continue
                mine, path = have[name]
                for field in ("values", "fnv1a64"):
                    if mine[field] != case[field]:
                        problems.append(f"{path}: {name}: {field} {mine[field]} but the records"
                                        f" in {folder} say {case[field]}")
            if len(problems) == before:
                print(f"ok    {folder}: all {len(cases)} cases of {key[0]} {key[1]} counted")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", nargs=2, metavar=("A", "B"))
    parser.add_argument("--tolerance", type=int, default=0,
                        help="with --repeat: instructions the two differences may differ by")
    parser.add_argument("--covers", nargs="+", metavar="RECORDS_DIR")
    parser.add_argument("--counts", nargs="+", metavar="FILE")
    parser.add_argument("--revision", help="with FILE...: the source revision of every line")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    if args.repeat:
        problems = check_repeat(*args.repeat, args.tolerance)
    elif args.covers:
        if not args.counts:
            parser.error("--covers needs --counts FILE...")
        problems = check_covers(args.covers, args.counts)
    elif args.files:
        problems = check_files(args.files)
        if args.revision is not None and not problems:
            problems = check_revision(args.files, args.revision)
    else:
        parser.error("give FILE..., --repeat A B, or --covers DIR... --counts FILE...")
    for problem in problems:
        print(f"FAIL  {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
