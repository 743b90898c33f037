#!/usr/bin/env python3
"""Checks the results a virtual Arm board (qemu-system-aarch64 TCG) sent back (stage 86).

Every record of FILE must mark the host qemu-tcg, name the board's CPU from its MIDR among the
core types (a53: Cortex-A53, n1: Neoverse-N1), carry counted instructions per value, and report
no IPC or GHz: the cycles there come from a virtual clock. An assertion names what is missing;
prints one line otherwise.

usage: check_virtual_board_records.py FILE BOARD   (BOARD: a53 or n1)
"""
import json
import sys

CPUS = {"a53": "Cortex-A53", "n1": "Neoverse-N1"}


def main(path, name):
    want = CPUS[name]
    records = [json.loads(line) for line in open(path)]
    assert records, "no records"
    for record in records:
        host = record["host"]
        assert host["virtualization"]["kind"] == "qemu-tcg", host["virtualization"]
        assert any(want in json.dumps(kind) for kind in host["core_types"]), \
            (want, host["core_types"])
        summary = record["counters"]["summary"]
        derived = summary["derived"]
        assert derived["instructions_per_value"], ("no instructions", record["case"])
        assert summary["cycles_clock"] == "virtual" and derived["ipc"] is None \
            and derived["effective_ghz"] is None, ("IPC/GHz reported from a virtual clock", summary)
    print(f"ok    {name}: {len(records)} records, instructions counted, {want}, qemu-tcg, no IPC/GHz")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[2] not in CPUS:
        sys.exit(__doc__)
    main(*sys.argv[1:])
