/// The Mann–Whitney U test (Wilcoxon rank-sum): do two sets of samples come from the same
/// distribution, or does one tend to be larger? Distribution-free, so it suits benchmark
/// timings, which are skewed and have outliers.
///
/// Small samples without ties get the exact two-sided p-value from the permutation
/// distribution of U. Otherwise the normal approximation is used, with the variance corrected
/// for ties and a continuity correction of ½.
public struct MannWhitney: Equatable, Sendable {
  /// U of the first sample: the number of pairs (x, y) with x > y, ties counting ½.
  public let u: Double
  /// The two-sided p-value.
  public let pValue: Double
  /// True when `pValue` is exact; false when it comes from the normal approximation.
  public let exact: Bool

  /// Largest sample size for which the exact distribution is computed.
  public static let exactLimit = 30

  /// Tests `first` against `second` (neither may be empty: then nil).
  public init?(_ first: [Double], _ second: [Double]) {
    let m = first.count
    let n = second.count
    guard m > 0, n > 0 else { return nil }
    let ranked = Self.midranks(first + second)
    var rankSum = 0.0
    for index in 0..<m { rankSum += ranked.ranks[index] }
    u = rankSum - Double(m * (m + 1)) / 2
    if ranked.tieTerm == 0, m <= Self.exactLimit, n <= Self.exactLimit {
      pValue = Self.exactPValue(u: u, m: m, n: n)
      exact = true
    } else {
      pValue = Self.normalPValue(u: u, m: m, n: n, tieTerm: ranked.tieTerm)
      exact = false
    }
  }

  /// A result from its parts.
  init(u: Double, pValue: Double, exact: Bool) {
    self.u = u
    self.pValue = pValue
    self.exact = exact
  }

  /// Ranks 1...N with tied values sharing their mean rank, and Σ(t³ − t) over tie groups.
  static func midranks(_ values: [Double]) -> (ranks: [Double], tieTerm: Double) {
    let order = values.indices.sorted { values[$0] < values[$1] }
    var ranks = [Double](repeating: 0, count: values.count)
    var tieTerm = 0.0
    var start = 0
    while start < order.count {
      var end = start
      while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
      let shared = Double(start + end) / 2 + 1
      for position in start...end { ranks[order[position]] = shared }
      let t = Double(end - start + 1)
      tieTerm += t * t * t - t
      start = end + 1
    }
    return (ranks, tieTerm)
  }

  /// Two-sided p from the normal approximation with tie and continuity corrections.
  static func normalPValue(u: Double, m: Int, n: Int, tieTerm: Double) -> Double {
    let total = Double(m + n)
    let mean = Double(m * n) / 2
    let variance = Double(m * n) / 12 * ((total + 1) - tieTerm / (total * (total - 1)))
    guard variance > 0 else { return 1 }
    let distance = max(0, abs(u - mean) - 0.5)
    let z = distance / variance.squareRoot()
    return min(1, MathFunctions.complementaryErrorFunction(z / 2.0.squareRoot()))
  }

  /// Two-sided exact p: 2 × the smaller tail of U's permutation distribution, at most 1.
  static func exactPValue(u: Double, m: Int, n: Int) -> Double {
    let counts = distribution(m: m, n: n)
    let total = counts.reduce(0, +)
    let observed = Int(u.rounded())
    var lower = 0.0
    var upper = 0.0
    for (value, count) in counts.enumerated() {
      if value <= observed { lower += count }
      if value >= observed { upper += count }
    }
    return min(1, 2 * min(lower, upper) / total)
  }

  /// How many of the C(m+n, m) orderings give each U = 0...m·n. Looking at the largest value:
  /// if it is from the first sample it beats all n of the second, so
  /// c(m, n, u) = c(m − 1, n, u − n) + c(m, n − 1, u). Counts are Doubles: C(60, 30) ≈ 1.2e17 is
  /// beyond exact integers in a Double, but the relative error stays near 1e-16.
  static func distribution(m: Int, n: Int) -> [Double] {
    guard m > 0, n > 0 else { return [1] }
    // previous[j] is c(i − 1, j, ·) while i grows row by row.
    var previous: [[Double]] = (0...n).map { _ in [1] }
    for i in 1...m {
      var row: [[Double]] = [[1]]  // c(i, 0, ·): only U = 0
      for j in 1...n {
        var counts = [Double](repeating: 0, count: i * j + 1)
        for (value, count) in previous[j].enumerated() { counts[value + j] += count }
        for (value, count) in row[j - 1].enumerated() { counts[value] += count }
        row.append(counts)
      }
      previous = row
    }
    return previous[n]
  }
}
