# Sourced by test stages that run many checks and report every failure before exiting:
# call `fail "what went wrong"` for each failed check, and `finish_checks <stage> <summary>` last.
failures=0

# Records one failed check.
fail() {
  echo "FAIL  $1"
  failures=$((failures + 1))
}

# Exits 1 if any check failed; otherwise prints the stage's one-line summary.
finish_checks() {
  if [ "$failures" -ne 0 ]; then
    echo "$1: $failures checks failed"
    exit 1
  fi
  echo "$1: $2"
}
