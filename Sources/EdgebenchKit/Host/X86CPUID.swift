import CPerf
import CodecCore

/// One CPUID leaf's four registers.
public struct CPUIDLeaf: Equatable, Sendable {
  /// EAX.
  public let eax: UInt32
  /// EBX.
  public let ebx: UInt32
  /// ECX.
  public let ecx: UInt32
  /// EDX.
  public let edx: UInt32

  /// Makes a leaf from its registers (tests feed the leaves of CPUs this machine is not).
  public init(eax: UInt32, ebx: UInt32 = 0, ecx: UInt32 = 0, edx: UInt32 = 0) {
    self.eax = eax
    self.ebx = ebx
    self.ecx = ecx
    self.edx = edx
  }

  /// Executes CPUID `leaf`/`subleaf`; nil above the CPU's highest leaf or off x86.
  static func read(_ leaf: UInt32, subleaf: UInt32 = 0) -> CPUIDLeaf? {
    var words = cperf_cpuid_words(eax: 0, ebx: 0, ecx: 0, edx: 0)
    guard cperf_x86_cpuid(leaf, subleaf, &words) == 1 else { return nil }
    return CPUIDLeaf(eax: words.eax, ebx: words.ebx, ecx: words.ecx, edx: words.edx)
  }
}

/// An x86 CPU's identity and the instruction-set features decoders care about, decoded from
/// CPUID leaves 0, 1, 7 and 0x1A and XCR0.
///
/// A KVM guest's brand string can be just "AMD EPYC" on Zen 1 and Zen 5 alike; the signature
/// (family, model, stepping) tells them apart, and the features say which vector paths a
/// decoder may take there.
public struct X86CPUID: Equatable, Sendable {
  /// "AuthenticAMD", "GenuineIntel", "HygonGenuine", ...
  public let vendor: String
  /// The display family: base family, plus the extended family when the base is 0xF.
  public let family: Int
  /// The display model: the extended model is prepended on family 6 and 0xF (Intel) and on
  /// family 0xF and above (AMD).
  public let model: Int
  /// The stepping.
  public let stepping: Int
  /// Features present and enabled by the OS, by their /proc/cpuinfo names, in a fixed order.
  public let features: [String]
  /// On a hybrid Intel CPU, leaf 0x1A's core type of the CPU that ran CPUID (0x40 Core, 0x20
  /// Atom); nil elsewhere.
  public let hybridCoreType: UInt32?

  /// Decodes the leaves. `leaf7` and `leaf1A` are nil when above the CPU's highest leaf.
  public init(
    leaf0: CPUIDLeaf, leaf1: CPUIDLeaf, leaf7: CPUIDLeaf?, leaf1A: CPUIDLeaf? = nil, xcr0: UInt64
  ) {
    vendor = Self.text(leaf0.ebx) + Self.text(leaf0.edx) + Self.text(leaf0.ecx)
    let signature = leaf1.eax
    let baseFamily = Int((signature >> 8) & 0xF)
    let baseModel = Int((signature >> 4) & 0xF)
    let extendedModel = Int((signature >> 16) & 0xF)
    family = baseFamily == 0xF ? baseFamily + Int((signature >> 20) & 0xFF) : baseFamily
    let intelRule = vendor == "GenuineIntel" && baseFamily == 6
    model = intelRule || baseFamily == 0xF ? extendedModel << 4 | baseModel : baseModel
    stepping = Int(signature & 0xF)
    let hybrid = (leaf7?.edx ?? 0) >> 15 & 1 == 1
    hybridCoreType = hybrid ? leaf1A.map { $0.eax >> 24 } : nil
    features = Self.features(leaf1: leaf1, leaf7: leaf7, xcr0: xcr0)
  }

  /// This CPU's CPUID, or nil when not on x86.
  public static func current() -> X86CPUID? {
    guard let leaf0 = CPUIDLeaf.read(0), let leaf1 = CPUIDLeaf.read(1) else { return nil }
    return X86CPUID(
      leaf0: leaf0, leaf1: leaf1, leaf7: CPUIDLeaf.read(7), leaf1A: CPUIDLeaf.read(0x1A),
      xcr0: cperf_x86_xcr0())
  }

  /// True when BMI2's PEXT/PDEP run in microcode (AMD before Zen 3: 250+ cycles instead of 3),
  /// so a decoder should not use them; nil without BMI2.
  public var pextMicrocoded: Bool? {
    guard features.contains("bmi2") else { return nil }
    // The dispatcher's own rule, so the fingerprint says what the decoders decided.
    return CPUFeatures.pextIsMicrocoded(
      amdLike: vendor == "AuthenticAMD" || vendor == "HygonGenuine", family: family)
  }

  /// The microarchitecture, or nil when the table does not know this signature.
  public var microarchitecture: String? {
    X86Microarchitecture.name(
      vendor: vendor, family: family, model: model, stepping: stepping,
      hybridCoreType: hybridCoreType)
  }

  /// The features in a fixed order, each only when the CPU has it and, for AVX and AVX-512,
  /// the OS saves its registers (XCR0).
  static func features(leaf1: CPUIDLeaf, leaf7: CPUIDLeaf?, xcr0: UInt64) -> [String] {
    let ymm = xcr0 & 0x6 == 0x6  // SSE and AVX state
    let zmm = ymm && xcr0 & 0xE0 == 0xE0  // opmask, ZMM_Hi256, Hi16_ZMM
    let b7 = leaf7?.ebx ?? 0
    let c7 = leaf7?.ecx ?? 0
    let table: [(String, Bool)] = [
      ("ssse3", bit(leaf1.ecx, 9)),
      ("sse4_2", bit(leaf1.ecx, 20)),
      ("popcnt", bit(leaf1.ecx, 23)),
      ("avx2", ymm && bit(b7, 5)),
      ("bmi1", bit(b7, 3)),
      ("bmi2", bit(b7, 8)),
      ("avx512f", zmm && bit(b7, 16)),
      ("avx512bw", zmm && bit(b7, 30)),
      ("avx512vl", zmm && bit(b7, 31)),
      ("avx512vbmi", zmm && bit(c7, 1)),
      ("avx512_vbmi2", zmm && bit(c7, 6)),
    ]
    return table.filter { $0.1 }.map { $0.0 }
  }

  private static func bit(_ word: UInt32, _ index: UInt32) -> Bool { word >> index & 1 == 1 }

  /// Four ASCII bytes of a register, low byte first.
  private static func text(_ word: UInt32) -> String {
    var scalars = String.UnicodeScalarView()
    for shift in stride(from: UInt32(0), to: 32, by: 8) {
      let byte = (word >> shift) & 0xFF
      if byte != 0, let scalar = Unicode.Scalar(byte) { scalars.append(scalar) }
    }
    return String(scalars)
  }
}
