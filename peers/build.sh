#!/usr/bin/env bash
# Builds the Go and Rust peers, statically linked and stripped, for x86_64 and aarch64 (or only
# the targets named) into out/peers/<target>/:
#   out/peers/x86_64/edgebench-peer-go    out/peers/aarch64/edgebench-peer-go
#   out/peers/x86_64/edgebench-peer-rust  out/peers/aarch64/edgebench-peer-rust
# each with a .sha256 beside it, and out/peers/build.tsv (target, program, compiler, bytes).
# Offline: Go uses Debian's golang-google-protobuf-dev through a go.mod replace; Rust uses
# Debian's librust-protobuf-dev through a [source] replacement (peers/rust/.cargo/config.toml).
#
# usage: peers/build.sh [x86_64] [aarch64]
#   EDGEBENCH_OUT          the output folder (default: out/ in the repository)
#   EDGEBENCH_PEERS_CARGO  the cargo to build Rust with (default: Debian's /usr/bin/cargo, whose
#                          rustc 1.63 is the one with an aarch64 standard library here)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
out="${EDGEBENCH_OUT:-$repo/out}/peers"
cargo="${EDGEBENCH_PEERS_CARGO:-/usr/bin/cargo}"
rustc="$(dirname "$cargo")/rustc"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(x86_64 aarch64)
revision="$(git -C "$repo" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)"
for tool in go "$cargo" "$rustc"; do
  command -v "$tool" >/dev/null || {
    echo "peers/build: $tool missing; run Toolchains/setup.sh" >&2
    exit 1
  }
done
table="target	program	compiler	bytes"
for target in "${targets[@]}"; do
  case "$target" in
    x86_64) goarch=amd64 triple=x86_64-unknown-linux-gnu strip=strip ;;
    aarch64) goarch=arm64 triple=aarch64-unknown-linux-gnu strip=aarch64-linux-gnu-strip
      bash "$here/setup-aarch64-rust.sh" ;;
    *) echo "peers/build: unknown target '$target' (x86_64 or aarch64)" >&2; exit 2 ;;
  esac
  mkdir -p "$out/$target"
  (cd "$here/go" && GOPROXY=off GOFLAGS=-mod=mod CGO_ENABLED=0 GOOS=linux GOARCH=$goarch \
    go build -trimpath -ldflags "-s -w -X main.sourceRevision=$revision" \
    -o "$out/$target/edgebench-peer-go" .)
  # From inside peers/rust, so cargo reads its .cargo/config.toml (the offline source).
  (cd "$here/rust" && EDGEBENCH_SOURCE_REVISION="$revision" \
    EDGEBENCH_RUSTC_VERSION="$("$rustc" --version)" RUSTC="$rustc" \
    "$cargo" build --quiet --release --locked --target "$triple" --target-dir "$repo/.build-peers-rust")
  "$strip" -o "$out/$target/edgebench-peer-rust" "$repo/.build-peers-rust/$triple/release/edgebench-peer-rust"
  for program in go rust; do
    binary="$out/$target/edgebench-peer-$program"
    (cd "$out/$target" && sha256sum "edgebench-peer-$program" >"edgebench-peer-$program.sha256")
    compiler="$(go version | cut -d' ' -f3)"
    [ "$program" = rust ] && compiler="$("$rustc" --version | cut -d' ' -f1-2)"
    table+=$'\n'"$target	$program	$compiler	$(stat -c %s "$binary")"
  done
done
echo "$table" | tee "$out/build.tsv"
