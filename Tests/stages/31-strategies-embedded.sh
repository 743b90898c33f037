#!/usr/bin/env bash
# CodecCore, decode strategies and their C intrinsics header included, compiles as Embedded
# Swift for the board targets: aarch64 (NEON path) and x86_64 (SSSE3 path, run-time checked).
set -euo pipefail
cd "$(dirname "$0")/../.."
mapfile -t sources < <(find Sources/CodecCore -name '*.swift' | sort)
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for target in aarch64-none-none-elf x86_64-unknown-linux-gnu; do
  swiftc -enable-experimental-feature Embedded -wmo -parse-as-library -module-name CodecCore -package-name edgebench \
    -target "$target" -O -I Sources/CIntrinsics/include -c "${sources[@]}" -o "$out/$target.o"
  # The strategies must be in the object, not optimized away or left out by a seam.
  nm "$out/$target.o" >"$out/$target.symbols"
  for symbol in BitmapVarintDecoder SIMDVarintDecoder WordVarintDecoder TelemetryView; do
    grep -q "$symbol" "$out/$target.symbols" || { echo "no $symbol in $target object" >&2; exit 1; }
  done
  echo "strategies-embedded: CodecCore compiles for $target ($(stat -c %s "$out/$target.o") bytes)"
done
