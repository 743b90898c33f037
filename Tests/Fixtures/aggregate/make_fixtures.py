#!/usr/bin/env python3
"""Writes the SYNTHETIC results files the aggregation tests read. Not measurements: every
record carries "synthetic": true and a hostname starting with "synthetic-". The numbers are
chosen so that the expected findings are unambiguous:

  hosts/ryzen-3950x    x86_64, hardware counters, full build
  hosts/ryzen-5600x    x86_64, hardware counters, full build; word and loop swap places on
                       one-byte compared with ryzen-3950x (a flip explained by cycles per
                       instruction); simd on uniform-length equals ryzen-3950x (within noise)
  hosts/rk3588         big.LITTLE (4x Cortex-A55 + 4x Cortex-A76), hardware counters, Embedded
                       build; decode/uniform-length/loop samples spread over both core types
  hosts/vm-nocounters  a busy VM without a virtual PMU: hardware counters unavailable (ENOENT),
                       on a CPU for only 60% of each sample's wall-clock time
  hosts/qemu-aarch64   qemu-user: emulated, perf_event_open gives ENOSYS
  invalid/...          one broken input per error the loader and checks must report

Deterministic (seeded); run it to regenerate: python3 Tests/Fixtures/aggregate/make_fixtures.py
"""
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
VALUES = 65536
SAMPLES = 12
CORPORA = {  # name: (fnv1a64, bytes per value)
    "one-byte": ("c52357126c8321b9", 1.0),
    "uniform-length": ("0f1e2d3c4b5a6978", 5.5),
}
HW_EVENTS = ["cycles", "instructions", "branches", "branch-misses", "l1d-read-misses",
             "cache-misses"]
SW_EVENTS = ["task-clock", "context-switches", "cpu-migrations", "page-faults"]

# host: median ns/value per (corpus, strategy), instructions per value, clock in GHz.
HOSTS = {
    "ryzen-3950x": {
        "cpu": "AMD Ryzen 9 3950X 16-Core Processor", "cores": [("AMD Ryzen 9 3950X", "0-15")],
        "machine": "x86_64", "virt": ("none-detected", "no hypervisor signature found"),
        "build": "full", "target": "x86_64-unknown-linux-gnu", "counters": "all", "ghz": 4.3,
        "times": {("one-byte", "loop"): 1.00, ("one-byte", "word"): 1.30,
                  ("one-byte", "simd"): 1.20, ("uniform-length", "loop"): 4.0,
                  ("uniform-length", "word"): 2.0, ("uniform-length", "simd"): 1.5},
    },
    "ryzen-5600x": {
        "cpu": "AMD Ryzen 5 5600X 6-Core Processor", "cores": [("AMD Ryzen 5 5600X", "0-11")],
        "machine": "x86_64", "virt": ("none-detected", "no hypervisor signature found"),
        "build": "full", "target": "x86_64-unknown-linux-gnu", "counters": "all", "ghz": 4.6,
        "times": {("one-byte", "loop"): 1.40, ("one-byte", "word"): 0.90,
                  ("one-byte", "simd"): 1.00, ("uniform-length", "loop"): 3.0,
                  ("uniform-length", "word"): 1.6, ("uniform-length", "simd"): 1.5},
    },
    "rk3588": {
        "cpu": None, "board": "Radxa ROCK 5B",
        "cores": [("Cortex-A55", "0-3"), ("Cortex-A76", "4-7")],
        "machine": "aarch64", "virt": ("none-detected", "no hypervisor signature found"),
        "build": "embedded", "target": "aarch64-none-none-elf", "counters": "all", "ghz": 2.4,
        "times": {("one-byte", "loop"): 2.5, ("one-byte", "word"): 2.0,
                  ("one-byte", "simd"): 1.8, ("uniform-length", "loop"): 8.0,
                  ("uniform-length", "word"): 4.0, ("uniform-length", "simd"): 3.0},
    },
    "vm-nocounters": {
        "cpu": "AMD EPYC", "cores": [("AMD EPYC", "0-1")], "machine": "x86_64",
        "virt": ("kvm", "CPUID hypervisor vendor 'KVMKVMKVM'"), "build": "full",
        "target": "x86_64-unknown-linux-gnu", "counters": "software", "ghz": 3.0, "on_cpu": 0.6,
        "times": {("one-byte", "loop"): 1.10, ("one-byte", "word"): 1.45,
                  ("one-byte", "simd"): 1.30, ("uniform-length", "loop"): 4.4,
                  ("uniform-length", "word"): 2.2, ("uniform-length", "simd"): 1.7},
    },
    "qemu-aarch64": {
        "cpu": "AMD EPYC", "cores": [("AMD EPYC", "0-1")], "machine": "aarch64",
        "virt": ("user-mode-emulation",
                 "built for aarch64 but /proc/cpuinfo describes another architecture"),
        "build": "embedded", "target": "aarch64-none-none-elf", "counters": "none", "ghz": 3.0,
        "times": {("one-byte", "loop"): 60.0, ("one-byte", "word"): 40.0,
                  ("one-byte", "simd"): 45.0, ("uniform-length", "loop"): 200.0,
                  ("uniform-length", "word"): 90.0, ("uniform-length", "simd"): 95.0},
    },
}
INSTRUCTIONS = {"loop": 12.0, "word": 9.0, "simd": 6.0}  # per value, one-byte; ×3 uniform


