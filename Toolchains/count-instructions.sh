#!/usr/bin/env bash
# Instructions executed per decoded value, by strategy and corpus: counts, not times.
#
#   Toolchains/count-instructions.sh x86_64  BINARY [STRATEGIES] [CORPORA]
#   Toolchains/count-instructions.sh aarch64 BINARY [STRATEGIES] [CORPORA]
#   Toolchains/count-instructions.sh armv7   BINARY [STRATEGIES] [CORPORA]
#
# Under QEMU (aarch64, armv7), $EDGEBENCH_QEMU_CPU picks the emulated CPU (default QEMU's
# `max`): `cortex-a9` has NEON, `cortex-r5f` only VFPv3-D16, so both of armv7's dispatches can
# be counted.
#
# Each figure is (instructions of `decode --iters 3`) - (instructions of `decode --iters 1`),
# divided by 2 decodes and by the corpus's values, so start-up and corpus generation cancel out.
# Both runs take one sample and no warm-up: the runner repeats --iters once per warm-up and timed
# sample (default 1 + 10), which would make the difference 22 decodes, not 2.
# x86_64 counts come from valgrind's callgrind (valgrind cannot read Swift's DWARF 5, so the
# binary is copied with its debug info stripped). aarch64 and armv7 counts come from QEMU user mode, which
# in Debian's static build has no TCG plugins: QEMU logs every translated block's instructions
# (-d in_asm) and every block it executes (-d exec,nochain), and the two logs are joined here.
# Both are exact instruction counts of one run; QEMU's are of emulated execution.
set -euo pipefail
arch="$1"
binary="$2"
strategies="${3:-loop word bitmap simd}"
corpora="${4:-one-byte two-byte uniform-length protobuf-skew random64 messages}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Says that a run failed (a path this CPU, or valgrind's emulated CPU, cannot run, say), with
# what the binary printed; the figure is then missing and the script stops.
failed() {
  echo "count-instructions: decode --strategy $1 --corpus $2 failed:" >&2
  grep -v '^==' "$3" | tail -n 3 >&2
}

count_run() { # iters strategy corpus -> total instructions executed
  case "$arch" in
    x86_64)
      valgrind --tool=callgrind --callgrind-out-file="$work/cg" "$work/bin" decode \
        --iters "$1" --strategy "$2" --corpus "$3" --samples 1 --warmup 0 --no-counters \
        >/dev/null 2>"$work/err" || { failed "$2" "$3" "$work/err"; return 1; }
      awk '/^(summary|totals):/ { print $2; exit }' "$work/cg"
      ;;
    aarch64 | armv7)
      "${qemu[@]}" -d in_asm,exec,nochain -D "$work/log" "$binary" decode \
        --iters "$1" --strategy "$2" --corpus "$3" --samples 1 --warmup 0 --no-counters \
        >/dev/null 2>"$work/err" || { failed "$2" "$3" "$work/err"; return 1; }
      python3 - "$work/log" <<'PY'
import re, sys
sizes, total, block = {}, 0, None
insn = re.compile(r"^0x([0-9a-f]+):\s")
trace = re.compile(r"^Trace \d+: \S+ \[[0-9a-f]+/([0-9a-f]+)/")
with open(sys.argv[1], errors="replace") as log:
    for line in log:
        if line.startswith("IN:"):
            block = None
            continue
        match = insn.match(line)
        if match:
            if block is None:
                block = int(match.group(1), 16)
                sizes[block] = 0
            sizes[block] += 1
            continue
        match = trace.match(line)
        if match:
            total += sizes.get(int(match.group(1), 16), 0)
print(total)
PY
      ;;
  esac
}

qemu=()
case "$arch" in
  x86_64) objcopy --strip-debug "$binary" "$work/bin" ;;
  aarch64) qemu=(qemu-aarch64-static) ;;
  armv7) qemu=(qemu-arm-static) ;;
  *) echo "count-instructions: arch must be x86_64, aarch64 or armv7" >&2; exit 2 ;;
esac
[ -z "${EDGEBENCH_QEMU_CPU:-}" ] || [ ${#qemu[@]} -eq 0 ] || qemu+=(-cpu "$EDGEBENCH_QEMU_CPU")
printf '%-16s' "corpus"
for strategy in $strategies; do printf '%14s' "$strategy"; done
echo "   (instructions per value, $arch)"
for corpus in $corpora; do
  values=$("${qemu[@]}" "$binary" list | awk -v c="$corpus" '$1 == c { print $2; exit }')
  printf '%-16s' "$corpus"
  for strategy in $strategies; do
    one=$(count_run 1 "$strategy" "$corpus") || exit 1
    three=$(count_run 3 "$strategy" "$corpus") || exit 1
    printf '%14.1f' "$(python3 -c "print(($three - $one) / 2 / $values)")"
  done
  echo
done
