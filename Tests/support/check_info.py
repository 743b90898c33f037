#!/usr/bin/env python3
"""Checks `edgebench info --format json` on this machine (stage 60).

The schema is edgebench.info; the online CPU count is the sum of the core types'; the binary's
SHA-256 is that of BINARY; every counter either counts or says why not; and the CPU identity,
read from CPUID, agrees with /proc/cpuinfo (vendor, family, model, stepping, and the features
ssse3, avx2, bmi2, avx512f, avx512bw). x86 only: /proc/cpuinfo's fields are x86's.
An assertion names what differs; prints what it checked otherwise.

usage: check_info.py INFO_JSON BINARY
"""
import hashlib
import json
import sys

COUNTERS = {"cycles", "instructions", "branches", "branch-misses", "l1d-read-misses",
            "cache-misses", "task-clock", "context-switches", "cpu-migrations"}


def main(info_path, binary):
    info = json.load(open(info_path))
    assert info["schema"] == "edgebench.info", info["schema"]
    host, build, counters = info["host"], info["build"], info["counters"]
    assert host["online_count"] == sum(kind["count"] for kind in host["core_types"])
    assert build["binary_sha256"] == hashlib.sha256(open(binary, "rb").read()).hexdigest()
    assert set(counters) >= COUNTERS, sorted(counters)
    for name, status in counters.items():
        assert status["status"] in ("counting", "unavailable"), status
        if status["status"] == "unavailable":
            assert status["reason"] and status["message"], (name, status)
    # The CPU identity comes from CPUID itself: it must agree with what the kernel read.
    cpu = host["cpu"]
    fields = {}
    for line in open("/proc/cpuinfo"):
        key, _, value = line.partition(":")
        fields.setdefault(key.strip(), value.strip())
    assert cpu["source"] == "cpuid", cpu
    assert cpu["vendor"] == fields["vendor_id"], (cpu["vendor"], fields["vendor_id"])
    assert cpu["family"] == int(fields["cpu family"]), (cpu["family"], fields["cpu family"])
    assert cpu["model"] == int(fields["model"]), (cpu["model"], fields["model"])
    assert cpu["stepping"] == int(fields["stepping"]), (cpu["stepping"], fields["stepping"])
    flags = set(fields["flags"].split())
    for feature in ("ssse3", "avx2", "bmi2", "avx512f", "avx512bw"):
        assert (feature in cpu["features"]) == (feature in flags), (feature, cpu["features"])
    print("info: JSON parsed; binary hash matches sha256 of", binary)
    print("info: CPU", cpu["microarchitecture"], "family", cpu["family"], "model", cpu["model"],
          "features", " ".join(cpu["features"]), "(agree with /proc/cpuinfo)")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
