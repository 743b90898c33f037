#!/usr/bin/env bash
# The WebAssembly target (wasm32-wasi, docs/wasm.md) under both runtimes, wasmkit (interpreter)
# and Node's WASI (V8), through their launchers in Toolchains/wasm: `selftest` passes; `list`
# equals the native build's (checksums and value sums); a short `decode --strategy all` gives
# every corpus's count and sum (Tests/support/check_decode_records.py); a results file written
# through WASI (--output) is complete and parses, with virtualization kind wasm, the runtime named and counters unavailable for reason
# wasm; an unknown flag exits 2; a malformed --input names the byte offset. The Rust
# (wasm32-wasi, both runtimes) and Go (js/wasm, Node) peers agree with edgebench on every corpus
# file written by the module itself. Times printed here are WebAssembly runs and are not read.
set -euo pipefail
cd "$(dirname "$0")/../.."
source Toolchains/toolchain.sh
source Tests/lib/checks.sh
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

bash Toolchains/build-all.sh wasm32-wasi >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
bash peers/build-wasm.sh >"$work/peers.log" 2>&1 || { cat "$work/peers.log"; exit 1; }
native=out/edgebench-x86_64-host
if [ ! -x "$native" ]; then
  swift build -c release --product edgebench >/dev/null
  native=.build/release/edgebench
fi
echo "module: $(stat -c %s out/edgebench-wasm32-wasi) bytes; native oracle: $native"
"$native" list --format json >"$work/native-list.json"
python3 Tests/support/check_decode_records.py corpora "$work/native-list.json" >"$work/corpora"
corpora=$(wc -l <"$work/corpora")
"$native" corpus --write "$work/native-files" >/dev/null

for runtime in wasmkit node; do
  run=("$PWD/Toolchains/wasm/edgebench-$runtime")
  echo "--- $runtime"
  check_selftest "$runtime" "${run[@]}"
  # The module's simd path is portable: only corpora and strategy names must match.
  check_same_list "$runtime" "$work/native-list.json" "${run[@]}"
  # One short run: the table to stdout, the records through WASI into an atomic results file.
  results="$work/$runtime-results.jsonl"
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
  ls "$work" | grep -q "$runtime-results.jsonl.tmp" && fail "$runtime: a temporary results file was left"
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
  # The module writes the corpus files itself (through WASI); they must equal the native ones.
  (cd "$work" && "${run[@]}" corpus --write "$runtime-files" >/dev/null) \
    && diff -r "$work/native-files" "$work/$runtime-files" >/dev/null \
    && echo "ok    corpus --write through WASI equals the native files" \
    || fail "$runtime: corpus files written through WASI differ from the native ones"
done

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
    wasmkit/rust) "$(dirname "$(readlink -f "$(command -v swift)")")/wasmkit" run --dir / out/peers/wasm/edgebench-peer-rust.wasm "${flags[@]}" ;;
    node/rust) EDGEBENCH_WASM_MODULE=out/peers/wasm/edgebench-peer-rust.wasm node --no-warnings Toolchains/wasm/edgebench-node.mjs "${flags[@]}" ;;
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
  echo "ok    $program peer under $runtime: $agreed cases agree with edgebench (reason $(grep -o '"task-clock":{[^}]*"reason":"[a-z-]*"' "$work/peer.jsonl" | head -n 1 | sed 's/.*"reason":"//; s/"//'))"
done
finish_checks wasm "wasmkit and node: selftest, list, decode, results file, errors; Rust and Go peers agree"
