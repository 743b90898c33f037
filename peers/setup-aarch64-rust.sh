#!/usr/bin/env bash
# Installs Debian's Rust standard library for aarch64 (libstd-rust-dev:arm64, matching Debian's
# rustc 1.63), which the Rust peer's aarch64 build links against. It needs dpkg's arm64
# architecture, which Toolchains/setup.sh cannot add from a package list, so this script adds it.
# rustup's standard libraries cannot come here (no network beyond Debian's mirrors), and
# rustup's rustc 1.95 rejects Debian's 1.63 rlibs ("invalid metadata version"), so the Rust peer
# is built with Debian's rustc for both targets.
set -euo pipefail
if dpkg-query -W -f='${Status}' libstd-rust-dev:arm64 2>/dev/null | grep -q 'install ok installed'; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "setup-aarch64-rust: run as root, or by hand:" >&2
  echo "  dpkg --add-architecture arm64 && apt-get update && apt-get install libstd-rust-dev:arm64" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
echo "setup-aarch64-rust: adding dpkg architecture arm64 and installing libstd-rust-dev:arm64"
dpkg --add-architecture arm64
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends libstd-rust-dev:arm64; } \
  >/tmp/edgebench-peers-setup.log 2>&1; then
  echo "setup-aarch64-rust: apt-get failed (log: /tmp/edgebench-peers-setup.log)" >&2
  exit 1
fi
