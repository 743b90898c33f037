import CodecCore

/// The readable form of `edgebench info`.
enum InfoText {
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  static func render(host: HostFingerprint, build: BuildFacts, counters: CounterSet) -> String {
    var lines: [(String, String)] = [
      ("hostname", host.hostname),
      ("kernel", host.kernel.sysname + " " + host.kernel.release + " " + host.kernel.machine),
      ("kernel build", host.kernel.version),
      ("cpu", host.cpuModel),
      ("microarchitecture", host.cpu.microarchitectureText + " (from " + host.cpu.source + ")"),
      ("cpu identity", identity(host.cpu)),
      ("isa features", host.cpu.features.isEmpty ? "-" : host.cpu.features.joined(separator: " ")),
      (
        "decode paths",
        DecodeStrategy.allCases.filter { $0 != .loop }.map { $0.name + ": " + $0.isaPath }
          .joined(separator: ", ")
      ),
      ("board", host.board ?? "-"),
      (
        "cpus",
        "online " + host.onlineCPUs + " (" + String(host.onlineCount) + "), possible "
          + (host.possibleCPUs ?? "?")
      ),
      (
        "smt",
        (host.smtControl ?? "not visible") + ", "
          + (host.threadsPerCore.map { String($0) } ?? "?") + " thread(s) per core"
      ),
      ("boost", host.boost.map { $0.state + " (" + $0.source + ")" } ?? "not visible"),
      ("virtualization", host.virtualization.kind + " (" + host.virtualization.evidence + ")"),
      ("perf_event_paranoid", host.perfEventParanoid.map { String($0) } ?? "not readable"),
      ("memory", host.memoryTotalKiB.map { String($0 / 1024) + " MiB" } ?? "?"),
    ]
    for (index, kind) in host.coreTypes.enumerated() {
      lines.append(("core type " + String(index), describe(kind)))
    }
    lines += [
      (
        "build",
        build.mode + " " + build.optimization + ", Swift " + build.swiftVersion + ", "
          + build.target
      ),
      ("c compiler", build.cArchitecture + ", " + build.cCompiler),
      ("binary", build.binaryPath ?? "?"),
      (
        "binary sha256",
        (build.binarySHA256 ?? "unreadable")
          + (build.binaryBytes.map { " (" + String($0) + " bytes)" } ?? "")
      ),
      ("source revision", build.sourceRevision),
    ]
    var text = lines.map { NumberFormat.pad($0.0, 20, alignRight: false) + " " + $0.1 }
    text.append("counters")
    for status in counters.statuses {
      let state: String
      if let reason = status.unavailable {
        state = "unavailable  " + reason.message
      } else {
        state =
          "counting on " + status.pmus.joined(separator: ", ")
          + (status.excludesKernel ? " (user space only)" : " (user and kernel)")
      }
      text.append("  " + NumberFormat.pad(status.event.name, 18, alignRight: false) + " " + state)
    }
    return text.joined(separator: "\n")
  }

  /// "GenuineIntel family 6 model 207 stepping 2, microcode 0x1, PEXT fast" or the MIDR fields.
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  private static func identity(_ cpu: CPUIdentity) -> String {
    var parts: [String] = []
    if let signature = cpu.signatureText { parts.append((cpu.vendor ?? "?") + " " + signature) }
    if let midr = cpu.midrText {
      parts.append(
        (cpu.vendor ?? "?") + " " + midr + " r" + String(cpu.variant ?? 0) + "p"
          + String(cpu.revision ?? 0))
    }
    if let microcode = cpu.microcode { parts.append("microcode " + microcode) }
    if let microcoded = cpu.pextMicrocoded {
      parts.append("PEXT " + (microcoded ? "microcoded (slow)" : "fast"))
    }
    return parts.isEmpty ? "-" : parts.joined(separator: ", ")
  }

  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  private static func describe(_ kind: CoreType) -> String {
    var parts = [
      kind.name + (kind.midr.map { " [MIDR " + $0 + "]" } ?? ""),
      "CPUs " + TextScan.cpuListText(kind.cpus) + " (" + String(kind.cpus.count) + ")",
    ]
    if !kind.caches.isEmpty {
      parts.append(
        kind.caches.map { cache in
          "L" + String(cache.level) + cacheLetter(cache.type) + " " + size(cache.sizeBytes)
        }.joined(separator: " "))
    }
    if let capacity = kind.capacity { parts.append("capacity " + String(capacity)) }
    let frequency = kind.frequency
    if let governor = frequency.governor {
      parts.append(
        governor + " " + khz(frequency.minKHz) + "-" + khz(frequency.maxKHz) + " MHz (hw "
          + khz(frequency.hardwareMinKHz) + "-" + khz(frequency.hardwareMaxKHz) + "), now "
          + kind.currentKHz.map { khz($0) }.joined(separator: "/"))
    } else {
      parts.append("cpufreq not exposed")
    }
    return parts.joined(separator: ", ")
  }

  private static func cacheLetter(_ type: String) -> String {
    switch type {
    case "Data": return "d"
    case "Instruction": return "i"
    default: return ""
    }
  }

  private static func size(_ bytes: Int) -> String {
    if bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 {
      return String(bytes / (1024 * 1024)) + " MiB"
    }
    return String(bytes / 1024) + " KiB"
  }

  private static func khz(_ value: Int?) -> String {
    value.map { String($0 / 1000) } ?? "?"
  }
}
