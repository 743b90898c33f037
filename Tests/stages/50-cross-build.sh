#!/usr/bin/env bash
# Builds every target in Toolchains/targets.conf with the one build command, then checks each
# binary in out/: its sha256 file verifies, `file` calls it statically linked, stripped and of
# the right architecture, it has no program interpreter and needs no shared library, and the
# aarch64 board binary is at most 1 MiB (1,009,872 bytes with the full runner, strategies and
# counters: -function-sections and packed relative relocations keep it there).
set -euo pipefail
cd "$(dirname "$0")/../.."
source Toolchains/toolchain.sh
source Tests/lib/checks.sh
aarch64_limit=$((1024 * 1024))

bash Toolchains/build-all.sh
echo
while read -r name _ _ runner arch; do
  binary="out/edgebench-$name"
  if [ "$runner" = wasm ]; then
    # A WebAssembly module is no ELF: stage 55 checks it under its two runtimes.
    [ -s "$binary" ] && (cd out && sha256sum --quiet -c "edgebench-$name.sha256") \
      && head -c 4 "$binary" | cmp -s - <(printf '\0asm') \
      || fail "$name: $binary missing, not verifying, or not a WebAssembly module"
    echo "ok    $name: $(stat -c %s "$binary") bytes; a WebAssembly module (stage 55 runs it)"
    continue
  fi
  if [ ! -f "$binary" ]; then
    fail "$name: $binary missing"
    continue
  fi
  (cd out && sha256sum --quiet -c "edgebench-$name.sha256") || fail "$name: sha256 does not verify"
  description="$(file -b "$binary")"
  [[ "$description" == *"statically linked"* || "$description" == *"static-pie linked"* ]] \
    || fail "$name: file does not say statically linked: $description"
  [[ "$description" == *"$arch"* ]] || fail "$name: file does not say $arch: $description"
  [[ "$description" == *", stripped"* ]] || fail "$name: not stripped: $description"
  ! readelf -lW "$binary" | grep -q 'INTERP' || fail "$name: has a program interpreter"
  ! readelf -dW "$binary" | grep -q '(NEEDED)' || fail "$name: needs a shared library"
  size=$(stat -c %s "$binary")
  if [ "$name" = aarch64-embedded ] && [ "$size" -gt "$aarch64_limit" ]; then
    fail "$name: $size bytes stripped, over the $aarch64_limit-byte limit"
  fi
  echo "ok    $name: $size bytes; $description"
done < <(edgebench_targets)

# The armv7 binary runs on VFP-only cores: NEON instructions (vtbl, vmovl, q registers) are in
# the ARMv7Kernels module alone, which CodecCore calls only after HWCAP said yes.
objects=".build-armv7-embedded/armv7-none-none-eabi/release"
neon='\sv(tbl|movl|ld1|st1|padd|shl)\.|\sq[0-9]+,'
if [ -d "$objects" ]; then
  kernel="$(arm-linux-gnueabi-objdump -d "$objects/ARMv7Kernels.build/"*.o | grep -cE "$neon" || true)"
  elsewhere="$(find "$objects" -name '*.o' -path '*.build/*' ! -path '*ARMv7Kernels.build*' \
    -exec arm-linux-gnueabi-objdump -d {} + | grep -cE "$neon" || true)"
  if [ "$kernel" -gt 0 ] && [ "$elsewhere" -eq 0 ]; then
    echo "ok    armv7: $kernel NEON instructions, all in ARMv7Kernels"
  else
    fail "armv7: $kernel NEON instructions in ARMv7Kernels, $elsewhere elsewhere (must be >0 and 0)"
  fi
else
  fail "armv7: no build folder $objects"
fi
finish_checks cross-build "every target static, stripped, right architecture; aarch64 within 1 MiB; armv7 NEON only in its kernel"