def cpu_list_count(text):
    low, _, high = text.partition("-")
    return int(high or low) - int(low) + 1


def host_object(label, spec):
    cores = []
    for name, cpus in spec["cores"]:
        cores.append({
            "name": name, "midr": "0x414fd0b0" if name == "Cortex-A76" else None,
            "cpus": cpus, "count": cpu_list_count(cpus),
            "capacity": 1024 if name != "Cortex-A55" else 414,
            "caches": [{"level": 1, "type": "Data", "size_bytes": 32768, "shared_cpus": cpus}],
            "governor": "performance", "driver": None, "min_khz": None,
            "max_khz": int(spec["ghz"] * 1e6), "hw_min_khz": None, "hw_max_khz": None,
            "current_khz": [],
        })
    count = sum(core["count"] for core in cores)
    return {
        "hostname": "synthetic-" + label, "kernel": {
            "sysname": "Linux", "release": "6.1.0-synthetic", "version": "#1 SMP",
            "machine": spec["machine"]},
        "cpu_model": spec["cpu"], "board": spec.get("board"), "core_types": cores,
        "online_cpus": "0-%d" % (count - 1), "online_count": count,
        "possible_cpus": "0-%d" % (count - 1), "smt": "notsupported", "threads_per_core": 1,
        "boost": None, "virtualization": {"kind": spec["virt"][0], "evidence": spec["virt"][1]},
        "perf_event_paranoid": 1, "memory_total_kib": 8000000,
    }


def build_object(spec):
    return {
        "mode": spec["build"], "swift": "6.3", "target": spec["target"],
        "c_arch": spec["machine"], "c_compiler": "Clang 21.0.0", "optimization": "release",
        "binary_path": "/tmp/edgebench", "binary_sha256": "00" * 32,
        "source_revision": "synthetic", "binary_bytes": 1000000,
    }


def event_statuses(mode):
    events = {}
    for name in HW_EVENTS + SW_EVENTS:
        if mode == "none" or (mode == "software" and name in HW_EVENTS):
            errno = "ENOSYS" if mode == "none" else "ENOENT"
            reason = "no-syscall" if mode == "none" else "no-pmu"
            events[name] = {"status": "unavailable", "reason": reason, "errno": errno,
                            "message": "synthetic: %s (%s)" % (reason, errno)}
        else:
            events[name] = {"status": "counting", "pmus": ["cpu"], "excludes_kernel": True,
                            "read_cost": 0.0}
    return events


def median_interval(sorted_values):
    n = len(sorted_values)
    pmf = [math.comb(n, k) / 2 ** n for k in range(n + 1)]
    rank, level = 1, sum(pmf[1:n])
    while rank + 1 <= n - rank - 1:
        coverage = sum(pmf[rank + 1:n - rank])
        if coverage < 0.95:
            break
        rank, level = rank + 1, coverage
    return sorted_values[rank - 1], sorted_values[n - rank], level, rank


