import CPerf

/// Checks that flag values work on this machine before anything is measured, so a long run
/// never ends in a usage error.
enum RunPreflight {
  /// Pins the process to `cpu` if given; an offline CPU or a refused affinity is a usage error.
  static func pin(_ cpu: Int?) throws(UsageError) {
    guard let cpu else { return }
    let onlineText = SystemFile.text("/sys/devices/system/cpu/online")
    if let onlineText, let online = TextScan.cpuList(onlineText), !online.contains(cpu) {
      throw .invalidValue(
        flag: "--pin", value: String(cpu), reason: "CPU is not online (online: \(onlineText))")
    }
    let status = cperf_pin_to_cpu(Int32(cpu))
    if status != 0 {
      throw .invalidValue(
        flag: "--pin", value: String(cpu),
        reason: "sched_setaffinity failed: " + SystemError(-status).description)
    }
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
