#!/usr/bin/env bash
# Builds the peers as WebAssembly into out/peers/wasm/ (docs/wasm.md):
#   edgebench-peer-rust.wasm  Rust wasm32-wasi (Debian's rustc 1.63 + libstd-rust-dev-wasm32), stripped
#   edgebench-peer-go.wasm    Go js/wasm (Go 1.19 has no wasip1), -s -w; runs under Node through
#                             Toolchains/wasm/go-js-node.cjs and Go's wasm_exec.js
# and out/peers/wasm/build.tsv (program, compiler, bytes). Offline, like peers/build.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
out="${EDGEBENCH_OUT:-$repo/out}/peers/wasm"
cargo="${EDGEBENCH_PEERS_CARGO:-/usr/bin/cargo}"
rustc="$(dirname "$cargo")/rustc"
revision="$(git -C "$repo" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)"
[ -d /usr/lib/rustlib/wasm32-wasi ] || {
  echo "peers/build-wasm: no wasm32-wasi std for $rustc; run Toolchains/setup.sh (libstd-rust-dev-wasm32)" >&2
  exit 1
}
mkdir -p "$out"
(cd "$here/go" && GOPROXY=off GOFLAGS=-mod=mod GOOS=js GOARCH=wasm \
  go build -trimpath -ldflags "-s -w -X main.sourceRevision=$revision" -o "$out/edgebench-peer-go.wasm" .)
(cd "$here/rust" && EDGEBENCH_SOURCE_REVISION="$revision" \
  EDGEBENCH_RUSTC_VERSION="$("$rustc" --version)" RUSTC="$rustc" \
  "$cargo" build --quiet --release --locked --target wasm32-wasi --target-dir "$repo/.build-peers-rust")
cp "$repo/.build-peers-rust/wasm32-wasi/release/edgebench-peer-rust.wasm" "$out/edgebench-peer-rust.wasm"
{
  printf 'program\tcompiler\tbytes\n'
  printf 'go\t%s js/wasm\t%s\n' "$(go version | cut -d' ' -f3)" "$(stat -c %s "$out/edgebench-peer-go.wasm")"
  printf 'rust\t%s wasm32-wasi\t%s\n' "$("$rustc" --version | cut -d' ' -f1-2)" "$(stat -c %s "$out/edgebench-peer-rust.wasm")"
} | tee "$out/build.tsv"
