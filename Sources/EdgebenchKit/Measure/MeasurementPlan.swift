/// How a run measures: samples, warm-up, iterations, order and pinning.
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

  /// Makes the default plan.
  public init() {}
}

/// One timed sample of one case.
public struct SampleRecord: Sendable {
  /// The round (0-based); every case runs once per round.
  public let round: Int
  /// The case's position within the round's shuffled order.
  public let position: Int
  /// Iterations timed.
  public let iterations: Int
  /// Nanoseconds for all iterations, clock overhead taken off.
  public let nanoseconds: UInt64
  /// CPU at the start of the sample.
  public let cpuStart: Int?
  /// CPU at the end.
  public let cpuEnd: Int?
  /// True when the CPU changed or the cpu-migrations counter moved during the sample.
  public let migrated: Bool
  /// The counters over the sample, when any are counting.
  public let counters: CounterSample?
}

/// Everything measured for one case.
public struct CaseResult {
  /// The case.
  public let benchmark: BenchmarkCase
  /// Its check before timing.
  public let check: CaseCheck
  /// Iterations per sample.
  public let iterations: Int
  /// True when `iterations` was calibrated rather than given.
  public let calibrated: Bool
  /// The timed samples, in the order they ran.
  public let samples: [SampleRecord]

  /// Values processed per iteration.
  public var valuesPerIteration: Int { check.values }

  /// Nanoseconds per value of each sample.
  public var nanosecondsPerValue: [Double] {
    samples.map { perValue(Double($0.nanoseconds), $0) }
  }

  /// Statistics of nanoseconds per value; nil when nothing was timed.
  public var statistics: SampleStatistics? { SampleStatistics(nanosecondsPerValue) }

  /// `total` divided by the values a sample processed.
  func perValue(_ total: Double, _ sample: SampleRecord) -> Double {
    let values = Double(sample.iterations) * Double(max(1, valuesPerIteration))
    return total / values
  }
}
