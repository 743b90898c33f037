#!/usr/bin/env bash
# Finds (or fetches) protobuf C++ for aarch64, which the C++ peer's aarch64 build links
# statically, and prints two lines: the include folder (holding google/protobuf) and the folder
# holding libprotobuf.a. The cross compilers (g++-aarch64-linux-gnu) come from
# Toolchains/debian-packages.txt.
#
# With libprotobuf-dev:arm64 installed (Debian multiarch), its library is used. Otherwise the
# same version as the installed amd64 libprotobuf-dev is fetched with `apt-get download` and
# unpacked (dpkg-deb -x, not installed) into CACHE (default: .build-peers-cpp/arm64-protobuf in
# the repository): on a machine whose amd64 packages are older than the mirror's, installing
# libprotobuf-dev:arm64 would upgrade amd64 system libraries (libssl3, krb5, linux-libc-dev...)
# to keep Multi-Arch: same versions equal, which a build should not do. The headers are the
# arch-independent amd64 ones in either case (the two packages' include trees are identical).
# Needs dpkg's arm64 architecture (peers/setup-aarch64-rust.sh adds it) for apt-get download.
# usage: peers/setup-aarch64-cpp.sh [CACHE]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
cache="${1:-$repo/.build-peers-cpp/arm64-protobuf}"
version="$(dpkg-query -W -f='${Version}' libprotobuf-dev:amd64 2>/dev/null || true)"
[ -n "$version" ] || { echo "setup-aarch64-cpp: libprotobuf-dev (amd64) missing; run Toolchains/setup.sh" >&2; exit 1; }
mkdir -p "$cache/include"
# An include folder with google/ only: -isystem /usr/include would put amd64 glibc headers in
# front of the cross compiler's own.
ln -sfn /usr/include/google "$cache/include/google"
if dpkg-query -W -f='${Status} ${Version}' libprotobuf-dev:arm64 2>/dev/null | grep -q "install ok installed $version"; then
  echo "$cache/include"
  echo /usr/lib/aarch64-linux-gnu
  exit 0
fi
library="$cache/root/usr/lib/aarch64-linux-gnu"
if [ ! -f "$library/libprotobuf.a" ] || [ "$(cat "$cache/version" 2>/dev/null)" != "$version" ]; then
  dpkg --print-foreign-architectures | grep -qx arm64 || {
    echo "setup-aarch64-cpp: dpkg has no arm64 architecture; run peers/setup-aarch64-rust.sh (as root) or" >&2
    echo "  dpkg --add-architecture arm64 && apt-get update" >&2
    exit 1
  }
  rm -rf "$cache/root" "$cache/deb"
  mkdir -p "$cache/deb"
  (cd "$cache/deb" && apt-get download -q "libprotobuf-dev:arm64=$version") >"$cache/download.log" 2>&1 || {
    echo "setup-aarch64-cpp: apt-get download libprotobuf-dev:arm64=$version failed (log: $cache/download.log)" >&2
    exit 1
  }
  dpkg-deb -x "$cache"/deb/libprotobuf-dev_*_arm64.deb "$cache/root"
  echo "$version" >"$cache/version"
fi
echo "$cache/include"
echo "$library"
