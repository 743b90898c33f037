import CPerf

/// Nanoseconds from the system's monotonic clock, through CPerf so the board build has it too.
public enum MonotonicClock {
  /// Now, in nanoseconds from an arbitrary origin.
  public static func now() -> UInt64 { cperf_monotonic_ns() }
}

/// Which clock times a run's samples.
public enum SampleClock: String, Sendable {
  /// Wall-clock time from the monotonic clock (the default for `decode`): what a user waits.
  case wall
  /// CPU time of the running thread: time the scheduler gives to other processes is left out,
  /// so a busy shared machine slows the samples less (the default for `bench`).
  case cpu

  /// Now, in nanoseconds from an arbitrary origin.
  public func now() -> UInt64 {
    switch self {
    case .wall: return cperf_monotonic_ns()
    case .cpu: return cperf_thread_cpu_ns()
    }
  }

  /// The name results files record: "wall" or "thread-cpu".
  public var recordName: String { self == .wall ? "wall" : "thread-cpu" }
}
