/// Builds an `AggregateReport` from loaded records: checks that they may be compared, pools
/// them per host and case, runs the tests, ranks, finds flips and decomposes the gaps.
public enum ReportBuilder {
  /// The report's settings.
  public struct Settings: Sendable {
    /// The baseline label; nil for the first timed label in sorted order.
    public var baseline: String?
    /// The significance level for Holm-adjusted p-values.
    public var alpha = 0.05
    /// The clock times come from.
    public var clock = TimeSource.wall

    /// Default settings.
    public init(baseline: String? = nil, alpha: Double = 0.05, clock: TimeSource = .wall) {
      self.baseline = baseline
      self.alpha = alpha
      self.clock = clock
    }
  }

  /// Builds the report, or throws when the records may not be compared.
  public static func build(
    _ loaded: LoadedResults, settings: Settings = Settings()
  ) throws(AggregateError) -> AggregateReport {
    try ComparabilityCheck.checksums(loaded.records)
    var warnings = loaded.warnings
    let checked = loaded.records.filter { record in
      if !record.checkPassed {
        warnings.append(
          "\(record.source): \(record.key) failed its check (\(record.checkFailure ?? "wrong result"))"
            + "; its timing is left out")
      }
      return record.checkPassed
    }
    let byLabel = Dictionary(grouping: loaded.records) { $0.label }
    let hosts = byLabel.keys.sorted().compactMap { label in
      byLabel[label].map { HostProfile(label: label, records: $0) }
    }
    let timed = hosts.filter { !$0.emulation.isEmulated }.map { $0.label }
    let baseline = try chooseBaseline(settings.baseline, hosts: hosts, timed: timed)
    warnings += ComparabilityCheck.warnings(hosts: hosts, records: loaded.records)

    var summaries: [CaseKey: [String: HostCaseSummary]] = [:]
    var checksums: [CaseKey: String] = [:]
    var untimed: [String: Int] = [:]
    let grouped = Dictionary(grouping: checked) {
      [$0.key.command, $0.key.corpus, $0.key.strategy, $0.label]
    }
    for group in grouped.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      guard let records = grouped[group], let first = records.first else { continue }
      guard let profile = hosts.first(where: { $0.label == first.label }) else { continue }
      guard
        let summary = HostCaseSummary(records: records, host: profile.host, clock: settings.clock)
      else {
        untimed[first.label, default: 0] += 1
        continue
      }
      summaries[first.key, default: [:]][first.label] = summary
      if first.foreign == nil || checksums[first.key] == nil {
        checksums[first.key] = first.checksum
      }
      warnings += ComparabilityCheck.coreWarnings(summary)
    }
    for label in untimed.keys.sorted() {
      warnings.append(
        "\(label): \(untimed[label] ?? 0) cases have no \(settings.clock.unit) samples "
          + "(task-clock was not counted); left out")
    }
    if settings.clock == .wall { warnings += ComparabilityCheck.busyWarnings(summaries) }

    let family = ComparisonFamily(
      summaries: summaries, baseline: baseline, timed: Set(timed), alpha: settings.alpha)
    let rankings = StrategyRanking.all(summaries: summaries, family: family, timed: timed)
    let support = Dictionary(uniqueKeysWithValues: hosts.map { ($0.label, $0.hardwareCounters) })
    let builds = Dictionary(uniqueKeysWithValues: hosts.map { ($0.label, $0.build) })
    let counts = loaded.instructionCounts
    let explain = { (comparison: Comparison) -> Decomposition in
      Decomposition(
        comparison,
        subjectSupport: support[comparison.subject.label] ?? .unavailable("unknown host"),
        referenceSupport: support[comparison.reference.label] ?? .unavailable("unknown host"),
        counted: { summary in
          builds[summary.label].flatMap { counts.count(for: $0, key: summary.key) }
        })
    }
    var cases: [CaseTable] = []
    var decompositions: [Decomposition] = []
    for key in summaries.keys.sorted() {
      guard let byHost = summaries[key] else { continue }
      var rows: [HostRow] = []
      for label in byHost.keys.sorted() {
        guard let summary = byHost[label] else { continue }
        let comparison = family.versusBaseline[key]?[label]
        if let comparison { decompositions.append(explain(comparison)) }
        let ranking = rankings.first { $0.scope == key.scope && $0.label == label }
        let rank = ranking?.entries.firstIndex { $0.strategy == key.strategy }.map { $0 + 1 }
        rows.append(
          HostRow(
            summary: summary, isBaseline: label == baseline,
            isEmulated: !timed.contains(label), versusBaseline: comparison, rank: rank))
      }
      cases.append(CaseTable(key: key, checksum: checksums[key] ?? "?", rows: rows))
    }
    return AggregateReport(
      files: loaded.files, recordCount: loaded.records.count, hosts: hosts, baseline: baseline,
      alpha: settings.alpha, clock: settings.clock, testCount: family.count, warnings: warnings,
      cases: cases,
      rankings: rankings, flips: RankingFlip.all(family: family, explain: explain),
      decompositions: decompositions)
  }

  private static func chooseBaseline(
    _ requested: String?, hosts: [HostProfile], timed: [String]
  ) throws(AggregateError) -> String {
    guard let requested else {
      guard let first = timed.first else { throw .noTimedHost }
      return first
    }
    guard let host = hosts.first(where: { $0.label == requested }) else {
      throw .unknownBaseline(requested, available: hosts.map { $0.label })
    }
    guard !host.emulation.isEmulated else { throw .emulatedBaseline(requested) }
    return requested
  }
}
