import Testing

@testable import CodecCore

@Suite("Every decode strategy returns what loop returns")
struct StrategyEquivalenceTests {
  @Test("on every built-in corpus", arguments: VarintDistribution.allCases)
  func builtInCorpus(_ distribution: VarintDistribution) {
    let corpus = VarintCorpus.builtIn(distribution)
    let reference = BulkDecoderUnderTest.loop.outcome(corpus.bytes)
    guard case .decoded(let values, let result) = reference else {
      Issue.record("loop failed on \(corpus.name): \(reference)")
      return
    }
    #expect(result.valueCount == corpus.valueCount)
    #expect(values.reduce(0, &+) == corpus.valueSum)
    expectEveryDecoderAgrees(corpus.bytes, "\(corpus.name)")
  }

  @Test("on random buffers cut at every length near the end")
  func cutBuffers() {
    for seed in 1...24 as ClosedRange<UInt64> {
      let bytes = mixedVarints(count: 60, seed: seed)
      for length in max(0, bytes.count - 90)...bytes.count {
        expectEveryDecoderAgrees(
          bytes, length: length, "seed \(seed), length \(length) of \(bytes.count)")
      }
    }
  }

  @Test(
    "on buffers of one distribution cut at every length", arguments: VarintDistribution.allCases)
  func cutUniformBuffers(_ distribution: VarintDistribution) {
    let bytes = VarintCorpus(distribution, valueCount: 40, seed: 5).bytes
    for length in 0...bytes.count {
      expectEveryDecoderAgrees(
        bytes, length: length, "\(distribution.name), length \(length) of \(bytes.count)")
    }
  }

  @Test("with output buffers shorter than the input's values")
  func shortOutputs() {
    let bytes = mixedVarints(count: 400, seed: 99)
    for capacity in [0, 1, 2, 15, 16, 17, 63, 64, 65, 79, 80, 81, 150, 399] {
      expectEveryDecoderAgrees(bytes, capacity: capacity, "capacity \(capacity)")
    }
  }

  @Test("on runs of one-byte values broken by one long value at every position")
  func oneLongValueInShortRun() {
    for position in 0..<100 {
      var bytes = [UInt8](repeating: 0x05, count: 100)
      bytes.replaceSubrange(position..<position + 1, with: Varint.encode(UInt64.max >> 3))
      expectEveryDecoderAgrees(bytes, "position \(position)")
    }
  }

  @Test("the on-board cross-check finds no disagreement")
  func onBoardCrossCheck() {
    #expect(StrategyCrossCheck.firstDisagreement() == nil)
  }
}
