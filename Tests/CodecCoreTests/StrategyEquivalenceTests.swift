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

  @Test("on runs of one distribution after another, cut every 11 bytes")
  func cutRunBuffers() {
    for seed in 1...6 as ClosedRange<UInt64> {
      let bytes = mixedVarints(count: 900, seed: seed, run: 90)
      for length in stride(from: 0, through: bytes.count, by: 11) {
        expectEveryDecoderAgrees(
          bytes, length: length, "runs, seed \(seed), length \(length) of \(bytes.count)")
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

  @Test("on varints of one length, 1 to 10 bytes, shifted across 64-byte block edges")
  func everyLengthAcrossBlockEdges() {
    // The block paths (bitmap, simd's AVX-512 kernel) decode only the varints that end in a
    // block and start the next block on the one that runs past it: every length at every
    // phase crosses an edge at every byte of a varint. The values are the largest of their
    // length, so a 10-byte varint's 10th byte is 1, the most it may be.
    for length in 1...10 {
      let value = length == 10 ? UInt64.max : (UInt64(1) << UInt64(7 * length)) - 1
      let varint = Varint.encode(value)
      for shift in 0..<64 {
        let bytes = [UInt8](repeating: 0x01, count: shift) + (0..<40).flatMap { _ in varint }
        expectEveryDecoderAgrees(bytes, "length \(length), shift \(shift)")
      }
    }
  }

  @Test("the on-board cross-check finds no disagreement")
  func onBoardCrossCheck() {
    #expect(StrategyCrossCheck.firstDisagreement() == nil)
  }
}
