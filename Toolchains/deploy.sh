#!/usr/bin/env bash
# Deploys edgebench to boards over SSH and collects their results, all boards in parallel:
# build the board's target if stale, copy it (a plain `cat` stream over ssh, so small servers
# such as dropbear with no sftp-server or scp work too), verify its sha256 on the board, run
# `edgebench selftest`, run the suite, fetch the results file into boards/results/<board>/,
# then print the aggregate of the boards just run. One failing board does not stop the others;
# every error names its board. Collected results are never overwritten, and nothing that is
# not a regular file is replaced. A virtual board (virtual = qemu-system in its profile) is
# booted with boards/virtual/vboard first and powered off afterwards, also on failure or ^C.
#
# usage: Toolchains/deploy.sh [options] BOARD...
#   --suite "ARGS"      the edgebench command line to run (default: decode --strategy all)
#   --connect-timeout S seconds to wait for a board's SSH to answer (default 10)
#   --run-timeout S     seconds the suite may take on one board (default 1800)
#   --peers             also copy the Go, Rust, C and C++ peers (peers/build.sh) to boards that
#                       have them (aarch64, x86_64), run them on `edgebench corpus --write` files,
#                       and collect their results beside edgebench's
#   --no-aggregate      skip the aggregate at the end
# environment:
#   EDGEBENCH_BOARDS_DIR   board profiles (default: boards/)
#   EDGEBENCH_RESULTS_DIR  where results land (default: <boards dir>/results)
#   EDGEBENCH_SSH_OPTS     extra ssh/scp options (e.g. -o UserKnownHostsFile=...)
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
export EDGEBENCH_BOARDS_DIR="${EDGEBENCH_BOARDS_DIR:-$repo/boards}"
results_root="${EDGEBENCH_RESULTS_DIR:-$EDGEBENCH_BOARDS_DIR/results}"
out="${EDGEBENCH_OUT:-$repo/out}"
profiles="$repo/boards/profiles.py"
suite="decode --strategy all"
connect_timeout=10
run_timeout=1800
aggregate=1
peers=0
boards=()

usage() { sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --suite) suite="${2:?--suite needs a value}"; shift 2 ;;
    --connect-timeout) connect_timeout="${2:?--connect-timeout needs seconds}"; shift 2 ;;
    --run-timeout) run_timeout="${2:?--run-timeout needs seconds}"; shift 2 ;;
    --no-aggregate) aggregate=0; shift ;;
    --peers) peers=1; shift ;;
    -h | --help) usage; exit 0 ;;
    -*) echo "deploy: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    *) boards+=("$1"); shift ;;
  esac
