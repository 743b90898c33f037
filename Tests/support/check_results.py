#!/usr/bin/env python3
"""Checks that a results file is well-formed JSON Lines in edgebench's schema: every line an
object with a schema version, a host, a build and a case. Exit 1 naming the line otherwise."""
import json
import sys

REQUIRED = ("schema_version", "host", "build", "case")


def check(path):
    records = 0
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                return f"{path}:{number}: not JSON: {error}"
            if not isinstance(record, dict):
                return f"{path}:{number}: not a JSON object"
            missing = [key for key in REQUIRED if key not in record]
            if missing:
                return f"{path}:{number}: missing {', '.join(missing)}"
            records += 1
    return None if records else f"{path}: no records"


if __name__ == "__main__":
    problems = [problem for problem in map(check, sys.argv[1:]) if problem]
    for problem in problems:
        print(problem, file=sys.stderr)
    sys.exit(1 if problems or len(sys.argv) < 2 else 0)
