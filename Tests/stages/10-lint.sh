#!/usr/bin/env bash
# swift-format lint over every Swift file, with the project's .swift-format configuration.
set -euo pipefail
cd "$(dirname "$0")/../.."
mapfile -t files < <(git ls-files --cached --others --exclude-standard '*.swift')
swift-format lint --strict --configuration .swift-format "${files[@]}"
echo "lint: ${#files[@]} files clean"
