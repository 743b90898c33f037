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
  /// The CPU's identity (schema version 2); nil in version 1 records, which did not record it.
  public let cpu: CPUFacts?
  /// The first core type's caches as "L1d 32K L1i 64K L2 512K L3 8M"; nil when none listed.
  public let caches: String?

  /// The core type that owns `cpu`, if any.
  public func coreType(of cpu: Int) -> CoreTypeFacts? {
    coreTypes.first { $0.cpus.contains(cpu) }
  }
}

/// Who made the CPU, which one it is, and what it can execute, as the record says.
public struct CPUFacts: Equatable, Sendable {
  /// "cpuid", "midr", or "none: why".
  public let source: String
  /// "AuthenticAMD", "GenuineIntel", "ARM", ...
  public let vendor: String?
  /// x86 display family.
  public let family: Int?
  /// x86 display model.
  public let model: Int?
  /// x86 stepping.
  public let stepping: Int?
  /// Microcode revision.
  public let microcode: String?
  /// ARM MIDR implementer ("0x41").
  public let implementer: String?
  /// ARM MIDR part ("0xd08").
  public let part: String?
  /// "Zen 5", "Emerald Rapids", "Cortex-A72", or "unknown ... (family ...)".
  public let microarchitecture: String
  /// ISA features.
  public let features: [String]
  /// "fast", "microcoded", or nil without BMI2.
  public let pext: String?

  /// What makes two CPUs the same kind: vendor and signature, or implementer and part.
  public var identityKey: String {
    [
      vendor ?? "", family.map { String($0) } ?? "", model.map { String($0) } ?? "",
      stepping.map { String($0) } ?? "", implementer ?? "", part ?? "",
    ].joined(separator: "/")
  }

  /// "Zen 5 (family 26 model 2 stepping 1)" or "Cortex-A72 (0x41/0xd08)".
  public var description: String {
    if let family, let model, let stepping {
      return microarchitecture + " (family \(family) model \(model) stepping \(stepping))"
    }
    if let implementer, let part { return microarchitecture + " (\(implementer)/\(part))" }
    return microarchitecture
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
  /// The source revision it was built from (12 hex digits), when recorded.
  public let sourceRevision: String?

  /// "full, Swift 6.3, x86_64-unknown-linux-gnu, release"; "peer, go1.19.8, x86_64-linux,
  /// release".
  public var description: String {
    mode + (mode == "peer" || mode == "foreign" ? ", " : ", Swift ") + swift + ", " + target + ", "
      + optimization
  }
}
