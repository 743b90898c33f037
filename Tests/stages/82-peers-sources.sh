#!/usr/bin/env bash
# The peers' committed generated code is what Debian's protoc and its plugins make of
# Proto/telemetry.proto today (Go, Rust and C++), the Go code is gofmt-clean and passes go vet,
# the Rust code is rustfmt-clean, and the C and C++ peers compile without warnings under
# -Wall -Wextra (the generated C++ is protoc's, not checked for warnings).
set -euo pipefail
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0
bash peers/regenerate.sh "$work"
for pair in "telemetry.pb.go peers/go/telemetrypb/telemetry.pb.go" "telemetry.rs peers/rust/src/telemetry.rs" \
  "telemetry.pb.h peers/cpp/telemetry.pb.h" "telemetry.pb.cc peers/cpp/telemetry.pb.cc"; do
  set -- $pair
  if cmp -s "$work/$1" "$2"; then echo "ok: $2 is up to date"; else echo "FAIL: $2 differs from protoc's output; run peers/regenerate.sh"; failed=1; fi
done
unformatted="$(gofmt -l peers/go)"
[ -z "$unformatted" ] && echo "ok: gofmt" || { echo "FAIL: gofmt: $unformatted"; failed=1; }
(cd peers/go && GOPROXY=off GOFLAGS=-mod=mod go vet ./...) && echo "ok: go vet" || failed=1
# rustfmt follows the modules from main.rs (peers/rust/rustfmt.toml sets the width).
if ! command -v rustfmt >/dev/null; then
  echo "FAIL: rustfmt is missing (apt-get install rustfmt, or rustup component add rustfmt)"
  failed=1
elif (cd peers/rust && rustfmt --check --edition 2021 src/main.rs >"$work/rustfmt.diff" 2>&1); then
  echo "ok: rustfmt"
else
  echo "FAIL: rustfmt: $(grep -c '^Diff in' "$work/rustfmt.diff") places; run rustfmt --edition 2021 peers/rust/src/main.rs"
  failed=1
fi
# The protobuf headers the C++ peer compiles against are the version protoc generated for (the
# generated header refuses others at compile time; this says why before that).
protoc_version="$(protoc --version | awk '{ print $2 }')"
header_version="$(dpkg-query -W -f='${Version}' libprotobuf-dev 2>/dev/null | cut -d- -f1)"
[ "$protoc_version" = "$header_version" ] && echo "ok: protoc $protoc_version matches libprotobuf-dev" \
  || { echo "FAIL: protoc $protoc_version, libprotobuf-dev $header_version: the C++ peer needs the same version"; failed=1; }
for source in peers/c/harness.c peers/c/varints.c peers/cpp/strategies.cc; do
  compiler=(gcc -std=c11)
  [[ "$source" == *.cc ]] && compiler=(g++ -std=c++17 -I peers/cpp)
  if "${compiler[@]}" -O2 -Wall -Wextra -Werror -fsyntax-only "$source" 2>"$work/warnings"; then
    echo "ok: $source compiles without warnings"
  else
    echo "FAIL: $source: $(head -n 5 "$work/warnings")"
    failed=1
  fi
done
exit $failed
