#!/usr/bin/env bash
# Runs every target's binary from out/ (built by stage 50; built here if missing), natively or
# under its qemu-user emulator, and checks: `edgebench selftest` passes every check; `edgebench
# list` (corpus counts, sizes, FNV-1a checksums, value sums, strategies) equals the host build's;
# `edgebench decode --iters 1 --strategy all` exits 0, prints nothing on stderr, and reports one
# "ok" row per corpus and strategy with the corpus's value count. Times printed under QEMU are
# emulated and say nothing about a board.
set -euo pipefail
cd "$(dirname "$0")/../.."
source Toolchains/toolchain.sh
source Tests/lib/checks.sh
host=x86_64-host
mapfile -t targets < <(edgebench_targets | awk '{ print $1 }')
for name in "${targets[@]}"; do
  [ -x "out/edgebench-$name" ] || {
    echo "out/edgebench-$name missing: building (stage 50 normally does this)"
    bash Toolchains/build-all.sh
    break
  }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"out/edgebench-$host" list >"$work/host-list"
# Corpus rows run from the header to the blank line; strategy rows follow their own header.
awk 'NR > 1 && NF == 0 { exit } NR > 1 { print $1, $2 }' "$work/host-list" >"$work/corpora"
awk 'seen && NF { print $1 } /^strategy/ { seen = 1 }' "$work/host-list" >"$work/strategies"
corpora=$(wc -l <"$work/corpora")
strategies=$(wc -l <"$work/strategies")
[ "$corpora" -gt 0 ] && [ "$strategies" -gt 0 ] || {
  echo "FAIL  the host's list names no corpora or no strategies"
  exit 1
}
echo "host list: $corpora corpora, $strategies strategies"

while read -r name _ _ runner _; do
  binary="out/edgebench-$name"
  run=("$binary")
  label="native"
  if [ "$runner" != native ]; then
    command -v "$runner" >/dev/null || {
      fail "$name: $runner not found; install qemu-user-static (Toolchains/setup.sh)"
      continue
    }
    run=("$runner" "$binary")
    label="emulated under $runner"
  fi
  echo "--- $name ($label)"

  if "${run[@]}" selftest >"$work/selftest" 2>&1 && grep -q '^selftest: [1-9][0-9]* passed, 0 failed$' "$work/selftest" \
    && ! grep -q '^FAIL' "$work/selftest"; then
    echo "ok    $(tail -n 1 "$work/selftest")"
  else
    cat "$work/selftest"
    fail "$name: selftest"
  fi

  if "${run[@]}" list >"$work/list" 2>&1 && cmp -s "$work/list" "$work/host-list"; then
    echo "ok    list equals the host build's (checksums and value sums of $corpora corpora)"
  else
    diff "$work/host-list" "$work/list" || true
    fail "$name: list differs from the host build's"
  fi

  if "${run[@]}" decode --iters 1 --strategy all >"$work/decode" 2>"$work/decode-errors" \
    && [ ! -s "$work/decode-errors" ]; then
    rows=0
    while read -r corpus values; do
      while read -r strategy; do
        if awk -v c="$corpus" -v s="$strategy" -v n="$values" \
          '$1 == c && $2 == s && $3 == n && $NF == "ok" { found = 1 } END { exit !found }' \
          "$work/decode"; then
          rows=$((rows + 1))
        else
          fail "$name: decode has no ok row for $corpus with $strategy ($values values)"
        fi
      done <"$work/strategies"
    done <"$work/corpora"
    echo "ok    decode: $rows of $((corpora * strategies)) corpus x strategy rows ok"
  else
    cat "$work/decode" "$work/decode-errors"
    fail "$name: decode exited non-zero or wrote errors"
  fi
done < <(edgebench_targets)
finish_checks qemu-run "${#targets[@]} targets pass selftest, list and decode"
