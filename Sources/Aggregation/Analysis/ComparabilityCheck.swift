/// What must hold before results are compared (the same corpus bytes everywhere), and what is
/// worth a warning (different builds, a label holding several machines, emulation, samples
/// spread over different core types).
enum ComparabilityCheck {
  /// Throws when one corpus name has two checksums: those hosts decoded different bytes.
  static func checksums(_ records: [CaseRecord]) throws(AggregateError) {
    var seen: [String: CaseRecord] = [:]
    for record in records where record.foreign == nil {  // other tools record no checksum
      guard let first = seen[record.key.corpus] else {
        seen[record.key.corpus] = record
        continue
      }
      if first.checksum != record.checksum {
        throw .checksumMismatch(
          corpus: record.key.corpus, first: first.source, firstChecksum: first.checksum,
          second: record.source, secondChecksum: record.checksum)
      }
    }
  }

  /// Warnings about the hosts and their builds.
  static func warnings(hosts: [HostProfile], records: [CaseRecord]) -> [String] {
    var warnings: [String] = []
    let synthetic = hosts.filter { $0.synthetic }.map { $0.label }
    if !synthetic.isEmpty {
      warnings.append(
        "SYNTHETIC records (test fixtures), not measurements: " + synthetic.joined(separator: ", "))
    }
    for host in hosts where host.emulation.isEmulated {
      warnings.append(
        "\(host.label): emulated (\(host.emulation.evidence)); its times are shown but kept "
          + "out of every comparison, ranking and chart")
    }
    let timed = hosts.filter { !$0.emulation.isEmulated }
    let fields: [(String, (BuildSummary) -> String)] = [
      ("build mode", { $0.mode }), ("Swift version", { $0.swift }),
      ("C compiler", { $0.cCompiler ?? "unknown" }), ("optimization", { $0.optimization }),
    ]
    for (name, value) in fields {
      var groups: [(String, [String])] = []
      for host in timed {
        let text = value(host.build)
        if let index = groups.firstIndex(where: { $0.0 == text }) {
          groups[index].1.append(host.label)
        } else {
          groups.append((text, [host.label]))
        }
      }
      guard groups.count > 1 else { continue }
      let list = groups.map { "\($0.1.joined(separator: ", ")): \($0.0)" }
      warnings.append(
        "builds differ in \(name) (" + list.joined(separator: "; ")
          + "): gaps between these hosts may come from the compiler, not the CPU")
    }
    for host in hosts where host.builds.count > 1 {
      warnings.append(
        "\(host.label): records from \(host.builds.count) different builds are pooled")
    }
    warnings += identityWarnings(hosts: timed, records: records)
    let byLabel = Dictionary(grouping: records) { $0.label }
    for label in byLabel.keys.sorted() {
      let machines = Set(
        byLabel[label, default: []].map { $0.host.hostname + " / " + ($0.host.cpuModel ?? "?") })
      if machines.count > 1 {
        warnings.append(
          "\(label): records from different machines (\(machines.sorted().joined(separator: ", "))) "
            + "share this label; give each its own folder")
      }
    }
    return warnings
  }

  /// Warnings about CPU identity: one label pooling records of different CPUs or ISA
  /// features, and two labels whose records cannot tell their CPUs apart (schema 1 records
  /// carry only the brand string, "AMD EPYC" on Zen 1 and Zen 5 alike).
  static func identityWarnings(hosts: [HostProfile], records: [CaseRecord]) -> [String] {
    var warnings: [String] = []
    let byLabel = Dictionary(grouping: records) { $0.label }
    for label in byLabel.keys.sorted() {
      let labelRecords = byLabel[label, default: []]
      var cpus: [String] = []
      var featureSets: [String] = []
      for record in labelRecords {
        guard let cpu = record.host.cpu else { continue }
        if !cpus.contains(cpu.description) { cpus.append(cpu.description) }
        let features = cpu.features.joined(separator: " ")
        if !featureSets.contains(features) { featureSets.append(features) }
      }
      if cpus.count > 1 {
        warnings.append(
          "\(label): records of different CPUs are pooled (" + cpus.joined(separator: "; ")
            + "); give each CPU its own folder")
      } else if featureSets.count > 1 {
        warnings.append(
          "\(label): records with different ISA features are pooled ("
            + featureSets.map { "[" + $0 + "]" }.joined(separator: " vs ")
            + "): decoders may take different paths; give each its own folder")
      }
    }
    // Hosts with no recorded identity, grouped by brand string, then by caches.
    var brands: [String] = []
    var byBrand: [String: [(caches: String, labels: [String])]] = [:]
    for host in hosts where host.host.cpu == nil {
      let brand = host.host.cpuModel ?? "?"
      let caches = host.host.caches ?? "not recorded"
      if byBrand[brand] == nil { brands.append(brand) }
      if let index = byBrand[brand, default: []].firstIndex(where: { $0.caches == caches }) {
        byBrand[brand]?[index].labels.append(host.label)
      } else {
        byBrand[brand, default: []].append((caches, [host.label]))
      }
    }
    for brand in brands {
      guard let groups = byBrand[brand],
        groups.count > 1 || (groups.first?.labels.count ?? 0) > 1
      else { continue }
      let list = groups.map { $0.labels.joined(separator: ", ") + " (caches " + $0.caches + ")" }
      warnings.append(
        "CPU '\(brand)' with no recorded CPU identity (schema 1 records): "
          + list.joined(separator: "; ")
          + (groups.count > 1
            ? ": the caches differ, so these are different CPUs; " : ": ")
          + "labels with equal caches may or may not be the same CPU")
    }
    return warnings
  }

  /// One warning per timed host whose process was often off the CPU during wall-clock samples
  /// (median task-clock ÷ wall below 90% in some case): its wall times include waiting.
  static func busyWarnings(_ summaries: [CaseKey: [String: HostCaseSummary]]) -> [String] {
    var lowest: [String: Double] = [:]
    for byLabel in summaries.values {
      for (label, summary) in byLabel {
        guard let share = summary.counters.onCPUShare else { continue }
        lowest[label] = min(lowest[label] ?? share, share)
      }
    }
    return lowest.keys.sorted().compactMap { label in
      guard let share = lowest[label], share < 0.9 else { return nil }
      return
        "\(label): the process was on a CPU for as little as \(NumberText.percent(share)) of the "
        + "wall-clock time (median task-clock ÷ wall in a case): a busy machine; its wall-clock "
        + "times include waiting for a CPU. Compare with --time cpu, or rerun on a quiet machine"
    }
  }

  /// A warning when a host's samples for one case ran on more than one kind of core.
  static func coreWarnings(_ summary: HostCaseSummary) -> [String] {
    let known = summary.coreUse.filter { $0.name != "unknown" }
    guard known.count > 1 else { return [] }
    let list = known.map { "\($0.name) (\($0.samples))" }.joined(separator: ", ")
    return [
      "\(summary.label): \(summary.key) samples ran on different core types: \(list); "
        + "pin the run to one core type (--pin CPU) to compare like with like"
    ]
  }
}
