#!/usr/bin/env bash
# Builds the libFuzzer targets (varint, message) and runs each for a bounded number of seconds.
#   bash Fuzz/run.sh [seconds-per-target]   (default 60)
# Seeds come from Fuzz/Seeds and Fuzz/Regressions; new crash inputs land in Fuzz/.work/crashes
# and fail the run. Prints the executions each target ran.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
work=Fuzz/.work
mkdir -p "$work/crashes"
mapfile -t core < <(find Sources/CodecCore -name '*.swift' | sort)
# CodecCore imports CIntrinsics (a header-only module plus one C file for the CPUID check).
clang -O2 -fsanitize=fuzzer-no-link,address -I Sources/CIntrinsics/include \
  -c Sources/CIntrinsics/cpu_features.c -o "$work/cpu_features.o"
# The AVX-512 kernels as their own module (Toolchains/avx512-kernels.sh), so the fuzzers cover
# simd's avx512 path on a CPU that has it.
# shellcheck source=Toolchains/avx512-kernels.sh
source Toolchains/avx512-kernels.sh
avx512_kernels "$work" -sanitize=fuzzer,address -O || { echo "fuzz: AVX-512 kernels failed to build"; exit 1; }
status=0
for target in varint message; do
  entry="Fuzz/$(tr '[:lower:]' '[:upper:]' <<<"${target:0:1}")${target:1}Fuzzer.swift"
  binary="$work/$target-fuzzer"
  # Rebuild only when a source is newer than the binary.
  if [ ! -x "$binary" ] || [ -n "$(find "${core[@]}" "$entry" Sources/CIntrinsics Sources/AVX512Kernels -newer "$binary" | head -1)" ]; then
    if ! swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name "Fuzz_$target" -package-name edgebench \
      -I Sources/CIntrinsics/include "${avx512_core_flags[@]}" "${core[@]}" "$entry" "$work/cpu_features.o" \
      "${avx512_objects[@]}" \
      -o "$binary" >"$work/$target-build.log" 2>&1; then
      grep -v 'Cannot export local symbol' "$work/$target-build.log" | tail -n 40
      echo "fuzz $target: build failed"
      exit 1
    fi
  fi
  corpus="$work/corpus-$target"
  mkdir -p "$corpus"
  cp -n Fuzz/Seeds/"$target"/* Fuzz/Regressions/"$target"/* "$corpus"/ 2>/dev/null || true
  log="$work/$target.log"
  if "$binary" "$corpus" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
    -artifact_prefix="$work/crashes/$target-" -print_final_stats=1 >"$log" 2>&1; then
    runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
    echo "fuzz $target: ${runs:-?} executions in ${seconds} s, no crash"
  else
    echo "fuzz $target: FAILED; crash inputs in $work/crashes; add them to Fuzz/Regressions/$target"
    tail -n 30 "$log"
    status=1
  fi
done
exit $status
