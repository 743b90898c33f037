#!/usr/bin/env bash
# Virtual Arm boards end to end (qemu-system-aarch64 TCG, Debian's arm64 kernel, dropbear, no
# sftp-server): two boards of different CPU models boot in parallel and deploy collects from
# both (plus one unreachable board), with counters on: `info` and `decode --strategy all` exit 0,
# instructions are counted for every case, the CPU is named from its MIDR, the host is marked
# emulated (qemu-tcg) and the results parse and aggregate (emulated: kept out of timing
# comparisons). A non-root user gets `paranoid` at perf_event_paranoid 3 and counts at 2.
# A board powered off in the middle of its suite is reported FAILED by name while the other's
# results arrive intact and no partial file is left; a rerun collects. Deploy leaves no QEMU.
#   usage: bash Tests/stages/86-virtual-boards.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source Tests/lib/checks.sh
source Tests/support/loopback-sshd.sh # free_port
bash Toolchains/setup.sh >/dev/null
bash boards/virtual/build-images.sh
flock /tmp/edgebench-heavy.lock bash Toolchains/build-all.sh aarch64-embedded >/dev/null
flock /tmp/edgebench-heavy.lock swift build -c release --product edgebench >/dev/null
host="$(swift build -c release --product edgebench --show-bin-path)/edgebench"
tmp="$(mktemp -d)"
boards="$tmp/boards"
export EDGEBENCH_BOARDS_DIR="$boards" EDGEBENCH_RESULTS_DIR="$tmp/results"
vboard=boards/virtual/vboard
cleanup() {
  for name in a53 n1; do [ -d "$boards/$name" ] && $vboard stop $name >/dev/null 2>&1; done
  rm -rf "$tmp"
}
trap cleanup EXIT
profile() { # name cpu
  mkdir -p "$boards/$1"
  printf 'host = 127.0.0.1\nuser = root\ntarget = aarch64-embedded\nport = %s\nvirtual = qemu-system\ncpu = %s\nicount = 0\nmodel = stage 86 %s\n' \
    "$(free_port)" "$2" "$2" >"$boards/$1/board.conf"
}
profile a53 cortex-a53
profile n1 neoverse-n1
mkdir -p "$boards/gone" && printf 'host = 127.0.0.1\nuser = root\ntarget = aarch64-embedded\nport = %s\n' \
  "$(free_port)" >"$boards/gone/board.conf"
qemu_count() { pgrep -c -f "qemu-system-aarch64.*$tmp|qemu-system-aarch64 -M virt -cpu (cortex-a53|neoverse-n1).*hostfwd=tcp:127.0.0.1:($(sed -n 's/^port = //p' "$boards"/{a53,n1}/board.conf | paste -sd'|'))-" || true; }

# 1. Both boards in parallel, plus an unreachable one; a short suite with counters on.
suite="decode --strategy all --iters 2 --samples 3"
started=$(date +%s)
set +e
bash Toolchains/deploy.sh --suite "$suite" --connect-timeout 5 --no-aggregate a53 n1 gone \
  >"$tmp/deploy.out" 2>"$tmp/deploy.err"
