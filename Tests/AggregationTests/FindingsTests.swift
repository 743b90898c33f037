import Testing

@testable import Aggregation

@Suite("Rankings, flips, noise and decomposition")
struct FindingsTests {
  @Test("word and loop swap places on one-byte between the two Ryzens, called out in words")
  func flipAcrossHosts() throws {
    let report = try Fixtures.report()
    let flip = try #require(
      report.flips.first {
        $0.kind == .strategiesAcrossHosts && $0.setting == "decode/one-byte"
          && Set([$0.subject, $0.reference]) == ["loop", "word"]
      })
    // Flips between hosts come first: they are the shape of the claim edgebench exists for.
    let firstOther =
      report.flips.firstIndex { $0.kind != .strategiesAcrossHosts } ?? report.flips.count
    #expect(report.flips[..<firstOther].allSatisfy { $0.kind == .strategiesAcrossHosts })
    #expect(report.flips[firstOther...].allSatisfy { $0.kind != .strategiesAcrossHosts })
    #expect(firstOther > 0)
    let faster = Set(flip.faster.map { flip.context($0) })
    let slower = Set(flip.slower.map { flip.context($0) })
    #expect(flip.subject == "loop")
    #expect(faster.contains("ryzen-3950x") && slower.contains("ryzen-5600x"))
    let sentence = ReportExplanations.sentence(flip)
    #expect(sentence.hasPrefix("decode/one-byte: loop is faster than word on ryzen-3950x (0.7"))
    #expect(sentence.contains("but slower on rk3588 (1.2"))
    #expect(sentence.contains("and ryzen-5600x (1.5"))
    // The flip on ryzen-5600x is a CPI effect: word needs 0.75× the instructions everywhere.
    let on5600 = try #require(
      flip.explanations.first { $0.comparison.subject.label == "ryzen-5600x" })
    guard case .factors(let factors) = on5600.outcome else {
      Issue.record("ryzen-5600x counted instructions and cycles")
      return
    }
    #expect(abs(factors.instructions - 12.0 / 9.0) < 0.01)
    #expect(factors.cyclesPerInstruction > 1.1)
  }

  @Test("rankings order strategies per host and differ between the Ryzens")
  func rankings() throws {
    let report = try Fixtures.report()
    func order(_ label: String) -> [String] {
      report.rankings.first { $0.label == label && $0.scope.corpus == "one-byte" }?
        .entries.map { $0.strategy } ?? []
    }
    #expect(order("ryzen-3950x") == ["loop", "simd", "word"])
    #expect(order("ryzen-5600x") == ["word", "simd", "loop"])
    let ranking = try #require(report.rankings.first { $0.label == "ryzen-5600x" })
    #expect(ranking.entries.dropFirst().allSatisfy { !$0.tiedWithPrevious })
  }

  @Test("equal results on two hosts are marked within noise, not slower or faster")
  func withinNoise() throws {
    let report = try Fixtures.report()
    let table = try #require(
      report.cases.first {
        $0.key == CaseKey(command: "decode", corpus: "uniform-length", strategy: "simd")
      })
    let row = try #require(table.rows.first { $0.summary.label == "ryzen-5600x" })
    let comparison = try #require(row.versusBaseline)
    #expect(comparison.verdict == .withinNoise)
    #expect(comparison.adjustedP >= 0.05)
    #expect(comparison.interval.map { $0.low <= 1 && 1 <= $0.high } == true)
    // A real gap in the same table is significant.
    let slower = try #require(
      table.rows.first { $0.summary.label == "vm-nocounters" }?.versusBaseline)
    #expect(slower.verdict == .slower)
    #expect(slower.adjustedP < 0.001)
  }

  @Test("the decomposition multiplies back to the time ratio and its shares sum to 1")
  func decompositionIdentity() throws {
    let report = try Fixtures.report()
    var checked = 0
    for decomposition in report.decompositions {
      guard case .factors(let factors) = decomposition.outcome else { continue }
      let product =
        factors.instructions * factors.cyclesPerInstruction * (factors.frequency ?? 1)
        * factors.other
      #expect(abs(product - factors.time) < 1e-9)
      if let shares = factors.shares {
        let sum =
          shares.instructions + shares.cyclesPerInstruction + shares.frequency + shares.other
        #expect(abs(sum - 1) < 1e-9)
        checked += 1
      }
    }
    #expect(checked >= 8)
    // rk3588 runs at 2.4 GHz against 4.3: the clock factor is 4.3 / 2.4 and dominates.
    let factors = try baselineFactors(report, "rk3588", "decode/one-byte/word")
    #expect(abs((factors.frequency ?? 0) - 4.3 / 2.4) < 0.01)
    #expect(factors.dominant == "clock frequency")
  }

  @Test("a gap within noise gets factors but no shares")
  func noSharesWithinNoise() throws {
    let factors = try baselineFactors(
      try Fixtures.report(), "ryzen-5600x", "decode/uniform-length/simd")
    #expect(factors.shares == nil)
    #expect(factors.dominant == nil)
  }
}

/// The factors of `label`'s gap to the baseline in the case named `caseName`.
private func baselineFactors(
  _ report: AggregateReport, _ label: String, _ caseName: String
) throws -> DecompositionFactors {
  let decomposition = try #require(
    report.decompositions.first {
      $0.comparison.subject.label == label && $0.comparison.subject.key.description == caseName
    })
  guard case .factors(let factors) = decomposition.outcome else {
    throw MissingFactors(label: label, caseName: caseName)
  }
  return factors
}

/// A decomposition that should have factors has none.
private struct MissingFactors: Error {
  let label: String
  let caseName: String
}
