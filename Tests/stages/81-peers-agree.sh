#!/usr/bin/env bash
# The Go, Rust, C and C++ peers decode every corpus file to the same count and wrapping sum as
# `edgebench list` prints (the oracle), on x86_64 natively and on aarch64 under QEMU (emulated:
# correctness only, no timing is read); every case is named decode/<corpus>/<strategy> and its
# record is edgebench's schema; and bad input is refused with a clear error, never timed.
set -euo pipefail
cd "$(dirname "$0")/../.."
# Where the corpus files come from: "interim" (peers/testing, edgebench's generator compiled with
# a small main) until the runner branch is on main, then "edgebench" (`edgebench corpus --write`).
corpus_writer=edgebench
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
swift build -c release --product edgebench >/dev/null
edgebench=.build/release/edgebench
[ -x out/peers/x86_64/edgebench-peer-go ] || bash peers/build.sh >/dev/null # stage 80 builds them
if [ "$corpus_writer" = edgebench ]; then
  "$edgebench" corpus --write "$work/corpora" >/dev/null
else
  bash peers/testing/write-corpora-interim.sh "$work/corpora"
  if "$edgebench" corpus --write "$work/real" >/dev/null 2>&1; then
    echo "note: 'edgebench corpus --write' exists now: set corpus_writer=edgebench in $0"
    diff -r "$work/real" "$work/corpora" >/dev/null || { echo "FAIL: interim corpus files differ from edgebench's"; exit 1; }
  fi
fi
echo "corpus files by: $corpus_writer"
# The oracle: name, count and sum per corpus from `edgebench list` (rows whose 4th column is
# a 16-digit FNV-1a).
"$edgebench" list | awk 'NF == 5 && length($4) == 16 && $4 ~ /^[0-9a-f]+$/ { print $1, $2, $5 }' >"$work/oracle"
[ "$(wc -l <"$work/oracle")" -eq 6 ] || { echo "FAIL: expected 6 corpora from edgebench list"; cat "$work/oracle"; exit 1; }
failed=0
fail() { echo "FAIL: $*"; failed=1; }

# Prints "case values value_sum check" for every record of a JSON Lines file.
cases_of() {
  grep -o '"case":{[^}]*}' "$1" | sed -E 's/.*"name":"([^"]*)".*"value_sum":"([0-9]*)".*"check":"([a-z]*)".*"values":([0-9]*).*/\1 \4 \2 \3/'
}

programs=(go rust c cpp)
declare -A strategies=([go]="go-uvarint go-protowire" [rust]="rust-std rust-protobuf" [c]="c-loop c-pext"
  [cpp]="cpp-protobuf")
declare -A messages=([go]="go-protowire go-proto" [rust]="rust-std rust-protobuf" [c]=""
  [cpp]="cpp-protobuf-parse cpp-protobuf-arena")
for target in x86_64 aarch64; do
  runner=()
  label="native"
  if [ "$target" = aarch64 ] && [ "$(uname -m)" != aarch64 ]; then runner=(qemu-aarch64-static); label="QEMU, emulated"; fi
  for program in "${programs[@]}"; do
    binary="out/peers/$target/edgebench-peer-$program"
    out="$work/$target-$program.jsonl"
    "${runner[@]}" "$binary" decode --corpus-dir "$work/corpora" --iters 1 --samples 1 --warmup 0 \
      --seed 7 --format json >"$out" || fail "$binary exited non-zero"
    grep -v -q '"schema":"edgebench.result","schema_version":1,' "$out" && fail "$binary: a record without the schema header"
    cases_of "$out" >"$work/cases"
    while read -r corpus count sum; do
      names=${strategies[$program]}
      [ "$corpus" = messages ] && names=${messages[$program]}
      for strategy in $names; do
        line="$(grep "^decode/$corpus/$strategy " "$work/cases" || true)"
        if [ "$line" = "decode/$corpus/$strategy $count $sum ok" ]; then
          echo "ok: $target ($label) decode/$corpus/$strategy: $count values, sum $sum"
        else
          fail "$target decode/$corpus/$strategy: got '$line', edgebench list says $count values, sum $sum"
        fi
      done
    done <"$work/oracle"
  done
