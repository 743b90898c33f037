#!/usr/bin/env bash
# A killed run never leaves a partial results file: start a run that writes --output, kill it
# with SIGKILL and with SIGTERM mid-measurement, and find neither the file nor a temporary
# beside it; an earlier results file under that name survives intact. A run left to finish
# publishes the whole file.
source "$(dirname "$0")/../runner/common.sh"

out="$work/results.jsonl"
for signal in KILL TERM; do
  "$bin" decode --samples 1000 --iters 20 --output "$out" >/dev/null 2>&1 &
  pid=$!
  sleep 2
  kill -0 "$pid" 2>/dev/null || die "the run ended before it could be killed"
  kill -s "$signal" "$pid"
  wait "$pid" 2>/dev/null || true
  [ ! -e "$out" ] || die "SIG$signal left $out"
  leftovers=$(find "$work" -name 'results.jsonl*' | wc -l)
  [ "$leftovers" -eq 0 ] || die "SIG$signal left $(find "$work" -name 'results.jsonl*')"
  echo "SIG$signal mid-run: no results file, no temporary"
done

printf '{"earlier": "run"}\n' >"$out"
"$bin" decode --samples 1000 --iters 20 --output "$out" >/dev/null 2>&1 &
pid=$!
sleep 2
kill -KILL "$pid"
wait "$pid" 2>/dev/null || true
[ "$(cat "$out")" = '{"earlier": "run"}' ] || die "the earlier results file was changed"
[ "$(find "$work" -name 'results.jsonl*' | wc -l)" -eq 1 ] || die "a temporary was left"
echo "SIGKILL over an earlier file: the earlier file is intact"

"$bin" decode --samples 2 --iters 1 --strategy loop --output "$out" >/dev/null
python3 - "$out" <<'PY'
import json, sys
lines = open(sys.argv[1]).read().splitlines()
records = [json.loads(line) for line in lines]
assert len(records) == 6 and all(r["case"]["check"] == "ok" for r in records)
print("finished run: %d complete records replaced the earlier file" % len(records))
PY
[ "$(find "$work" -name 'results.jsonl*' | wc -l)" -eq 1 ] || die "a temporary was left"
