#!/usr/bin/env bash
# edgebench aggregate end to end with the release host build: the committed real results in
# boards/results aggregate (the QEMU run marked emulated and compared with nothing); a fresh run
# on this machine has the same corpus checksums as the committed ones; broken inputs (malformed
# line, checksum mismatch, an unknown schema version, negative/zero/NaN values) exit 1 naming
# the file and line; --output onto an input is refused; input files are byte-for-byte unchanged afterwards; every format renders;
# the SVG chart, rendered to PNG by rsvg-convert, has the bars the SVG promises (checked pixel
# by pixel); the Embedded board builds answer `aggregate` with a host-build-only note.
set -euo pipefail
cd "$(dirname "$0")/../.."
source Tests/lib/checks.sh
swift build -c release --product edgebench >/dev/null
edgebench="$(swift build -c release --product edgebench --show-bin-path)/edgebench"
fixtures=Tests/Fixtures/aggregate
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
inputs_before="$(find boards/results "$fixtures" -name '*.jsonl' -print0 | sort -z | xargs -0 sha256sum)"

# 1. The committed real results.
labels="$(find boards/results -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort)"
if "$edgebench" aggregate boards/results >"$work/real.txt" 2>"$work/real.err"; then
  for label in $labels; do
    grep -q "^  $label" "$work/real.txt" || fail "aggregate of boards/results has no row for $label"
  done
  grep -q "EMULATED: not compared" "$work/real.txt" || fail "no host of boards/results is marked emulated"
  grep -Eq '^  [^ ]+-qemu-aarch64 \(emulated\) .* emulated: not compared' "$work/real.txt" \
    || fail "the QEMU rows are not marked 'emulated: not compared'"
  echo "ok    boards/results: $(echo "$labels" | wc -w) host labels aggregate; the QEMU run is emulated"
else
  cat "$work/real.err"
  fail "aggregate of boards/results exited non-zero"
fi

# 2. Today's build decodes the same corpus bytes as the committed runs.
mkdir -p "$work/today/this-run"
"$edgebench" decode --corpus one-byte,two-byte --samples 3 --output "$work/today/this-run/results.jsonl" >/dev/null
if "$edgebench" aggregate boards/results "$work/today" >"$work/today.txt" 2>&1; then
  echo "ok    a fresh run on this machine compares with the committed results (same checksums)"
else
  cat "$work/today.txt"
  fail "a fresh run cannot be aggregated with boards/results (corpora changed? re-collect)"
fi

# 3. Broken inputs: exit status and the file:line named.
expect_error() { # status, pattern, arguments...
  local status="$1" pattern="$2"
  shift 2
  local actual=0
  "$edgebench" aggregate "$@" >"$work/out" 2>"$work/err" || actual=$?
  if [ "$actual" -eq "$status" ] && grep -q -- "$pattern" "$work/err"; then
    echo "ok    exit $status: $(head -n 1 "$work/err" | cut -c 1-150)"
  else
    cat "$work/err"
    fail "aggregate $* exited $actual (expected $status with '$pattern')"
  fi
}
expect_error 1 "invalid/malformed/broken-board/results.jsonl:2: malformed record" \
  "$fixtures/hosts" "$fixtures/invalid/malformed"
expect_error 1 "odd-board/results.jsonl:1: the hosts decoded different bytes" \
  "$fixtures/hosts" "$fixtures/invalid/checksum-mismatch"
expect_error 1 "future-board/results.jsonl:1: schema_version 99 is not supported (this edgebench reads versions 1 to 2)" \
  "$fixtures/hosts" "$fixtures/invalid/schema-future"
expect_error 1 "bad-clock/results.jsonl:2: malformed record: samples\[3\].ns is -5: a time cannot be negative" \
  "$fixtures/invalid/negative-time"
expect_error 1 "empty-board/results.jsonl:1: malformed record: case.values is 0" \
  "$fixtures/invalid/zero-values"
expect_error 1 "nan-board/results.jsonl:1: malformed record: not valid JSON (NaN or Infinity" \
  "$fixtures/invalid/not-a-number"
expect_error 2 "is one of the inputs; input files are never modified" \
  "$fixtures/hosts" --output "$fixtures/hosts/rk3588/results.jsonl"
expect_error 2 "ran under emulation; its timings cannot be a baseline" \
  boards/results --baseline "$(echo "$labels" | grep qemu | head -n 1)"

# 4. Every format; the chart's picture.
for format in table markdown csv svg; do
  if "$edgebench" aggregate "$fixtures/hosts" --baseline ryzen-3950x --corpus one-byte \
    --format "$format" --output "$work/report.$format" 2>/dev/null && [ -s "$work/report.$format" ]; then
    echo "ok    --format $format: $(wc -c <"$work/report.$format") bytes"
  else
    fail "--format $format wrote nothing"
  fi
done
columns="$(head -n 1 "$work/report.csv" | tr ',' '\n' | wc -l)"
awk -F, -v n="$columns" 'NF != n { bad = 1 } END { exit bad }' "$work/report.csv" \
  || fail "CSV rows do not all have $columns cells"
command -v rsvg-convert >/dev/null || fail "rsvg-convert missing (librsvg2-bin; Toolchains/setup.sh)"
"$edgebench" aggregate boards/results --time cpu --corpus two-byte --format svg --output "$work/real.svg" 2>/dev/null
for chart in report real; do
  rsvg-convert "$work/$chart.svg" -o "$work/$chart.png"
  if python3 Tests/support/check_chart_png.py "$work/$chart.png" --svg "$work/$chart.svg" >"$work/png.txt"; then
    echo "ok    $chart chart: $(head -n 1 "$work/png.txt")"
  else
    cat "$work/png.txt"
    fail "$chart chart: the rendered picture does not match its bars"
  fi
done
grep -q "checked 12 bars in 3 colours" <(python3 Tests/support/check_chart_png.py "$work/report.png" --svg "$work/report.svg") \
  || fail "the fixture chart should have 12 bars (4 timed hosts x 3 strategies) in 3 colours"
grep -q "qemu.*</title>" "$work/real.svg" && fail "the real chart has a bar for the emulated host"

# 5. Inputs untouched.
inputs_after="$(find boards/results "$fixtures" -name '*.jsonl' -print0 | sort -z | xargs -0 sha256sum)"
[ "$inputs_before" = "$inputs_after" ] && echo "ok    every input file is byte-for-byte unchanged" \
  || fail "an input file changed"

# 6. The board builds have no aggregate, and say so.
for target in x86_64-embedded aarch64-embedded; do
  binary="out/edgebench-$target"
  [ -x "$binary" ] || bash Toolchains/build-all.sh "$target" >/dev/null
  run=("$binary")
  [ "$target" = aarch64-embedded ] && run=(qemu-aarch64-static "$binary")
  status=0
  "${run[@]}" aggregate boards/results >/dev/null 2>"$work/board.err" || status=$?
  if [ "$status" -eq 2 ] && grep -q "part of the host build only" "$work/board.err"; then
    echo "ok    $target: 'aggregate' answers that it is part of the host build only"
  else
    fail "$target: aggregate exited $status: $(cat "$work/board.err")"
  fi
done
finish_checks aggregate "real results, safety checks, formats and the rendered chart"