done

# c-pext records the ISA path it took: bmi2 where CPUID has BMI2 (x86_64 natively), the byte loop
# ("scalar") elsewhere (aarch64); every other peer case is scalar.
for target in x86_64 aarch64; do
  expected=scalar
  [ "$target" = x86_64 ] && [ "$(uname -m)" = x86_64 ] && grep -qw bmi2 /proc/cpuinfo && expected=bmi2
  paths="$(grep -o '"name":"decode/[^/]*/c-pext","kind":"decode","strategy":"c-pext","isa_path":"[a-z0-9]*"' \
    "$work/$target-c.jsonl" | sed 's/.*"isa_path":"//; s/"$//' | sort -u | tr '\n' ' ')"
  [ "$paths" = "$expected " ] && echo "ok: $target c-pext isa_path $expected" || fail "$target c-pext isa_path '$paths', expected $expected"
  others="$(cat "$work/$target-"*.jsonl | grep -o '"strategy":"[a-z0-9-]*","isa_path":"[a-z0-9]*"' \
    | grep -v '"c-pext"' | grep -vc '"isa_path":"scalar"' || true)"
  [ "$others" = 0 ] && echo "ok: $target every other peer case is isa_path scalar" || fail "$target: $others non-scalar peer cases"
done

# The same x86_64 binary on a CPU without BMI2 (QEMU's Nehalem model): c-pext takes the byte
# loop, says so, and still agrees on every varint corpus.
if command -v qemu-x86_64-static >/dev/null; then
  qemu-x86_64-static -cpu Nehalem out/peers/x86_64/edgebench-peer-c decode --corpus-dir "$work/corpora" \
    --strategy c-pext --iters 1 --samples 1 --warmup 0 --format json >"$work/nehalem-c.jsonl" 2>/dev/null \
    || fail "edgebench-peer-c on a Nehalem (QEMU) exited non-zero"
  paths="$(grep -o '"isa_path":"[a-z0-9]*"' "$work/nehalem-c.jsonl" | sort -u | tr '\n' ' ')"
  agreed=0
  while read -r corpus count sum; do
    [ "$corpus" = messages ] && continue
    cases_of "$work/nehalem-c.jsonl" | grep -qx "decode/$corpus/c-pext $count $sum ok" && agreed=$((agreed + 1))
  done <"$work/oracle"
  [ "$paths" = '"isa_path":"scalar" ' ] && [ "$agreed" = 5 ] \
    && echo "ok: x86_64 c-pext without BMI2 (QEMU Nehalem): isa_path scalar, 5 varint corpora agree" \
    || fail "c-pext without BMI2: isa_path $paths, $agreed of 5 corpora agree"
else
  echo "note: no qemu-x86_64-static; c-pext's fallback without BMI2 not run"
fi

# Records match edgebench's own case objects key for key, when this edgebench writes JSON Lines.
if "$edgebench" decode --corpus one-byte --strategy all --iters 1 --samples 1 --warmup 0 \
  --no-counters --format json >"$work/swift.jsonl" 2>/dev/null; then
  # JSON objects are unordered: compare the sets of keys.
  keys() { grep -o '"case":{[^}]*}' "$1" | head -n 1 | grep -o '"[a-z0-9_]*":' | sort | tr -d '\n'; }
  swift_keys="$(keys "$work/swift.jsonl")"
  for program in "${programs[@]}"; do
    [ "$(keys "$work/x86_64-$program.jsonl")" = "$swift_keys" ] && echo "ok: $program case keys equal edgebench's" \
      || fail "$program case keys differ from edgebench's: $swift_keys"
  done
else
  echo "note: this edgebench writes no JSON Lines yet; case keys not compared with its records"
fi

# task-clock: natively every peer sample carries it (or the record says why not); under QEMU
# perf_event_open is ENOSYS and the records must say no-syscall, as edgebench's do.
for target in x86_64 aarch64; do
  for program in "${programs[@]}"; do
    verdict="$(python3 - "$work/$target-$program.jsonl" "$target" "$(uname -m)" <<'PY'
