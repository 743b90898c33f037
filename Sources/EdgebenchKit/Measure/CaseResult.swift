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
