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
    .default(enabledTraits: ["HostCommands"]),
  ],
  targets: [
    // Vector instructions Swift cannot spell (pshufb, pmovmskb, NEON tbl), as inline wrappers.
    .target(name: "CIntrinsics"),
    .target(name: "CodecCore", dependencies: ["CIntrinsics"]),
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
