import Testing

@testable import Aggregation

@Suite("Mann–Whitney U")
struct MannWhitneyTests {
  @Test("exact p for two fully separated samples of 5 is 2/C(10,5)")
  func separatedExact() throws {
    let test = try #require(MannWhitney([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]))
    #expect(test.exact)
    #expect(test.u == 0)
    #expect(abs(test.pValue - 2.0 / 252.0) < 1e-12)
  }

  @Test("U counts pairs where the first sample is larger; swapping gives m·n − U")
  func uCountsPairs() throws {
    let first: [Double] = [3, 5, 9]
    let second: [Double] = [1, 4, 6, 8]
    // Pairs with first > second: 3>1; 5>1,4; 9>1,4,6,8 → 1 + 2 + 4 = 7.
    let forward = try #require(MannWhitney(first, second))
    let backward = try #require(MannWhitney(second, first))
    #expect(forward.u == 7)
    #expect(backward.u == 12 - 7)
    #expect(forward.pValue == backward.pValue)
  }

  @Test("the exact distribution has C(m+n, m) orderings and is symmetric")
  func distributionShape() {
    let counts = MannWhitney.distribution(m: 4, n: 6)
    #expect(counts.count == 25)
    #expect(counts.reduce(0, +) == 210)
    #expect(counts == counts.reversed())
    // Only one ordering puts every first value below every second one.
    #expect(counts[0] == 1)
  }

  @Test("the normal approximation tracks the exact p-value for moderate samples")
  func normalMatchesExact() {
    // Interleaved but shifted samples of 25 without ties.
    let first = (0..<25).map { Double($0) * 2 + 7 }
    let second = (0..<25).map { Double($0) * 2 + 0.5 }
    guard let test = MannWhitney(first, second) else {
      Issue.record("no test")
      return
    }
    let exact = MannWhitney.exactPValue(u: test.u, m: 25, n: 25)
    let normal = MannWhitney.normalPValue(u: test.u, m: 25, n: 25, tieTerm: 0)
    #expect(exact < 0.2)
    #expect(abs(normal - exact) / exact < 0.05)
  }

  @Test("ties use the corrected variance; identical samples give p = 1")
  func ties() throws {
    let same = try #require(MannWhitney([2, 2, 2, 2], [2, 2, 2]))
    #expect(!same.exact)
    #expect(same.pValue == 1)
    let ranked = MannWhitney.midranks([1, 2, 2, 3])
    #expect(ranked.ranks == [1, 2.5, 2.5, 4])
    #expect(ranked.tieTerm == 6)  // one pair tied: 2³ − 2
    let tied = try #require(MannWhitney([1, 2, 2, 2, 3, 3], [3, 4, 4, 5, 6, 7]))
    let untied = MannWhitney.normalPValue(u: tied.u, m: 6, n: 6, tieTerm: 0)
    #expect(tied.pValue < untied)  // less variance under ties: a smaller p for the same U
  }

  @Test("empty samples give no test")
  func empty() {
    #expect(MannWhitney([], [1, 2]) == nil)
  }
}

@Suite("Holm correction and ratio bootstrap")
struct CorrectionTests {
  @Test("Holm adjusts step-down and keeps the adjusted values monotone")
  func holm() {
    let adjusted = HolmCorrection.adjust([0.01, 0.04, 0.03, 0.005])
    let expected = [0.03, 0.06, 0.06, 0.02]
    for (value, target) in zip(adjusted, expected) { #expect(abs(value - target) < 1e-12) }
    // 0.2 × 2 = 0.4; 0.3 × 1 = 0.3 is raised to 0.4 so a larger p never gets a smaller value.
    #expect(HolmCorrection.adjust([0.3, 0.2]) == [0.4, 0.4])
    #expect(HolmCorrection.adjust([0.9, 0.8]) == [1, 1])
  }

  @Test("bootstrap intervals are reproducible and contain the point ratio")
  func bootstrap() throws {
    let numerator: [Double] = [2.0, 2.1, 1.9, 2.05, 1.95, 2.02, 1.98, 2.2, 1.85, 2.01]
    let denominator: [Double] = [1.0, 1.02, 0.98, 1.01, 0.99, 1.03, 0.97, 1.0, 1.05, 0.95]
    let first = try #require(RatioBootstrap(numerator: numerator, denominator: denominator))
    let second = try #require(RatioBootstrap(numerator: numerator, denominator: denominator))
    #expect(first == second)
    #expect(first.low < 2.0 && 2.0 < first.high)
    #expect(first.high - first.low < 0.3)
    let same = try #require(RatioBootstrap(numerator: denominator, denominator: denominator))
    #expect(same.low <= 1 && 1 <= same.high)
  }
}
