#!/usr/bin/env bash
# The counters-unavailable path end to end: under qemu-user (qemu-x86_64-static running the host
# binary) perf_event_open is ENOSYS; info and a decode's results must say so per event, and the
# fingerprint must call the run emulated. On this machine itself, every event either counts or
# carries a reason.
set -euo pipefail
cd "$(dirname "$0")/../.."
source Tests/lib/checks.sh
build_release
make_work

emulator=qemu-x86_64-static
[ "$(uname -m)" = x86_64 ] || emulator="qemu-$(uname -m)-static"
command -v "$emulator" >/dev/null || die "$emulator missing (Toolchains/debian-packages.txt)"

"$emulator" "$bin" info | tee "$work/info.txt" | sed -n '/virtualization/p;/^counters/,$p'
grep -q "not implemented (ENOSYS)" "$work/info.txt" || die "info under qemu lacks the ENOSYS reason"
"$emulator" "$bin" decode --corpus protobuf-skew --samples 2 --iters 1 --output "$work/emulated.jsonl" \
  | tee "$work/table.txt" | tail -3
grep -q "unavailable: .*task-clock.*ENOSYS" "$work/table.txt" || die "table lacks the reason"
"$bin" decode --corpus protobuf-skew --samples 2 --iters 1 --output "$work/native.jsonl" >/dev/null
python3 Tests/support/check_counters_unavailable.py "$work/emulated.jsonl" "$work/native.jsonl"
