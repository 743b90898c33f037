import CPerf

/// What CPU this is, beyond its marketing name: vendor, signature or MIDR fields, the
/// microarchitecture, and the instruction-set features a decoder can use.
///
/// Two hosts whose brand strings match ("AMD EPYC" on Zen 1 and on Zen 5) differ here, so the
/// aggregation can tell them apart and say why their rankings may differ. Fields that do not
/// apply to the architecture (MIDR fields on x86, the signature on ARM) are nil.
public struct CPUIdentity: Equatable, Sendable {
  /// Where the identity was read: "cpuid", "midr", or "none" (with the reason).
  public let source: String
  /// "AuthenticAMD", "GenuineIntel", or the ARM implementer's name ("ARM", "Apple").
  public private(set) var vendor: String?
  /// x86 display family.
  public private(set) var family: Int?
  /// x86 display model.
  public private(set) var model: Int?
  /// x86 stepping.
  public private(set) var stepping: Int?
  /// The microcode revision as /proc/cpuinfo shows it ("0xa0011d5"), when it does.
  public private(set) var microcode: String?
  /// ARM MIDR implementer code.
  public private(set) var implementer: UInt32?
  /// ARM MIDR part number.
  public private(set) var part: UInt32?
  /// ARM MIDR variant.
  public private(set) var variant: UInt32?
  /// ARM MIDR revision.
  public private(set) var revision: UInt32?
  /// "Zen 5", "Emerald Rapids", "Cortex-A72"; nil when the tables do not know it.
  public private(set) var microarchitecture: String?
  /// Instruction-set features by their /proc/cpuinfo names ("ssse3", "avx512bw", "asimd").
  public let features: [String]
  /// Whether PEXT is microcoded (slow); nil when there is no BMI2.
  public private(set) var pextMicrocoded: Bool?

  /// "Zen 5", or "unknown AuthenticAMD (family 0x1b model 0x5 stepping 0x0)" when the table
  /// lacks it.
  public var microarchitectureText: String {
    if let microarchitecture { return microarchitecture }
    if let family, let model, let stepping {
      return "unknown " + (vendor ?? "x86") + " (family 0x" + String(family, radix: 16)
        + " model 0x" + String(model, radix: 16) + " stepping 0x" + String(stepping, radix: 16)
        + ")"
    }
    if let implementer, let part {
      return ARMCoreTable.describe(implementer: implementer, part: part)
    }
    return "unknown"
  }

  /// "family 6 model 207 stepping 2" on x86; nil elsewhere.
  public var signatureText: String? {
    guard let family, let model, let stepping else { return nil }
    return "family " + String(family) + " model " + String(model) + " stepping "
      + String(stepping)
  }

  /// "implementer 0x41 part 0xd08" on ARM; nil elsewhere.
  public var midrText: String? {
    guard let implementer, let part else { return nil }
    return "implementer 0x" + String(implementer, radix: 16) + " part 0x" + String(part, radix: 16)
  }

  /// Identity from x86 CPUID.
  public init(cpuid: X86CPUID, microcode: String?) {
    source = "cpuid"
    vendor = cpuid.vendor
    family = cpuid.family
    model = cpuid.model
    stepping = cpuid.stepping
    self.microcode = microcode
    microarchitecture = cpuid.microarchitecture
    features = cpuid.features
    pextMicrocoded = cpuid.pextMicrocoded
  }

  /// Identity from an ARM MIDR and the kernel's HWCAP words.
  public init(midr: UInt64, features: [String]) {
    let fields = ARMCoreTable.fields(midr: midr)
    source = "midr"
    vendor = ARMCoreTable.implementer(fields.implementer)
    implementer = fields.implementer
    part = fields.part
    variant = fields.variant
    revision = fields.revision
    microarchitecture = ARMCoreTable.coreName(implementer: fields.implementer, part: fields.part)
    self.features = features
  }