status=$?
set -e
seconds=$(($(date +%s) - started))
cat "$tmp/deploy.out"
[ $status -ne 0 ] || fail "deploy exits 0 although board 'gone' is unreachable"
grep -q "^gone .*FAILED: unreachable" "$tmp/deploy.out" || fail "the unreachable board is not reported by name"
[ "$(qemu_count)" = 0 ] || fail "deploy left a virtual board running"
for name in a53 n1; do
  grep -q "^$name .*results: " "$tmp/deploy.out" || { fail "no results from $name"; sed -n "/log of $name/,+15p" "$tmp/deploy.err"; continue; }
  file=("$tmp"/results/$name/*.jsonl)
  python3 Tests/support/check_results.py "${file[@]}" || fail "$name's results do not parse"
  python3 Tests/support/check_virtual_board_records.py "${file[0]}" "$name" \
    || fail "$name's records lack counted instructions, the MIDR's name or the qemu-tcg verdict"
done
echo "deploy to two virtual boards + one unreachable: ${seconds} s"

# 2. The aggregate beside a committed timed host: the virtual boards are emulated, kept out of
# every comparison, with their instruction counts shown and no IPC or GHz.
if "$host" aggregate boards/results/zen1-kvm-embedded "$tmp"/results/a53/*.jsonl "$tmp"/results/n1/*.jsonl \
  >"$tmp/aggregate.txt" 2>&1; then
  grep -Eq "^  (a53|n1) .*EMULATED: not compared" "$tmp/aggregate.txt" || fail "the aggregate does not mark the virtual boards emulated"
  # host n ns/value [lo, hi] - - - verdict... then IPC ins/value cyc/value GHz: "- <number> - -".
  rows="$(grep -E "^  (a53|n1) \(emulated\) .* emulated: not compared" "$tmp/aggregate.txt" || true)"
  [ -n "$rows" ] || fail "the aggregate has no emulated case rows"
  if echo "$rows" | grep -Evq "emulated: not compared +- +- +[0-9]+\.[0-9] +- +- "; then
    fail "an emulated row shows IPC/cycles/GHz or lacks ins/value: $(echo "$rows" | grep -Ev "emulated: not compared +- +- +[0-9]+\.[0-9] +- +- " | head -n 1)"
  fi
else
  fail "aggregate of the virtual boards' results failed: $(tail -n 3 "$tmp/aggregate.txt")"
fi

# 3. info with counters on, and the paranoid levels for a non-root user, on one board.
$vboard start a53 >/dev/null
$vboard ssh a53 'mkdir -p /tmp/e && cat > /tmp/e/edgebench && chmod 755 /tmp/e /tmp/e/edgebench' <out/edgebench-aarch64-embedded
$vboard ssh a53 '/tmp/e/edgebench info' >"$tmp/info.txt" 2>&1 || fail "info exits non-zero on the virtual board: $(tail -n 2 "$tmp/info.txt")"
grep -q "qemu-tcg" "$tmp/info.txt" || fail "info does not say qemu-tcg"
grep -q "Cortex-A53" "$tmp/info.txt" || fail "info does not name Cortex-A53 from the MIDR"
grep -Eq "^  instructions +counting on armv8_pmuv3" "$tmp/info.txt" || fail "info: instructions not counting on armv8_pmuv3"
grep -Eq "^  branches +unavailable .*armv8_pmuv3" "$tmp/info.txt" || fail "info: branches not event-not-supported on armv8_pmuv3"
$vboard ssh a53 'su bench -c "/tmp/e/edgebench info"' >"$tmp/info3.txt" 2>&1 || fail "info as bench at paranoid 3 exits non-zero"
grep -Eq "^  cycles +unavailable  perf_event_paranoid is 3" "$tmp/info3.txt" || fail "bench at paranoid 3: cycles not 'paranoid'"
$vboard ssh a53 'echo 2 > /proc/sys/kernel/perf_event_paranoid; su bench -c "/tmp/e/edgebench info"' >"$tmp/info2.txt" 2>&1 \
  || fail "info as bench at paranoid 2 exits non-zero"
grep -Eq "^  instructions +counting on armv8_pmuv3 \(user space only\)" "$tmp/info2.txt" || fail "bench at paranoid 2: instructions not counting"
$vboard stop a53 >/dev/null

# 4. A board powered off in the middle of its suite: FAILED by name, the other intact, no partial.
rm -rf "$tmp/results"
long="decode --strategy all --corpus protobuf-skew,one-byte --iters 20 --samples 3"
bash Toolchains/deploy.sh --suite "$long" --connect-timeout 5 --no-aggregate a53 n1 >"$tmp/cut.out" 2>&1 &
deploy_pid=$!
for _ in $(seq 240); do
  $vboard ssh a53 'ps w | grep -q "[e]dgebench decode"' 2>/dev/null && break
  sleep 0.5
done
$vboard stop a53 >/dev/null
set +e
wait $deploy_pid
status=$?
set -e
cat "$tmp/cut.out"
[ $status -ne 0 ] || fail "deploy exits 0 although a53 was powered off mid-suite"
grep -q "^a53 .*FAILED: " "$tmp/cut.out" || fail "the powered-off board is not reported FAILED by name"
grep -q "^n1 .*results: " "$tmp/cut.out" || fail "the other board's results did not arrive"
n1_file=("$tmp"/results/n1/*.jsonl)
python3 Tests/support/check_results.py "${n1_file[@]}" || fail "n1's results are not intact"
[ -z "$(find "$tmp/results" -path '*a53*' -type f)" ] || fail "a partial file of a53 was left: $(find "$tmp/results" -path '*a53*')"
[ "$(qemu_count)" = 0 ] || fail "a virtual board was left running after the cut"
bash Toolchains/deploy.sh --suite "$suite" --connect-timeout 5 --no-aggregate a53 >"$tmp/rerun.out" 2>&1 \
  || fail "the rerun on a53 failed: $(tail -n 5 "$tmp/rerun.out")"
a53_file=("$tmp"/results/a53/*.jsonl)
python3 Tests/support/check_results.py "${a53_file[@]}" || fail "the rerun's results do not parse"

finish_checks "stage 86" "two virtual boards (cortex-a53, neoverse-n1) deployed in parallel, counted, marked qemu-tcg; a cut board fails by name; rerun collects"
