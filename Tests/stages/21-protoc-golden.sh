#!/usr/bin/env bash
# The golden fixture is protoc's encoding: re-encode the text-format golden message with protoc
# (protobuf's reference C++ implementation) and compare with the committed hex, which the unit
# tests and `edgebench selftest` compare with CodecCore's encoder. Then decode the fixture with
# protoc and check it gives back the same text.
set -euo pipefail
cd "$(dirname "$0")/../.."
fixture=Tests/Fixtures/telemetry-golden.hex
reference=$(protoc --proto_path=Proto --encode=edgebench.Telemetry Proto/telemetry.proto \
  <Tests/Fixtures/telemetry-golden.txtpb | xxd -p | tr -d '\n')
committed=$(tr -d ' \n' <"$fixture")
if [ "$reference" != "$committed" ]; then
  echo "protoc's encoding differs from $fixture:"
  echo "  protoc:    $reference"
  echo "  committed: $committed"
  exit 1
fi
decoded=$(xxd -r -p "$fixture" | protoc --proto_path=Proto --decode=edgebench.Telemetry \
  Proto/telemetry.proto)
again=$(protoc --proto_path=Proto --encode=edgebench.Telemetry Proto/telemetry.proto \
  <<<"$decoded" | xxd -p | tr -d '\n')
[ "$again" = "$committed" ] || { echo "protoc decode/encode of the fixture does not round-trip"; exit 1; }
# The runner's own self-test compares CodecCore's encoder with the same bytes.
swift build -c release --product edgebench >/dev/null
.build/release/edgebench selftest
echo "protoc golden: ${#committed} hex digits match protoc $(protoc --version | cut -d' ' -f2)"

# protobuf's reference Python library (Debian's python3-protobuf, for /usr/bin/python3: the
# python3 first on PATH may be another one without it) decodes the whole message corpus to the
# same message count and digest sum as edgebench's list.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
protoc --proto_path=Proto --python_out="$work" Proto/telemetry.proto
.build/release/edgebench corpus --write "$work/corpora" >/dev/null
reference=$(/usr/bin/python3 Tests/support/protobuf_reference_decode.py "$work" "$work/corpora/messages.bin")
expected=$(.build/release/edgebench list --format json | /usr/bin/python3 -c '
import json, sys
corpus = next(c for c in json.load(sys.stdin)["corpora"] if c["name"] == "messages")
print(corpus["values"], corpus["value_sum"])')
if [ "$reference" != "$expected" ]; then
  echo "protobuf's Python library decodes messages.bin to '$reference'; edgebench lists '$expected'"
  exit 1
fi
echo "protobuf reference decode: $reference (messages, digest sum) as edgebench lists"
