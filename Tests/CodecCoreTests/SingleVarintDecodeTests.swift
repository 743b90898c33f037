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

@Suite("The simd strategy's vector path")
struct VectorPathTests {
  @Test("x86_64 hosts use SSSE3 (every x86_64 edge host has it); aarch64 uses NEON")
  func hostPath() {
    #if arch(x86_64)
      #expect(VectorPath.current == .ssse3)
    #elseif arch(arm64)
      #expect(VectorPath.current == .neon)
    #else
      #expect(VectorPath.current == .portable)
    #endif
  }

  @Test("the hardware and portable high-bit masks agree")
  func highBitMasks() {
    var random = SplitMix64(seed: 0x3A5C)
    for _ in 0..<2_000 {
      let halves = SIMD2<UInt64>(random.next(), random.next())
      let bytes = unsafeBitCast(halves, to: SIMD16<UInt8>.self)
      let portable =
        VectorOps.highBits(ofWord: halves[0]) | VectorOps.highBits(ofWord: halves[1]) << 8
      #expect(VectorOps.highBits(bytes) == portable)
      var expected: UInt64 = 0
      for lane in 0..<16 where bytes[lane] >= 0x80 { expected |= 1 << UInt64(lane) }
      #expect(portable == expected)
    }
  }
}
