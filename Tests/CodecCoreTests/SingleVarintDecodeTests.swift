import Testing

@testable import CodecCore

@Suite("One-at-a-time decoding matches VarintDecoder.decode")
struct SingleVarintDecodeTests {
  enum Outcome: Equatable {
    case decoded(UInt64, Int)
    case failed(DecodeError)
  }

  static func outcome(
    _ strategy: DecodeStrategy, _ buffer: UnsafeRawBufferPointer, at offset: Int, end: Int
  ) -> Outcome {
    do throws(DecodeError) {
      let (value, length) = try strategy.decode(buffer, at: offset, end: end)
      return .decoded(value, length)
    } catch {
      return .failed(error)
    }
  }

  @Test("at every offset, with every end near it, on mixed and malformed bytes")
  func everyOffsetAndEnd() {
    var bytes = mixedVarints(count: 30, seed: 7)
    bytes += [UInt8](repeating: 0xFF, count: 12) + [0x80, 0x80, 0x80] + [0x7F]
    bytes += [UInt8](repeating: 0x80, count: 9) + [0x03] + mixedVarints(count: 10, seed: 8)
    bytes.withUnsafeBytes { buffer in
      for offset in 0..<buffer.count {
        for end in offset...min(buffer.count, offset + 12) {
          let expected = Self.outcome(.loop, buffer, at: offset, end: end)
          for strategy in DecodeStrategy.allCases {
            #expect(
              Self.outcome(strategy, buffer, at: offset, end: end) == expected,
              "\(strategy.name) at \(offset) ending \(end)")
          }
        }
      }
    }
  }
}
