#!/usr/bin/env bash
# The Go, Rust, C and C++ peers build offline for x86_64 and aarch64 into out/peers/<target>/
# (Go from Debian's golang-go and golang-google-protobuf-dev; Rust with Debian's rustc and
# librust-protobuf-dev, plus libstd-rust-dev:arm64 for aarch64; C and C++ with gcc/g++ 12 and
# libprotobuf-dev 3.21's libprotobuf.a, for aarch64 the cross compilers and the arm64
# libprotobuf.a of peers/setup-aarch64-cpp.sh), and each binary is a static ELF of the right
# architecture whose .sha256 verifies.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash peers/build.sh
failed=0
for target in x86_64 aarch64; do
  arch="x86-64"
  [ "$target" = aarch64 ] && arch="ARM aarch64"
  for program in go rust c cpp; do
    binary="out/peers/$target/edgebench-peer-$program"
    description="$(file -b "$binary")"
    if [[ "$description" == *"$arch"* && "$description" == *static* ]] \
      && (cd "out/peers/$target" && sha256sum --quiet -c "edgebench-peer-$program.sha256"); then
      echo "ok: $binary: $arch, static, sha256 verifies"
    else
      echo "FAIL: $binary: $description"
      failed=1
    fi
  done
done
exit $failed
