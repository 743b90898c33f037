#!/usr/bin/env bash
# boards/profiles.py, which deploy and the Ansible playbook share: the machine check (which
# boards may run which target) and the errors a malformed profile gives.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 Tests/support/test_profiles.py -v 2>&1