def record(label, spec, corpus, strategy, rng, mixed_cores=False):
    checksum, bytes_per_value = CORPORA[corpus]
    median = spec["times"][(corpus, strategy)]
    ipv = INSTRUCTIONS[strategy] * (3 if corpus == "uniform-length" else 1)
    iterations = 50
    processed = iterations * VALUES
    samples, per_value = [], []
    for index in range(SAMPLES):
        wall = median * math.exp(rng.gauss(0, 0.02))
        cpu = 0
        if spec["machine"] == "aarch64" and len(spec["cores"]) > 1:
            cpu = (index % 8) if mixed_cores else 4 + index % 4
        sample = {"round": index, "position": 0, "iterations": iterations,
                  "ns": int(round(wall * processed)), "cpu_start": cpu, "cpu_end": cpu,
                  "migrated": False}
        counters = {}
        if spec["counters"] != "none":
            task = wall * spec.get("on_cpu", 0.99)
            counters["task-clock"] = task * processed
            counters.update({"context-switches": 0.0, "cpu-migrations": 0.0, "page-faults": 0.0})
        if spec["counters"] == "all":
            ghz = spec["ghz"] * (0.6 if mixed_cores and cpu < 4 else 1.0)
            cycles = wall * 0.99 * ghz
            instructions = ipv * (1 + rng.gauss(0, 0.001))
            counters.update({
                "cycles": cycles * processed, "instructions": instructions * processed,
                "branches": instructions / 5 * processed, "branch-misses": 0.002 * processed,
                "l1d-read-misses": 0.01 * processed, "cache-misses": 0.0001 * processed})
        if counters:
            sample["counters"] = counters
        samples.append(sample)
        per_value.append(sample["ns"] / processed)
    ordered = sorted(per_value)
    middle = (ordered[SAMPLES // 2 - 1] + ordered[SAMPLES // 2]) / 2
    mean = sum(per_value) / SAMPLES
    sd = math.sqrt(sum((v - mean) ** 2 for v in per_value) / (SAMPLES - 1))
    low, high, level, rank = median_interval(ordered)
    return {
        "schema": "edgebench.result", "schema_version": 1, "synthetic": True,
        "run": {"id": "synthetic-" + label, "started_unix_ns": 0, "command": "decode",
                "argv": ["decode", "--strategy", "all"], "samples": SAMPLES, "warmup_samples": 1,
                "fixed_iterations": None, "calibration_target_ns": 10000000,
                "order": "shuffled-per-round", "seed": "1", "pinned_cpu": None,
                "clock_overhead_ns": 20},
        "host": host_object(label, spec), "build": build_object(spec),
        "case": {"name": "decode/%s/%s" % (corpus, strategy), "kind": "decode",
                 "strategy": strategy, "corpus": corpus, "format": "varints",
                 "source": "builtin", "path": None, "fnv1a64": checksum, "value_sum": "1",
                 "expected_value_sum": "1", "expectation_source": "generator",
                 "output_fnv1a64": None, "check": "ok", "check_failure": None,
                 "bytes": int(VALUES * bytes_per_value), "values": VALUES,
                 "expected_values": VALUES, "output_bytes": None},
        "iterations": iterations, "iterations_calibrated": True, "samples": samples,
        "stats": {"unit": "ns/value", "count": SAMPLES, "median": middle, "min": ordered[0],
                  "max": ordered[-1], "mean": mean, "stddev": sd, "mad": 0.0, "cv": sd / mean,
                  "ns_per_op_median": middle * VALUES,
                  "ci95": {"low": low, "high": high, "level": level, "rank": rank}},
        "counters": {"events": event_statuses(spec["counters"]),
                     "summary": {"derived": {}, "min_running_ratio": 1.0}},
        "memory": {"peak_rss_kib": 4000, "corpus_bytes": VALUES, "buffer_bytes": 524288},
    }


def write(path, records):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as out:
        for item in records:
            out.write(item if isinstance(item, str) else json.dumps(item, separators=(",", ":")))
            out.write("\n")


def main():
    rng = random.Random(20240601)
    for label, spec in HOSTS.items():
        records = []
        for corpus in CORPORA:
            for strategy in ("loop", "word", "simd"):
                mixed = label == "rk3588" and corpus == "uniform-length" and strategy == "loop"
                records.append(record(label, spec, corpus, strategy, rng, mixed_cores=mixed))
        write("hosts/%s/results.jsonl" % label, records)

    good = record("odd-board", HOSTS["ryzen-3950x"], "one-byte", "loop", rng)
    mismatch = json.loads(json.dumps(good))
    mismatch["case"]["fnv1a64"] = "deadbeefdeadbeef"
    write("invalid/checksum-mismatch/odd-board/results.jsonl", [mismatch])
    write("invalid/malformed/broken-board/results.jsonl",
          [good, json.dumps(good)[:400]])
    missing = json.loads(json.dumps(good))
    del missing["case"]["strategy"]
    write("invalid/missing-field/careless-board/results.jsonl", [good, good, missing])
    future = json.loads(json.dumps(good))
    future["schema_version"] = 99
    write("invalid/schema-future/future-board/results.jsonl", [future])
    negative = json.loads(json.dumps(good))
    negative["samples"][3]["ns"] = -5
    write("invalid/negative-time/bad-clock/results.jsonl", [good, negative])
    nothing = json.loads(json.dumps(good))
    nothing["case"]["values"] = 0
    write("invalid/zero-values/empty-board/results.jsonl", [nothing])
    # A writer that printed a non-finite double: NaN is not a JSON number.
    write("invalid/not-a-number/nan-board/results.jsonl",
          [json.dumps(good, separators=(",", ":")).replace('"median":', '"median":NaN,"was":', 1)])


if __name__ == "__main__":
    main()
