#!/usr/bin/env bash
# Makes a double-float (lp64d) copy of the toolchain's riscv64 libswiftUnicodeDataTables.a.
#
# Why: Embedded Swift compiles riscv64 code for lp64d, the ABI of Debian's riscv64 glibc, but the
# shipped tables archive is marked soft-float (lp64), and both GNU ld and lld refuse to mix the
# two. The float ABI only changes how float/double values are passed between functions, so a
# member whose code uses no floating point at all is the same machine code under either label.
# This keeps exactly those members, relabels their ELF header to double-float, and leaves out the
# rest (UnicodeScalarProps holds _swift_stdlib_getNumericValue, which returns a double): if
# edgebench ever needs a left-out symbol, the link fails with an undefined symbol instead of
# running with a wrong ABI.
#
# usage: riscv64-lp64d-tables.sh <llvm-bin-dir> <stock-archive> <output-archive>
set -euo pipefail
[ $# -eq 3 ] || {
  echo "usage: $0 <llvm-bin-dir> <stock-archive> <output-archive>" >&2
  exit 2
}
bin="$1" stock="$2" output="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
"$bin/llvm-ar" x "$stock"
kept=()
for member in *.o; do
  # ELF64 little-endian RISC-V: class at byte 4 (2), e_machine at 18 (243), e_flags at 48.
  read -r class < <(od -An -tu1 -j4 -N1 "$member")
  read -r machine < <(od -An -tu2 -j18 -N2 "$member")
  read -r flags < <(od -An -tu1 -j48 -N1 "$member")
  if [ "$class" != 2 ] || [ "$machine" != 243 ]; then
    echo "riscv64-lp64d-tables: $member in $stock is not a 64-bit RISC-V object" >&2
    exit 1
  fi
  if [ $((flags & 6)) -ne 0 ]; then
    echo "riscv64-lp64d-tables: $member is not soft-float (e_flags $flags); nothing to relabel" >&2
    exit 1
  fi
  # Any F/D instruction (fld, fsd, fmv, fcvt, f*.d ...; `fence` is not one) disqualifies it.
  float_ops="$("$bin/llvm-objdump" -d --no-show-raw-insn "$member" \
    | awk '$1 ~ /^[0-9a-f]+:$/ && $2 ~ /^f/ && $2 !~ /^fence/' | wc -l)"
  if [ "$float_ops" -ne 0 ]; then
    echo "riscv64-lp64d-tables: leaving out $member ($float_ops floating-point instructions)"
    continue
  fi
  if "$bin/llvm-nm" "$member" | grep -q ' T _swift_stdlib_getNumericValue$'; then
    echo "riscv64-lp64d-tables: leaving out $member (_swift_stdlib_getNumericValue returns a double)"
    continue
  fi
  printf "\\x$(printf %02x $((flags | 4)))" | dd of="$member" bs=1 seek=48 conv=notrunc status=none
  kept+=("$member")
done
[ ${#kept[@]} -gt 0 ] || {
  echo "riscv64-lp64d-tables: no member of $stock could be relabelled" >&2
  exit 1
}
mkdir -p "$(dirname "$output")"
"$bin/llvm-ar" rcs "$work/tables.a" "${kept[@]}"
mv "$work/tables.a" "$output"
echo "riscv64-lp64d-tables: relabelled ${kept[*]}"
