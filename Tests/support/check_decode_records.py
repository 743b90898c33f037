#!/usr/bin/env python3
"""Checks a target's `decode --format json` records against the host build's `list --format json`.

Every corpus the host lists must have one record per strategy that decodes its format
(`loop-view` decodes messages only), with check "ok" and the corpus's value count, value sum and
checksum. Prints one line per problem and exits 1 if there is any; prints a summary otherwise.

usage: check_decode_records.py LIST_JSON RECORDS_JSONL TARGET
       check_decode_records.py same-list LIST_JSON HOST_LIST_JSON
       check_decode_records.py corpora LIST_JSON
       check_decode_records.py every-path LIST_JSON RECORDS TARGET
The second form exits 1 unless both lists have the same corpora (names, sizes, checksums, sums)
and strategy names; the instruction path each strategy takes is each target's own. The third
prints "name values value_sum" per corpus, for shell loops. The fourth checks `decode
--strategy all-paths` records against the target's own list: every path of every strategy with
more than one, forced by name, decoded its corpus right and recorded that path.
"""
import json
import sys


def main(list_path, records_path, target):
    listing = json.load(open(list_path))
    records = {}
    for number, line in enumerate(open(records_path), 1):
        record = json.loads(line)
        name = record["case"]["name"]
        if name in records:
            print(f"FAIL  {target}: {name} recorded twice (line {number})")
            return 1
        records[name] = record["case"]
    problems = []
    expected = 0
    for corpus in listing["corpora"]:
        for strategy in listing["strategies"]:
            if strategy["name"] == "loop-view" and corpus["format"] != "messages":
                continue
            expected += 1
            name = f"decode/{corpus['name']}/{strategy['name']}"
            case = records.get(name)
            if case is None:
                problems.append(f"{target}: no record for {name}")
            elif (case["check"], case["values"], case["value_sum"], case["fnv1a64"]) != (
                "ok", corpus["values"], corpus["value_sum"], corpus["fnv1a64"]):
                problems.append(
                    f"{target}: {name} is {case['check']} with {case['values']} values summing to "
                    f"{case['value_sum']} (fnv1a64 {case['fnv1a64']}); the host lists "
                    f"{corpus['values']}, {corpus['value_sum']}, {corpus['fnv1a64']}")
    for problem in problems:
        print("FAIL  " + problem)
    if problems:
        return 1
    if len(records) != expected:
        print(f"FAIL  {target}: {len(records)} records, expected {expected}")
        return 1
    print(f"ok    decode: {expected} corpus x strategy records ok, counts and sums as listed")
    return 0


def same_list(path, host_path):
    def key(path):
        listing = json.load(open(path))
        return listing["corpora"], [strategy["name"] for strategy in listing["strategies"]]

    return 0 if key(path) == key(host_path) else 1


def every_path(list_path, records_path, target):
    """The records of `decode --strategy all-paths` on the varint corpora it ran: for every strategy the
    target's own list says has more than one path, one ok record per path, named
    STRATEGY@PATH and recording that path; the counts and sums its corpus lists."""
    listing = json.load(open(list_path))
    records = [json.loads(line)["case"] for line in open(records_path)]
    by_name = {case["name"]: case for case in records}
    problems = []
    forced = 0
    # The varint corpora the run decoded (it may name only some).
    decoded = {case["name"].split("/")[1] for case in records}
    for corpus in listing["corpora"]:
        if corpus["format"] != "varints" or corpus["name"] not in decoded:
            continue
        for strategy in listing["strategies"]:
            paths = strategy.get("paths", [])
            if len(paths) < 2:
                continue
            for path in paths:
                forced += 1
                name = f"decode/{corpus['name']}/{strategy['name']}@{path}"
                case = by_name.get(name)
                if case is None:
                    problems.append(f"{target}: no record for {name}")
                elif (case["check"], case["isa_path"], case["values"], case["value_sum"]) != (
                        "ok", path, corpus["values"], corpus["value_sum"]):
                    problems.append(
                        f"{target}: {name} is {case['check']} on path {case['isa_path']} with "
                        f"{case['values']} values summing to {case['value_sum']}")
    if len(by_name) != len(records):
        problems.append(f"{target}: a case recorded twice")
    for problem in problems:
        print("FAIL  " + problem)
    if problems:
        return 1
    if forced == 0:
        print(f"ok    decode --strategy all-paths: no strategy has more than one path on {target}")
    else:
        print(f"ok    decode --strategy all-paths: {forced} forced-path records ok, each on its path")
    return 0


def corpora(path):
    for corpus in json.load(open(path))["corpora"]:
        print(corpus["name"], corpus["values"], corpus["value_sum"])
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["corpora"]:
        sys.exit(corpora(*sys.argv[2:]))
    if sys.argv[1:2] == ["every-path"]:
        sys.exit(every_path(*sys.argv[2:]))
    if sys.argv[1:2] == ["same-list"]:
        sys.exit(same_list(*sys.argv[2:]))
    sys.exit(main(*sys.argv[1:]))
