#!/usr/bin/env bash
# Builds the Go, Rust, C and C++ peers, statically linked and stripped, for x86_64 and aarch64
# (or only the targets named) into out/peers/<target>/:
#   out/peers/x86_64/edgebench-peer-go    out/peers/aarch64/edgebench-peer-go
#   out/peers/x86_64/edgebench-peer-rust  out/peers/aarch64/edgebench-peer-rust
#   out/peers/x86_64/edgebench-peer-c     out/peers/aarch64/edgebench-peer-c
#   out/peers/x86_64/edgebench-peer-cpp   out/peers/aarch64/edgebench-peer-cpp
# each with a .sha256 beside it, and out/peers/build.tsv (target, program, compiler, bytes).
# Offline: Go uses Debian's golang-google-protobuf-dev through a go.mod replace; Rust uses
# Debian's librust-protobuf-dev through a [source] replacement (peers/rust/.cargo/config.toml).
# C and C++ (peers/c, peers/cpp) use Debian's gcc/g++ 12 and libprotobuf-dev 3.21's static
# libprotobuf.a (aarch64: g++-aarch64-linux-gnu and the arm64 library from
# peers/setup-aarch64-cpp.sh); their objects are kept in .build-peers-cpp/<target>/.
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
for tool in go "$cargo" "$rustc" gcc g++; do
  command -v "$tool" >/dev/null || {
    echo "peers/build: $tool missing; run Toolchains/setup.sh" >&2
    exit 1
  }
done
# Compiles SOURCE to OBJECT with COMPILER FLAGS... unless OBJECT is newer than SOURCE, the
# header and this script (the generated telemetry.pb.cc takes a while).
compile() {
  local object="$1" source="$2" compiler="$3"
  shift 3
  if [ "$object" -nt "$source" ] && [ "$object" -nt "$here/c/peer.h" ] && [ "$object" -nt "$here/build.sh" ] \
    && [ "$object" -nt "$here/cpp/telemetry.pb.h" ]; then
    return
  fi
  "$compiler" "$@" -c -o "$object.tmp" "$source"
  mv "$object.tmp" "$object"
}

# Builds edgebench-peer-c and edgebench-peer-cpp for target $1 with compiler prefix $2.
build_c_peers() {
  local target="$1" prefix="$2" objects="$repo/.build-peers-cpp/$1" include=() library setup
  mkdir -p "$objects"
  if [ "$target" = aarch64 ]; then
    setup="$(bash "$here/setup-aarch64-cpp.sh")"
    include=(-isystem "$(sed -n 1p <<<"$setup")") library="$(sed -n 2p <<<"$setup")"
  else
    library="/usr/lib/$(gcc -print-multiarch)" # the native compiler finds /usr/include itself
  fi
  [ -f "$library/libprotobuf.a" ] || { echo "peers/build: $library/libprotobuf.a missing (libprotobuf-dev)" >&2; exit 1; }
  # The revision is a compile-time string: harness.o is always rebuilt (it is small).
  rm -f "$objects/harness.o"
  local cflags=(-O2 -Wall -Wextra -DPEER_SOURCE_REVISION="\"$revision\"")
  compile "$objects/harness.o" "$here/c/harness.c" "${prefix}gcc" -std=c11 "${cflags[@]}"
  compile "$objects/varints.o" "$here/c/varints.c" "${prefix}gcc" -std=c11 "${cflags[@]}"
  compile "$objects/strategies.o" "$here/cpp/strategies.cc" "${prefix}g++" -std=c++17 "${cflags[@]}" "${include[@]}"
  compile "$objects/telemetry.pb.o" "$here/cpp/telemetry.pb.cc" "${prefix}g++" -std=c++17 -O2 "${include[@]}"
  "${prefix}gcc" -static -o "$objects/edgebench-peer-c" "$objects/harness.o" "$objects/varints.o" -lm
  "${prefix}g++" -static -pthread -o "$objects/edgebench-peer-cpp" "$objects/harness.o" "$objects/strategies.o" \
    "$objects/telemetry.pb.o" -L "$library" -lprotobuf -lm
  "${prefix}strip" -o "$out/$target/edgebench-peer-c" "$objects/edgebench-peer-c"
  "${prefix}strip" -o "$out/$target/edgebench-peer-cpp" "$objects/edgebench-peer-cpp"
}

protobuf_version="$(dpkg-query -W -f='${Version}' libprotobuf-dev:amd64 2>/dev/null | cut -d- -f1)"
table="target	program	compiler	bytes"
for target in "${targets[@]}"; do
  case "$target" in
    x86_64) goarch=amd64 triple=x86_64-unknown-linux-gnu strip=strip prefix= ;;
    aarch64) goarch=arm64 triple=aarch64-unknown-linux-gnu strip=aarch64-linux-gnu-strip prefix=aarch64-linux-gnu-
      command -v aarch64-linux-gnu-g++ >/dev/null || {
        echo "peers/build: aarch64-linux-gnu-g++ missing; run Toolchains/setup.sh" >&2
        exit 1
      }
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
  build_c_peers "$target" "$prefix"
  for program in go rust c cpp; do
    binary="$out/$target/edgebench-peer-$program"
    (cd "$out/$target" && sha256sum "edgebench-peer-$program" >"edgebench-peer-$program.sha256")
    compiler="$(go version | cut -d' ' -f3)"
    [ "$program" = rust ] && compiler="$("$rustc" --version | cut -d' ' -f1-2)"
    [ "$program" = c ] && compiler="gcc $("${prefix}gcc" -dumpfullversion)"
    [ "$program" = cpp ] && compiler="g++ $("${prefix}g++" -dumpfullversion), protobuf $protobuf_version"
    table+=$'\n'"$target	$program	$compiler	$(stat -c %s "$binary")"
  done
done
echo "$table" | tee "$out/build.tsv"
