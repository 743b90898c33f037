#!/usr/bin/env bash
# Regenerates the peers' protobuf code from Proto/telemetry.proto with Debian's protoc and its
# plugins (protoc-gen-go from protoc-gen-go, protoc-gen-rust from protobuf-codegen, and protoc's
# own --cpp_out, which matches libprotobuf-dev's version), into DIR (default: the committed
# places, peers/go/telemetrypb, peers/rust/src and peers/cpp).
# usage: peers/regenerate.sh [DIR]   (with DIR, writes DIR/telemetry.pb.go, DIR/telemetry.rs and
#                                     DIR/telemetry.pb.{h,cc})
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
go_out="${1:-$here/go/telemetrypb}"
rust_out="${1:-$here/rust/src}"
cpp_out="${1:-$here/cpp}"
protoc -I "$repo/Proto" --go_out="$go_out" --go_opt=paths=source_relative \
  --go_opt=Mtelemetry.proto=edgebench/peers/go/telemetrypb "$repo/Proto/telemetry.proto"
protoc -I "$repo/Proto" --rust_out="$rust_out" "$repo/Proto/telemetry.proto"
protoc -I "$repo/Proto" --cpp_out="$cpp_out" "$repo/Proto/telemetry.proto"
