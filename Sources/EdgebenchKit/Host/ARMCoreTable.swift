/// Names ARM CPU cores from their MIDR (implementer and part number), as Linux reports them in
/// /proc/cpuinfo and /sys/devices/system/cpu/cpu*/regs/identification/midr_el1.
///
/// The table follows the kernel's arch/arm64/include/asm/cputype.h plus common 32-bit cores.
/// An unknown part is reported by its numbers, never guessed.
public enum ARMCoreTable {
  /// The implementer's name, e.g. 0x41 is "ARM".
  public static func implementer(_ code: UInt32) -> String? {
    switch code {
    case 0x41: return "ARM"
    case 0x42: return "Broadcom"
    case 0x43: return "Cavium"
    case 0x46: return "Fujitsu"
    case 0x48: return "HiSilicon"
    case 0x4E: return "NVIDIA"
    case 0x50: return "APM"
    case 0x51: return "Qualcomm"
    case 0x53: return "Samsung"
    case 0x56: return "Marvell"
    case 0x61: return "Apple"
    case 0x69: return "Intel"
    case 0x6D: return "Microsoft"
    case 0x70: return "Phytium"
    case 0xC0: return "Ampere"
    default: return nil
    }
  }

  /// The core's name, e.g. (0x41, 0xD08) is "Cortex-A72"; nil when the table lacks it.
  public static func coreName(implementer: UInt32, part: UInt32) -> String? {
    switch implementer {
    case 0x41: return armCore(part)
    case 0x61: return appleCore(part)
    case 0x51: return qualcommCore(part)
    default: return otherCore(implementer: implementer, part: part)
    }
  }

  /// "Cortex-A72", or "ARM part 0xd99" / "implementer 0x99 part 0x001" when unknown.
  public static func describe(implementer: UInt32, part: UInt32) -> String {
    if let name = coreName(implementer: implementer, part: part) { return name }
    let partText = "part 0x" + String(part, radix: 16)
    if let vendor = Self.implementer(implementer) { return vendor + " " + partText }
    return "implementer 0x" + String(implementer, radix: 16) + " " + partText
  }

  /// Splits a MIDR_EL1 value into implementer, variant, part and revision.
  public static func fields(
    midr: UInt64
  ) -> (implementer: UInt32, variant: UInt32, part: UInt32, revision: UInt32) {
    (
      UInt32((midr >> 24) & 0xFF), UInt32((midr >> 20) & 0xF), UInt32((midr >> 4) & 0xFFF),
      UInt32(midr & 0xF)
    )
  }

  private static func armCore(_ part: UInt32) -> String? {
    switch part {
    case 0xB76: return "ARM1176"
    case 0xC05: return "Cortex-A5"
    case 0xC07: return "Cortex-A7"
    case 0xC08: return "Cortex-A8"
    case 0xC09: return "Cortex-A9"
    case 0xC0D: return "Cortex-A12"
    case 0xC0E: return "Cortex-A17"
    case 0xC0F: return "Cortex-A15"
    case 0xD01: return "Cortex-A32"
    case 0xD02: return "Cortex-A34"
    case 0xD03: return "Cortex-A53"
    case 0xD04: return "Cortex-A35"
    case 0xD05: return "Cortex-A55"
    case 0xD06: return "Cortex-A65"
    case 0xD07: return "Cortex-A57"
    case 0xD08: return "Cortex-A72"
    case 0xD09: return "Cortex-A73"
    case 0xD0A: return "Cortex-A75"
    case 0xD0B: return "Cortex-A76"
    case 0xD0C: return "Neoverse-N1"
    case 0xD0D: return "Cortex-A77"
    case 0xD0E: return "Cortex-A76AE"
    case 0xD40: return "Neoverse-V1"
    case 0xD41: return "Cortex-A78"
    case 0xD42: return "Cortex-A78AE"
    case 0xD43: return "Cortex-A65AE"
    case 0xD44: return "Cortex-X1"
    case 0xD46: return "Cortex-A510"
    case 0xD47: return "Cortex-A710"
    case 0xD48: return "Cortex-X2"
    case 0xD49: return "Neoverse-N2"
    case 0xD4A: return "Neoverse-E1"
    case 0xD4B: return "Cortex-A78C"
    case 0xD4C: return "Cortex-X1C"
    case 0xD4D: return "Cortex-A715"
    case 0xD4E: return "Cortex-X3"
    case 0xD4F: return "Neoverse-V2"
    case 0xD80: return "Cortex-A520"
    case 0xD81: return "Cortex-A720"
    case 0xD82: return "Cortex-X4"
    case 0xD83: return "Neoverse-V3AE"
    case 0xD84: return "Neoverse-V3"
    case 0xD85: return "Cortex-X925"
    case 0xD87: return "Cortex-A725"
    case 0xD8E: return "Neoverse-N3"
    default: return nil
    }
  }

  private static func appleCore(_ part: UInt32) -> String? {
    switch part {
    case 0x022: return "Apple M1 Icestorm"
    case 0x023: return "Apple M1 Firestorm"
    case 0x024: return "Apple M1 Pro Icestorm"
    case 0x025: return "Apple M1 Pro Firestorm"
    case 0x028: return "Apple M1 Max Icestorm"
    case 0x029: return "Apple M1 Max Firestorm"
    case 0x032: return "Apple M2 Blizzard"
    case 0x033: return "Apple M2 Avalanche"
    case 0x034: return "Apple M2 Pro Blizzard"
    case 0x035: return "Apple M2 Pro Avalanche"
    case 0x038: return "Apple M2 Max Blizzard"
    case 0x039: return "Apple M2 Max Avalanche"
    default: return nil
    }
  }

  private static func qualcommCore(_ part: UInt32) -> String? {
    switch part {
    case 0x001: return "Oryon"
    case 0x200: return "Kryo"
    // 0x800 is both Falkor v1 and Kryo 2xx Gold in the kernel's table.
    case 0x800: return "Kryo 2xx Gold / Falkor v1"
    case 0x801: return "Kryo 2xx Silver"
    case 0x802: return "Kryo 3xx Gold"
    case 0x803: return "Kryo 3xx Silver"
    case 0x804: return "Kryo 4xx Gold"
    case 0x805: return "Kryo 4xx Silver"
    case 0xC00: return "Falkor"
    default: return nil
    }
  }

  private static func otherCore(implementer: UInt32, part: UInt32) -> String? {
    switch (implementer, part) {
    case (0x42, 0x100): return "Brahma-B53"
    case (0x42, 0x516): return "Vulcan"
    case (0x43, 0x0A1): return "ThunderX"
    case (0x43, 0x0A2): return "ThunderX 81xx"
    case (0x43, 0x0A3): return "ThunderX 83xx"
    case (0x43, 0x0AF): return "ThunderX2"
    case (0x46, 0x001): return "A64FX"
    case (0x48, 0xD01): return "TaiShan v110 (Kunpeng 920)"
    case (0x4E, 0x003): return "Denver"
    case (0x4E, 0x004): return "Carmel"
    case (0x50, 0x000): return "X-Gene"
    case (0x6D, 0xD49): return "Azure Cobalt 100 (Neoverse-N2)"
    case (0xC0, 0xAC3): return "Ampere-1"
    case (0xC0, 0xAC4): return "Ampere-1A"
    default: return nil
    }
  }
}
