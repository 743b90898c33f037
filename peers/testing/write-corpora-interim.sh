#!/usr/bin/env bash
# INTERIM (delete once `edgebench corpus --write DIR` is on main): writes the built-in corpora as
# DIR/<name>.bin and DIR/MANIFEST.tsv in that command's layout, by compiling edgebench's own
# CodecCore generator with a small main (interim-corpus-writer/main.swift).
# usage: peers/testing/write-corpora-interim.sh DIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
writer="$repo/.build-peers-corpus/interim-corpus-writer"
mkdir -p "$(dirname "$writer")" "$1"
mapfile -t sources < <(find "$repo/Sources/CodecCore" -name '*.swift' | sort)
if [ ! -x "$writer" ] || [ -n "$(find "${sources[@]}" "$here/interim-corpus-writer/main.swift" -newer "$writer")" ]; then
  swiftc -O -module-name InterimCorpusWriter "${sources[@]}" \
    "$here/interim-corpus-writer/main.swift" -o "$writer"
fi
"$writer" "$1"
