/// Which clock a sample's time per value comes from.
public enum TimeSource: String, CaseIterable, Sendable {
  /// Wall-clock time around the sample: what a user waits, including time the process spent
  /// waiting for a CPU on a busy machine. The default, and right on a quiet board.
  case wall
  /// The kernel's task-clock for the sample: time actually spent on a CPU. On a machine shared
  /// with other work it leaves the waiting out; it needs the task-clock software counter.
  case cpu

  /// The time per value of `sample` by this clock, or nil when the sample lacks it.
  func nanosecondsPerValue(_ sample: SampleFacts) -> Double? {
    switch self {
    case .wall: return sample.nanosecondsPerValue
    case .cpu: return sample.countersPerValue["task-clock"]
    }
  }

  /// How tables and charts name the unit.
  public var unit: String { self == .wall ? "ns/value" : "CPU ns/value" }
}
