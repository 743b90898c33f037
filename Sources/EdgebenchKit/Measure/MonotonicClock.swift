import CPerf

/// Nanoseconds from the system's monotonic clock, through CPerf so the board build has it too.
public enum MonotonicClock {
  /// Now, in nanoseconds from an arbitrary origin.
  public static func now() -> UInt64 { cperf_monotonic_ns() }
}
