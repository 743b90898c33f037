#!/usr/bin/env bash
# CodecCore, decode strategies and their C intrinsics header included, compiles as Embedded
# Swift for the board targets: aarch64 (NEON path) and x86_64 (SSSE3, BMI2 and AVX-512 paths,
# run-time checked; the AVX-512 kernels as their own module, as the X86Kernels trait builds them).
set -euo pipefail
cd "$(dirname "$0")/../.."
mapfile -t sources < <(find Sources/CodecCore -name '*.swift' | sort)
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# shellcheck source=Toolchains/avx512-kernels.sh
source Toolchains/avx512-kernels.sh
# The raw builds' instruction sets are Package.swift's.
for flag in "${avx512_kernel_isa[@]}"; do
  [ "$flag" = -Xcc ] || grep -q "\"$flag\"" Package.swift \
    || { echo "Toolchains/avx512-kernels.sh has $flag, Package.swift's AVX512Kernels does not" >&2; exit 1; }
done
for target in aarch64-none-none-elf x86_64-unknown-linux-gnu; do
  embedded=(-enable-experimental-feature Embedded -wmo -target "$target" -O)
  kernels=()
  if [ "$target" = x86_64-unknown-linux-gnu ]; then
    avx512_kernels "$out" "${embedded[@]}"
    kernels=("${avx512_core_flags[@]}")
    nm "$out/avx512-kernels.o" | grep -q "VarintKernelO12decodeBlocks" \
      || { echo "no AVX512VarintKernel in the x86_64 kernels object" >&2; exit 1; }
  fi
  swiftc "${embedded[@]}" -parse-as-library -module-name CodecCore -package-name edgebench \
    -I Sources/CIntrinsics/include "${kernels[@]}" -c "${sources[@]}" -o "$out/$target.o"
  # The strategies must be in the object, not optimized away or left out by a seam.
  nm "$out/$target.o" >"$out/$target.symbols"
  symbols=(BitmapVarintDecoder SIMDVarintDecoder WordVarintDecoder TelemetryView)
  [ "$target" = x86_64-unknown-linux-gnu ] && symbols+=(PEXTCompaction decodeAllAVX512)
  for symbol in "${symbols[@]}"; do
    grep -q "$symbol" "$out/$target.symbols" || { echo "no $symbol in $target object" >&2; exit 1; }
  done
  echo "strategies-embedded: CodecCore compiles for $target ($(stat -c %s "$out/$target.o") bytes)"
done
