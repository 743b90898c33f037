#!/usr/bin/env bash
# Builds edgebench for every target in Toolchains/targets.conf (or only those named) into out/:
# one stripped, statically linked binary per target (out/edgebench-<target>), its .sha256, and a
# table of target, size and build time, also written to out/build.tsv. Builds are incremental
# (one SwiftPM scratch folder per target, .build-<target>): a second run without changes
# compiles nothing.
#
# usage: Toolchains/build-all.sh [target ...]
#   EDGEBENCH_TOOLCHAIN  the Swift toolchain's usr directory (default: from `swift` on PATH)
#   EDGEBENCH_OUT        the output folder (default: out/ in the repository)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
# shellcheck source=Toolchains/toolchain.sh
source "$here/toolchain.sh"
toolchain="$(edgebench_toolchain_root)"
out="${EDGEBENCH_OUT:-$repo/out}"
edgebench_targets "$@" >/dev/null || exit 1
mapfile -t rows < <(edgebench_targets "$@")
mkdir -p "$out/logs"
echo "toolchain: $toolchain ($("$toolchain/bin/swift" --version 2>/dev/null | head -n 1))"

# Checks the Debian cross tools a target needs, saying what to install when one is missing.
check_cross_tools() {
  local gnu="$1" libc
  if [ "$gnu" = wasm32-wasi ]; then
    [ -f /usr/lib/wasm32-wasi/libc.a ] && [ -f /usr/lib/wasm32-wasi/crt1-command.o ] \
      && [ -n "$(wasm_builtins)" ] && [ -x "$toolchain/bin/llvm-objcopy" ] && return 0
    echo "build-all: wasi-libc or libclang-rt-14-dev-wasm32 missing (or the toolchain has no" \
      "llvm-objcopy); run Toolchains/setup.sh" >&2
    return 1
  fi
  command -v "$gnu-strip" >/dev/null && command -v "$gnu-gcc" >/dev/null \
    && libc="$("$gnu-gcc" -print-file-name=libc.a)" && [ -f "$libc" ] && return 0
  echo "build-all: $gnu cross gcc, binutils or static glibc missing; run Toolchains/setup.sh" \
    "(it installs the packages in Toolchains/debian-packages.txt)" >&2
  return 1
}

