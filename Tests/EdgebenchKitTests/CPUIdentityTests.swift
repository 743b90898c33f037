import CodecCore
import Testing

@testable import EdgebenchKit

/// CPUID leaf values of real CPUs (signatures as the vendors document them), decoded into
/// vendor, signature, microarchitecture and features.
@Suite struct CPUIdentityTests {
  static let amd = CPUIDLeaf(eax: 0x10, ebx: 0x6874_7541, ecx: 0x444D_4163, edx: 0x6974_6E65)
  static let intel = CPUIDLeaf(eax: 0x20, ebx: 0x756E_6547, ecx: 0x6C65_746E, edx: 0x4965_6E69)

  // Leaf 1 ECX: SSSE3 (9), SSE4.2 (20), POPCNT (23), OSXSAVE (27), AVX (28).
  static let leaf1ECX: UInt32 = 1 << 9 | 1 << 20 | 1 << 23 | 1 << 27 | 1 << 28
  // Leaf 7 EBX: BMI1 (3), AVX2 (5), BMI2 (8); AVX-512 F (16), BW (30), VL (31).
  static let avx2EBX: UInt32 = 1 << 3 | 1 << 5 | 1 << 8
  static let avx512EBX: UInt32 = avx2EBX | 1 << 16 | 1 << 30 | 1 << 31
  // Leaf 7 ECX: AVX-512 VBMI (1), VBMI2 (6).
  static let vbmiECX: UInt32 = 1 << 1 | 1 << 6

  static func cpu(
    _ vendor: CPUIDLeaf, signature: UInt32, ebx7: UInt32, ecx7: UInt32 = 0, edx7: UInt32 = 0,
    leaf1A: UInt32? = nil, xcr0: UInt64 = 0xE7
  ) -> X86CPUID {
    X86CPUID(
      leaf0: vendor, leaf1: CPUIDLeaf(eax: signature, ecx: leaf1ECX),
      leaf7: CPUIDLeaf(eax: 0, ebx: ebx7, ecx: ecx7, edx: edx7),
      leaf1A: leaf1A.map { CPUIDLeaf(eax: $0) }, xcr0: xcr0)
  }

