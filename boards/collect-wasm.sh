#!/usr/bin/env bash
# Times the WebAssembly builds on this workstation and files their results under
# boards/wasm-results/ (docs/wasm.md renders them; boards/render-docs.sh). These are WebAssembly
# runs on a workstation, never board performance: they are kept out of boards/results, whose
# reports compare boards. One folder per host and runtime:
#   <prefix>-wasmkit   edgebench's module (out/edgebench-wasm32-wasi) and the Rust peer
#                      (wasm32-wasi) under wasmkit, through Toolchains/wasm/edgebench-wasmkit
#   <prefix>-node      the module, the Rust peer and the Go peer (js/wasm) under Node
# Every round runs every program under both runtimes, the runtimes' order alternating round by
# round, so a change in the machine's load hits both alike. The peers decode the corpus files
# the module writes (`corpus --write`), so all decode the same bytes. Files are never
# overwritten: each run writes results-<time>-r<round>-<program>.jsonl.
#
# usage: boards/collect-wasm.sh [--prefix P] [--rounds N] [--strategies LIST] [--corpora LIST]
#   --prefix P          label prefix (default: this host's name)
#   --rounds N          rounds (default 5)
#   --strategies LIST   edgebench's strategies (default loop,word,bitmap,simd); the peers run all
#                       of theirs
#   --corpora LIST      corpora (default: the five varint corpora and messages)
# Builds the module and the peers first if they are missing.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
prefix="$(hostname)"
rounds=5
strategies=loop,word,bitmap,simd
corpora=one-byte,two-byte,uniform-length,protobuf-skew,random64,messages
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="${2:?--prefix needs a value}"; shift 2 ;;
    --rounds) rounds="${2:?--rounds needs a number}"; shift 2 ;;
    --strategies) strategies="${2:?--strategies needs a list}"; shift 2 ;;
    --corpora) corpora="${2:?--corpora needs a list}"; shift 2 ;;
    -h | --help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) echo "collect-wasm: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
out="$repo/out"
[ -f "$out/edgebench-wasm32-wasi" ] || bash "$repo/Toolchains/build-all.sh" wasm32-wasi
[ -f "$out/peers/wasm/edgebench-peer-rust.wasm" ] && [ -f "$out/peers/wasm/edgebench-peer-go.wasm" ] \
  || bash "$repo/peers/build-wasm.sh"
launchers="$repo/Toolchains/wasm"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$launchers/edgebench-node" corpus --write "$work/corpora" >/dev/null
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
protocol=(--samples 10 --warmup 1)

# Runs one program into boards/wasm-results/<prefix>-<runtime>/results-<stamp>-r<round>-<program>.jsonl.
run() {
  local runtime="$1" program="$2" round="$3"
  local folder="$repo/boards/wasm-results/$prefix-$runtime"
  local file="$folder/results-$stamp-r$round-$program.jsonl"
  mkdir -p "$folder"
  [ ! -e "$file" ] || { echo "collect-wasm: $file exists; not overwriting" >&2; return 1; }
  echo "== $prefix-$runtime, round $round: $program"
  case "$program" in
    edgebench)
      "$launchers/edgebench-$runtime" decode --strategy "$strategies" --corpus "$corpora" \
        "${protocol[@]}" --output "$file" >/dev/null ;;
    rust)
      EDGEBENCH_WASM_MODULE="$out/peers/wasm/edgebench-peer-rust.wasm" "$launchers/edgebench-$runtime" \
        decode --corpus-dir "$work/corpora" --corpus "$corpora" "${protocol[@]}" --format json \
        >"$work/peer.jsonl" && mv "$work/peer.jsonl" "$file" ;;
    go)
      node "$launchers/go-js-node.cjs" "$(go env GOROOT)/misc/wasm/wasm_exec.js" \
        "$out/peers/wasm/edgebench-peer-go.wasm" decode --corpus-dir "$work/corpora" \
        --corpus "$corpora" "${protocol[@]}" --format json >"$work/peer.jsonl" \
        && mv "$work/peer.jsonl" "$file" ;;
  esac
  echo "   $(wc -l <"$file") records in ${file#"$repo"/}"
}

for round in $(seq 1 "$rounds"); do
  order=(node wasmkit)
  [ $((round % 2)) -eq 1 ] || order=(wasmkit node)
  for runtime in "${order[@]}"; do
    run "$runtime" edgebench "$round"
    run "$runtime" rust "$round"
    [ "$runtime" != node ] || run node go "$round"
  done
done
echo "render them into docs/wasm.md with: bash boards/render-docs.sh"
