/// Names x86 microarchitectures from the CPUID signature, as the kernel's
/// arch/x86/include/asm/intel-family.h and AMD's family/model ranges define them.
///
/// An unknown signature gives nil, never a guess: the caller shows it by number.
public enum X86Microarchitecture {
  /// The name of (vendor, display family, display model, stepping); on hybrid Intel CPUs,
  /// `hybridCoreType` (CPUID 0x1A: 0x40 Core, 0x20 Atom) picks the core of the CPU asked.
  public static func name(
    vendor: String, family: Int, model: Int, stepping: Int, hybridCoreType: UInt32? = nil
  ) -> String? {
    switch vendor {
    case "AuthenticAMD": return amd(family: family, model: model)
    case "HygonGenuine": return family == 0x18 ? "Hygon Dhyana (Zen)" : nil
    case "GenuineIntel":
      guard family == 6 else { return nil }
      if let hybridCoreType, let cores = hybridCores(model: model) {
        if hybridCoreType == 0x40 { return cores.product + " P-core (" + cores.performance + ")" }
        if hybridCoreType == 0x20 { return cores.product + " E-core (" + cores.efficiency + ")" }
      }
      return intel(model: model, stepping: stepping)
    default: return nil
    }
  }

  private static func amd(family: Int, model: Int) -> String? {
    switch (family, model) {
    case (0x15, _): return "Bulldozer family"
    case (0x16, _): return "Jaguar family"
    case (0x17, 0x08), (0x17, 0x18): return "Zen+"
    case (0x17, 0x00...0x2F): return "Zen"
    case (0x17, 0x30...0xFF): return "Zen 2"
    case (0x19, 0x00...0x0F), (0x19, 0x20...0x2F), (0x19, 0x50...0x5F): return "Zen 3"
    case (0x19, 0x40...0x4F): return "Zen 3+"
    case (0x19, 0x10...0x1F), (0x19, 0x60...0x7F): return "Zen 4"
    case (0x19, 0xA0...0xAF): return "Zen 4c"
    case (0x1A, 0x10...0x1F): return "Zen 5c"
    case (0x1A, 0x00...0x7F): return "Zen 5"
    default: return nil
    }
  }

  // Family 6 models; big cores first, then Atom/E-core and Xeon Phi parts.
  private static func intel(model: Int, stepping: Int) -> String? {
    switch model {
    case 0x3C, 0x45, 0x46: return "Haswell"
    case 0x3F: return "Haswell-EP"
    case 0x3D, 0x47: return "Broadwell"
    case 0x4F, 0x56: return "Broadwell-EP"
    case 0x4E, 0x5E: return "Skylake"
    case 0x55:
      // One model for three server generations; the stepping tells them apart.
      if stepping >= 10 { return "Cooper Lake" }
      return stepping >= 5 ? "Cascade Lake" : "Skylake-SP"
    case 0x8E, 0x9E: return "Kaby Lake / Coffee Lake"
    case 0xA5, 0xA6: return "Comet Lake"
    case 0x66: return "Cannon Lake"
    case 0x7D, 0x7E: return "Ice Lake"
    case 0x6A, 0x6C: return "Ice Lake-SP"
    case 0x8C, 0x8D: return "Tiger Lake"
    case 0xA7: return "Rocket Lake"
    case 0x97, 0x9A: return "Alder Lake"
    case 0xB7, 0xBA, 0xBF: return "Raptor Lake"
    case 0xAA, 0xAC: return "Meteor Lake"
    case 0xBD: return "Lunar Lake"
    case 0xB5, 0xC5, 0xC6: return "Arrow Lake"
    case 0xCC: return "Panther Lake"
    case 0x8F: return "Sapphire Rapids"
    case 0xCF: return "Emerald Rapids"
    case 0xAD, 0xAE: return "Granite Rapids"
    case 0x5C, 0x5F: return "Goldmont (Atom)"
    case 0x7A: return "Goldmont Plus (Atom)"
    case 0x86, 0x96, 0x9C: return "Tremont (Atom)"
    case 0xBE: return "Gracemont (Alder Lake-N E-cores)"
    case 0xAF: return "Sierra Forest (Crestmont E-cores)"
    case 0xB6: return "Grand Ridge (Crestmont E-cores)"
    case 0xDD: return "Clearwater Forest (Darkmont E-cores)"
    case 0x57: return "Knights Landing"
    case 0x85: return "Knights Mill"
    default: return nil
    }
  }

  /// The product and its two cores, for Intel's hybrid models.
  static func hybridCores(
    model: Int
  ) -> (product: String, performance: String, efficiency: String)? {
    switch model {
    case 0x97, 0x9A: return ("Alder Lake", "Golden Cove", "Gracemont")
    case 0xB7, 0xBA, 0xBF: return ("Raptor Lake", "Raptor Cove", "Gracemont")
    case 0xAA, 0xAC: return ("Meteor Lake", "Redwood Cove", "Crestmont")
    case 0xBD: return ("Lunar Lake", "Lion Cove", "Skymont")
    case 0xB5, 0xC5, 0xC6: return ("Arrow Lake", "Lion Cove", "Skymont")
    default: return nil
    }
  }
}
