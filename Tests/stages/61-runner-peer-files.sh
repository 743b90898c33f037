#!/usr/bin/env bash
# Files crossing program boundaries: a Python program writes LEB128 varints and prints their
# count and wrapping sum, and `edgebench decode --input` must report the same; `edgebench corpus
# --write` writes the built-in corpora, and Python decodes them to the count, sum and FNV-1a in
# the manifest; the message corpus file decodes back through --input-format messages.
set -euo pipefail
cd "$(dirname "$0")/../.."
source Tests/lib/checks.sh
build_release
make_work
peer=Tests/support/leb128_peer.py

read -r count total < <(python3 "$peer" write "$work/peer.bin")
echo "python wrote $count varints summing to $total"
"$bin" decode --input "$work/peer.bin" --strategy all --samples 2 --format json >"$work/peer.jsonl"
python3 Tests/support/check_records.py agree "$work/peer.jsonl" "$total" --values "$count" --source file
"$bin" decode --input "$work/peer.bin" --samples 2 | grep -F "$total" >/dev/null || die "table lacks the sum"
"$bin" roundtrip --input "$work/peer.bin" --samples 1 --iters 1 --format json \
  | python3 Tests/support/check_records.py agree - "$total"

# A truncated file is refused with the byte offset, before anything is measured.
cp "$work/peer.bin" "$work/truncated.bin"
printf '\x80' >>"$work/truncated.bin"
expect_status 2 "$bin" decode --input "$work/truncated.bin"
grep -q "input ends inside the value at byte" "$work/stderr" || die "truncated input message"
echo "truncated file: exit 2, $(head -1 "$work/stderr")"

"$bin" corpus --write "$work/corpora"
python3 "$peer" check "$work/corpora"
messages_sum=$(awk '$1 == "messages" {print $6}' "$work/corpora/MANIFEST.tsv")
"$bin" decode --input "$work/corpora/messages.bin" --input-format messages --samples 2 --format json \
  | python3 Tests/support/check_records.py agree - "$messages_sum" --format messages --first
