# Shared by the runner stages (60-69): builds the host release binary once and gives helpers.
# Sourced, not run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root="$(pwd)"
revision="$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)"
build_log="$(mktemp)"
# The source revision reaches the binary through CPerf (see README "Running and results").
if ! swift build -c release -Xcc "-DEDGEBENCH_SOURCE_REVISION=$revision" >"$build_log" 2>&1; then
  cat "$build_log"
  exit 1
fi
rm -f "$build_log"
bin="$(swift build -c release -Xcc "-DEDGEBENCH_SOURCE_REVISION=$revision" --show-bin-path)/edgebench"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() {
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
    fail "'$*' exited $got, expected $want"
  fi
}
