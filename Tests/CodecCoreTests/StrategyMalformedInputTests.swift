import Testing

@testable import CodecCore

@Suite("Every decode strategy fails as loop does, at the same offset")
struct StrategyMalformedInputTests {
  /// Bad varints: too long (continuation on the 10th byte, and far longer), overflowing (10th
  /// byte 2 and 0x7F), and runs of continuation bytes that reach the end.
  static let badVarints: [(name: String, bytes: [UInt8], error: @Sendable (Int) -> DecodeError)] = [
    ("11 bytes", [UInt8](repeating: 0xFF, count: 10) + [0x01], { .varintTooLong(offset: $0) }),
    ("70 bytes", [UInt8](repeating: 0x80, count: 69) + [0x00], { .varintTooLong(offset: $0) }),
    ("10th is 2", [UInt8](repeating: 0x80, count: 9) + [0x02], { .varintOverflow(offset: $0) }),
    ("10th is 7F", [UInt8](repeating: 0xFF, count: 9) + [0x7F], { .varintOverflow(offset: $0) }),
  ]

  @Test("a bad varint after a valid prefix of every length and shape")
  func badVarintAfterPrefix() {
    for (name, bad, error) in Self.badVarints {
      for seed in 1...6 as ClosedRange<UInt64> {
        let prefix = mixedVarints(count: 40, seed: seed)
        let suffix = mixedVarints(count: 30, seed: seed + 100)
        // Cut the prefix at varint boundaries only, so the bad varint starts a value.
        let boundaries = Self.boundaries(of: prefix)
        for cut in boundaries {
          let bytes = Array(prefix[0..<cut]) + bad + suffix
          let expected = BulkOutcome.failed(error(cut))
          for decoder in BulkDecoderUnderTest.allCases {
            #expect(
              decoder.outcome(bytes) == expected, "\(decoder), \(name) at \(cut), seed \(seed)")
          }
        }
      }
    }
  }

  @Test("a buffer ending inside a varint reports where that varint starts")
  func truncatedTail() {
    for seed in 1...12 as ClosedRange<UInt64> {
      let prefix = mixedVarints(count: 50, seed: seed)
      let long = Varint.encode(UInt64.max - seed)
      let bytes = prefix + long
      for missing in 1..<long.count {
        let expected = BulkOutcome.failed(.truncated(offset: prefix.count))
        for decoder in BulkDecoderUnderTest.allCases {
          #expect(
            decoder.outcome(bytes, length: bytes.count - missing) == expected,
            "\(decoder), seed \(seed), \(missing) bytes missing")
        }
      }
    }
  }

  @Test("random bytes: same values or same error")
  func randomBytes() {
    var random = SplitMix64(seed: 0xBAD)
    for _ in 0..<300 {
      let count = Int(random.next(below: 200))
      // High bits set often, so over-long and overflowing varints are common.
      let bytes = (0..<count).map { _ in
        UInt8(truncatingIfNeeded: random.next()) | (random.next(below: 4) == 0 ? 0 : 0x80)
      }
      expectEveryDecoderAgrees(bytes, "\(bytes)")
    }
  }

  /// The offsets where each varint of `bytes` starts, and its end.
  static func boundaries(of bytes: [UInt8]) -> [Int] {
    var offsets = [0]
    for (index, byte) in bytes.enumerated() where byte < 0x80 { offsets.append(index + 1) }
    return offsets
  }
}
