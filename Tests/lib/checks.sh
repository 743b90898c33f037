# The test stages' one helper library. Sourced, not run, from the repository root (stages `cd`
# there first); sourcing it only defines functions and sets failures=0, it builds nothing.
#
#   source Tests/lib/checks.sh
#   build_release   # the host release binary: sets bin and revision (explicit, only if needed)
#   make_work       # a temporary folder $work, removed when the stage exits
#
# Two ways to report a failed check:
#   fail "what went wrong"      records it and goes on; `finish_checks <stage> <summary>` last
#                               exits 1 if any check failed (stages that report every failure)
#   die "what went wrong"       stops the stage at once (fail-fast stages)
# expect_status STATUS COMMAND... runs COMMAND into $work/stdout and $work/stderr and dies
# unless it exits STATUS.
failures=0

# Records one failed check.
fail() {
  echo "FAIL  $1"
  failures=$((failures + 1))
}

# Exits 1 if any check failed; otherwise prints the stage's one-line summary.
finish_checks() {
  if [ "$failures" -ne 0 ]; then
    echo "$1: $failures checks failed"
    exit 1
  fi
  echo "$1: $2"
}

# Stops the stage with a message.
die() {
  echo "FAIL: $*" >&2
  exit 1
}

# Builds the host release binary (`swift build -c release`, with the source revision's include
# folder so the binary reports it: see Toolchains/toolchain.sh) under the machine's heavy-build
# lock ($EDGEBENCH_HEAVY_LOCK, default /tmp/edgebench-heavy.lock), printing the build log only
# when it fails. Sets:
#   bin       the edgebench binary
#   revision  the source revision it embeds (empty outside a git checkout)
build_release() {
  source Toolchains/toolchain.sh
  revision="$(edgebench_source_revision)"
  local build=(swift build -c release) include log
  include="$(edgebench_revision_include .build)"
  [ -z "$include" ] || build+=(-Xcc "-I$include")
  log="$(mktemp)"
  if ! flock "${EDGEBENCH_HEAVY_LOCK:-/tmp/edgebench-heavy.lock}" "${build[@]}" >"$log" 2>&1; then
    cat "$log"
    rm -f "$log"
    die "the release build failed: ${build[*]}"
  fi
  rm -f "$log"
  bin="$("${build[@]}" --show-bin-path)/edgebench"
}

# Makes the temporary folder $work, removed when the stage exits (this sets the EXIT trap).
make_work() {
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
}

# expect_status STATUS COMMAND...: runs COMMAND (stdout and stderr to $work/stdout and
# $work/stderr) and dies, printing both, unless it exits STATUS.
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

# Runs `selftest` with the command in the remaining arguments (a binary, or an emulator or
# runtime and the binary): it must pass every check and print no FAIL line. `$1` names the
# target in the failure; `$work` holds the output.
check_selftest() {
  local name="$1"
  shift
  if "$@" selftest >"$work/selftest" 2>&1 \
    && grep -q '^selftest: [1-9][0-9]* passed, 0 failed$' "$work/selftest" \
    && ! grep -q '^FAIL' "$work/selftest"; then
    echo "ok    $(tail -n 1 "$work/selftest")"
  else
    cat "$work/selftest"
    fail "$name: selftest"
  fi
}

# Runs `decode --strategy all-paths` on the varint corpora with the command in the arguments
# after `$1` (the target's name): every instruction path the target's own list names, forced by
# STRATEGY@PATH, must decode its corpus right and record that path.
check_every_path() {
  local name="$1"
  shift
  "$@" list --format json >"$work/own-list.json" 2>&1 || { fail "$name: list failed"; return; }
  if "$@" decode --iters 1 --samples 1 --warmup 0 --strategy all-paths --corpus one-byte,random64 \
    --format json >"$work/paths.jsonl" 2>"$work/paths-errors" && [ ! -s "$work/paths-errors" ]; then
    python3 Tests/support/check_decode_records.py every-path "$work/own-list.json" \
      "$work/paths.jsonl" "$name" || fail "$name: a forced path decoded wrong or was not run"
  else
    head -n 5 "$work/paths-errors"
    fail "$name: decode --strategy all-paths exited non-zero or wrote errors"
  fi
}

# Runs `list --format json` with the command in the arguments after `$1` (the target's name)
# and `$2` (the oracle's list JSON): the corpora (names, sizes, checksums, sums) and strategy
# names must be the oracle's; the instruction path each strategy takes is each build's own.
check_same_list() {
  local name="$1" oracle="$2"
  shift 2
  if "$@" list --format json >"$work/list.json" 2>&1 \
    && python3 Tests/support/check_decode_records.py same-list "$work/list.json" "$oracle"; then
    echo "ok    list equals the oracle build's ($(basename "$oracle"))"
  else
    diff "$oracle" "$work/list.json" || true
    fail "$name: list differs from the oracle build's"
  fi
}
