# Sourced by the Toolchains scripts and the test stages: where the Swift toolchain is, and the
# target table (targets.conf). Nothing here is specific to one machine.

# SwiftPM 6.3.1 keeps the enabled traits in a Set and passes their -D flags to swiftc in that
# Set's order, which Swift's per-process hash seed shuffles: with two traits on (the host's
# HostCommands and X86Kernels), half of all re-planned builds see a changed command line and
# recompile every Swift module. Deterministic hashing fixes the order (stage 52 caught it).
export SWIFT_DETERMINISTIC_HASHING=1

# The toolchain's usr directory (holding bin/swift and lib/swift/embedded): $EDGEBENCH_TOOLCHAIN
# if set, else derived from the `swift` on PATH.
edgebench_toolchain_root() {
  if [ -n "${EDGEBENCH_TOOLCHAIN:-}" ]; then
    [ -x "$EDGEBENCH_TOOLCHAIN/bin/swift" ] || {
      echo "toolchain: EDGEBENCH_TOOLCHAIN=$EDGEBENCH_TOOLCHAIN has no bin/swift" >&2
      return 1
    }
    echo "$EDGEBENCH_TOOLCHAIN"
    return 0
  fi
  local swift
  swift="$(command -v swift)" || {
    echo "toolchain: no swift on PATH; add the toolchain's usr/bin to PATH or set" \
      "EDGEBENCH_TOOLCHAIN to its usr directory" >&2
    return 1
  }
  swift="$(readlink -f "$swift")"
  dirname "$(dirname "$swift")"
}

# The source revision to embed in the binary (git's short hash, "-dirty" with uncommitted
# changes; $EDGEBENCH_SOURCE_REVISION overrides it), or nothing outside a git checkout. CPerf
# reports it; see docs/measurement.md ("The host fingerprint").
edgebench_source_revision() {
  if [ -n "${EDGEBENCH_SOURCE_REVISION:-}" ]; then
    echo "$EDGEBENCH_SOURCE_REVISION"
    return 0
  fi
  git -C "$(dirname "${BASH_SOURCE[0]}")" describe --always --dirty --abbrev=12 2>/dev/null || true
}

# Writes SCRATCH/revision/edgebench_revision.h (only when its text changes) and prints that
# folder, for `-Xcc -I<folder>`; prints nothing when there is no revision.
#
# A header rather than -DEDGEBENCH_SOURCE_REVISION=<rev>: a -Xcc define changes the flags of
# every Swift module, so each new commit recompiled every target from scratch; the include path
# stays the same, and a new revision recompiles host.c alone and relinks.
edgebench_revision_include() {
  local scratch="$1" revision folder text
  revision="$(edgebench_source_revision)"
  [ -n "$revision" ] || return 0
  [[ "$revision" =~ ^[A-Za-z0-9._-]+$ ]] || {
    echo "toolchain: source revision '$revision' may hold only letters, digits, '.', '_', '-'" >&2
    return 1
  }
  folder="$scratch/revision"
  text="#define EDGEBENCH_SOURCE_REVISION \"$revision\""
  mkdir -p "$folder"
  if [ "$(cat "$folder/edgebench_revision.h" 2>/dev/null)" != "$text" ]; then
    printf '%s\n' "$text" >"$folder/.edgebench_revision.h.new"
    mv "$folder/.edgebench_revision.h.new" "$folder/edgebench_revision.h"
  fi
  echo "$folder"
}

# The rows of targets.conf (without comments), optionally only those named in "$@".
edgebench_targets() {
  local table
  table="$(dirname "${BASH_SOURCE[0]}")/targets.conf"
  if [ $# -eq 0 ]; then
    sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$table"
    return 0
  fi
  local name row
  for name in "$@"; do
    row="$(sed -e 's/#.*//' "$table" | awk -v name="$name" '$1 == name')"
    [ -n "$row" ] || {
      echo "toolchain: no target '$name' in $table" >&2
      return 1
    }
    echo "$row"
  done
}