import json, sys
path, target, machine = sys.argv[1:]
for line in open(path):
    record = json.loads(line)
    status = record["counters"]["events"]["task-clock"]
    samples = record["samples"]
    if target != machine:
        if status.get("status") != "unavailable" or status.get("reason") != "no-syscall":
            sys.exit(f"{record['case']['name']}: under QEMU task-clock should be no-syscall, got {status}")
        if any("counters" in s for s in samples):
            sys.exit(f"{record['case']['name']}: counters in a sample although unavailable")
    elif status.get("status") == "counting":
        if not all(s.get("counters", {}).get("task-clock", 0) > 0 for s in samples):
            sys.exit(f"{record['case']['name']}: task-clock counting but a sample lacks it")
    elif status.get("status") != "unavailable" or not status.get("reason"):
        sys.exit(f"{record['case']['name']}: task-clock neither counting nor unavailable with a reason: {status}")
print(status.get("status"), status.get("reason", ""))
PY
)" && echo "ok: $target $program task-clock: $verdict" || fail "$target $program task-clock: $verdict"
  done
done

# aggregate reads the peers' files beside edgebench's own and ranks Go, Rust and Swift together.
if [ -s "$work/swift.jsonl" ]; then
  mkdir -p "$work/side-by-side/this-host"
  cp "$work/swift.jsonl" "$work/x86_64-"{go,rust,c,cpp}.jsonl "$work/side-by-side/this-host/"
  if "$edgebench" aggregate "$work/side-by-side" >"$work/aggregate.txt" 2>&1; then
    ranking="$(grep -E '^  decode/one-byte +this-host ' "$work/aggregate.txt" || true)"
    missing=""
    for strategy in loop simd go-uvarint go-protowire rust-std rust-protobuf c-loop c-pext cpp-protobuf; do
      [[ "$ranking" == *" $strategy "* ]] || missing+=" $strategy"
    done
    [ -z "$missing" ] && echo "ok: aggregate ranks Swift, Go, Rust, C and C++ together:$(echo "$ranking" | sed 's/^ *decode\/one-byte *this-host//')" \
      || fail "aggregate's one-byte ranking lacks$missing: '$ranking'"
  else
    fail "aggregate cannot read the peers' files: $(head -n 3 "$work/aggregate.txt")"
  fi
fi

# Bad input: a file whose bytes differ from the manifest is refused before anything is timed,
# and a truncated varint is reported with its offset.
mkdir "$work/bad"
cp "$work/corpora/one-byte.bin" "$work/bad/one-byte.bin"
printf '\x01' | dd of="$work/bad/one-byte.bin" bs=1 seek=100 conv=notrunc 2>/dev/null
grep '^one-byte' "$work/corpora/MANIFEST.tsv" >"$work/bad/MANIFEST.tsv"
for program in "${programs[@]}"; do
  binary="out/peers/x86_64/edgebench-peer-$program"
  if "$binary" decode --corpus-dir "$work/bad" --iters 1 --samples 1 >"$work/out" 2>"$work/err"; then
    fail "$program timed a corpus file that differs from its manifest"
  elif grep -q "manifest says" "$work/err"; then
    echo "ok: $program refuses a file that differs from its manifest: $(head -c 160 "$work/err")"
  else
    fail "$program: unclear error for a changed file: $(cat "$work/err")"
  fi
