#!/usr/bin/env python3
"""Checks the records (edgebench.result JSON Lines) of runs of decode, encode and roundtrip
(stages 60, 61, 62). An assertion names the record that fails; a line per file otherwise.

usage: check_records.py complete FILE...
         each FILE: schema edgebench.result version 2, one run, every case checked "ok" with
         the expected count and sum, one sample per planned sample, min <= ci95 low <= median
         <= ci95 high <= max, a peak RSS
       check_records.py count FILE N
         FILE holds exactly N records, every case "ok"
       check_records.py agree FILE SUM [--values N] [--source SOURCE] [--format FORMAT] [--first]
         every record (only the first with --first) is "ok" with value sum SUM (and N values,
         the case source SOURCE, the input format FORMAT when given); FILE - is standard input
"""
import argparse
import json
import sys


def read(path):
    lines = sys.stdin if path == "-" else open(path)
    return [json.loads(line) for line in lines if line.strip()]


def complete(paths):
    for path in paths:
        records = read(path)
        assert records, path
        for record in records:
            assert record["schema"] == "edgebench.result" and record["schema_version"] == 2
            case, stats = record["case"], record["stats"]
            assert case["check"] == "ok" and case["value_sum"] == case["expected_value_sum"], case
            assert case["values"] == case["expected_values"], case
            assert len(record["samples"]) == record["run"]["samples"], case["name"]
            assert stats["min"] <= stats["ci95"]["low"] <= stats["median"] \
                <= stats["ci95"]["high"] <= stats["max"], (case["name"], stats)
            assert record["memory"]["peak_rss_kib"] > 0, case["name"]
        assert len({r["run"]["id"] for r in records}) == 1, "%s: more than one run" % path
        print("%s: %d records parsed, checks ok" % (path.rsplit("/", 1)[-1], len(records)))


def count(path, expected):
    records = read(path)
    assert len(records) == int(expected), (len(records), expected)
    assert all(r["case"]["check"] == "ok" for r in records), [r["case"] for r in records]
    print("%s: %d complete records, every check ok" % (path.rsplit("/", 1)[-1], len(records)))


def agree(arguments):
    parser = argparse.ArgumentParser(prog="check_records.py agree")
    parser.add_argument("file")
    parser.add_argument("sum")
    parser.add_argument("--values", type=int)
    parser.add_argument("--source")
    parser.add_argument("--format")
    parser.add_argument("--first", action="store_true")
    options = parser.parse_args(arguments)
    records = read(options.file)
    assert records, options.file
    for record in records[:1] if options.first else records:
        case = record["case"]
        assert case["check"] == "ok" and case["value_sum"] == options.sum, (case, options.sum)
        for key, want in (("values", options.values), ("source", options.source),
                          ("format", options.format)):
            assert want is None or case[key] == want, (key, case[key], want)
        print("%s: %d values, sum %s, check ok" % (case["name"], case["values"], case["value_sum"]))


if __name__ == "__main__":
    command, arguments = (sys.argv[1], sys.argv[2:]) if len(sys.argv) > 1 else ("", [])
    if command == "complete" and arguments:
        complete(arguments)
    elif command == "count" and len(arguments) == 2:
        count(*arguments)
    elif command == "agree":
        agree(arguments)
    else:
        sys.exit(__doc__)
