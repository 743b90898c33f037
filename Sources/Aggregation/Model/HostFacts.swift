/// The parts of a record's host fingerprint the aggregation shows or judges by.
public struct HostFacts: Equatable, Sendable {
  /// The host's name.
  public let hostname: String
  /// `uname -m` as the program saw it (qemu-user reports the emulated architecture).
  public let machine: String
  /// The CPU model, when known.
  public let cpuModel: String?
  /// The board model (device tree), when known.
  public let board: String?
  /// Each kind of core: big.LITTLE boards have more than one.
  public let coreTypes: [CoreTypeFacts]
  /// The runner's virtualization verdict: "none-detected", "kvm", "user-mode-emulation", ...
  public let virtualization: String
  /// What that verdict rests on.
  public let virtualizationEvidence: String
  /// /proc/sys/kernel/perf_event_paranoid, absent when the kernel has no perf events.
  public let perfEventParanoid: Int?

  /// The core type that owns `cpu`, if any.
  public func coreType(of cpu: Int) -> CoreTypeFacts? {
    coreTypes.first { $0.cpus.contains(cpu) }
  }
}

/// One kind of core on a host.
public struct CoreTypeFacts: Equatable, Sendable {
  /// "Cortex-A76", or the CPU model on uniform hosts.
  public let name: String
  /// The CPUs of this type.
  public let cpus: [Int]
}

/// The parts of a record's build facts that decide whether two timings came from comparable
/// machine code.
public struct BuildSummary: Hashable, Sendable {
  /// "full" or "embedded"; "peer" for the Go and Rust peers.
  public let mode: String
  /// The Swift compiler version; a peer's compiler ("go1.19.8", "rustc 1.63.0").
  public let swift: String
  /// The Swift target triple.
  public let target: String
  /// The C compiler's version string.
  public let cCompiler: String?
  /// "release" or "debug".
  public let optimization: String
  /// SHA-256 of the binary, when it could be read.
  public let binarySHA256: String?

  /// "full, Swift 6.3, x86_64-unknown-linux-gnu, release"; "peer, go1.19.8, x86_64-linux,
  /// release".
  public var description: String {
    mode + (mode == "peer" ? ", " : ", Swift ") + swift + ", " + target + ", " + optimization
  }
}
