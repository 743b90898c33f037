import Testing

@testable import EdgebenchKit

@Suite struct StatisticsTests {
  @Test func summaryOfKnownSamples() throws {
    let stats = try #require(SampleStatistics([5, 1, 4, 2, 3, 100]))
    #expect(stats.count == 6)
    #expect(stats.median == 3.5)
    #expect(stats.min == 1)
    #expect(stats.max == 100)
    #expect(stats.mean == 115.0 / 6)
    // Deviations from 3.5: 1.5, 2.5, 0.5, 1.5, 0.5, 96.5 -> sorted 0.5 0.5 1.5 1.5 2.5 96.5.
    #expect(stats.mad == 1.5)
    let mean = 115.0 / 6
    var squares = 0.0
    for value in [5.0, 1, 4, 2, 3, 100] { squares += (value - mean) * (value - mean) }
    #expect(abs(stats.standardDeviation - (squares / 5).squareRoot()) < 1e-12)
    #expect(abs(stats.coefficientOfVariation - stats.standardDeviation / mean) < 1e-12)
    #expect(SampleStatistics([]) == nil)
  }

  @Test func oneSampleHasNoSpread() throws {
    let stats = try #require(SampleStatistics([7]))
    #expect(stats.median == 7 && stats.standardDeviation == 0 && stats.mad == 0)
    #expect(stats.medianInterval.low == 7 && stats.medianInterval.high == 7)
  }

  /// Ranks and coverages checked against the Binomial(n, 1/2) distribution by hand.
  @Test func medianIntervalRanks() {
    // n = 5: even [min, max] covers only 1 - 2/32.
    let five = MedianConfidence.rank(count: 5, target: 0.95)
    #expect(five.rank == 1 && abs(five.level - 0.9375) < 1e-12)
    // n = 6: [min, max] covers 1 - 2/64 = 0.96875.
    let six = MedianConfidence.rank(count: 6, target: 0.95)
    #expect(six.rank == 1 && abs(six.level - 0.96875) < 1e-12)
    // n = 10: j = 2 covers 1 - 2*(1+10)/1024; j = 3 would cover only 1 - 2*56/1024.
    let ten = MedianConfidence.rank(count: 10, target: 0.95)
    #expect(ten.rank == 2 && abs(ten.level - (1 - 22.0 / 1024)) < 1e-12)
    // n = 20: j = 6 covers 0.9586; j = 7 covers 0.8847.
    let twenty = MedianConfidence.rank(count: 20, target: 0.95)
    #expect(twenty.rank == 6 && abs(twenty.level - 0.958610535) < 1e-8)
    // Large counts stay finite.
    #expect(MedianConfidence.rank(count: 1000, target: 0.95).level >= 0.95)
  }

  @Test func intervalBracketsTheMedian() throws {
    let samples = (1...25).map { Double($0 * $0 % 17) }
    let stats = try #require(SampleStatistics(samples))
    #expect(stats.medianInterval.low <= stats.median)
    #expect(stats.median <= stats.medianInterval.high)
    #expect(stats.medianInterval.level >= 0.95)
  }

  @Test func caseOrderIsASeededPermutation() {
    var first = CaseOrder(seed: 42)
    var second = CaseOrder(seed: 42)
    var rounds: [[Int]] = []
    for _ in 0..<10 {
      let order = first.next(count: 6)
      #expect(order.sorted() == Array(0..<6))
      #expect(second.next(count: 6) == order)
      rounds.append(order)
    }
    #expect(Set(rounds.map { $0.description }).count > 1)
  }
}
