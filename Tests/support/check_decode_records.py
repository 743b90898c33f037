#!/usr/bin/env python3
"""Checks a target's `decode --format json` records against the host build's `list --format json`.

Every corpus the host lists must have one record per strategy that decodes its format
(`loop-view` decodes messages only), with check "ok" and the corpus's value count, value sum and
checksum. Prints one line per problem and exits 1 if there is any; prints a summary otherwise.

usage: check_decode_records.py LIST_JSON RECORDS_JSONL TARGET
       check_decode_records.py same-list LIST_JSON HOST_LIST_JSON
       check_decode_records.py corpora LIST_JSON
The second form exits 1 unless both lists have the same corpora (names, sizes, checksums, sums)
and strategy names; the instruction path each strategy takes is each target's own. The third
prints "name values value_sum" per corpus, for shell loops.
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


def corpora(path):
    for corpus in json.load(open(path))["corpora"]:
        print(corpus["name"], corpus["values"], corpus["value_sum"])
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["corpora"]:
        sys.exit(corpora(*sys.argv[2:]))
    if sys.argv[1:2] == ["same-list"]:
        sys.exit(same_list(*sys.argv[2:]))
    sys.exit(main(*sys.argv[1:]))