  @Test func amdZenGenerationsAreToldApart() {
    let zen1 = Self.cpu(Self.amd, signature: 0x0080_0F12, ebx7: Self.avx2EBX, xcr0: 0x7)
    #expect(zen1.vendor == "AuthenticAMD")
    #expect(zen1.family == 23 && zen1.model == 1 && zen1.stepping == 2)
    #expect(zen1.microarchitecture == "Zen")
    #expect(zen1.pextMicrocoded == true)
    #expect(!zen1.features.contains("avx512f"))

    let zenPlus = Self.cpu(Self.amd, signature: 0x0080_0F82, ebx7: Self.avx2EBX, xcr0: 0x7)
    #expect(zenPlus.model == 8 && zenPlus.microarchitecture == "Zen+")
    let zen2 = Self.cpu(Self.amd, signature: 0x0083_0F10, ebx7: Self.avx2EBX, xcr0: 0x7)
    #expect(zen2.model == 0x31 && zen2.microarchitecture == "Zen 2" && zen2.pextMicrocoded == true)
    let zen3 = Self.cpu(Self.amd, signature: 0x00A0_0F11, ebx7: Self.avx2EBX, xcr0: 0x7)
    #expect(zen3.family == 0x19 && zen3.model == 1 && zen3.microarchitecture == "Zen 3")
    #expect(zen3.pextMicrocoded == false)
    let zen4 = Self.cpu(Self.amd, signature: 0x00A1_0F11, ebx7: Self.avx512EBX, ecx7: Self.vbmiECX)
    #expect(zen4.model == 0x11 && zen4.microarchitecture == "Zen 4")
    #expect(zen4.features.contains("avx512_vbmi2"))

    // This project's Zen 5 machines: family 26 model 2.
    let zen5 = Self.cpu(Self.amd, signature: 0x00B0_0F21, ebx7: Self.avx512EBX, ecx7: Self.vbmiECX)
    #expect(zen5.family == 26 && zen5.model == 2 && zen5.stepping == 1)
    #expect(zen5.microarchitecture == "Zen 5")
    #expect(zen5.pextMicrocoded == false)
    #expect(
      zen5.features == [
        "ssse3", "sse4_2", "popcnt", "avx2", "bmi1", "bmi2", "avx512f", "avx512bw", "avx512vl",
        "avx512vbmi", "avx512_vbmi2",
      ])
    #expect(zen1.microarchitecture != zen5.microarchitecture)
  }

  @Test func intelServerAndClientCoresAreNamed() {
    let skylakeSP = Self.cpu(Self.intel, signature: 0x0005_0654, ebx7: Self.avx512EBX)
    #expect(skylakeSP.family == 6 && skylakeSP.model == 0x55 && skylakeSP.stepping == 4)
    #expect(skylakeSP.microarchitecture == "Skylake-SP")
    #expect(skylakeSP.pextMicrocoded == false)
    let cascade = Self.cpu(Self.intel, signature: 0x0005_0657, ebx7: Self.avx512EBX)
    #expect(cascade.microarchitecture == "Cascade Lake")
    let iceLake = Self.cpu(Self.intel, signature: 0x0006_06A6, ebx7: Self.avx512EBX)
    #expect(iceLake.model == 0x6A && iceLake.microarchitecture == "Ice Lake-SP")
    let sapphire = Self.cpu(Self.intel, signature: 0x0008_06F8, ebx7: Self.avx512EBX)
    #expect(sapphire.model == 0x8F && sapphire.microarchitecture == "Sapphire Rapids")
    let emerald = Self.cpu(Self.intel, signature: 0x000C_06F2, ebx7: Self.avx512EBX)
    #expect(emerald.model == 207 && emerald.microarchitecture == "Emerald Rapids")
  }

  @Test func hybridIntelNamesTheCoreThatRanCPUID() {
    let hybridEDX: UInt32 = 1 << 15
    let pCore = Self.cpu(
      Self.intel, signature: 0x0009_0672, ebx7: Self.avx2EBX, edx7: hybridEDX,
      leaf1A: 0x4000_0001, xcr0: 0x7)
    #expect(pCore.model == 0x97 && pCore.hybridCoreType == 0x40)
    #expect(pCore.microarchitecture == "Alder Lake P-core (Golden Cove)")
    let eCore = Self.cpu(
      Self.intel, signature: 0x0009_0672, ebx7: Self.avx2EBX, edx7: hybridEDX,
      leaf1A: 0x2000_0001, xcr0: 0x7)
    #expect(eCore.microarchitecture == "Alder Lake E-core (Gracemont)")
    // Without the hybrid bit, leaf 0x1A is not consulted.
    let plain = Self.cpu(
      Self.intel, signature: 0x0009_0672, ebx7: Self.avx2EBX, leaf1A: 0x2000_0001, xcr0: 0x7)
    #expect(plain.hybridCoreType == nil && plain.microarchitecture == "Alder Lake")
    let alderN = Self.cpu(Self.intel, signature: 0x000B_06E0, ebx7: Self.avx2EBX, xcr0: 0x7)
    #expect(alderN.model == 0xBE && alderN.microarchitecture?.hasPrefix("Gracemont") == true)
  }

  @Test func featuresNeedTheOSToSaveTheirRegisters() {
    // AVX-512 in CPUID but XCR0 saves only x87/SSE/AVX: AVX-512 must not be offered.
    let masked = Self.cpu(Self.intel, signature: 0x0008_06F8, ebx7: Self.avx512EBX, xcr0: 0x7)
    #expect(masked.features.contains("avx2"))
    #expect(!masked.features.contains("avx512f") && !masked.features.contains("avx512bw"))
    // No XSAVE at all: no AVX2 either, but BMI2 and SSSE3 are not register state.
    let none = Self.cpu(Self.intel, signature: 0x0008_06F8, ebx7: Self.avx512EBX, xcr0: 0)
    #expect(!none.features.contains("avx2") && none.features.contains("bmi2"))
    #expect(none.features.contains("ssse3"))
  }

  @Test func unknownSignaturesAreShownByNumber() {
    let future = Self.cpu(Self.amd, signature: 0x00C0_0F00 | 0x50, ebx7: Self.avx2EBX)
    #expect(future.family == 0x1B && future.microarchitecture == nil)
    let identity = CPUIdentity(cpuid: future, microcode: "0x1")
    #expect(
      identity.microarchitectureText == "unknown AuthenticAMD (family 0x1b model 0x5 stepping 0x0)")
  }

  @Test func armIdentityKeepsTheMIDRFields() {
    let a72 = CPUIdentity(midr: 0x410F_D083, features: ["asimd"])
    #expect(a72.source == "midr" && a72.vendor == "ARM")
    #expect(a72.implementer == 0x41 && a72.part == 0xD08 && a72.revision == 3)
    #expect(a72.microarchitectureText == "Cortex-A72")
    let unknown = CPUIdentity(midr: 0x410F_D990, features: [])
    #expect(unknown.microarchitecture == nil && unknown.microarchitectureText == "ARM part 0xd99")
  }

  @Test func hwcapBitsAreNamedPerArchitecture() {
    let a64 = ISAFeatures.decode(architecture: "aarch64", hwcap: 1 << 1 | 1 << 22, hwcap2: 1 << 1)
    #expect(a64 == ["asimd", "sve", "sve2"])
    let arm = ISAFeatures.decode(architecture: "arm", hwcap: 1 << 12 | 1 << 13, hwcap2: 0)
    #expect(arm == ["neon", "vfpv3"])
    #expect(ISAFeatures.decode(architecture: "arm", hwcap: 1 << 13, hwcap2: 0) == ["vfpv3"])
  }

  @Test func thisMachineHasAnIdentity() {
    let host = HostFingerprint.collect()
    #if arch(x86_64)
      #expect(host.cpu.source == "cpuid")
      #expect(host.cpu.family != nil && host.cpu.vendor != nil)
      // The fingerprint and the dispatcher read the same CPU alike.
      let features = host.cpu.features
      #expect(features.contains("ssse3") == InstructionPath.ssse3.isSupported)
      #expect(features.contains("bmi2") == InstructionPath.bmi2.isSupported)
      let avx512 = ["avx512f", "avx512bw", "avx512vbmi", "avx512_vbmi2"].allSatisfy {
        features.contains($0)
      }
      #expect(avx512 == InstructionPath.avx512.isSupported)
      if let microcoded = host.cpu.pextMicrocoded {
        #expect(
          DecodeStrategy.word.dispatchedPath == (microcoded ? InstructionPath.scalar : .bmi2))
      }
    #endif
    #expect(!host.cpu.microarchitectureText.isEmpty)
  }
}
