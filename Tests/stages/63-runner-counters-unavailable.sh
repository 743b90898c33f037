#!/usr/bin/env bash
# The counters-unavailable path end to end: under qemu-user (qemu-x86_64-static running the host
# binary) perf_event_open is ENOSYS; info and a decode's results must say so per event, and the
# fingerprint must call the run emulated. On this machine itself, every event either counts or
# carries a reason.
source "$(dirname "$0")/../runner/common.sh"

emulator=qemu-x86_64-static
[ "$(uname -m)" = x86_64 ] || emulator="qemu-$(uname -m)-static"
command -v "$emulator" >/dev/null || die "$emulator missing (Toolchains/debian-packages.txt)"

"$emulator" "$bin" info | tee "$work/info.txt" | sed -n '/virtualization/p;/^counters/,$p'
grep -q "not implemented (ENOSYS)" "$work/info.txt" || die "info under qemu lacks the ENOSYS reason"
"$emulator" "$bin" decode --corpus protobuf-skew --samples 2 --iters 1 --output "$work/emulated.jsonl" \
  | tee "$work/table.txt" | tail -3
grep -q "unavailable: .*task-clock.*ENOSYS" "$work/table.txt" || die "table lacks the reason"
"$bin" decode --corpus protobuf-skew --samples 2 --iters 1 --output "$work/native.jsonl" >/dev/null
python3 - "$work/emulated.jsonl" "$work/native.jsonl" <<'PY'
import json, sys
emulated = json.loads(open(sys.argv[1]).readline())
assert emulated["host"]["virtualization"]["kind"] == "user-mode-emulation", emulated["host"]["virtualization"]
for name, status in emulated["counters"]["events"].items():
    assert status["status"] == "unavailable" and status["reason"] == "no-syscall", (name, status)
    assert status["errno"] == "ENOSYS" and "emulation" in status["message"], status
for sample in emulated["samples"]:
    assert "counters" not in sample, sample
print("emulated: all %d events unavailable with reason no-syscall (ENOSYS); marked user-mode-emulation"
      % len(emulated["counters"]["events"]))
native = json.loads(open(sys.argv[2]).readline())
counting = [n for n, s in native["counters"]["events"].items() if s["status"] == "counting"]
for name, status in native["counters"]["events"].items():
    if status["status"] == "unavailable":
        assert status["reason"] and status["message"], (name, status)
        print("native: %s unavailable: %s" % (name, status["message"]))
assert "task-clock" in counting, counting
print("native: counting " + ", ".join(counting))
PY
