/// Robust summary of one case's samples: the median and its distribution-free confidence
/// interval lead, because benchmark noise is one-sided (interrupts only ever add time).
public struct SampleStatistics: Equatable, Sendable {
  /// Samples summarized.
  public let count: Int
  /// The middle sample (mean of the middle two for an even count).
  public let median: Double
  /// The fastest sample.
  public let min: Double
  /// The slowest sample.
  public let max: Double
  /// The arithmetic mean.
  public let mean: Double
  /// Sample standard deviation (n − 1); 0 for one sample.
  public let standardDeviation: Double
  /// Median absolute deviation from the median, unscaled.
  public let mad: Double
  /// Coefficient of variation: standard deviation / mean.
  public let coefficientOfVariation: Double
  /// The confidence interval of the median (order statistics, see `MedianConfidence`).
  public let medianInterval: MedianConfidence

  /// Summarizes `samples`; nil when there are none.
  public init?(_ samples: [Double]) {
    guard !samples.isEmpty else { return nil }
    let sorted = samples.sorted()
    count = sorted.count
    median = Self.medianOfSorted(sorted)
    min = sorted[0]
    max = sorted[sorted.count - 1]
    var sum = 0.0
    for value in sorted { sum += value }
    mean = sum / Double(count)
    var squares = 0.0
    for value in sorted { squares += (value - mean) * (value - mean) }
    standardDeviation = count > 1 ? (squares / Double(count - 1)).squareRoot() : 0
    let center = median
    mad = Self.median(sorted.map { abs($0 - center) })
    coefficientOfVariation = mean == 0 ? 0 : standardDeviation / mean
    medianInterval = MedianConfidence(sorted: sorted)
  }

  /// The median of `values` (0 when empty).
  public static func median(_ values: [Double]) -> Double {
    medianOfSorted(values.sorted())
  }

  private static func medianOfSorted(_ sorted: [Double]) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let middle = sorted.count / 2
    if sorted.count % 2 == 1 { return sorted[middle] }
    return (sorted[middle - 1] + sorted[middle]) / 2
  }
}
