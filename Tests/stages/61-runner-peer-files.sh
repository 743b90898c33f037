#!/usr/bin/env bash
# Files crossing program boundaries: a Python program writes LEB128 varints and prints their
# count and wrapping sum, and `edgebench decode --input` must report the same; `edgebench corpus
# --write` writes the built-in corpora, and Python decodes them to the count, sum and FNV-1a in
# the manifest; the message corpus file decodes back through --input-format messages.
source "$(dirname "$0")/../runner/common.sh"

cat >"$work/peer.py" <<'PY'
import random, sys

def leb128(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)

def decode_all(data):
    values, value, shift = [], 0, 0
    for byte in data:
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            values.append(value)
            value, shift = 0, 0
    assert shift == 0, "truncated"
    return values

def fnv1a64(data):
    h = 0xCBF29CE484222325
    for byte in data:
        h = ((h ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h

if sys.argv[1] == "write":
    rng = random.Random(20251128)
    values = []
    for _ in range(100_000):
        bits = rng.choice([7, 14, 21, 35, 56, 63, 64])
        values.append(rng.getrandbits(bits))
    values += [0, 2**64 - 1]
    with open(sys.argv[2], "wb") as f:
        f.write(b"".join(leb128(v) for v in values))
    print(len(values), sum(values) % 2**64)
else:
    directory = sys.argv[2]
    checked = 0
    for line in open(directory + "/MANIFEST.tsv"):
        if line.startswith("#"):
            continue
        name, fmt, count, size, fnv, total = line.split()
        data = open("%s/%s.bin" % (directory, name), "rb").read()
        assert len(data) == int(size) and "%016x" % fnv1a64(data) == fnv, name
        if fmt == "varints":
            values = decode_all(data)
            assert len(values) == int(count) and sum(values) % 2**64 == int(total), name
            checked += 1
    print("python decoded %d varint corpora to the manifest's count, sum and FNV-1a" % checked)
PY

read -r count total < <(python3 "$work/peer.py" write "$work/peer.bin")
echo "python wrote $count varints summing to $total"
"$bin" decode --input "$work/peer.bin" --strategy all --samples 2 --format json >"$work/peer.jsonl"
python3 - "$work/peer.jsonl" "$count" "$total" <<'PY'
import json, sys
records = [json.loads(line) for line in open(sys.argv[1])]
assert records
for record in records:
    case = record["case"]
    assert case["source"] == "file" and case["check"] == "ok", case
    assert case["values"] == int(sys.argv[2]), (case["values"], sys.argv[2])
    assert case["value_sum"] == sys.argv[3], (case["value_sum"], sys.argv[3])
    print("edgebench %s: %d values, sum %s - same as python" % (case["name"], case["values"], case["value_sum"]))
PY
"$bin" decode --input "$work/peer.bin" --samples 2 | grep -F "$total" >/dev/null || die "table lacks the sum"
"$bin" roundtrip --input "$work/peer.bin" --samples 1 --iters 1 --format json | python3 -c '
import json, sys
for line in sys.stdin:
    case = json.loads(line)["case"]
    assert case["check"] == "ok" and case["value_sum"] == sys.argv[1], case
print("roundtrip of the python file: same sum")' "$total"

# A truncated file is refused with the byte offset, before anything is measured.
cp "$work/peer.bin" "$work/truncated.bin"
printf '\x80' >>"$work/truncated.bin"
expect_status 2 "$bin" decode --input "$work/truncated.bin"
grep -q "input ends inside the value at byte" "$work/stderr" || die "truncated input message"
echo "truncated file: exit 2, $(head -1 "$work/stderr")"

"$bin" corpus --write "$work/corpora"
python3 "$work/peer.py" check "$work/corpora"
messages_sum=$(awk '$1 == "messages" {print $6}' "$work/corpora/MANIFEST.tsv")
"$bin" decode --input "$work/corpora/messages.bin" --input-format messages --samples 2 --format json \
  | python3 -c '
import json, sys
case = json.loads(sys.stdin.readline())["case"]
assert case["format"] == "messages" and case["value_sum"] == sys.argv[1], case
print("messages.bin through --input-format messages: %d messages, digest sum %s" % (case["values"], case["value_sum"]))' "$messages_sum"
