#!/usr/bin/env bash
# Runs this workstation's builds and files their results under boards/results/ for
# `edgebench aggregate` (no boards needed):
#   <prefix>-full          out/edgebench-x86_64-host       full Swift
#   <prefix>-embedded      out/edgebench-x86_64-embedded   Embedded Swift: the boards' code path
#   <prefix>-qemu-aarch64  out/edgebench-aarch64-embedded under qemu-aarch64-static: EMULATED,
#                          correct results but timings that say nothing about an Arm board
# The native builds alternate round by round, so a change in the machine's load during the
# collection hits both alike; aggregate pools a label's rounds. Files are never overwritten:
# each round writes a new results-<time>-r<round>.jsonl.
#
# usage: boards/collect-local.sh [--prefix P] [--rounds N] [--suite "ARGS"]
#   --prefix P    label prefix (default: this host's name)
#   --rounds N    rounds of the native builds (default 3); the emulated build runs once
#   --suite ARGS  the edgebench command line (default: decode --strategy all --samples 15)
# Builds missing binaries with Toolchains/build-all.sh first.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
prefix="$(hostname)"
rounds=3
suite="decode --strategy all --samples 15"
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="${2:?--prefix needs a value}"; shift 2 ;;
    --rounds) rounds="${2:?--rounds needs a number}"; shift 2 ;;
    --suite) suite="${2:?--suite needs a value}"; shift 2 ;;
    -h | --help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) echo "collect-local: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
out="$repo/out"
missing=()
for target in x86_64-host x86_64-embedded aarch64-embedded; do
  [ -x "$out/edgebench-$target" ] || missing+=("$target")
done
[ ${#missing[@]} -eq 0 ] || bash "$repo/Toolchains/build-all.sh" "${missing[@]}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
read -r -a args <<<"$suite"

# Runs one build into boards/results/<label>/results-<stamp>-r<round>.jsonl.
run() {
  local label="$1" round="$2"
  shift 2
  local folder="$repo/boards/results/$label"
  local file="$folder/results-$stamp-r$round.jsonl"
  mkdir -p "$folder"
  [ ! -e "$file" ] || { echo "collect-local: $file exists; not overwriting" >&2; return 1; }
  echo "== $label, round $round: $* ${args[*]}"
  "$@" "${args[@]}" --output "$file" >/dev/null
  echo "   $(wc -l <"$file") records in ${file#"$repo"/}"
}

for round in $(seq 1 "$rounds"); do
  run "$prefix-full" "$round" "$out/edgebench-x86_64-host"
  run "$prefix-embedded" "$round" "$out/edgebench-x86_64-embedded"
done
run "$prefix-qemu-aarch64" 1 qemu-aarch64-static "$out/edgebench-aarch64-embedded"
echo "aggregate them with: $out/edgebench-x86_64-host aggregate $repo/boards/results"
