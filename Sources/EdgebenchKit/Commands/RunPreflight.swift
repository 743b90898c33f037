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
        reason: "sched_setaffinity failed: " + SystemError(status).description)
    }
  }

  /// Creates and removes a probe file beside `path`, so an unwritable destination is found now.
  static func checkWritable(_ path: String) throws(UsageError) {
    let probe = path + ".probe-" + String(cperf_process_id())
    let fd = probe.withCString { cperf_create_exclusive($0) }
    guard fd >= 0 else {
      throw .invalidValue(
        flag: "--output", value: path,
        reason: "cannot create files there: " + SystemError(-fd).description)
    }
    _ = cperf_close(fd)
    _ = probe.withCString { cperf_unlink($0) }
  }
}