done
[ ${#boards[@]} -gt 0 ] || { echo "deploy: name at least one board (see boards/)" >&2; usage >&2; exit 2; }
for number in "$connect_timeout" "$run_timeout"; do
  [[ "$number" =~ ^[1-9][0-9]*$ ]] || { echo "deploy: '$number' is not a whole number of seconds" >&2; exit 2; }
done

work="$(mktemp -d)"
vboard="$repo/boards/virtual/vboard"
# Powers off every virtual board this run booted (each leaves a $work/<board>.booted mark).
power_off_booted() {
  local mark
  for mark in "$work"/*.booted; do
    [ -e "$mark" ] && "$vboard" stop "$(basename "$mark" .booted)" >/dev/null 2>&1
  done
  return 0
}
trap 'power_off_booted; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

# Validates every profile first: a typo in one board's file stops nothing but that board.
declare -A target_of
for board in "${boards[@]}"; do
  if python3 "$profiles" show "$board" >"$work/$board.profile" 2>"$work/$board.error"; then
    target_of[$board]="$(sed -n "s/^BOARD_TARGET=//p" "$work/$board.profile" | tr -d "'")"
  fi
done

# Builds each needed target once, before the fan-out (build-all.sh is incremental).
declare -A built
for board in "${boards[@]}"; do
  target="${target_of[$board]:-}"
  [ -n "$target" ] && [ -z "${built[$target]:-}" ] || continue
  if bash "$here/build-all.sh" "$target" >"$work/build-$target.log" 2>&1; then
    built[$target]=ok
  else
    built[$target]=failed
    tail -n 20 "$work/build-$target.log" >&2
  fi
done

if [ "$peers" = 1 ] && ! bash "$repo/peers/build.sh" >"$work/build-peers.log" 2>&1; then
  tail -n 20 "$work/build-peers.log" >&2
  echo "deploy: building the peers failed; deploying without them" >&2
  peers=0
fi

# The peers' folder under out/peers for a target, or nothing when no peer is built for it.
peer_arch() {
  case "$1" in
    aarch64-*) echo aarch64 ;;
    x86_64-*) echo x86_64 ;;
  esac
}

# Deploys to one board; writes its outcome to $work/<board>.status. Runs in the background.
deploy_board() {
  local board="$1" log="$work/$1.log"
  fail() { echo "$*" >"$work/$board.status"; echo "board $board: $*" >>"$log"; exit 1; }
  [ -s "$work/$board.error" ] && fail "bad profile: $(sed 's/^profiles: //' "$work/$board.error")"
  local BOARD_HOST BOARD_USER BOARD_PORT BOARD_TARGET BOARD_RUNNER BOARD_WORKDIR BOARD_IDENTITY
  local BOARD_MODEL BOARD_NOTES BOARD_NAME BOARD_VIRTUAL BOARD_CPU BOARD_MEMORY BOARD_ICOUNT
  eval "$(cat "$work/$board.profile")"
  [ "${built[$BOARD_TARGET]:-}" = ok ] || fail "build of $BOARD_TARGET failed (log: $work/build-$BOARD_TARGET.log)"
  local binary="$out/edgebench-$BOARD_TARGET"
  local ssh_opts=(-o BatchMode=yes -o ConnectTimeout="$connect_timeout" -o ServerAliveInterval=5
    -o ServerAliveCountMax=3 -o StrictHostKeyChecking=accept-new -o LogLevel=ERROR)
  [ -n "$BOARD_IDENTITY" ] && ssh_opts+=(-i "$BOARD_IDENTITY" -o IdentitiesOnly=yes)
  if [ "$BOARD_VIRTUAL" = qemu-system ]; then
    # The images' fixed host key (build-images.sh), not the user's known_hosts.
    ssh_opts+=(-o UserKnownHostsFile="$(dirname "$BOARD_IDENTITY")/known_hosts" -o StrictHostKeyChecking=yes)
    # Powered off when this board's deploy ends, however it ends (fail exits the subshell).
    trap '[ -e "$work/$board.booted" ] && "$vboard" stop "$board" >/dev/null 2>&1 && rm -f "$work/$board.booted"' EXIT
    boot_virtual || fail "$(cat "$work/$board.boot")"
  fi
  # shellcheck disable=SC2206
  ssh_opts+=(${EDGEBENCH_SSH_OPTS:-})
  local destination="$BOARD_USER@$BOARD_HOST" dir; dir="$(printf '%q' "$BOARD_WORKDIR")"
  on_board() { timeout "$run_timeout" ssh "${ssh_opts[@]}" -p "$BOARD_PORT" "$destination" "$@"; }

  # 1. Reach the board and learn what it runs, before copying anything.
  # A personality runner (linux32) is asked too: it is what the binary will see.
  local machine uname="uname -m"
  [[ -n "$BOARD_RUNNER" && "$BOARD_RUNNER" != qemu-* ]] && uname="$BOARD_RUNNER uname -m"
  if ! machine="$(timeout $((connect_timeout + 5)) ssh "${ssh_opts[@]}" -p "$BOARD_PORT" "$destination" "$uname" 2>>"$log")"; then
    fail "unreachable at $destination port $BOARD_PORT: $(tail -n 1 "$log")"
  fi
  if [ -n "$BOARD_RUNNER" ]; then
    on_board "command -v ${BOARD_RUNNER%% *}" >/dev/null 2>>"$log" \
      || fail "runner '$BOARD_RUNNER' is not installed on the board"
  fi
  local mismatch
  mismatch="$(python3 "$profiles" check-machine "$BOARD_TARGET" "$machine" "$BOARD_RUNNER")" \
    || fail "${mismatch:-cannot check the machine}; refusing to copy"

  # 2. Copy, then verify the hash on the board before the binary takes its place.
  on_board "mkdir -p $dir" 2>>"$log" || fail "cannot create $BOARD_WORKDIR on the board"
  local problem
  problem="$(install_verified "$binary" edgebench)" || fail "$problem"

  # 3. Self-test, then the suite, writing the results file on the board.
  on_board "cd $dir && $BOARD_RUNNER ./edgebench selftest" >>"$log" 2>&1 \
    || fail "selftest failed on the board: $(tail -n 3 "$log" | tr '\n' ' ')"
  local stamp remote_file; stamp="$(date -u +%Y%m%dT%H%M%SZ)-$$-$RANDOM"
  remote_file="results-$stamp.jsonl"
  on_board "cd $dir && $BOARD_RUNNER ./edgebench $suite --format json --output $remote_file" >>"$log" 2>&1 \
    || fail "suite '$suite' failed: $(tail -n 3 "$log" | tr '\n' ' ')"

  # 4. Fetch into a temporary name, then move into place without overwriting anything.
  local local_dir="$results_root/$board" final="$results_root/$board/$stamp.jsonl"
  if [ -L "$local_dir" ] || { [ -e "$local_dir" ] && [ ! -d "$local_dir" ]; }; then
    fail "refusing to use $local_dir: it is a $(stat -c %F "$local_dir"), not a directory"
  fi
  mkdir -p "$local_dir" || fail "cannot create $local_dir"
  problem="$(fetch_new "$remote_file" "$final")" || fail "$problem"
  [ "$peers" = 1 ] && deploy_peers >"$work/$board.note"
  echo "ok $final" >"$work/$board.status"
}

# Boots the virtual board of deploy_board unless it already runs (then it is left running);
# marks it for power-off when this run booted it. On failure writes why to $work/<board>.boot.
boot_virtual() {
  if "$vboard" status "$board" >/dev/null 2>&1; then return 0; fi
  touch "$work/$board.booted"
  "$vboard" start "$board" 180 >>"$log" 2>"$work/$board.boot-log" && return 0
  echo "virtual board did not boot: $(grep -m1 'vboard:' "$work/$board.boot-log" || tail -n 1 "$work/$board.boot-log")" >"$work/$board.boot"
  return 1
}

# Copies LOCAL to the board's workdir as NAME.part, checks its sha256 against LOCAL.sha256 on
# the board, then makes it executable and moves it to NAME. On failure prints why and returns 1.
# Uses deploy_board's ssh settings.
install_verified() {
  local source="$1" name="$2" sum remote_sum
  sum="$(cut -d' ' -f1 "$source.sha256")"
  # A stream, not scp: OpenSSH 9's scp speaks SFTP, which dropbear boards lack.
  on_board "cat > $dir/$name.part" <"$source" 2>>"$log" \
    || { echo "copying $name failed: $(tail -n 1 "$log")"; return 1; }
  remote_sum="$(on_board "sha256sum $dir/$name.part" 2>>"$log" | cut -d' ' -f1)"
  [ "$remote_sum" = "$sum" ] \
    || { echo "sha256 of $name on the board is '${remote_sum:-none}', expected $sum"; return 1; }
  on_board "chmod +x $dir/$name.part && mv $dir/$name.part $dir/$name" 2>>"$log" \
    || { echo "cannot install $name in $BOARD_WORKDIR"; return 1; }
}

# Fetches REMOTE (a file in the board's workdir) into a hidden temporary beside FINAL, then moves
# it to FINAL only if FINAL does not exist: results already collected are never overwritten, a
# FINAL that is not a regular file (a directory, a symlink, a fifo) is refused, and no partial
# file is left. On failure prints why and returns 1.
fetch_new() {
  local remote="$1" final="$2" partial
  refuse_non_regular "$final" || return 1
  partial="$(mktemp "$(dirname "$final")/.$(basename "$final").XXXXXX")" \
    || { echo "cannot create a temporary file beside $final"; return 1; }
  chmod "$(printf '%o' $((0666 & ~0$(umask))))" "$partial" # mktemp makes it 0600
  on_board "cat $dir/$(printf '%q' "$remote")" >"$partial" 2>>"$log" \
    || { rm -f "$partial"; echo "fetching $remote failed: $(tail -n 1 "$log")"; return 1; }
  refuse_non_regular "$final" || { rm -f "$partial"; return 1; }
  mv -n -T "$partial" "$final" 2>/dev/null && [ ! -e "$partial" ] \
    || { rm -f "$partial"; echo "$final already exists"; return 1; }
}

# Prints why and returns 1 when PATH exists (or dangles) and is not a regular file.
refuse_non_regular() {
  if [ -L "$1" ] || { [ -e "$1" ] && [ ! -f "$1" ]; }; then
    echo "refusing to replace $1: it is a $(stat -c %F "$1"), not a regular file"
    return 1
  fi
}

# Copies, verifies and runs the Go, Rust, C and C++ peers on the board (inside deploy_board);
# prints a note for the outcome line. A peer that fails is reported, not fatal: edgebench's own
# results are already home.
deploy_peers() {
  local arch; arch="$(peer_arch "$BOARD_TARGET")"
  [ -n "$arch" ] || { echo " (no peers for $BOARD_TARGET)"; return; }
  on_board "cd $dir && $BOARD_RUNNER ./edgebench corpus --write corpora" >>"$log" 2>&1 \
    || { echo " (peers: corpus --write failed)"; return; }
  local language fetched=()
  for language in go rust c cpp; do
    local name="edgebench-peer-$language" peer_file="peer-$language-$stamp.jsonl"
    local peer_final="$local_dir/$stamp-$language.jsonl" problem
    if problem="$(install_verified "$out/peers/$arch/$name" "$name")" \
      && { on_board "cd $dir && $BOARD_RUNNER ./$name decode --corpus-dir corpora --output $peer_file" >>"$log" 2>&1 \
        || problem="$name failed on the board"; } \
      && problem="$(fetch_new "$peer_file" "$peer_final")"; then
      fetched+=("$language")
      echo "$peer_final" >>"$work/$board.peers"
    else
      echo "peer $language failed on $board: $problem" >>"$log"
    fi
  done
  echo " (peers collected: ${fetched[*]:-none})"
}

started="$(date +%s)"
for board in "${boards[@]}"; do
  deploy_board "$board" &
done
wait

failures=0
boards_ok=0
collected=()
printf '%-20s %-18s %s\n' board target outcome
for board in "${boards[@]}"; do
  status="$(cat "$work/$board.status" 2>/dev/null || echo "no outcome recorded")"
  if [[ "$status" == ok\ * ]]; then
    collected+=("${status#ok }")
    boards_ok=$((boards_ok + 1))
    [ -f "$work/$board.peers" ] && mapfile -t -O "${#collected[@]}" collected <"$work/$board.peers"
    printf '%-20s %-18s %s\n' "$board" "${target_of[$board]:-?}" \
      "results: ${status#ok }$(cat "$work/$board.note" 2>/dev/null)"
  else
    failures=$((failures + 1))
    printf '%-20s %-18s %s\n' "$board" "${target_of[$board]:-?}" "FAILED: $status"
    echo "--- log of $board:" >&2
    tail -n 15 "$work/$board.log" >&2 2>/dev/null
  fi
done
echo "deploy: $boards_ok boards collected, $failures failed in $(($(date +%s) - started)) s"

if [ "$aggregate" = 1 ] && [ ${#collected[@]} -gt 0 ]; then
  host="$(cd "$repo" && swift build -c release --product edgebench --show-bin-path 2>/dev/null)/edgebench"
  if [ -x "$host" ] && "$host" help aggregate >/dev/null 2>&1; then
    "$host" aggregate "${collected[@]}"
  fi
fi
[ "$failures" -eq 0 ]
