/// A distribution-free confidence interval for the median, from order statistics.
///
/// For n samples the number below the true median is Binomial(n, ½), so the interval between
/// the j-th smallest and the j-th largest sample covers the median with probability
/// P(j ≤ B ≤ n − j). The widest j whose coverage is still ≥ 95% is chosen. Below 6 samples no
/// interval reaches 95%; then it is [min, max] and `level` says what it does reach.
public struct MedianConfidence: Equatable, Sendable {
  /// Lower bound: the j-th smallest sample.
  public let low: Double
  /// Upper bound: the j-th largest sample.
  public let high: Double
  /// The coverage actually achieved (≥ 0.95 from 6 samples on).
  public let level: Double
  /// j, the 1-based rank of the lower bound.
  public let rank: Int

  /// The interval for samples already sorted ascending (not empty).
  public init(sorted: [Double], target: Double = 0.95) {
    let n = sorted.count
    let (rank, level) = Self.rank(count: n, target: target)
    low = sorted[rank - 1]
    high = sorted[n - rank]
    self.level = level
    self.rank = rank
  }

  /// The largest rank j with P(j ≤ B ≤ n − j) ≥ `target` for B ~ Binomial(n, ½), and that
  /// coverage; (1, coverage of [min, max]) when none reaches it.
  public static func rank(count n: Int, target: Double) -> (rank: Int, level: Double) {
    guard n > 1 else { return (1, 0) }
    // Binomial(n, ½) probabilities, computed by the ratio recurrence from P(0) = 2^-n.
    // Counts are capped at 1000 samples by the command line, well inside Double's range.
    var pmf = [Double](repeating: 0, count: n + 1)
    var p = 1.0
    for _ in 0..<n { p *= 0.5 }
    pmf[0] = p
    for k in 0..<n { pmf[k + 1] = pmf[k] * Double(n - k) / Double(k + 1) }
    var best = (rank: 1, level: 0.0)
    var rank = 1
    while rank <= n - rank + 1 {
      var coverage = 0.0
      // The interval [x(j), x(n-j+1)] covers the median when j ≤ B ≤ n − j.
      if rank <= n - rank {
        for k in rank...(n - rank) { coverage += pmf[k] }
      }
      if rank == 1 { best = (1, coverage) }
      if coverage >= target {
        best = (rank, coverage)
      } else {
        break
      }
      rank += 1
    }
    return best
  }
}
