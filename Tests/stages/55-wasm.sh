#!/usr/bin/env bash
# The WebAssembly target (wasm32-wasi, docs/wasm.md) under both runtimes, wasmkit (interpreter)
# and Node's WASI (V8), through their launchers in Toolchains/wasm: `selftest` passes; `list`
# equals the native build's (checksums and value sums); a short `decode --strategy all` gives
# every corpus's count and sum (Tests/support/check_decode_records.py); a results file written
# through WASI (--output) is complete and parses, with virtualization kind wasm, the runtime named
# and counters unavailable for reason wasm; an unknown flag exits 2; a malformed --input names the
# byte offset; `corpus --write` gives the native files.
# Written atomically, as natively, under both runtimes (wasmkit 0.1.6 has no path_rename: its
# launcher renames after the run, Toolchains/wasm/publish-renames.sh): a results file that
# existed is replaced by a rename (a second hard link to it still holds the whole old file, the
# target is a new inode), a run killed mid-way leaves the old file, no temporary file is left,
# /dev/full is written in place and never renamed over, and the module run without the launcher
# refuses (exit 2) rather than copy. The clock: `bench`'s CPU clock under Node; under wasmkit
# (no CPU-time clock) `bench` falls back to the wall clock and records it, and `--clock cpu`
# exits 2. `--pin CPU`: the launchers start the runtime under taskset and the record says
# pinned_cpu; started without them, the module refuses --pin when it may run on more CPUs.
# The Rust (wasm32-wasi, both runtimes) and Go (js/wasm, Node) peers agree with edgebench on
# every corpus file written by the module itself, and record kind wasm with their runtime.
# Times printed here are WebAssembly runs and are not read.
set -euo pipefail
cd "$(dirname "$0")/../.."
source Toolchains/toolchain.sh
source Tests/lib/checks.sh
make_work

bash Toolchains/build-all.sh wasm32-wasi >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
bash peers/build-wasm.sh >"$work/peers.log" 2>&1 || { cat "$work/peers.log"; exit 1; }
native=out/edgebench-x86_64-host
if [ ! -x "$native" ]; then
  swift build -c release --product edgebench >/dev/null
  native=.build/release/edgebench
fi
module="$PWD/out/edgebench-wasm32-wasi"
wasmkit="$(dirname "$(readlink -f "$(command -v swift)")")/wasmkit"
echo "module: $(stat -c %s "$module") bytes; native oracle: $native"
"$native" list --format json >"$work/native-list.json"
python3 Tests/support/check_decode_records.py corpora "$work/native-list.json" >"$work/corpora"
"$native" corpus --write "$work/native-files" >/dev/null
# The CPU to pin to: the last one this shell may run on; "several" when it may run on more.
allowed="$(awk '/^Cpus_allowed_list:/ { print $2 }' /proc/self/status)"
pin_cpu="${allowed##*[,-]}"
[[ "$allowed" =~ ^[0-9]+$ ]] && several=no || several=yes
mode="$(printf '%o' $((0644 & ~$(umask))))"

leftovers() { # folder: temporary, probe and rename-list files left there
  find "$1" -maxdepth 1 \( -name '*.tmp-*' -o -name '*.probe-*' -o -name 'edgebench-wasmkit-renames.*' \) | wc -l
}

