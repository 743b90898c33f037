#!/usr/bin/env python3
"""Checks the counters-unavailable path in results records (stage 63).

EMULATED is a decode's results under qemu-user, where perf_event_open is ENOSYS: the host must
be marked user-mode-emulation, every event unavailable with reason no-syscall, errno ENOSYS and
a message naming the emulation, and no sample may carry counters. NATIVE is the same decode on
this machine: every event counts or carries a reason and a message, and task-clock counts.
Only each file's first record is read (every record of a run has the same counter statuses).

usage: check_counters_unavailable.py EMULATED_JSONL NATIVE_JSONL
"""
import json
import sys


def main(emulated_path, native_path):
    emulated = json.loads(open(emulated_path).readline())
    virtualization = emulated["host"]["virtualization"]
    assert virtualization["kind"] == "user-mode-emulation", virtualization
    for name, status in emulated["counters"]["events"].items():
        assert status["status"] == "unavailable" and status["reason"] == "no-syscall", (name, status)
        assert status["errno"] == "ENOSYS" and "emulation" in status["message"], status
    for sample in emulated["samples"]:
        assert "counters" not in sample, sample
    print("emulated: all %d events unavailable with reason no-syscall (ENOSYS); marked "
          "user-mode-emulation" % len(emulated["counters"]["events"]))
    native = json.loads(open(native_path).readline())
    counting = [n for n, s in native["counters"]["events"].items() if s["status"] == "counting"]
    for name, status in native["counters"]["events"].items():
        if status["status"] == "unavailable":
            assert status["reason"] and status["message"], (name, status)
            print("native: %s unavailable: %s" % (name, status["message"]))
    assert "task-clock" in counting, counting
    print("native: counting " + ", ".join(counting))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
