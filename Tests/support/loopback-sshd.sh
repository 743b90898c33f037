#!/usr/bin/env bash
# A real OpenSSH server on a loopback port, for the deploy tests: throwaway host and user keys,
# its own config and authorized_keys, nothing of the machine's own sshd setup touched.
#   source Tests/support/loopback-sshd.sh; sshd_start DIR; ...; sshd_stop
# After sshd_start: SSHD_PORT, SSHD_KEY (the user's private key), SSHD_OPTS (ssh options that
# trust only this server's host key).

# A TCP port on 127.0.0.1 that nothing listens on now.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

sshd_start() {
  local dir="$1"
  mkdir -p "$dir" /run/sshd
  chmod 700 "$dir"
  ssh-keygen -q -t ed25519 -N '' -f "$dir/host_key" -C edgebench-test-host
  ssh-keygen -q -t ed25519 -N '' -f "$dir/user_key" -C edgebench-test-user
  cp "$dir/user_key.pub" "$dir/authorized_keys"
  SSHD_PORT="$(free_port)"
  cat >"$dir/sshd_config" <<CONFIG
ListenAddress 127.0.0.1
Port $SSHD_PORT
HostKey $dir/host_key
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
PermitRootLogin prohibit-password
StrictModes no
UsePAM no
LogLevel VERBOSE
Subsystem sftp internal-sftp
CONFIG
  /usr/sbin/sshd -f "$dir/sshd_config" -E "$dir/sshd.log"
  echo "127.0.0.1 $(cut -d' ' -f1,2 "$dir/host_key.pub")" | sed "s/^127.0.0.1/[127.0.0.1]:$SSHD_PORT/" >"$dir/known_hosts"
  SSHD_KEY="$dir/user_key"
  SSHD_OPTS="-o UserKnownHostsFile=$dir/known_hosts -o StrictHostKeyChecking=yes"
  SSHD_DIR="$dir"
  local tries=0
  until ssh $SSHD_OPTS -i "$SSHD_KEY" -o BatchMode=yes -p "$SSHD_PORT" root@127.0.0.1 true 2>/dev/null; do
    tries=$((tries + 1))
    [ $tries -lt 50 ] || { echo "sshd did not come up:"; tail "$dir/sshd.log"; return 1; }
    sleep 0.1
  done
  echo "sshd: listening on 127.0.0.1:$SSHD_PORT (pid $(cat "$dir/sshd.pid"))"
}

sshd_stop() {
  [ -n "${SSHD_DIR:-}" ] && [ -f "$SSHD_DIR/sshd.pid" ] || return 0
  kill "$(cat "$SSHD_DIR/sshd.pid")" 2>/dev/null || true
  echo "sshd: stopped"
}
