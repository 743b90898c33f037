#!/usr/bin/env bash
# Runs every target's binary from out/ (built by stage 50; built here if missing), natively or
# under its qemu-user emulator, and checks: `edgebench selftest` passes every check; `edgebench
# list --format json` (corpus counts, sizes, FNV-1a checksums, value sums, strategies) equals the host build's;
# `edgebench decode --iters 1 --strategy all --format json` exits 0, prints nothing on stderr,
# and records one "ok" case per corpus and strategy with the corpus's value count, sum and
# checksum (Tests/support/check_decode_records.py); `decode --strategy all-paths` runs every
# instruction path the target lists, each forced by name; the armv7 binary picks its NEON path
# by HWCAP and runs on a VFP-only core. Times printed under QEMU are emulated and say nothing
# about a board.
set -euo pipefail
cd "$(dirname "$0")/../.."
source Toolchains/toolchain.sh
source Tests/lib/checks.sh
host=x86_64-host
# WebAssembly modules run under their runtimes in stage 55, not here.
mapfile -t targets < <(edgebench_targets | awk '$4 != "wasm" { print $1 }')
for name in "${targets[@]}"; do
  [ -x "out/edgebench-$name" ] || {
    echo "out/edgebench-$name missing: building (stage 50 normally does this)"
    bash Toolchains/build-all.sh
    break
  }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"out/edgebench-$host" list --format json >"$work/host-list.json"
corpora=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["corpora"]))' \
  "$work/host-list.json")
strategies=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["strategies"]))' \
  "$work/host-list.json")
[ "$corpora" -gt 0 ] && [ "$strategies" -gt 0 ] || {
  echo "FAIL  the host's list names no corpora or no strategies"
  exit 1
}
echo "host list: $corpora corpora, $strategies strategies"

while read -r name _ _ runner _; do
  [ "$runner" != wasm ] || continue
  binary="out/edgebench-$name"
  run=("$binary")
  label="native"
  if [ "$runner" != native ]; then
    command -v "$runner" >/dev/null || {
      fail "$name: $runner not found; install qemu-user-static (Toolchains/setup.sh)"
      continue
    }
    run=("$runner" "$binary")
    label="emulated under $runner"
  fi
  echo "--- $name ($label)"

  check_selftest "$name" "${run[@]}"
  check_same_list "$name" "$work/host-list.json" "${run[@]}"
  check_every_path "$name" "${run[@]}"

  if "${run[@]}" decode --iters 1 --samples 1 --strategy all --format json >"$work/decode" \
    2>"$work/decode-errors" && [ ! -s "$work/decode-errors" ]; then
    python3 Tests/support/check_decode_records.py "$work/host-list.json" "$work/decode" "$name" \
      || fail "$name: decode records differ from the host's list"
  else
    cat "$work/decode" "$work/decode-errors"
    fail "$name: decode exited non-zero or wrote errors"
  fi

  # Bad input gets the same clear error and exit 2 on every target, never a trap: a malformed
  # varint (with its byte offset), an empty file, a missing file.
  printf '\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff' >"$work/bad.bin"
  : >"$work/empty.bin"
  for bad in "bad.bin|varint at byte 0 is longer than 10 bytes" \
    "empty.bin|the file is empty" "missing.bin|cannot open it: ENOENT"; do
    file="${bad%%|*}"
    expected="${bad#*|}"
    set +e
    "${run[@]}" decode --input "$work/$file" --iters 1 --samples 1 >/dev/null 2>"$work/bad-errors"
    status=$?
    set -e
    if [ "$status" -eq 2 ] && grep -q "$expected" "$work/bad-errors"; then
      echo "ok    --input $file: exit 2, '$expected'"
    else
      head -n 3 "$work/bad-errors"
      fail "$name: --input $file exited $status without '$expected'"
    fi
  done
done < <(edgebench_targets)

# armv7's NEON path is chosen at run time from HWCAP, which qemu-user derives from the CPU it
# emulates: on a NEON core (QEMU's default, max) `simd` takes `neon`; on a VFP-only core
# (cortex-r5f: VFPv3-D16, no NEON) the same binary must still pass selftest, with `portable`.
for case in "max|neon,portable" "cortex-r5f|portable"; do
  cpu="${case%%|*}" expected="${case#*|}"
  run=(qemu-arm-static -cpu "$cpu" out/edgebench-armv7-embedded)
  paths="$("${run[@]}" list --format json | python3 -c 'import json, sys
simd = [s for s in json.load(sys.stdin)["strategies"] if s["name"] == "simd"][0]
print(simd["isa_path"] + "," + ",".join(p for p in simd["paths"] if p != simd["isa_path"]))' \
    | sed 's/,$//')" || paths="list failed"
  if [ "$paths" = "$expected" ] && "${run[@]}" selftest >"$work/cpu-selftest" 2>&1; then
    echo "ok    armv7 on $cpu: simd dispatches ${paths%%,*} (runs: $paths), selftest passes"
  else
    tail -n 3 "$work/cpu-selftest" 2>/dev/null || true
    fail "armv7 on $cpu: simd's paths are '$paths' (expected '$expected'), or selftest failed"
  fi
done
finish_checks qemu-run "${#targets[@]} targets pass selftest, list and decode; armv7 picks NEON by HWCAP"
