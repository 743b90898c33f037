import CodecCore

/// A percentile-bootstrap confidence interval for the ratio of two medians.
///
/// Both samples are resampled with replacement, the ratio of the resamples' medians is taken
/// each time, and the interval is the middle 95% of those ratios. The generator is SplitMix64
/// with a fixed seed, so the same inputs always give the same interval. The level is per
/// comparison (not adjusted for the number of comparisons); the significance verdicts come
/// from the Holm-adjusted Mann–Whitney tests.
public struct RatioBootstrap: Equatable, Sendable {
  /// Lower bound of the ratio.
  public let low: Double
  /// Upper bound of the ratio.
  public let high: Double
  /// The coverage asked for.
  public let level: Double

  /// Resamples drawn.
  public static let resamples = 2000
  /// The generator's seed.
  public static let seed: UInt64 = 0xED6E_BE4C

  /// The interval for median(numerator) / median(denominator); nil if either is empty or a
  /// resampled denominator median is not positive.
  public init?(numerator: [Double], denominator: [Double], level: Double = 0.95) {
    guard !numerator.isEmpty, !denominator.isEmpty else { return nil }
    var generator = SplitMix64(seed: Self.seed)
    var ratios: [Double] = []
    ratios.reserveCapacity(Self.resamples)
    var top = numerator
    var bottom = denominator
    for _ in 0..<Self.resamples {
      Self.resample(numerator, into: &top, &generator)
      Self.resample(denominator, into: &bottom, &generator)
      let denominatorMedian = Self.median(sorting: &bottom)
      guard denominatorMedian > 0 else { return nil }
      ratios.append(Self.median(sorting: &top) / denominatorMedian)
    }
    ratios.sort()
    let tail = (1 - level) / 2
    low = ratios[Int((tail * Double(ratios.count - 1)).rounded())]
    high = ratios[Int(((1 - tail) * Double(ratios.count - 1)).rounded())]
    self.level = level
  }

  /// An interval from its bounds.
  init(low: Double, high: Double, level: Double) {
    self.low = low
    self.high = high
    self.level = level
  }

  /// Fills `draw` (as long as `values`) with a resample of `values`, with replacement.
  private static func resample(
    _ values: [Double], into draw: inout [Double], _ generator: inout SplitMix64
  ) {
    let count = UInt64(values.count)
    for index in draw.indices { draw[index] = values[Int(generator.next(below: count))] }
  }

  /// The median of `values`, sorting them in place (one buffer reused for every resample).
  /// Insertion sort below 64 values: the usual sample counts are 10 to 30, and the generic
  /// library sort spends most of a debug build's test time on these tiny arrays.
  private static func median(sorting values: inout [Double]) -> Double {
    if values.count < 64 {
      for index in values.indices.dropFirst() {
        let value = values[index]
        var slot = index
        while slot > 0, values[slot - 1] > value {
          values[slot] = values[slot - 1]
          slot -= 1
        }
        values[slot] = value
      }
    } else {
      values.sort()
    }
    let middle = values.count / 2
    return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
  }
}
