import Testing

@testable import CodecCore

@Suite("Instruction paths and their dispatch")
struct InstructionPathTests {
  @Test("simd runs AVX-512 where the CPU has it, else SSSE3 on x86_64; NEON on aarch64")
  func simdPath() {
    #if arch(x86_64)
      let expected: InstructionPath = CPUFeatures.current.avx512 ? .avx512 : .ssse3
      #expect(DecodeStrategy.simd.dispatchedPath == expected)
      // The kernels are built for x86_64 by default (the X86Kernels trait).
      #expect(InstructionPath.avx512.isSupported == CPUFeatures.current.avx512)
    #elseif arch(arm64)
      #expect(DecodeStrategy.simd.dispatchedPath == .neon)
    #else
      #expect(DecodeStrategy.simd.dispatchedPath == .portable)
    #endif
  }

  @Test("word and bitmap take BMI2 exactly where pext is in hardware")
  func bmi2Dispatch() {
    for strategy in [DecodeStrategy.word, .bitmap] {
      let expected: InstructionPath = CPUFeatures.current.fastPEXT ? .bmi2 : .scalar
      #expect(strategy.dispatchedPath == expected, "\(strategy.name)")
      #expect(strategy.supportedPaths.contains(.scalar))
      #expect(strategy.supportedPaths.contains(.bmi2) == CPUFeatures.current.bmi2)
    }
    #expect(DecodeStrategy.loop.paths == [.scalar])
  }

  @Test("pext is microcoded on AMD and Hygon before Zen 3 only")
  func pextRule() {
    #expect(CPUFeatures.pextIsMicrocoded(amdLike: true, family: 0x15))  // Excavator
    #expect(CPUFeatures.pextIsMicrocoded(amdLike: true, family: 0x17))  // Zen 1, Zen 2
    #expect(CPUFeatures.pextIsMicrocoded(amdLike: true, family: 0x18))  // Hygon Dhyana
    #expect(!CPUFeatures.pextIsMicrocoded(amdLike: true, family: 0x19))  // Zen 3, Zen 4
    #expect(!CPUFeatures.pextIsMicrocoded(amdLike: true, family: 0x1A))  // Zen 5
    #expect(!CPUFeatures.pextIsMicrocoded(amdLike: false, family: 6))  // Intel
  }

  @Test("the cross-check covers every path this CPU runs, each once")
  func crossCheckCoversEveryPath() {
    let variants = StrategyCrossCheck.Variant.allCases
    for strategy in DecodeStrategy.allCases {
      #expect(
        variants.filter { $0.strategy == strategy }.map(\.path) == strategy.supportedPaths,
        "\(strategy.name)")
    }
    #expect(variants.allSatisfy { $0.path.isSupported })
  }

  @Test("path names select their path")
  func names() {
    for path in InstructionPath.allCases {
      #expect(InstructionPath(name: path.name) == path)
    }
    #expect(InstructionPath(name: "avx1024") == nil)
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
