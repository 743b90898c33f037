#!/usr/bin/env bash
# The deploy flow against a simulated aarch64 board over a real OpenSSH server on loopback:
# a results file arrives and parses; an unreachable board fails fast with its name while the
# other succeeds; a board whose machine does not match its target is refused before copying;
# collected results are never overwritten; with --peers the Go, Rust, C and C++ peers (built by stage 80)
# run on the board too and their results come home; the Ansible playbook deploys to the same board.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$(pwd)"
source Tests/support/loopback-sshd.sh
tmp="$(mktemp -d)"
trap 'sshd_stop; rm -rf "$tmp"' EXIT
sshd_start "$tmp/sshd"

boards="$tmp/boards"
profile() { # name port target runner
  mkdir -p "$boards/$1"
  cat >"$boards/$1/board.conf" <<PROFILE
host = 127.0.0.1
port = $2
user = root
identity = $SSHD_KEY
target = $3
runner = $4
workdir = $tmp/on-board/$1
model = simulated board (this machine through $4)
PROFILE
}
closed_port="$(free_port)"
profile sim-aarch64 "$SSHD_PORT" aarch64-embedded qemu-aarch64-static
profile unreachable "$closed_port" aarch64-embedded qemu-aarch64-static
profile wrong-machine "$SSHD_PORT" aarch64-embedded ""

export EDGEBENCH_BOARDS_DIR="$boards" EDGEBENCH_RESULTS_DIR="$tmp/results" EDGEBENCH_SSH_OPTS="$SSHD_OPTS"
suite="decode --iters 2 --samples 3 --corpus protobuf-skew --strategy all"
check() { if eval "$1"; then echo "ok    $2"; else echo "FAIL  $2"; failed=1; fi; }
failed=0

started=$(date +%s)
set +e
bash Toolchains/deploy.sh --suite "$suite" --connect-timeout 5 --no-aggregate \
  sim-aarch64 unreachable wrong-machine >"$tmp/deploy.out" 2>"$tmp/deploy.err"
status=$?
set -e
cat "$tmp/deploy.out"
check '[ $status -ne 0 ]' "deploy exits non-zero when a board failed"
check 'grep -q "^sim-aarch64 .*results: " "$tmp/deploy.out"' "the simulated board's results were collected"
check 'grep -q "^unreachable .*FAILED: unreachable at root@127.0.0.1 port $closed_port" "$tmp/deploy.out"' \
  "the unreachable board fails with its name and address"
check 'grep -q "^wrong-machine .*refusing to copy" "$tmp/deploy.out"' "a board of the wrong machine is refused"
check '[ ! -e "$tmp/on-board/wrong-machine/edgebench" ] && [ ! -e "$tmp/on-board/wrong-machine/edgebench.part" ]' \
  "nothing was copied to the refused board"

first=("$tmp"/results/sim-aarch64/*.jsonl)
check '[ ${#first[@]} -eq 1 ] && [ -s "${first[0]}" ]' "exactly one results file arrived"
check 'python3 Tests/support/check_results.py "${first[0]}"' "the results file parses"

# An unreachable board alone fails within the connect timeout plus margin.
started=$(date +%s)
bash Toolchains/deploy.sh --suite "$suite" --connect-timeout 3 --no-aggregate unreachable >/dev/null 2>&1 || true
elapsed=$(($(date +%s) - started))
check '[ $elapsed -le 20 ]' "an unreachable board fails in bounded time ($elapsed s)"

# A destination at home that is not a regular directory (a fifo here) is refused, by name.
mkdir -p "$tmp/odd-results" && mkfifo "$tmp/odd-results/sim-aarch64"
EDGEBENCH_RESULTS_DIR="$tmp/odd-results" bash Toolchains/deploy.sh --suite "$suite" --no-aggregate \
  sim-aarch64 >"$tmp/odd.out" 2>&1 || true
check 'grep -q "^sim-aarch64 .*FAILED: refusing to use $tmp/odd-results/sim-aarch64: it is a fifo" "$tmp/odd.out"' \
  "a results destination that is a fifo is refused, naming it"
check '[ -p "$tmp/odd-results/sim-aarch64" ]' "the fifo is left as it was"

# A second deploy, with the peers, adds files; the first is untouched.
sum_before="$(sha256sum "${first[0]}")"
bash Toolchains/deploy.sh --suite "$suite" --peers --no-aggregate sim-aarch64 >"$tmp/peers.out" 2>&1 \
  || { tail -n 20 "$tmp/peers.out"; failed=1; }
grep '^sim-aarch64' "$tmp/peers.out" || true
edgebench_files=$(ls "$tmp"/results/sim-aarch64/*.jsonl | grep -cv -- '-go.jsonl$\|-rust.jsonl$\|-c.jsonl$\|-cpp.jsonl$')
check '[ "$edgebench_files" -eq 2 ] && [ "$(sha256sum "${first[0]}")" = "$sum_before" ]' \
  "a second deploy keeps the first results file intact"
for language in go rust c cpp; do
  peer_file=("$tmp"/results/sim-aarch64/*-"$language".jsonl)
  check '[ -s "${peer_file[0]}" ] && python3 Tests/support/check_results.py "${peer_file[0]}"' \
    "the $language peer ran on the board and its results parse"
done

# The same board through the Ansible playbook.
if ! command -v ansible-playbook >/dev/null; then
  python3 -m pip install --quiet --disable-pip-version-check ansible-core >/dev/null
fi
before=$(ls "$tmp"/results/sim-aarch64/*.jsonl | wc -l)
ANSIBLE_HOST_KEY_CHECKING=False ANSIBLE_SSH_ARGS="$SSHD_OPTS" ANSIBLE_NOCOLOR=1 \
  ANSIBLE_PYTHON_INTERPRETER=/usr/bin/python3 \
  ansible-playbook -i boards/profiles.py boards/ansible/deploy.yml --limit sim-aarch64 \
  -e "edgebench_suite='$suite'" >"$tmp/ansible.out" 2>&1 || { tail -n 40 "$tmp/ansible.out"; failed=1; }
grep -E '^(PLAY RECAP|sim-aarch64 +:)' "$tmp/ansible.out" || true
after=("$tmp"/results/sim-aarch64/*ansible*.jsonl)
check '[ $(ls "$tmp"/results/sim-aarch64/*.jsonl | wc -l) -eq $((before + 1)) ] && [ -s "${after[0]}" ]' \
  "the playbook collected one more results file"
check 'python3 Tests/support/check_results.py "${after[0]}"' "the playbook's results file parses"

# The unreachable board through Ansible fails too, naming the board.
ANSIBLE_SSH_ARGS="$SSHD_OPTS -o ConnectTimeout=3" ANSIBLE_NOCOLOR=1 ansible-playbook -i boards/profiles.py \
  boards/ansible/deploy.yml --limit unreachable >"$tmp/ansible-unreachable.out" 2>&1 || true
check 'grep -qE "^unreachable +: .*unreachable=1" "$tmp/ansible-unreachable.out"' \
  "the playbook reports the unreachable board as unreachable"
[ "$failed" -eq 0 ]
