/// Everything an aggregate shows, computed once; the renderers only format it.
public struct AggregateReport: Sendable {
  /// The files read.
  public let files: [String]
  /// Records read.
  public let recordCount: Int
  /// Every host label, sorted.
  public let hosts: [HostProfile]
  /// The label every other host is compared with.
  public let baseline: String
  /// The significance level.
  public let alpha: Double
  /// The clock the times come from.
  public let clock: TimeSource
  /// Significance tests run (the size of Holm's family).
  public let testCount: Int
  /// Problems that do not stop the aggregation: differing builds, failed checks, mixed cores.
  public let warnings: [String]
  /// One table per case.
  public let cases: [CaseTable]
  /// Strategy rankings per command, corpus and timed host.
  public let rankings: [StrategyRanking]
  /// Ranking flips.
  public let flips: [RankingFlip]
  /// Each timed host against the baseline, case by case, explained by the counters.
  public let decompositions: [Decomposition]

  /// The profile of `label`.
  public func host(_ label: String) -> HostProfile? { hosts.first { $0.label == label } }

  /// Labels whose timings take part in comparisons (not emulated), sorted.
  public var timedLabels: [String] { hosts.filter { !$0.emulation.isEmulated }.map { $0.label } }

  /// True when any input is synthetic.
  public var hasSyntheticData: Bool { hosts.contains { $0.synthetic } }
}

/// One case: every host's row.
public struct CaseTable: Sendable {
  /// The case.
  public let key: CaseKey
  /// The corpus checksum all rows share.
  public let checksum: String
  /// One row per host label that ran the case, sorted by label.
  public let rows: [HostRow]
}

/// One host's line in a case table.
public struct HostRow: Sendable {
  /// The host's result.
  public let summary: HostCaseSummary
  /// This host is the baseline.
  public let isBaseline: Bool
  /// This host's timings are emulated and take part in no comparison.
  public let isEmulated: Bool
  /// Against the baseline, when both ran the case and this host is timed.
  public let versusBaseline: Comparison?
  /// The host's rank among strategies for this command and corpus (1 = fastest), if ranked.
  public let rank: Int?
}
