#!/usr/bin/env bash
# The runner's command line in the host release build: info (text and JSON), every command's
# --help, every flag error (message, usage, exit 2), selftest, and decode/encode/roundtrip in
# each output format, parsed back.
source "$(dirname "$0")/../runner/common.sh"

"$bin" info | tee "$work/info.txt"
grep -q "^source revision *$revision" "$work/info.txt" || die "info lacks the source revision"
"$bin" info --format json >"$work/info.json"
python3 - "$work/info.json" "$bin" <<'PY'
import hashlib, json, sys
info = json.load(open(sys.argv[1]))
assert info["schema"] == "edgebench.info", info["schema"]
host, build, counters = info["host"], info["build"], info["counters"]
assert host["online_count"] == sum(kind["count"] for kind in host["core_types"])
assert build["binary_sha256"] == hashlib.sha256(open(sys.argv[2], "rb").read()).hexdigest()
assert set(counters) >= {"cycles", "instructions", "branches", "branch-misses", "l1d-read-misses",
                         "cache-misses", "task-clock", "context-switches", "cpu-migrations"}
for name, status in counters.items():
    assert status["status"] in ("counting", "unavailable"), status
    if status["status"] == "unavailable":
        assert status["reason"] and status["message"], (name, status)
# The CPU identity comes from CPUID itself: it must agree with what the kernel read.
cpu = host["cpu"]
fields = {}
for line in open("/proc/cpuinfo"):
    key, _, value = line.partition(":")
    fields.setdefault(key.strip(), value.strip())
assert cpu["source"] == "cpuid", cpu
assert cpu["vendor"] == fields["vendor_id"], (cpu["vendor"], fields["vendor_id"])
assert cpu["family"] == int(fields["cpu family"]), (cpu["family"], fields["cpu family"])
assert cpu["model"] == int(fields["model"]), (cpu["model"], fields["model"])
assert cpu["stepping"] == int(fields["stepping"]), (cpu["stepping"], fields["stepping"])
flags = set(fields["flags"].split())
for feature in ("ssse3", "avx2", "bmi2", "avx512f", "avx512bw"):
    assert (feature in cpu["features"]) == (feature in flags), (feature, cpu["features"])
print("info: JSON parsed; binary hash matches sha256 of", sys.argv[2])
print("info: CPU", cpu["microarchitecture"], "family", cpu["family"], "model", cpu["model"],
      "features", " ".join(cpu["features"]), "(agree with /proc/cpuinfo)")
PY
grep -q "^microarchitecture " "$work/info.txt" || die "info names no microarchitecture"

for command in decode encode roundtrip selftest info list corpus; do
  expect_status 0 "$bin" "$command" --help
  grep -q "usage: edgebench $command" "$work/stdout" || die "$command --help"
done
echo "help: every command prints its usage"

errors=0
while IFS='|' read -r arguments message; do
  # shellcheck disable=SC2086
  expect_status 2 "$bin" $arguments
  grep -qF "edgebench: $message" "$work/stderr" || die "'$arguments' did not say '$message'"
  grep -q "usage: edgebench" "$work/stderr" || die "'$arguments' did not print the usage"
  errors=$((errors + 1))
done <<'CASES'
|no command given
frobnicate|unknown command 'frobnicate'
decode --bogus|'decode' does not take the flag '--bogus'
decode --iters|the flag '--iters' needs a value
decode --iters abc|invalid value 'abc' for '--iters': not a whole number
decode --iters 0|invalid value '0' for '--iters': must be from 1 to 1000000
decode --samples 1001|invalid value '1001' for '--samples'
decode --warmup 101|invalid value '101' for '--warmup'
decode --corpus nope|invalid value 'nope' for '--corpus': no such corpus
decode --strategy nope|invalid value 'nope' for '--strategy': no such strategy
encode --strategy loop|'encode' does not take the flag '--strategy'
roundtrip --format xml|invalid value 'xml' for '--format'
decode --input-format csv|invalid value 'csv' for '--input-format'
decode --pin x|invalid value 'x' for '--pin'
decode --pin 1023 --iters 1 --samples 1|invalid value '1023' for '--pin': CPU is not online
decode --seed -5|invalid value '-5' for '--seed'
decode --no-counters=1|invalid value '1' for '--no-counters'
decode --input /nonexistent/edgebench.bin|invalid value '/nonexistent/edgebench.bin' for '--input': cannot open
decode --input /dev/null --iters 1 --samples 1|invalid value '/dev/null' for '--input': the file is empty
decode --iters 1 --samples 1 --output /nonexistent/dir/out.jsonl|invalid value '/nonexistent/dir/out.jsonl' for '--output'
decode stray|unexpected argument 'stray'
info --format xml|invalid value 'xml' for '--format'
corpus|the flag '--write' needs a value
list --all|'list' does not take the flag '--all'
selftest --quick|'selftest' does not take the flag '--quick'
CASES
echo "flag errors: $errors command lines each exit 2 with the message and the usage"

