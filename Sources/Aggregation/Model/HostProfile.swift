/// Everything known about one host label: the machine, its builds, whether it is emulated,
/// and which counters it had.
public struct HostProfile: Sendable {
  /// The label.
  public let label: String
  /// The first record's host facts (the label's records should all share them).
  public let host: HostFacts
  /// Every distinct build among the label's records.
  public let builds: [BuildSummary]
  /// Emulated or not, and why.
  public let emulation: EmulationVerdict
  /// Hardware counters (cycles and instructions) counted, or why not.
  public let hardwareCounters: CounterSupport
  /// True when any of the label's records is synthetic.
  public let synthetic: Bool
  /// The files the label's records came from.
  public let files: [String]
  /// Records read for the label.
  public let recordCount: Int

  /// Builds the profile of `records`, which all carry `label` (not empty).
  init(label: String, records: [CaseRecord]) {
    self.label = label
    let first = records[0]
    host = first.host
    var builds: [BuildSummary] = []
    var files: [String] = []
    for record in records {
      if !builds.contains(record.build) { builds.append(record.build) }
      if !files.contains(record.source.path) { files.append(record.source.path) }
    }
    self.builds = builds
    self.files = files
    recordCount = records.count
    synthetic = records.contains { $0.synthetic }
    let verdicts = records.map { EmulationVerdict(host: $0.host, counters: $0.counterStatus) }
    emulation = verdicts.first { $0.isEmulated } ?? verdicts[0]
    hardwareCounters = CounterSupport(first.counterStatus)
  }

  /// The build the label's records share (the first when they differ).
  public var build: BuildSummary { builds[0] }

  /// "2x AMD EPYC, Zen 5 (family 26 model 2 stepping 1)" or "4x Cortex-A55 + 4x Cortex-A76";
  /// records without a CPU identity (schema 1) say so and show their caches, the one
  /// recorded fact that tells such CPUs apart.
  public var coreDescription: String {
    var text: String
    if host.coreTypes.count <= 1 {
      let count = host.coreTypes.first?.cpus.count ?? 0
      text = (count > 0 ? "\(count)x " : "") + (host.cpuModel ?? host.coreTypes.first?.name ?? "?")
    } else {
      text = host.coreTypes.map { "\($0.cpus.count)x \($0.name)" }.joined(separator: " + ")
    }
    if let cpu = host.cpu {
      // No identity under user-mode emulation: the model already says "emulated".
      if !cpu.source.hasPrefix("none"), !text.contains(cpu.microarchitecture) {
        text += ", " + cpu.description
      }
    } else if host.machine == "x86_64" || host.machine.hasSuffix("86") {
      // Schema 1 x86 records carry only the brand string (ARM ones name cores by MIDR).
      // Under emulation the caches are the emulator host's: not this CPU's.
      let caches = emulation.isEmulated ? nil : host.caches
      text += ", CPU identity not recorded" + (caches.map { " (caches " + $0 + ")" } ?? "")
    }
    return text
  }
}

/// Whether a host counted the hardware events the decomposition needs.
public enum CounterSupport: Equatable, Sendable {
  /// Cycles and instructions were counted.
  case counting
  /// They were not, and why ("no-pmu (ENOENT)").
  case unavailable(String)

  /// Reads the statuses of `cycles` and `instructions`.
  init(_ statuses: [String: CounterAvailability]) {
    for name in ["cycles", "instructions"] {
      guard let status = statuses[name] else {
        self = .unavailable("not recorded")
        return
      }
      guard status.isCounting else {
        let reason = status.reason ?? status.status
        self = .unavailable(reason + (status.errno.map { " (" + $0 + ")" } ?? ""))
        return
      }
    }
    self = .counting
  }

  /// Why they were not counted, or nil when they were.
  public var unavailableReason: String? {
    if case .unavailable(let reason) = self { return reason }
    return nil
  }
}