  /// Identity from /proc/cpuinfo's x86 signature, where no CPUID can be executed (the
  /// WebAssembly module, whose runtime's host is the CPU underneath): vendor, family, model
  /// and stepping as the kernel read them; no features (those need CPUID itself).
  init?(x86CPUInfo processor: [String: String]) {
    guard let vendor = processor["vendor_id"],
      let family = processor["cpu family"].flatMap({ Int($0) }),
      let model = processor["model"].flatMap({ Int($0) }),
      let stepping = processor["stepping"].flatMap({ Int($0) })
    else { return nil }
    source = "/proc/cpuinfo (no CPUID here)"
    self.vendor = vendor
    self.family = family
    self.model = model
    self.stepping = stepping
    microcode = processor["microcode"]
    microarchitecture = X86Microarchitecture.name(
      vendor: vendor, family: family, model: model, stepping: stepping)
    features = []
  }

  /// No identity: `reason` says why ("user-mode emulation: the CPU facts are the host's").
  public init(unknown reason: String, features: [String]) {
    source = "none: " + reason
    self.features = features
  }

  /// This machine's identity. `emulated` is true under user-mode emulation, where /proc and
  /// /sys describe the emulator's host, not the CPU the binary runs on.
  static func collect(cpuInfo: CPUInfo, firstCPU: Int, emulated: Bool) -> CPUIdentity {
    if let cpuid = X86CPUID.current() {
      return CPUIdentity(cpuid: cpuid, microcode: cpuInfo.processor(firstCPU)?["microcode"])
    }
    let features = ISAFeatures.current()
    if emulated {
      return CPUIdentity(
        unknown: "user-mode emulation: /proc and /sys describe the emulator's host",
        features: features)
    }
    if let midr = CPUTopology.midr(of: firstCPU, cpuInfo: cpuInfo) {
      return CPUIdentity(midr: midr, features: features)
    }
    if cperf_is_wasi() != 0, let processor = cpuInfo.processor(firstCPU),
      let identity = CPUIdentity(x86CPUInfo: processor)
    {
      return identity
    }
    return CPUIdentity(unknown: "no CPUID and no MIDR", features: features)
  }
}

/// The instruction-set features of non-x86 CPUs, from the kernel's HWCAP words (which
/// qemu-user emulates too, unlike /proc/cpuinfo).
enum ISAFeatures {
  /// The features that matter to decoders on this architecture; empty on x86 (see X86CPUID).
  static func current() -> [String] {
    decode(
      architecture: String(cString: cperf_compiled_architecture()), hwcap: cperf_hwcap(1),
      hwcap2: cperf_hwcap(2))
  }

  /// Names the bits of HWCAP/HWCAP2 for `architecture` (Linux's uapi asm/hwcap.h).
  static func decode(architecture: String, hwcap: UInt64, hwcap2: UInt64) -> [String] {
    let table: [(String, Bool)]
    switch architecture {
    case "aarch64":
      table = [
        ("asimd", hwcap >> 1 & 1 == 1), ("crc32", hwcap >> 7 & 1 == 1),
        ("atomics", hwcap >> 8 & 1 == 1), ("asimddp", hwcap >> 20 & 1 == 1),
        ("sve", hwcap >> 22 & 1 == 1), ("sve2", hwcap2 >> 1 & 1 == 1),
      ]
    case "arm":
      table = [
        ("neon", hwcap >> 12 & 1 == 1), ("vfpv3", hwcap >> 13 & 1 == 1),
        ("vfpv4", hwcap >> 16 & 1 == 1), ("idiva", hwcap >> 17 & 1 == 1),
      ]
    case "riscv64":
      // One bit per single-letter extension: bit ('v' - 'a') is the vector extension.
      table = [("rvc", hwcap >> 2 & 1 == 1), ("rvv", hwcap >> 21 & 1 == 1)]
    default:
      table = []
    }
    return table.filter { $0.1 }.map { $0.0 }
  }
}
