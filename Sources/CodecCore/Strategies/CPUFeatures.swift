import CIntrinsics

/// The instruction-set features the decode strategies dispatch on, read once from this CPU.
///
/// Read with CPUID on x86_64 (AVX-512 only when the OS saves its registers, XCR0) and from
/// HWCAP on 32-bit Arm (NEON is optional there); aarch64 has NEON in its baseline ABI, so
/// nothing is read there. The host fingerprint decodes CPUID in
/// full (EdgebenchKit's X86CPUID); this is the part decoding needs, and the one PEXT rule both
/// use.
package struct CPUFeatures: Sendable {
  /// SSSE3: pshufb.
  package var ssse3 = false
  /// BMI2: pext and pdep.
  package var bmi2 = false
  /// AVX-512 F, BW, VBMI and VBMI2, with the OS saving the opmask and ZMM registers (XCR0):
  /// what the `avx512` path needs.
  package var avx512 = false
  /// Whether pext runs in hardware (3 cycles) rather than microcode (AMD before Zen 3: 250 or
  /// more, data-dependent), so a decoder should take it.
  package var fastPEXT = false
  /// 32-bit Arm NEON (HWCAP_NEON): what armv7's `neon` path needs.
  package var neon = false

  /// This CPU's features, read once.
  package static let current: CPUFeatures = {
    var features = CPUFeatures()
    #if arch(x86_64)
      var leaf0: [UInt32] = [0, 0, 0, 0]
      var leaf1: [UInt32] = [0, 0, 0, 0]
      var leaf7: [UInt32] = [0, 0, 0, 0]
      guard cintrinsics_cpuid(0, 0, &leaf0) == 1, cintrinsics_cpuid(1, 0, &leaf1) == 1 else {
        return features
      }
      _ = cintrinsics_cpuid(7, 0, &leaf7)
      features.ssse3 = leaf1[2] >> 9 & 1 == 1
      features.bmi2 = leaf7[1] >> 8 & 1 == 1
      // XCR0 bits 1, 2 (SSE, AVX) and 5, 6, 7 (opmask, upper ZMM0-15, ZMM16-31).
      let zmmSaved = cintrinsics_xcr0() & 0xE6 == 0xE6
      let f = leaf7[1] >> 16 & 1 == 1
      let bw = leaf7[1] >> 30 & 1 == 1
      let vbmi = leaf7[2] >> 1 & 1 == 1
      let vbmi2 = leaf7[2] >> 6 & 1 == 1
      features.avx512 = zmmSaved && f && bw && vbmi && vbmi2
      let baseFamily = leaf1[0] >> 8 & 0xF
      let family = baseFamily == 0xF ? baseFamily + (leaf1[0] >> 20 & 0xFF) : baseFamily
      // "Auth" "enti" "cAMD" and "Hygo" "nGen" "uine": EBX of leaf 0 is enough to tell.
      let isAMDLike = leaf0[1] == 0x6874_7541 || leaf0[1] == 0x6F67_7948
      features.fastPEXT =
        features.bmi2 && !pextIsMicrocoded(amdLike: isAMDLike, family: Int(family))
    #elseif arch(arm)
      features.neon = cintrinsics_arm_hwcap() & CINTRINSICS_ARM_HWCAP_NEON != 0
    #endif
    return features
  }()

  /// True when a CPU with BMI2 runs pext in microcode: AMD and Hygon before family 0x19 (Zen 3).
  ///
  /// Zen 1 and Zen 2 (family 0x17, Hygon 0x18) and the Excavator cores before them decode pext
  /// into a microcode loop over the mask's bits; a decoder that used it there would be several
  /// times slower than the shift-and-merge it replaces.
  package static func pextIsMicrocoded(amdLike: Bool, family: Int) -> Bool {
    amdLike && family < 0x19
  }
}
