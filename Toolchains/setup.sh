#!/usr/bin/env bash
# Installs the Debian packages listed in Toolchains/debian-packages.txt that are missing.
# Needs root (or sudo) and Debian's package mirrors; says exactly what to install otherwise.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mapfile -t wanted < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$here/debian-packages.txt" | grep -v '^$')
missing=()
for package in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
    || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#wanted[@]} Debian packages present"
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "setup: no apt-get (not Debian or Ubuntu); install the equivalents of: ${missing[*]}" >&2
  exit 1
fi
echo "setup: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
  echo "setup: not root and no sudo; install these and run again: apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >/tmp/edgebench-setup.log 2>&1; then
  echo "setup: apt-get failed (log: /tmp/edgebench-setup.log); install these and run again:" >&2
  echo "  apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "setup: installed ${#missing[@]} packages"