# The launcher's renames keep the output policy by themselves: a regular target is replaced
# (with a native file mode), a FIFO is not renamed over, a pair that is not a target and its
# temporary file is refused.
p="$work/publish"
mkdir "$p"
printf new >"$p/a.tmp-1-2" && printf old >"$p/a" && printf new >"$p/f.tmp-1-2" && mkfifo "$p/f"
printf keep >"$p/other" && printf old >"$p/b"
printf '%s\0' "$p/a.tmp-1-2" "$p/a" "$p/f.tmp-1-2" "$p/f" "$p/other" "$p/b" >"$p/list"
code=0
bash Toolchains/wasm/publish-renames.sh "$p/list" 2>"$p/err" || code=$?
[ "$code" = 1 ] && [ "$(cat "$p/a")" = new ] && [ "$(stat -c %a "$p/a")" = "$mode" ] \
  && [ -p "$p/f" ] && [ "$(cat "$p/other" "$p/b")" = keepold ] && [ "$(leftovers "$p")" = 0 ] \
  && [ "$(grep -c 'not renaming' "$p/err")" = 2 ] \
  && echo "ok    launcher renames: a file replaced (mode $mode), a FIFO and a stranger's pair refused" \
  || fail "publish-renames.sh: exit $code, $(ls "$p" | tr '\n' ' '): $(cat "$p/err")"

