#!/usr/bin/env bash
# The peers' committed generated code is what Debian's protoc plugins make of
# Proto/telemetry.proto today, and the Go code is gofmt-clean and passes go vet.
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
exit $failed
