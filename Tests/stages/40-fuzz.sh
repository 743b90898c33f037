#!/usr/bin/env bash
# Bounded libFuzzer runs of the varint and message decoders (FUZZ_SECONDS each, default 60).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash Fuzz/run.sh "${FUZZ_SECONDS:-60}"