expect_status 0 "$bin" selftest
grep -q "0 failed" "$work/stdout" || die "selftest"

"$bin" list >"$work/list.txt"
"$bin" decode --strategy all --samples 3 | tee "$work/table.txt"
python3 - "$work/list.txt" "$work/table.txt" <<'PY'
import sys
sums = {}
for line in open(sys.argv[1]):
    fields = line.split()
    if len(fields) == 5 and fields[1].isdigit():
        sums[fields[0]] = (fields[1], fields[4])
rows = [l.split() for l in open(sys.argv[2]) if l.split() and l.split()[0] in sums]
assert rows, "no table rows"
for row in rows:
    values, total = sums[row[0]]
    assert row[2] == values and row[-1] == "ok" and row[-2] == total, row
print("table: %d rows, each with the corpus's count and sum and 'ok'" % len(rows))
PY

"$bin" decode --strategy all --samples 3 --corpus protobuf-skew,messages --format json >"$work/decode.jsonl"
"$bin" encode --samples 2 --output "$work/encode.jsonl" >"$work/encode-table.txt"
grep -q "ns/value" "$work/encode-table.txt" || die "--output should still print the table"
python3 - "$work/decode.jsonl" "$work/encode.jsonl" <<'PY'
import json, sys
for path in sys.argv[1:]:
    records = [json.loads(line) for line in open(path)]
    assert records, path
    for record in records:
        assert record["schema"] == "edgebench.result" and record["schema_version"] == 2
        case, stats = record["case"], record["stats"]
        assert case["check"] == "ok" and case["value_sum"] == case["expected_value_sum"], case
        assert case["values"] == case["expected_values"]
        assert len(record["samples"]) == record["run"]["samples"]
        assert stats["min"] <= stats["ci95"]["low"] <= stats["median"] <= stats["ci95"]["high"] <= stats["max"]
        assert record["memory"]["peak_rss_kib"] > 0
        assert len({r["run"]["id"] for r in records}) == 1
    print("%s: %d records parsed, checks ok" % (path.rsplit("/", 1)[1], len(records)))
PY

"$bin" roundtrip --samples 2 --iters 1 --format gobench >"$work/bench.txt"
head -12 "$work/bench.txt"
grep -q '^goos: linux$' "$work/bench.txt" || die "gobench goos"
grep -q '^goarch: ' "$work/bench.txt" || die "gobench goarch"
grep -q '^pkg: edgebench$' "$work/bench.txt" || die "gobench pkg"
grep -q '^cpu: ' "$work/bench.txt" || die "gobench cpu"
lines=$(grep -cE $'^BenchmarkRoundtrip/corpus=[a-z0-9-]+/strategy=[a-z0-9-]+\t1\t[0-9.]+ ns/op\t[0-9.]+ MB/s\t[0-9.]+ ns/value' "$work/bench.txt")
[ "$lines" -ge 12 ] || die "expected at least 12 benchmark lines, got $lines"
echo "gobench: header and $lines benchmark lines in the Go format"

# Progress goes to stderr only when it is a terminal and the run is longer than a second.
script -qec "$bin decode --corpus messages --strategy loop --samples 200 --iters 5 >/dev/null" "$work/terminal" >/dev/null
grep -q "edgebench: sample [0-9]*/200" "$work/terminal" || die "no progress on a terminal"
"$bin" decode --corpus messages --strategy loop --samples 200 --iters 5 >/dev/null 2>"$work/stderr"
[ ! -s "$work/stderr" ] || die "progress written to a stderr that is not a terminal"
echo "progress: shown on a terminal, silent otherwise"
