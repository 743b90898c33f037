// swift-tools-version: 6.1
import PackageDescription

// No package dependencies: everything here builds from the toolchain alone, and the same
// CodecCore sources compile as ordinary Swift (host) and as Embedded Swift (boards).
//
// Host-only commands (`edgebench aggregate`, which reads results with Foundation) live in the
// Aggregation target. Embedded Swift has no Foundation, so the executable depends on it only
// while the `HostCommands` trait is on. The trait is on by default (`swift build`, `swift test`,
// the x86_64-host build); Toolchains/build-all.sh builds the board targets with
// `--disable-default-traits`, so Aggregation is not compiled for them at all. A trait rather
// than a platform condition because x86_64-embedded uses the Linux triple
// x86_64-unknown-linux-gnu, the same platform as the host build. Sources/edgebench/main.swift
// holds the matching `#if HostCommands` seam.
//
// The x86_64 vector kernels (Sources/AVX512Kernels) are compiled with AVX-512 enabled, which only
// an x86_64 compiler accepts, so they sit behind the `X86Kernels` trait: on by default where this
// manifest runs on x86_64, off elsewhere (a native build on an Arm host), and turned on for the
// x86_64-embedded board build by Toolchains/build-all.sh (board builds start with no traits).
// The binary stays baseline x86_64: CodecCore calls the kernels only after CPUID said yes.
// Likewise the 32-bit Arm NEON kernel (Sources/ARMv7Kernels), compiled with -mfpu=neon behind
// the `ARMv7Kernels` trait, which build-all.sh turns on for the armv7 board build; the rest of
// that binary stays VFP-only, and CodecCore calls the kernel only after HWCAP said yes.
#if arch(x86_64)
  let defaultTraits: Set<String> = ["HostCommands", "X86Kernels"]
#else
  let defaultTraits: Set<String> = ["HostCommands"]
#endif

let package = Package(
  name: "edgebench",
  products: [
    .executable(name: "edgebench", targets: ["edgebench"]),
    .library(name: "CodecCore", targets: ["CodecCore"]),
  ],
  traits: [
    .trait(
      name: "HostCommands",
      description: "Commands that need Foundation (aggregate); off for Embedded board builds"),
    .trait(
      name: "X86Kernels",
      description: "x86_64 decode paths compiled for their instruction sets (AVX-512); x86_64 only"
    ),
    .trait(
      name: "ARMv7Kernels",
      description: "The 32-bit Arm NEON decode path (vtbl), run where HWCAP says; armv7 only"),
    .default(enabledTraits: defaultTraits),
  ],
  targets: [
    // Vector instructions Swift cannot spell (pshufb, pmovmskb, NEON tbl), as inline wrappers.
    .target(name: "CIntrinsics"),
    // AVX-512 F/BW/VBMI/VBMI2 for this module alone: Swift takes its code-generation features from
    // the C compiler flags, so SIMD64 arithmetic here becomes AVX-512 and CIntrinsics' AVX-512
    // wrappers (compiled only where __AVX512VBMI2__ is defined) inline into it.
    .target(
      name: "AVX512Kernels", dependencies: ["CIntrinsics"],
      swiftSettings: [
        .unsafeFlags(
          [
            "-Xcc", "-mavx512f", "-Xcc", "-mavx512bw", "-Xcc", "-mavx512vbmi", "-Xcc",
            "-mavx512vbmi2",
          ], .when(traits: ["X86Kernels"]))
      ]),
    // NEON for this module alone, as AVX512Kernels: SIMD16 arithmetic here becomes NEON, and
    // CIntrinsics' armv7 NEON wrappers (compiled only where __ARM_NEON is defined) inline into
    // it. cc1 target features, not -mfpu=neon: SwiftPM appends the toolset's -mfpu=vfpv3-d16
    // after these flags, and the driver's last -mfpu wins, while cc1 features apply after it.
    // They are what -mfpu=neon adds over vfpv3-d16; with +neon alone LLVM's instruction
    // selection aborts ("Do not know how to split the result of this operator").
    .target(
      name: "ARMv7Kernels", dependencies: ["CIntrinsics"],
      swiftSettings: [
        .unsafeFlags(
          ["+vfp3", "+vfp3sp", "+d32", "+neon"].flatMap {
            ["-Xcc", "-Xclang", "-Xcc", "-target-feature", "-Xcc", "-Xclang", "-Xcc", $0]
          }, .when(traits: ["ARMv7Kernels"]))
      ]),
    .target(
      name: "CodecCore",
      dependencies: [
        "CIntrinsics", .target(name: "AVX512Kernels", condition: .when(traits: ["X86Kernels"])),
        .target(name: "ARMv7Kernels", condition: .when(traits: ["ARMv7Kernels"])),
      ]),
    // libm: Double rounding in the runner calls it, and neither build mode links it by itself.
    .target(name: "CPerf", linkerSettings: [.linkedLibrary("m")]),
    // cperf_source_revision() alone, linked by the executables only: see source_revision.c.
    .target(name: "CSourceRevision"),
    // The runner's logic, shared by the host and board builds; a library so tests can reach it.
    .target(name: "EdgebenchKit", dependencies: ["CodecCore", "CPerf"]),
    // Results from many hosts: tables, significance, decomposition, charts. Host build only.
    .target(name: "Aggregation", dependencies: ["EdgebenchKit", "CodecCore"]),
    .executableTarget(
      name: "edgebench",
      dependencies: [
        "EdgebenchKit", "CPerf", "CSourceRevision",
        .target(name: "Aggregation", condition: .when(traits: ["HostCommands"])),
      ]),
    .testTarget(name: "CodecCoreTests", dependencies: ["CodecCore"]),
    .testTarget(
      name: "EdgebenchKitTests", dependencies: ["EdgebenchKit", "CodecCore", "CSourceRevision"]),
    .testTarget(
      name: "AggregationTests", dependencies: ["Aggregation", "EdgebenchKit", "CSourceRevision"]),
  ]
)
