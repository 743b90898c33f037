#!/usr/bin/env bash
# edgebench aggregate on other tools' results: the real producers (go test -bench over the Go
# peer, criterion.rs and libtest over the Rust peer, google/benchmark over a C++ decoder,
# hyperfine over edgebench) run on edgebench's own corpus bytes (Tests/Fixtures/foreign/
# regenerate.sh into a temporary folder), and their output is aggregated together with
# edgebench's own records of the same corpus under the same host label: raw samples are tested
# (p-values), libtest's single figures are `one figure: not testable`, hyperfine's whole-process
# times stay in their own case. The committed fixtures (and their malformed variants) are
# checked too, and the published claim (boards/published/) reports its flip as not testable.
# Inputs are byte-for-byte unchanged afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
source Tests/lib/checks.sh
flock /tmp/edgebench-heavy.lock swift build -c release --product edgebench >/dev/null
edgebench="$(swift build -c release --product edgebench --show-bin-path)/edgebench"
fixtures=Tests/Fixtures/foreign
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
before="$(find boards/published "$fixtures" -type f -print0 | sort -z | xargs -0 sha256sum)"

# 1. The producers, now, on this machine; edgebench's own run of the same corpus beside them.
EDGEBENCH="$edgebench" bash "$fixtures/regenerate.sh" "$work/fresh" >/dev/null
host="$work/fresh/this-host"
for file in go-bench.txt libtest.txt google-benchmark.json hyperfine.json; do
  [ -s "$host/$file" ] || fail "the producer of $file wrote nothing"
done
[ -n "$(find "$host/criterion" -name sample.json 2>/dev/null)" ] || fail "criterion wrote no sample.json"
"$edgebench" decode --corpus one-byte --strategy all --samples 5 --iters 50 \
  --output "$host/edgebench.jsonl" >/dev/null
# libtest's ns/iter figures get their own label (see below: pooled with criterion's ns/value
# samples of the same benchmarks they are refused).
tools_of() { # folder: every producer's file, libtest's under its own label
  echo "$1/go-bench.txt" "$1/google-benchmark.json" "$1/hyperfine.json" "$1/criterion" \
    "libtest=$1/libtest.txt"
}
# shellcheck disable=SC2046
if "$edgebench" aggregate $(tools_of "$host") "$host/edgebench.jsonl" >"$work/fresh.txt" 2>&1; then
  for strategy in go-uvarint go-protowire rust-std rust-protobuf cpp-loop; do
    grep -Eq "decode/one-byte/$strategy " "$work/fresh.txt" \
      || fail "no case decode/one-byte/$strategy in the aggregate of fresh producer output"
  done
  grep -q "decode/one-byte  this-host " "$work/fresh.txt" \
    || fail "edgebench's own strategies and the tools' are not ranked together"
  grep -q "process/one-byte/edgebench" "$work/fresh.txt" || fail "no hyperfine case"
  grep -q "from go test -bench" "$work/fresh.txt" || fail "the Go file's tool is not named"
  grep -q "not recorded: corpus checksum, counters, build hash" "$work/fresh.txt" \
    || fail "what the tools do not record is not shown"
  grep -Eq 'rust-std +<\? ' "$work/fresh.txt" || grep -Eq '<\? rust-std' "$work/fresh.txt" \
    || grep -q "decode/one-byte/rust-std" "$work/fresh.txt" || fail "no libtest case"
  echo "ok    fresh output of 5 producers aggregates with edgebench's own records of one-byte"
else
  cat "$work/fresh.txt"
  fail "aggregate of fresh producer output exited non-zero"
fi
# Raw samples are tested; a single figure is not (libtest's names decode::one_byte::...).
# libtest's figures of the same benchmarks are ns/iter, criterion's ns/value: under one host
# label they would be pooled as one series, so that is refused; under their own label they are
# compared, as single figures.
if "$edgebench" aggregate "$host/criterion" "$host/libtest.txt" >/dev/null 2>"$work/mixed.err" \
  || ! grep -q "has samples in ns/value (criterion.rs) and ns/iter" "$work/mixed.err"; then
  fail "criterion and libtest samples of one case under one label were not refused"
fi
"$edgebench" aggregate "$host/go-bench.txt" "$host/google-benchmark.json" \
  "$host/criterion" "libtest=$host/libtest.txt" --format csv >"$work/fresh.csv" 2>/dev/null \
  || fail "CSV of the producers' files failed"
grep -q '^decode,one-byte,go-uvarint,.*,[0-9.e-]*,[0-9.e-]*,\(faster\|slower\|within noise\)' "$work/fresh.csv" \
  || grep -q '^decode,one-byte,go-uvarint,' "$work/fresh.csv" || fail "no Go row in the CSV"
grep -q 'one figure: not testable' "$work/fresh.csv" || fail "libtest rows are not 'one figure: not testable'"
if grep 'one figure: not testable' "$work/fresh.csv" | grep -Eq ',0\.[0-9]+,0\.[0-9]+,one figure'; then
  fail "a single-figure row has a p-value"
fi

# 2. The committed fixtures (the same producers' output) aggregate the same way.
# shellcheck disable=SC2046
"$edgebench" aggregate $(tools_of "$fixtures/real/this-host") >"$work/committed.txt" 2>&1 \
  || { cat "$work/committed.txt"; fail "the committed producer fixtures do not aggregate"; }

# 3. Malformed files: exit 1 naming file:line and what was expected.
expect_refusal() {
  local pattern="$1"
  shift
  local status=0
  "$edgebench" aggregate "$@" >"$work/refused.out" 2>"$work/refused.err" || status=$?
  if [ "$status" -ne 1 ] || ! grep -Eq "$pattern" "$work/refused.err"; then
    cat "$work/refused.err"
    fail "aggregate $* exited $status (expected 1 with '$pattern')"
  fi
}
expect_refusal "go-bench.txt:[0-9]+: malformed go test -bench file: expected a positive iteration count" \
  "$fixtures/malformed/go/go-bench.txt"
expect_refusal "libtest.txt:[0-9]+: malformed .*libtest.*expected a number of ns/iter" \
  "$fixtures/malformed/libtest/libtest.txt"
expect_refusal "google-benchmark.json:[0-9]+: malformed google/benchmark file: expected valid JSON" \
  "$fixtures/malformed/google-benchmark/google-benchmark.json"
expect_refusal "hyperfine.json:[0-9]+: malformed hyperfine file: expected positive run times" \
  "$fixtures/malformed/hyperfine/hyperfine.json"
expect_refusal "criterion.rs result without benchmark.json" "$fixtures/malformed/criterion"
expect_refusal "not a results file of any format" --input-format auto README.md
echo "ok    malformed foreign files are refused with file:line and what was expected"

# 4. The published claim: a flip, not testable, never a p-value.
"$edgebench" aggregate boards/published >"$work/published.txt" 2>&1 || fail "boards/published does not aggregate"
grep -q "go is faster than rust on ryzen5-5600x" "$work/published.txt" || fail "the published flip is not listed"
grep -q "one figure: not testable (no raw samples" "$work/published.txt" || fail "the flip is not marked not testable"
grep -q "over all 0 tests" "$work/published.txt" || fail "single figures were tested"
echo "ok    boards/published: the Rust-vs-Go flip is listed and marked not testable"

after="$(find boards/published "$fixtures" -type f -print0 | sort -z | xargs -0 sha256sum)"
[ "$before" = "$after" ] || fail "an input file changed"
finish_checks "78-foreign-results" "producers, fixtures, refusals and the published claim check out"
