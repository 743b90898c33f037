import CPerf

extension Virtualization {
  /// The verdict of the WebAssembly (wasm32-wasi) build: kind "wasm", so results from a runtime
  /// are compared with other WebAssembly runs and never taken for native ones. The runtime and
  /// its version come from the launcher (EDGEBENCH_WASM_RUNTIME, Toolchains/wasm); the evidence
  /// also says what the host underneath looks like from /proc and /sys, which the launchers
  /// preopen (CPUID cannot be executed from WebAssembly).
  static func webAssembly(cpuInfo: CPUInfo) -> Virtualization {
    let runtime = cperf_environment("EDGEBENCH_WASM_RUNTIME").map { String(cString: $0) }
    var underneath = "host underneath: "
    if cpuInfo.processors.first?["flags"]?.split(separator: " ").contains("hypervisor") == true {
      underneath += "a VM (cpuinfo flag 'hypervisor')"
    } else if cpuInfo.processors.isEmpty {
      underneath += "unknown (/proc/cpuinfo not reachable)"
    } else {
      underneath += "no hypervisor flag in /proc/cpuinfo"
    }
    return Virtualization(
      kind: "wasm",
      evidence: "WebAssembly (WASI preview 1) module under "
        + (runtime ?? "an unnamed runtime (no EDGEBENCH_WASM_RUNTIME)") + "; " + underneath,
      runtime: runtime ?? "unknown")
  }
}