# The wasmkit launcher's rename list goes to a temporary file in TMPDIR: here, to see none is left.
export TMPDIR="$work"
for runtime in wasmkit node; do
  run=("$PWD/Toolchains/wasm/edgebench-$runtime")
  out="$work/$runtime"
  mkdir "$out"
  echo "--- $runtime"
  check_selftest "$runtime" "${run[@]}"
  # The module's simd path is portable: only corpora and strategy names must match.
  check_same_list "$runtime" "$work/native-list.json" "${run[@]}"
  # One short run: the table to stdout, the records through WASI into a results file that
  # exists already, with a second hard link to it, which a rename leaves as it was.
  results="$out/results.jsonl"
  printf 'old results\n' >"$results" && ln "$results" "$out/old-link"
  inode="$(stat -c %i "$results")"
  if "${run[@]}" decode --strategy all --iters 1 --samples 1 --warmup 0 --output "$results" \
    >"$work/decode" 2>"$work/decode-errors"; then
    python3 Tests/support/check_decode_records.py "$work/native-list.json" "$results" "$runtime" \
      || fail "$runtime: the results file's cases differ from the native build's list"
    verdict="$(python3 Tests/support/check_wasm_records.py "$results" "$runtime" 2>&1)" \
      && echo "ok    results file through WASI: $verdict" \
      || fail "$runtime: results file: $verdict"
  else
    cat "$work/decode" "$work/decode-errors"
    fail "$runtime: decode exited non-zero"
  fi
  [ "$(cat "$out/old-link")" = "old results" ] && [ "$(stat -c %i "$results")" != "$inode" ] \
    && [ "$(stat -c %a "$results")" = "$mode" ] \
    && echo "ok    replaced by a rename: the old file's other link still holds it whole" \
    || fail "$runtime: the results file was rewritten in place (old link: $(head -c 40 "$out/old-link"))"
  # Killed mid-run, the target is still the whole old file.
  printf 'old results\n' >"$out/killed.jsonl"
  code=0
  timeout -s TERM 2 "${run[@]}" decode --strategy all --iters 1 --samples 1000 --warmup 0 \
    --output "$out/killed.jsonl" >/dev/null 2>&1 || code=$?
  [ "$code" = 124 ] && [ "$(cat "$out/killed.jsonl")" = "old results" ] \
    && echo "ok    killed mid-run: the old results file is left as it was" \
    || fail "$runtime: killed run exited $code, target: $(head -c 40 "$out/killed.jsonl")"
  # A device is written in place, never renamed over: /dev/full fails with ENOSPC, exit 1
  # (wasmkit 0.1.6 itself ends the module there: "Error: No space left on device").
  code=0
  "${run[@]}" decode --corpus one-byte --strategy loop --iters 1 --samples 1 --warmup 0 \
    --output /dev/full >/dev/null 2>"$work/err" || code=$?
  [ "$code" = 1 ] && [ -c /dev/full ] && grep -q "No space left on device" "$work/err" \
    && echo "ok    --output /dev/full: exit 1, ENOSPC; still a character device" \
    || fail "$runtime: --output /dev/full exited $code ($(ls -l /dev/full)): $(head -n 2 "$work/err")"
  [ "$(leftovers "$out")" = 0 ] && [ "$(leftovers "$work")" = 0 ] \
    || fail "$runtime: temporary files were left: $(find "$work" -name '*.tmp-*' -o -name '*.probe-*' -o -name 'edgebench-wasmkit-renames.*')"
  # bench's default clock is the thread's CPU time; wasmkit has none, so it falls back to the
  # wall clock and records that. --pin starts the runtime under taskset (the launchers).
  clock=thread-cpu
  [ "$runtime" = node ] || clock=wall
  if "${run[@]}" bench --pin "$pin_cpu" --corpus one-byte --strategy loop --iters 1 --samples 1 \
    --warmup 0 --format json >"$out/bench.jsonl" 2>"$work/err"; then
    verdict="$(python3 Tests/support/check_wasm_records.py "$out/bench.jsonl" "$runtime" \
      --clock "$clock" --pinned "$pin_cpu" 2>&1)" \
      && { [ "$clock" = thread-cpu ] || grep -q "no CPU-time clock.*wall clock" "$work/err"; } \
      && echo "ok    bench --pin $pin_cpu: $verdict" \
      || fail "$runtime: bench --pin $pin_cpu: $verdict; $(head -n 2 "$work/err")"
  else
    fail "$runtime: bench --pin $pin_cpu exited non-zero: $(head -n 2 "$work/err")"
  fi
  if [ "$runtime" = wasmkit ]; then
    code=0
    "${run[@]}" decode --clock cpu --corpus one-byte >/dev/null 2>"$work/err" || code=$?
    [ "$code" = 2 ] && grep -q "'--clock': .*no CPU-time clock" "$work/err" \
      && echo "ok    --clock cpu: exit 2, $(head -n 1 "$work/err")" \
      || fail "$runtime: --clock cpu exited $code: $(head -n 2 "$work/err")"
  fi
  # Without the launcher (no taskset) the module cannot confine itself: --pin is refused
  # wherever the runtime may run on more than one CPU.
  direct=(env "EDGEBENCH_WASM_MODULE=$module" node --no-warnings Toolchains/wasm/edgebench-node.mjs)
  [ "$runtime" = node ] || direct=("$wasmkit" run --dir / "$module")
  code=0
  "${direct[@]}" decode --pin "$pin_cpu" --corpus one-byte --strategy loop --iters 1 --samples 1 \
    --warmup 0 >/dev/null 2>"$work/err" || code=$?
  if [ "$several" = yes ]; then
    [ "$code" = 2 ] && grep -q "'--pin': WASI has no affinity call.*taskset -c $pin_cpu" "$work/err" \
      && echo "ok    --pin without the launcher's taskset (CPUs $allowed): exit 2" \
      || fail "$runtime: --pin without taskset exited $code: $(head -n 2 "$work/err")"
  else
    [ "$code" = 0 ] && echo "ok    --pin without the launcher: this shell runs on CPU $allowed alone" \
      || fail "$runtime: --pin on the only CPU exited $code: $(head -n 2 "$work/err")"
  fi
  code=0
  "${run[@]}" decode --no-such-flag >/dev/null 2>"$work/err" || code=$?
  [ "$code" = 2 ] && grep -q "no-such-flag" "$work/err" && echo "ok    unknown flag: exit 2, $(head -n 1 "$work/err")" \
    || fail "$runtime: unknown flag exited $code: $(head -n 2 "$work/err")"
  printf '\x96\x01\x80' >"$work/truncated.bin"
  code=0
  "${run[@]}" decode --input "$work/truncated.bin" >/dev/null 2>"$work/err" || code=$?
  [ "$code" = 2 ] && grep -q "input ends inside the value at byte" "$work/err" \
    && echo "ok    malformed --input: exit 2, $(head -n 1 "$work/err")" \
    || fail "$runtime: malformed --input exited $code: $(head -n 2 "$work/err")"
  # The module writes the corpus files itself (through WASI; under wasmkit seven renames by
  # the launcher); they must equal the native ones.
  (cd "$work" && "${run[@]}" corpus --write "$runtime-files" >/dev/null) \
    && diff -r "$work/native-files" "$work/$runtime-files" >/dev/null \
    && [ "$(leftovers "$work/$runtime-files")" = 0 ] \
    && echo "ok    corpus --write through WASI equals the native files" \
    || fail "$runtime: corpus files written through WASI differ from the native ones"
