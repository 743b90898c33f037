#!/usr/bin/env bash
# Builds every target a second time without changes and checks that nothing is recompiled and
# every binary is byte-identical, printing both builds' times side by side. Then touches one
# source file and rebuilds the aarch64 target into a scratch output folder, checking that the
# build does compile again: the zero above means "up to date", not "counted nothing". (The
# other targets then recompile main.swift once on their next build.) Between the two, a build
# with another source revision must recompile only the file that embeds it and main.swift.
set -euo pipefail
cd "$(dirname "$0")/../.."
source Toolchains/toolchain.sh
source Tests/lib/checks.sh
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[ -f out/build.tsv ] || bash Toolchains/build-all.sh >/dev/null # stage 50 normally built it
cp out/build.tsv "$work/first.tsv"
(cd out && cat edgebench-*.sha256) >"$work/first.sums"

bash Toolchains/build-all.sh >"$work/second.log"
printf '%-18s %14s %15s %s\n' target "earlier build" "second build" "files compiled"
while IFS=$'\t' read -r name _ seconds compiled; do
  [ "$name" = target ] && continue
  first="$(awk -F'\t' -v n="$name" '$1 == n { print $3 }' "$work/first.tsv")"
  printf '%-18s %12s s %13s s %s\n' "$name" "${first:-?}" "$seconds" "$compiled"
  [ "$compiled" = 0 ] || fail "$name: the second build compiled $compiled files"
done <out/build.tsv
[ "$(tail -n +2 out/build.tsv | wc -l)" -eq "$(edgebench_targets | wc -l)" ] \
  || fail "the second build did not build every target"
(cd out && sha256sum -c --quiet "$work/first.sums") || fail "a binary changed without a change"

# A new source revision (as after a commit) recompiles only the C file that embeds it and
# main.swift (SwiftPM recompiles the Swift modules that depend on a changed C target), never the
# codec or the runner.
EDGEBENCH_SOURCE_REVISION=rebuild-check EDGEBENCH_OUT="$work/revision" \
  bash Toolchains/build-all.sh aarch64-embedded >"$work/revision.log"
recompiled="$(grep ' Compiling ' "$work/revision/logs/aarch64-embedded.log" | sed 's/.*Compiling //' \
  | tr '\n' ',' | sed 's/,$//')"
embedded="$(qemu-aarch64-static "$work/revision/edgebench-aarch64-embedded" info \
  | sed -n 's/^source revision *//p')"
if [ "$recompiled" = "CSourceRevision source_revision.c,edgebench main.swift" ] \
  && [ "$embedded" = rebuild-check ]; then
  echo "ok    a new source revision recompiled only source_revision.c and main.swift; the binary reports it"
else
  fail "a new source revision recompiled '$recompiled' (expected source_revision.c and main.swift) and the binary reports '$embedded'"
fi

touch Sources/edgebench/main.swift
EDGEBENCH_OUT="$work/touched" bash Toolchains/build-all.sh aarch64-embedded >"$work/touched.log"
touched="$(awk -F'\t' '$1 == "aarch64-embedded" { print $4 }' "$work/touched/build.tsv")"
if [ "${touched:-0}" -ge 1 ]; then
  echo "ok    after touching main.swift the aarch64 build compiled $touched module(s) again"
else
  fail "touching main.swift did not recompile anything"
fi
finish_checks rebuild "second build compiled nothing and left every binary byte-identical"
