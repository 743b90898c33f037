# Shared by the runner stages (60-69): builds the host release binary once and gives helpers.
# Sourced, not run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source Toolchains/toolchain.sh
revision="$(edgebench_source_revision)"
# The source revision reaches the binary through CPerf (see README "Running and results").
build=(swift build -c release)
revision_include="$(edgebench_revision_include .build)"
[ -z "$revision_include" ] || build+=(-Xcc "-I$revision_include")
build_log="$(mktemp)"
if ! "${build[@]}" >"$build_log" 2>&1; then
  cat "$build_log"
  exit 1
fi
rm -f "$build_log"
bin="$("${build[@]}" --show-bin-path)/edgebench"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Stops the stage with a message (these stages are fail-fast; Tests/lib/checks.sh collects).
die() {
  echo "FAIL: $*" >&2
  exit 1
}

# expect_status STATUS COMMAND...: runs COMMAND, checks its exit status.
expect_status() {
  local want="$1"
  shift
  local got=0
  "$@" >"$work/stdout" 2>"$work/stderr" || got=$?
  if [ "$got" -ne "$want" ]; then
    cat "$work/stdout" "$work/stderr" >&2
    die "'$*' exited $got, expected $want"
  fi
}
