#!/usr/bin/env bash
# Runs the real producers of the foreign formats edgebench aggregate reads, on edgebench's own
# corpus bytes, and keeps their output as small fixtures (nothing here is typed by hand):
#   go test -bench      peers/go/varints_bench_test.go (the Go peer's decoders), -count 5
#   criterion.rs        peers/rust-bench/benches/criterion_varints.rs (the Rust peer's decoders)
#   libtest #[bench]    peers/rust-bench/benches/libtest_varints.rs (RUSTC_BOOTSTRAP=1)
#   google/benchmark    peers/bench/varint_gbench.cc, --benchmark_repetitions=5
#   hyperfine           over `edgebench decode`, 5 runs
# into OUT/this-host/ (default Tests/Fixtures/foreign/real), and the malformed variants
# (each real file with one line broken by sed) into OUT/../malformed/ when OUT is the default.
# Corpus: one-byte (CORPORA overrides). Heavy steps run under flock /tmp/edgebench-heavy.lock.
#
# usage: Tests/Fixtures/foreign/regenerate.sh [OUT]
#   EDGEBENCH   the edgebench binary (default: the release build, built if missing)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
out="${1:-$here/real}"
host="$out/this-host"
lock=(flock /tmp/edgebench-heavy.lock)
export CORPORA="${CORPORA:-one-byte}"
edgebench="${EDGEBENCH:-$repo/.build/release/edgebench}"
[ -x "$edgebench" ] || (cd "$repo" && "${lock[@]}" swift build -c release --product edgebench >/dev/null)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export CORPUS_DIR="$work/corpora"
"$edgebench" corpus --write "$CORPUS_DIR" >/dev/null
rm -rf "$host"
mkdir -p "$host"

# go test -bench: 5 samples per benchmark, a fixed 200 iterations each (short and repeatable).
(cd "$repo/peers/go" && GOPROXY=off GOFLAGS=-mod=mod "${lock[@]}" go test -run '^$' \
  -bench '^BenchmarkDecode$' -benchtime 200x -count 5 .) >"$host/go-bench.txt"

# criterion.rs and libtest, offline from Debian's crates, in their own target folder (kept
# between runs, so only the first run compiles). CARGO_TARGET_DIR, not --target-dir: criterion
# 0.3 writes its results under $CARGO_TARGET_DIR/criterion (else ./target/criterion).
rust_target="$repo/.build-peers-rust-bench"
export CARGO_TARGET_DIR="$rust_target"
rm -rf "$rust_target/criterion"
(cd "$repo/peers/rust-bench" \
  && "${lock[@]}" /usr/bin/cargo bench --offline --quiet --bench criterion_varints \
    >"$work/criterion.log" 2>&1) || { cat "$work/criterion.log" >&2; exit 1; }
# Keep what aggregate reads (new/{benchmark,estimates,sample}.json), not the HTML reports.
(cd "$rust_target" && find criterion -path '*/new/*.json' \
  \( -name benchmark.json -o -name estimates.json -o -name sample.json \) -print0 \
  | xargs -0 -I{} install -D -m 644 {} "$host/{}")
(cd "$repo/peers/rust-bench" && RUSTC_BOOTSTRAP=1 "${lock[@]}" /usr/bin/cargo bench --offline \
  --quiet --bench libtest_varints 2>"$work/libtest.log") >"$host/libtest.txt" \
  || { cat "$work/libtest.log" >&2; exit 1; }

# google/benchmark: 5 repetitions, JSON on stdout.
"${lock[@]}" g++ -O2 -std=c++17 -o "$work/varint_gbench" "$repo/peers/bench/varint_gbench.cc" \
  -lbenchmark -lpthread
"${lock[@]}" "$work/varint_gbench" --benchmark_format=json --benchmark_repetitions=5 \
  --benchmark_min_time=0.05 >"$host/google-benchmark.json"

# hyperfine over the edgebench binary: whole processes, its own case (process/...).
"${lock[@]}" hyperfine --style none --runs 5 --warmup 1 --export-json "$host/hyperfine.json" \
  -n "process/one-byte/edgebench" \
  "$edgebench decode --corpus one-byte --samples 1 --iters 50 --no-counters" >/dev/null

if [ "$out" = "$here/real" ]; then
  bad="$here/malformed"
  rm -rf "$bad"
  mkdir -p "$bad/go" "$bad/libtest" "$bad/google-benchmark" "$bad/hyperfine" "$bad/criterion"
  # go: the first benchmark line's iteration count replaced by a word.
  sed -E '0,/^BenchmarkDecode/s/^(BenchmarkDecode[^ \t]*[ \t]+)[0-9]+/\1many/' \
    "$host/go-bench.txt" >"$bad/go/go-bench.txt"
  # libtest: the first bench figure replaced by a word.
  sed -E '0,/bench:/s/bench: +[0-9,.]+/bench: fast/' "$host/libtest.txt" >"$bad/libtest/libtest.txt"
  # google/benchmark: cut off in the middle (invalid JSON).
  head -c "$(($(wc -c <"$host/google-benchmark.json") / 2))" "$host/google-benchmark.json" \
    >"$bad/google-benchmark/google-benchmark.json"
  # hyperfine: the first run time made negative.
  sed -E '0,/"times": \[/{n;s/^( *)([0-9])/\1-\2/}' "$host/hyperfine.json" \
    >"$bad/hyperfine/hyperfine.json"
  # criterion: a sample.json without its benchmark.json.
  first="$(cd "$host" && find criterion -name sample.json | sort | head -n 1)"
  install -D -m 644 "$host/$first" "$bad/criterion/$first"
fi
find "$out" -type f | sort
