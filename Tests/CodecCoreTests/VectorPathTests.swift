import Testing

@testable import CodecCore

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
