#!/usr/bin/env bash
# The committed results of real CPUs, aggregated with the committed valgrind instruction counts
# (boards/results and boards/instructions): hosts of different CPUs never look alike, even where
# their records carry only the brand string "AMD EPYC" (schema 1), the real cross-CPU ranking
# flips are listed, and each flip's sides are split into instructions x time per instruction.
# The checks are in Tests/support/check_real_cpus.py; the CPUs are the label prefixes below.
set -euo pipefail
cd "$(dirname "$0")/../.."
source Tests/lib/checks.sh
swift build -c release --product edgebench >/dev/null
edgebench="$(swift build -c release --product edgebench --show-bin-path)/edgebench"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cpus=(zen1-kvm zen2-kvm zen3-kvm zen4-kvm zen5-kvm emerald-rapids-kvm)
for cpu in "${cpus[@]}"; do
  [ -d "boards/results/$cpu-full" ] || fail "boards/results/$cpu-full is missing"
done
if "$edgebench" aggregate boards/results boards/instructions --format markdown \
  --output "$work/report.md" 2>"$work/err"; then
  python3 Tests/support/check_real_cpus.py "$work/report.md" "${cpus[@]}" || fail "see above"
else
  cat "$work/err"
  fail "aggregate of boards/results and boards/instructions exited non-zero"
fi
# The Zen 1 and Zen 5 records predate CPU identity: the report must say how it tells them apart.
grep -q "the caches differ, so these are different CPUs" "$work/report.md" \
  || fail "no warning that identity-less AMD EPYC hosts differ by their caches"
finish_checks real-cpus "the committed results of ${#cpus[@]} real CPUs are told apart and their flips decomposed"
