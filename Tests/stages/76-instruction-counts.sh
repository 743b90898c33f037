#!/usr/bin/env bash
# Instruction counts for hosts without a PMU (boards/count-instructions.sh, valgrind callgrind):
# on the freshly built static x86_64 host binary, a few cases counted twice agree (to within
# 20,000 instructions of 2 decodes; in practice a few thousand) and every line is in the
# `edgebench.instructions` schema; the producer refuses to overwrite a file and refuses an
# unknown corpus; the committed files in boards/instructions/ are in the
# schema and cover every case of the committed records of their revision and mode
# (every x86_64 label of boards/results: Zen 1, Zen 5, Emerald Rapids); the checker rejects broken counts (it can fail).
# EDGEBENCH_HEAVY_LOCK=FILE makes the build and each case's valgrind runs take flock FILE.
set -euo pipefail
cd "$(dirname "$0")/../.."
source Tests/lib/checks.sh
command -v valgrind >/dev/null || {
  echo "FAIL  valgrind missing (apt-get install valgrind; Toolchains/setup.sh)"
  exit 1
}
lock=()
[ -z "${EDGEBENCH_HEAVY_LOCK:-}" ] || lock=(flock "$EDGEBENCH_HEAVY_LOCK")
# Incremental: compiles nothing when out/ is up to date with the sources.
"${lock[@]}" bash Toolchains/build-all.sh x86_64-host >/dev/null
binary=out/edgebench-x86_64-host
check=Tests/support/check_instructions.py
tolerance=20000 # instructions between two counts of 2 decodes: 0.15 per value of 65,536
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# 1. Count a few cases, then two of them again.
count() { # output, strategies, corpora
  bash boards/count-instructions.sh --output "$1" --strategies "$2" --corpora "$3" "$binary" \
    2>"$work/count.err"
}
if count "$work/first.jsonl" loop,word one-byte,two-byte && count "$work/second.jsonl" loop,word two-byte; then
  [ "$(wc -l <"$work/first.jsonl")" -eq 4 ] || fail "the first count has $(wc -l <"$work/first.jsonl") lines, not 4"
  python3 "$check" "$work/first.jsonl" "$work/second.jsonl" || fail "a fresh count is not in the schema"
  # Not to the instruction: each run's start-up (reading /proc, formatting clock readings)
  # varies by up to ~2,000 of its 1.3 billion instructions, and that does not cancel.
  python3 "$check" --repeat "$work/first.jsonl" "$work/second.jsonl" --tolerance "$tolerance" \
    || fail "the same case counted twice differs by more than $tolerance instructions"
  revision="$("$binary" info --format json \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["build"]["source_revision"])')"
  python3 "$check" --revision "$revision" "$work/first.jsonl" >/dev/null \
    || fail "the counts do not carry the binary's source revision ($revision)"
else
  cat "$work/count.err"
  fail "count-instructions.sh failed on $binary"
fi

# 2. The producer's refusals.
before="$(sha256sum "$work/second.jsonl" 2>/dev/null || true)"
status=0
count "$work/second.jsonl" loop one-byte || status=$?
if [ "$status" -eq 1 ] && grep -q "exists; not overwriting it" "$work/count.err" \
  && [ "$before" = "$(sha256sum "$work/second.jsonl" 2>/dev/null || true)" ]; then
  echo "ok    an existing output file is refused and left unchanged"
else
  fail "count-instructions.sh over an existing file exited $status: $(cat "$work/count.err")"
fi
status=0
count "$work/none.jsonl" loop no-such-corpus || status=$?
if [ "$status" -eq 1 ] && grep -q "has corpus no-such-corpus" "$work/count.err" && [ ! -e "$work/none.jsonl" ]; then
  echo "ok    an unknown corpus is refused and nothing is written"
else
  fail "count-instructions.sh --corpora no-such-corpus exited $status: $(cat "$work/count.err")"
fi

# 3. The committed files.
committed=(boards/instructions/*.jsonl)
if [ -e "${committed[0]}" ]; then
  python3 "$check" "${committed[@]}" || fail "a committed counts file is not in the schema"
  python3 "$check" --covers boards/results/{zen1,zen5,emerald-rapids}-kvm-{full,embedded} \
    --counts "${committed[@]}" || fail "the committed counts do not cover the committed records"
else
  fail "no committed counts in boards/instructions/"
fi

# 4. The checker fails when it should.
expect_rejected() { # what, checker arguments...
  local what="$1"
  shift
  if python3 "$check" "$@" >"$work/check.out" 2>&1; then
    fail "the checker accepted $what"
  elif grep -q '^FAIL' "$work/check.out"; then
    echo "ok    rejected: $what ($(grep -m 1 '^FAIL' "$work/check.out" | cut -c 7-110))"
  else
    cat "$work/check.out"
    fail "the checker crashed on $what"
  fi
}
full=boards/instructions/valgrind-ec2d46a419ba-full.jsonl # the counts of zen1-kvm-full
if [ -f "$full" ]; then
  variant() { python3 Tests/support/instruction_count_variants.py "$1" "$full" >"$work/$1.jsonl"; }
  variant shrunk
  expect_rejected "iters_3 below iters_1" "$work/shrunk.jsonl"
  variant ratio
  expect_rejected "a per-value figure that is not the counts' quotient" "$work/ratio.jsonl"
  variant version
  expect_rejected "schema version 2" "$work/version.jsonl"
  variant missing
  expect_rejected "a committed file without its last case" --covers boards/results/zen1-kvm-full \
    --counts "$work/missing.jsonl"
else
  fail "$full missing: the checker's own checks need it"
fi
if [ -f "$work/second.jsonl" ]; then # a repeat that drifted is rejected
  python3 Tests/support/instruction_count_variants.py drift "$work/second.jsonl" >"$work/drift.jsonl"
  expect_rejected "a repeat count 100,000 instructions off" \
    --repeat "$work/first.jsonl" "$work/drift.jsonl" --tolerance "$tolerance"
fi
finish_checks instruction-counts "callgrind counts repeat; committed counts cover the committed records"
