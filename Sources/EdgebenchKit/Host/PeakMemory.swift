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
  ///
  /// One pass over the bytes, no `split`: the generic splitting added 4 KiB to the aarch64
  /// board binary.
  static func highWaterMark(in status: String) -> Int? {
    let label: StaticString = "VmHWM:"
    let labelLength = label.utf8CodeUnitCount
    var matched = 0  // bytes of the label matched at the start of the current line; -1: none
    var value = 0
    var digits = 0
    for byte in status.utf8 {
      if matched == labelLength {
        if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
          value = value &* 10 &+ Int(byte &- UInt8(ascii: "0"))
          digits += 1
        } else if digits > 0 || byte == UInt8(ascii: "\n") {
          break
        }
      } else if byte == UInt8(ascii: "\n") {
        matched = 0
      } else if matched >= 0 {
        matched = byte == label.utf8Start[matched] ? matched + 1 : -1
      }
    }
    return matched == labelLength && digits > 0 && digits < 16 ? value : nil
  }
}