done

# wasmkit without its launcher has no rename and nobody to do it after the run: the module
# refuses before it runs (exit 2) and leaves the existing file as it was; it never copies.
printf 'old results\n' >"$work/direct.jsonl"
code=0
"$wasmkit" run --dir / --env "EDGEBENCH_WASM_CWD=$work" "$module" decode --corpus one-byte \
  --strategy loop --iters 1 --samples 1 --warmup 0 --output direct.jsonl >/dev/null 2>"$work/err" || code=$?
[ "$code" = 2 ] && grep -q "cannot write '.*direct.jsonl' atomically" "$work/err" \
  && [ "$(cat "$work/direct.jsonl")" = "old results" ] && [ "$(leftovers "$work")" = 0 ] \
  && echo "ok    wasmkit without the launcher: --output refused, exit 2, old file kept" \
  || fail "wasmkit without the launcher: --output exited $code: $(head -n 2 "$work/err")"

# The peers as WebAssembly decode the module's corpus files to edgebench's counts and sums.
peer_cases() { # file: "case values sum check" per record
  python3 -c 'import json, sys
for line in open(sys.argv[1]):
    c = json.loads(line)["case"]; print(c["name"], c["values"], c["value_sum"], c["check"])' "$1"
}
files="$work/node-files"
declare -A names=([rust]="rust-std rust-protobuf" [go]="go-uvarint go-protowire")
declare -A message_names=([rust]="rust-std rust-protobuf" [go]="go-protowire go-proto")
peer_run() { # runtime program
  local flags=(decode --corpus-dir "$files" --iters 1 --samples 1 --warmup 0 --seed 7 --format json)
  case "$1/$2" in
    */rust) EDGEBENCH_WASM_MODULE=out/peers/wasm/edgebench-peer-rust.wasm "Toolchains/wasm/edgebench-$1" "${flags[@]}" ;;
    node/go) node Toolchains/wasm/go-js-node.cjs "$(go env GOROOT)/misc/wasm/wasm_exec.js" out/peers/wasm/edgebench-peer-go.wasm "${flags[@]}" ;;
  esac
}
for pair in wasmkit/rust node/rust node/go; do
  runtime=${pair%/*} program=${pair#*/}
  if ! peer_run "$runtime" "$program" >"$work/peer.jsonl" 2>"$work/peer.err"; then
    fail "$program peer under $runtime exited non-zero: $(head -n 3 "$work/peer.err")"
    continue
  fi
  peer_cases "$work/peer.jsonl" >"$work/peer-cases"
  agreed=0
  while read -r corpus count sum; do
    list=${names[$program]}
    [ "$corpus" = messages ] && list=${message_names[$program]}
    for strategy in $list; do
      grep -qx "decode/$corpus/$strategy $count $sum ok" "$work/peer-cases" && agreed=$((agreed + 1)) \
        || fail "$program under $runtime: decode/$corpus/$strategy: $(grep "^decode/$corpus/$strategy " "$work/peer-cases" || echo missing)"
    done
  done <"$work/corpora"
  verdict="$(python3 Tests/support/check_wasm_records.py "$work/peer.jsonl" "$runtime" 2>&1)" \
    && echo "ok    $program peer under $runtime: $agreed cases agree with edgebench; $verdict" \
    || fail "$program peer under $runtime: $verdict"
done
finish_checks wasm "wasmkit and node: selftest, list, decode, atomic results files, clock, pin, errors; Rust and Go peers agree"
