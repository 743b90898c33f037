#!/usr/bin/env bash
# The peers' committed generated code is what Debian's protoc plugins make of
# Proto/telemetry.proto today, the Go code is gofmt-clean and passes go vet, and the Rust code is
# rustfmt-clean.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0
bash peers/regenerate.sh "$work"
for pair in "telemetry.pb.go peers/go/telemetrypb/telemetry.pb.go" "telemetry.rs peers/rust/src/telemetry.rs"; do
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
exit $failed
