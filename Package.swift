// swift-tools-version: 6.0
import PackageDescription

// No package dependencies: everything here builds from the toolchain alone, and the same
// CodecCore sources compile as ordinary Swift (host) and as Embedded Swift (boards).
let package = Package(
  name: "edgebench",
  products: [
    .executable(name: "edgebench", targets: ["edgebench"]),
    .library(name: "CodecCore", targets: ["CodecCore"]),
  ],
  targets: [
    // Vector instructions Swift cannot spell (pshufb, pmovmskb, NEON tbl), as inline wrappers.
    .target(name: "CIntrinsics"),
    .target(name: "CodecCore", dependencies: ["CIntrinsics"]),
    // libm: Double rounding in the runner calls it, and neither build mode links it by itself.
    .target(name: "CPerf", linkerSettings: [.linkedLibrary("m")]),
    // The runner's logic, shared by the host and board builds; a library so tests can reach it.
    .target(name: "EdgebenchKit", dependencies: ["CodecCore", "CPerf"]),
    .executableTarget(name: "edgebench", dependencies: ["EdgebenchKit", "CPerf"]),
    .testTarget(name: "CodecCoreTests", dependencies: ["CodecCore"]),
    .testTarget(name: "EdgebenchKitTests", dependencies: ["EdgebenchKit", "CodecCore"]),
  ]
)
