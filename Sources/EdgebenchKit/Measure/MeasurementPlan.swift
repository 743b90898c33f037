/// How a run measures: samples, warm-up, iterations, the clock, order and pinning.
public struct MeasurementPlan: Sendable {
  /// Timed samples per case.
  public var samples = 10
  /// Untimed samples per case before the timed ones (after calibration).
  public var warmupSamples = 1
  /// Iterations per sample, or nil to calibrate each case to `targetSampleNanoseconds`.
  public var fixedIterations: Int?
  /// How long a calibrated sample should take.
  public var targetSampleNanoseconds: UInt64 = 10_000_000
  /// Seed of the order in which cases run within each round.
  public var seed: UInt64 = 0
  /// The CPU the run is pinned to, if any.
  public var pinnedCPU: Int?
  /// The clock that times samples (and calibrates them).
  public var clock = SampleClock.wall

  /// Makes the default plan.
  public init() {}
}
