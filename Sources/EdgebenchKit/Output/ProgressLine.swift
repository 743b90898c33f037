import CPerf

/// Progress on standard error for runs longer than a second, only when standard error is a
/// terminal: once the samples so far project a run over a second, a line is redrawn at most
/// ten times a second, between samples (never during one).
public struct ProgressLine: SampleProgress {
  private let allowed: Bool
  private var active = false
  private var total = 0
  private var done = 0
  private var started: UInt64 = 0
  private var lastDrawn: UInt64 = 0

  /// A progress line that draws only if `allowed` and standard error is a terminal.
  public init(allowed: Bool = true) {
    self.allowed = allowed && cperf_is_terminal(2) == 1
  }

  /// Begins a run of `total` samples.
  public mutating func start(total: Int) {
    self.total = total
    done = 0
    active = false
    started = MonotonicClock.now()
  }

  /// Records one more sample of `label`.
  public mutating func advance(label: String) {
    done += 1
    guard allowed else { return }
    let now = MonotonicClock.now()
    if !active {
      let projected = Double(now - started) / Double(done) * Double(total)
      active = projected > 1_000_000_000
    }
    guard active, now - lastDrawn > 100_000_000 || done == total else { return }
    lastDrawn = now
    write("\r\u{1B}[2Kedgebench: sample \(done)/\(total)  \(label)")
  }

  /// Clears the line.
  public mutating func finish() {
    if active { write("\r\u{1B}[2K") }
    active = false
  }

  private func write(_ text: String) {
    var copy = text
    copy.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return }
      _ = cperf_write_all(2, base, bytes.count)
    }
  }
}
