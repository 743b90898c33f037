#!/usr/bin/env bash
# Swift Testing suites (CodecCore, EdgebenchKit) in the host build.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift test --parallel 2>&1 | tail -n 60
