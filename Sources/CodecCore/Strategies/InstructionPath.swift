/// Which instructions a decode strategy runs: each strategy has one or more paths, the
/// dispatcher picks the best this CPU runs well, and any path this CPU can run can be forced by
/// name (`decode --strategy word@bmi2`), so every path can be measured on every CPU.
///
/// Chosen at run time from CPUID, never by build flags: one x86_64 binary runs everywhere. The
/// cases are declared in the dispatcher's order of preference.
public enum InstructionPath: SelectableByName, Sendable {
  /// x86_64 AVX-512 F/BW/VBMI/VBMI2: 64-byte blocks, eight varints per step gathered by byte
  /// permutes and packed in one 512-bit register (`AVX512VarintKernel`).
  case avx512
  /// x86_64 BMI2: one pext packs a varint's 7-bit groups (instead of three shift-and-merge
  /// rounds). The dispatcher avoids it where pext is microcoded (AMD before Zen 3).
  case bmi2
  /// x86_64 SSSE3: pshufb gathers varint bytes.
  case ssse3
  /// NEON: tbl gathers varint bytes; part of aarch64's baseline ABI, and on 32-bit Arm run
  /// where HWCAP says the CPU has it (`NEONVarintKernel`: vtbl, the armv7 binary stays
  /// VFP-only elsewhere).
  case neon
  /// No byte shuffle: blocks of one-byte varints widened, any other block through `bitmap`'s
  /// pair loops; every CPU.
  case portable
  /// Plain integer code: every CPU.
  case scalar

  /// The name users type and results record.
  public var name: String {
    switch self {
    case .scalar: return "scalar"
    case .bmi2: return "bmi2"
    case .avx512: return "avx512"
    case .ssse3: return "ssse3"
    case .neon: return "neon"
    case .portable: return "portable"
    }
  }

  /// Whether this CPU can execute the path at all (fast or not).
  public var isSupported: Bool {
    switch self {
    case .scalar, .portable: return true
    case .bmi2: return CPUFeatures.current.bmi2
    case .avx512:
      // Compiled only with the X86Kernels trait (Package.swift).
      #if X86Kernels && arch(x86_64)
        return CPUFeatures.current.avx512
      #else
        return false
      #endif
    case .ssse3: return CPUFeatures.current.ssse3
    case .neon:
      #if arch(arm64)
        return true
      #elseif ARMv7Kernels && arch(arm)
        // Compiled only with the ARMv7Kernels trait (Package.swift); run only where HWCAP says.
        return CPUFeatures.current.neon
      #else
        return false
      #endif
    }
  }
}

extension DecodeStrategy {
  /// The paths this strategy has on this architecture, the dispatcher's preference first
  /// (`InstructionPath`'s cases are declared in that order).
  ///
  /// Filtered from one list rather than returned as an array literal per strategy: Embedded
  /// Swift 6.3.1 turned such literals, inlined into EdgebenchKit, into static arrays named by
  /// emission order (`...pathsSay...Tv_r`, `Tv0_r`, `Tv1_r`), numbered differently in CodecCore
  /// and EdgebenchKit, and the linked x86_64-embedded binary answered `loop`'s paths for `simd`
  /// and `simd`'s for `loop` (the host build was right).
  public var paths: [InstructionPath] {
    InstructionPath.allCases.filter { has($0) }
  }

  /// Whether this strategy has `path` on this architecture.
  private func has(_ path: InstructionPath) -> Bool {
    switch (self, path) {
    case (.loop, .scalar), (.word, .scalar), (.bitmap, .scalar), (.simd, .portable): return true
    case (.word, .bmi2), (.bitmap, .bmi2), (.simd, .avx512), (.simd, .ssse3):
      #if arch(x86_64)
        return true
      #else
        return false
      #endif
    case (.simd, .neon):
      #if arch(arm64) || (ARMv7Kernels && arch(arm))
        return true
      #else
        return false
      #endif
    default: return false
    }
  }

  /// The paths this CPU can execute, the dispatcher's preference first.
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  public var supportedPaths: [InstructionPath] { paths.filter { $0.isSupported } }

  /// The path the dispatcher runs on this CPU, decided once: `bmi2` for `word` and `bitmap`
  /// where pext is in hardware (not where it is microcoded), the machine's shuffle for `simd`.
  public var dispatchedPath: InstructionPath {
    switch self {
    case .loop: return .scalar
    case .word, .bitmap: return Self.compactionPath
    case .simd: return Self.shufflePath
    }
  }

  /// `word`'s and `bitmap`'s dispatched path.
  private static let compactionPath: InstructionPath =
    CPUFeatures.current.fastPEXT ? .bmi2 : .scalar

  /// `simd`'s dispatched path.
  private static let shufflePath: InstructionPath = {
    #if arch(x86_64)
      if InstructionPath.avx512.isSupported { return .avx512 }
      return CPUFeatures.current.ssse3 ? .ssse3 : .portable
    #elseif arch(arm64)
      return .neon
    #else
      return InstructionPath.neon.isSupported ? .neon : .portable
    #endif
  }()
}
