#!/usr/bin/env python3
"""Checks `edgebench decode`'s text table against `edgebench list --format json` (stage 60).

Every table row whose first column names a listed corpus must carry that corpus's value count
(third column), its value sum (next to last) and the check "ok" (last); there must be at least
one such row. The table is text by design (it is what a person reads); the list is read as JSON.

usage: check_decode_table.py LIST_JSON TABLE_TXT
"""
import json
import sys


def main(list_path, table_path):
    corpora = {c["name"]: c for c in json.load(open(list_path))["corpora"]}
    rows = [line.split() for line in open(table_path)]
    rows = [row for row in rows if row and row[0] in corpora]
    assert rows, "no table rows"
    for row in rows:
        corpus = corpora[row[0]]
        # Columns: corpus, strategy, path, values, ...; the sum and the check come last.
        assert (row[3], row[-2], row[-1]) == (str(corpus["values"]), corpus["value_sum"], "ok"), \
            (row, corpus)
    print("table: %d rows, each with the corpus's count and sum and 'ok'" % len(rows))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