# The compiler-rt builtins for wasm32 (Debian's libclang-rt-*-dev-wasm32), or nothing.
wasm_builtins() {
  local found
  for found in /usr/lib/llvm-*/lib/clang/*/lib/wasi/libclang_rt.builtins-wasm32.a; do
    [ -f "$found" ] && echo "$found" && return 0
  done
}

# Fills in toolsets/<name>.json.in for this toolchain as <scratch>/toolset.json; prints its path.
# A changed toolset empties the scratch folder first: the Swift frontend does not rewrite an
# object whose LLVM IR is unchanged, so a flag that changes only code generation (such as
# -function-sections) would otherwise never reach objects already built.
generate_toolset() {
  local name="$1" triple="$2" scratch="$3" tables lp64d="" toolset
  local template="$here/toolsets/$name.json.in"
  tables="$toolchain/lib/swift/embedded/$triple/libswiftUnicodeDataTables.a"
  if grep -q '@UNICODE_TABLES' "$template" && [ ! -f "$tables" ]; then
    echo "build-all: $tables is missing: this toolchain has no Embedded Swift for $triple" >&2
    return 1
  fi
  if grep -q '@UNICODE_TABLES_LP64D@' "$template"; then
    # Named by what it is made from, so a new toolchain or script changes the toolset (SwiftPM
    # does not track files passed to the linker).
    lp64d="$scratch/unicode-tables-lp64d-$(cat "$tables" "$here/riscv64-lp64d-tables.sh" \
      | sha256sum | cut -c 1-12).a"
  fi
  toolset="$(sed -e "s|@UNICODE_TABLES_LP64D@|$lp64d|g" -e "s|@UNICODE_TABLES@|$tables|g" \
    -e "s|@CLANG_RT_WASM32@|$(wasm_builtins)|g" "$template")" || return 1
  if [ "$toolset" != "$(cat "$scratch/toolset.json" 2>/dev/null)" ]; then
    [ -d "$scratch" ] && echo "build-all: $name's toolset changed: building it from scratch" >&2
    rm -rf "$scratch" && mkdir -p "$scratch" && printf '%s\n' "$toolset" >"$scratch/toolset.json" \
      || return 1
  fi
  if [ -n "$lp64d" ] && [ ! -f "$lp64d" ]; then
    "$here/riscv64-lp64d-tables.sh" "$toolchain/bin" "$tables" "$lp64d" >&2 || return 1
  fi
  echo "$scratch/toolset.json"
}

# Builds one target; appends its row to the table. Returns non-zero when it failed.
build_target() {
  local name="$1" triple="$2" gnu="$3"
  local scratch="$repo/.build-$name" log="$out/logs/$name.log" toolset bin started seconds
  check_cross_tools "$gnu" || return 1
  toolset="$(generate_toolset "$name" "$triple" "$scratch")" || return 1
  local args=(build -c release --product edgebench --scratch-path "$scratch" --toolset "$toolset")
  local revision_include
  revision_include="$(edgebench_revision_include "$scratch")" || return 1
  [ -z "$revision_include" ] || args+=(-Xcc "-I$revision_include")
  # Board builds turn the default traits off: the HostCommands trait (aggregate) needs Foundation,
  # which Embedded Swift lacks (see Package.swift).
  # x86_64 boards get the X86Kernels trait back (the AVX-512 decode path, chosen by CPUID) and
  # armv7 boards ARMv7Kernels (the NEON decode path, chosen by HWCAP).
  if [ "$triple" = "-" ]; then
    args+=(--static-swift-stdlib)
  else
    args+=(--triple "$triple" --disable-default-traits)
    [[ "$triple" != x86_64-* ]] || args+=(--traits X86Kernels)
    [[ "$triple" != armv7-* ]] || args+=(--traits ARMv7Kernels)
  fi
  echo "building $name ..."
  started="$(date +%s.%N)"
  if ! (cd "$repo" && "$toolchain/bin/swift" "${args[@]}") >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "build-all: $name failed; full log: $log" >&2
    return 1
  fi
  seconds="$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
  # set -e does not apply inside a function called with ||, hence the explicit checks.
  bin="$(cd "$repo" && "$toolchain/bin/swift" "${args[@]}" --show-bin-path)/edgebench" || return 1
  # The WebAssembly module (wasm32-wasi): SwiftPM names it edgebench.wasm; llvm-objcopy strips it.
  local strip=("$gnu-strip" -o "$out/.edgebench-$name.new" "$bin")
  if [ "$gnu" = wasm32-wasi ]; then
    bin+=.wasm
    strip=("$toolchain/bin/llvm-objcopy" --strip-all "$bin" "$out/.edgebench-$name.new")
  fi
  "${strip[@]}" \
    && mv "$out/.edgebench-$name.new" "$out/edgebench-$name" \
    && (cd "$out" && sha256sum "edgebench-$name" >".edgebench-$name.sha256.new" \
      && mv ".edgebench-$name.sha256.new" "edgebench-$name.sha256") || {
    echo "build-all: could not strip or checksum $bin" >&2
    return 1
  }
  table+=("$name	$(stat -c %s "$out/edgebench-$name")	$seconds	$(grep -c ' Compiling ' "$log" || true)")
}

table=()
failed=()
for row in "${rows[@]}"; do
  read -r name triple gnu _ <<<"$row"
  if ! build_target "$name" "$triple" "$gnu"; then
    failed+=("$name")
    rm -f "$out/edgebench-$name" "$out/edgebench-$name.sha256" # no stale binary left behind
  fi
done

{
  printf 'target\tbytes\tseconds\tcompiled\n'
  printf '%s\n' "${table[@]}"
} >"$out/build.tsv"
echo
printf '%-18s %10s %9s %9s  %s\n' target "size (B)" "KiB" "build (s)" "files compiled"
for line in "${table[@]}"; do
  IFS=$'\t' read -r name bytes seconds compiled <<<"$line"
  printf '%-18s %10s %9s %9s  %s\n' "$name" "$bytes" "$((bytes / 1024))" "$seconds" "$compiled"
done
echo "binaries and .sha256 files in $out"
if [ ${#failed[@]} -gt 0 ]; then
  echo "build-all: failed: ${failed[*]}" >&2
  exit 1
fi
