import CPerf

/// Checks that flag values work on this machine before anything is measured, so a long run
/// never ends in a usage error.
enum RunPreflight {
  /// Pins the process to `cpu` if given; an offline CPU or a refused affinity is a usage error.
  /// WASI has no affinity call: there the runtime must already be confined to `cpu` alone (the
  /// launchers in Toolchains/wasm start it under `taskset -c CPU` when they see `--pin CPU`),
  /// which is checked instead.
  static func pin(_ cpu: Int?) throws(UsageError) {
    guard let cpu else { return }
    let onlineText = SystemFile.text("/sys/devices/system/cpu/online")
    if let onlineText, let online = TextScan.cpuList(onlineText), !online.contains(cpu) {
      throw .invalidValue(
        flag: "--pin", value: String(cpu), reason: "CPU is not online (online: \(onlineText))")
    }
    if cperf_is_wasi() != 0 { return try checkConfined(to: cpu) }
    let status = cperf_pin_to_cpu(Int32(cpu))
    if status != 0 {
      throw .invalidValue(
        flag: "--pin", value: String(cpu),
        reason: "sched_setaffinity failed: " + SystemError(-status).description)
    }
  }

  /// Under WASI: the runtime's own process (/proc/self, reachable through the launchers' "/"
  /// preopen) may run on `cpu` and no other CPU, by its Cpus_allowed_list.
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  private static func checkConfined(to cpu: Int) throws(UsageError) {
    let path = "/proc/self/status"
    let allowedText = SystemFile.text(path, capacity: 64 * 1024).flatMap {
      TextScan.field("Cpus_allowed_list", in: $0)
    }
    guard let allowedText, let allowed = TextScan.cpuList(allowedText) else {
      throw .invalidValue(
        flag: "--pin", value: String(cpu),
        reason: "WASI has no affinity call, and " + path
          + " gives no Cpus_allowed_list to check that the runtime runs on this CPU alone")
    }
    guard allowed == [cpu] else {
      throw .invalidValue(
        flag: "--pin", value: String(cpu),
        reason: "WASI has no affinity call, so the runtime must be started on this CPU alone "
          + "(the launchers in Toolchains/wasm run it under taskset -c " + String(cpu)
          + "), but it may run on CPUs " + allowedText + " (Cpus_allowed_list in " + path + ")")
    }
  }

  /// The clock the samples are timed with: `clock`, unless it is the thread's CPU clock and
  /// this runtime cannot read one (wasmkit 0.1.6 has none). A `--clock cpu` that was `given`
  /// is then a usage error; a command's default (`bench`'s) falls back to the wall clock and
  /// says so, and the results record the clock that timed them (`run.clock`).
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  static func clock(_ clock: SampleClock, given: Bool) throws(UsageError) -> SampleClock {
    guard clock == .cpu, cperf_thread_cpu_clock_works() == 0 else { return clock }
    let runtime = cperf_environment("EDGEBENCH_WASM_RUNTIME").map { String(cString: $0) }
    let reason =
      (runtime.map { "the WebAssembly runtime " + $0 } ?? "this system")
      + " has no CPU-time clock (clock_gettime(CLOCK_THREAD_CPUTIME_ID) fails)"
    if given { throw .invalidValue(flag: "--clock", value: "cpu", reason: reason + "; use wall") }
    Console.error("edgebench: " + reason + ": samples are timed with the wall clock")
    return .wall
  }

  /// Classifies output `path` by the output policy and checks that it can be written, so a
  /// refused kind of file (a directory, a block device) or an unwritable directory is a usage
  /// error now rather than after the run.
  static func outputTarget(_ path: String, flag: String) throws(UsageError) -> OutputTarget {
    do throws(FileError) {
      return try OutputTarget.preflight(path)
    } catch {
      throw .invalidValue(flag: flag, value: path, reason: error.message)
    }
  }
}
