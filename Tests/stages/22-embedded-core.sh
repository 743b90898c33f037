#!/usr/bin/env bash
# CodecCore compiles as Embedded Swift for the host triple and for aarch64-none-none-elf: the
# one-source/two-modes rule, proved on every run (full board binaries: stages 5x).
set -euo pipefail
cd "$(dirname "$0")/../.."
mapfile -t sources < <(find Sources/CodecCore -name '*.swift' | sort)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for triple in x86_64-unknown-linux-gnu aarch64-none-none-elf; do
  swiftc -enable-experimental-feature Embedded -wmo -parse-as-library -O \
    -module-name CodecCore -target "$triple" -c "${sources[@]}" -o "$out/CodecCore-$triple.o"
  echo "embedded CodecCore for $triple: $(stat -c %s "$out/CodecCore-$triple.o") bytes of object code"
done
