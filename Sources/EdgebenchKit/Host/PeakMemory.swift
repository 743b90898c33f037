import CPerf

/// The peak resident set size of this process image, for every results record.
///
/// VmHWM from /proc/self/status first: getrusage's `ru_maxrss` survives execve, so a run
/// started through a launcher that execs it (`swift run`, a shell wrapper) reported the
/// launcher's peak — 121 MiB under `swift run` against edgebench's own 8 MiB on this VM.
/// getrusage is the fallback where /proc is not mounted.
enum PeakMemory {
  /// KiB, or nil when neither source answers.
  static func residentKiB() -> Int? {
    if let status = SystemFile.text("/proc/self/status"), let kib = highWaterMark(in: status) {
      return kib
    }
    let rss = cperf_peak_rss_kib()
    return rss >= 0 ? Int(rss) : nil
  }

  /// The number on the `VmHWM:` line of /proc/self/status ("VmHWM:     8560 kB").
  static func highWaterMark(in status: String) -> Int? {
    TextScan.integerField("VmHWM", in: status)
  }
}