done
# Bad varints are reported by kind and byte offset, as edgebench names them, by every decoder
# that checks them (rust-protobuf 2.27 and protobuf C++ 3.21's CodedInputStream do not detect a
# 10th byte above 1: the manifest check catches their wrong value instead, so that file fails for
# them too). Each runs natively and, for the C and C++ peers, also under QEMU for aarch64.
bad_varint() { # name, bytes as printf escapes, the error every checking decoder must report
  mkdir -p "$work/$1"
  printf "$2" >"$work/$1/$1.bin"
  local hash=$((0xcbf29ce484222325)) byte
  for byte in $(od -An -tu1 -v "$work/$1/$1.bin"); do hash=$(((hash ^ byte) * 0x100000001b3)); done
  printf '%s\tvarints\t1\t%s\t%016x\t150\n' "$1" "$(stat -c %s "$work/$1/$1.bin")" "$hash" >"$work/$1/MANIFEST.tsv"
  local run
  for run in go rust c cpp "c aarch64" "cpp aarch64"; do
    local program target=x86_64 runner=() where=""
    read -r program target <<<"$run"
    target="${target:-x86_64}"
    if [ "$target" = aarch64 ] && [ "$(uname -m)" != aarch64 ]; then runner=(qemu-aarch64-static) where=" (aarch64, QEMU)"; fi
    binary="out/peers/$target/edgebench-peer-$program"
    if "${runner[@]}" "$binary" decode --corpus-dir "$work/$1" --iters 1 --samples 1 >"$work/out" 2>"$work/err"; then
      fail "$program$where accepted $1"
      continue
    fi
    for strategy in ${strategies[$program]}; do
      if { [ "$strategy" = rust-protobuf ] || [ "$strategy" = cpp-protobuf ]; } && [ "$1" = overflow ]; then
        grep -q "decode/$1/$strategy: decoded 1 values summing to" "$work/err" \
          && echo "ok: $strategy$where refuses $1 by the manifest's sum" || fail "$strategy$where on $1: $(cat "$work/err")"
        continue
      fi
      grep -q "decode/$1/$strategy: decode failed: $3" "$work/err" \
        && echo "ok: $strategy$where reports $1: $3" || fail "$strategy$where on $1: $(cat "$work/err")"
    done
  done
}
bad_varint cut '\x96\x01\x80' "truncated at byte offset 2"
bad_varint too-long '\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01' "varint-too-long at byte offset 0"
bad_varint overflow '\xff\xff\xff\xff\xff\xff\xff\xff\xff\x02' "varint-overflow at byte offset 0"

# A message corpus cut inside its 11th frame: every message decoder fails at that frame's offset,
# without a crash (rust-protobuf words it "unexpected EOF"; the others say "truncated").
mkdir "$work/cut-messages"
cut_at="$(python3 - "$work/corpora/messages.bin" "$work/cut-messages" <<'PY'
import sys
data, folder = open(sys.argv[1], "rb").read(), sys.argv[2]
offset = 0
for _ in range(10):  # skip ten frames: a varint length, then that many bytes
    length, shift, i = 0, 0, offset
    while True:
        byte = data[i]; length |= (byte & 0x7F) << shift; i += 1; shift += 7
        if byte < 0x80: break
    offset = i + length
cut = data[:offset + 5]
open(folder + "/messages.bin", "wb").write(cut)
h = 0xCBF29CE484222325
for b in cut: h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
open(folder + "/MANIFEST.tsv", "w").write(f"messages\tmessages\t4096\t{len(cut)}\t{h:016x}\t1\n")
print(offset)
PY
)"
for run in go rust c cpp "cpp aarch64"; do
  read -r program target <<<"$run"
  target="${target:-x86_64}" runner=() where=""
  if [ "$target" = aarch64 ] && [ "$(uname -m)" != aarch64 ]; then runner=(qemu-aarch64-static) where=" (aarch64, QEMU)"; fi
  names=${messages[$program]}
  binary="out/peers/$target/edgebench-peer-$program"
  if [ -z "$names" ]; then
    # No message decoder: the corpus is skipped, nothing is timed, and the run succeeds.
    "${runner[@]}" "$binary" decode --corpus-dir "$work/cut-messages" --iters 1 --samples 1 >"$work/out" 2>"$work/err" \
      && echo "ok: $program$where has no message decoder and times nothing" || fail "$program$where on cut messages: $(cat "$work/err")"
    continue
  fi
  status=0
  "${runner[@]}" "$binary" decode --corpus-dir "$work/cut-messages" --iters 1 --samples 1 >"$work/out" 2>"$work/err" || status=$?
  [ "$status" = 1 ] || fail "$program$where on cut messages: exit $status, expected 1"
  for strategy in $names; do
    grep -q "decode/messages/$strategy: decode failed: .* at byte offset $cut_at\$" "$work/err" \
      && echo "ok: $strategy$where reports the cut message at byte offset $cut_at" \
      || fail "$strategy$where on cut messages: $(cat "$work/err")"
  done
done
exit $failed
