# Sourced by the launchers in Toolchains/wasm. WASI has no affinity call, so a module cannot pin
# itself: when the arguments hold `--pin CPU` (or `--pin=CPU`), the runtime is started under
# `taskset -c CPU`, and the module checks in /proc/self/status (the runtime's own process) that
# it may run on CPU alone (Sources/EdgebenchKit/Commands/RunPreflight.swift). A scan, not a
# parser: the module's flag parser judges the command line, and a CPU taskset cannot pin to
# (offline, out of range, not a number) is left for the module to refuse as natively.
#
# edgebench_wasm_pin ARGS...  sets the array `pinned` to the command prefix (empty: no --pin).
edgebench_wasm_pin() {
  pinned=()
  local arguments=("$@") cpu="" i
  for ((i = 0; i < ${#arguments[@]}; i++)); do
    case "${arguments[i]}" in
      --pin) cpu="${arguments[i + 1]:-}" ;;
      --pin=*) cpu="${arguments[i]#--pin=}" ;;
    esac
  done
  [[ "$cpu" =~ ^[0-9]+$ ]] && taskset -c "$cpu" true 2>/dev/null || return 0
  pinned=(taskset -c "$cpu")
}
