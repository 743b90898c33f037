#!/usr/bin/env bash
# swift-format lint over every Swift file, with the project's .swift-format configuration.
set -euo pipefail
cd "$(dirname "$0")/../.."
mapfile -t files < <(git ls-files --cached --others --exclude-standard '*.swift')
swift-format lint --strict --configuration .swift-format "${files[@]}"
echo "lint: ${#files[@]} files clean"

# Folder references run one way, as docs/architecture.md's layers lines say; and the check can
# fail: a copy with System using a Measure type must be refused.
python3 Tests/support/check_layers.py
copy="$(mktemp -d)"
trap 'rm -rf "$copy"' EXIT
mkdir -p "$copy/docs" && cp docs/architecture.md "$copy/docs/"
cp -r Sources "$copy/"
printf 'func leak(_ result: CaseResult) {}\n' >"$copy/Sources/EdgebenchKit/System/Leak.swift"
if python3 Tests/support/check_layers.py "$copy" 2>"$copy/errors"; then
  echo "lint: check_layers accepted System using CaseResult" >&2
  exit 1
fi
grep -q "Leak.swift: uses CaseResult from Measure" "$copy/errors"
echo "lint: layers hold, and a reference against them is refused"
