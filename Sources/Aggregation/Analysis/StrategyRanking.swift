/// The strategies of one command and corpus on one host, fastest first, with each step marked
/// as a real difference or within noise.
public struct StrategyRanking: Sendable {
  /// The command and corpus.
  public let scope: CaseScope
  /// The host label.
  public let label: String
  /// Fastest first.
  public let entries: [Entry]

  /// One strategy's place.
  public struct Entry: Equatable, Sendable {
    /// The strategy.
    public let strategy: String
    /// Its median nanoseconds per value.
    public let median: Double
    /// True when the gap to the entry before it is within noise (a tie).
    public let tiedWithPrevious: Bool
    /// True when the order with the entry before it rests on a single figure (not tested).
    public var untested = false
  }

  /// Rankings for every scope and timed host with at least two strategies.
  static func all(
    summaries: [CaseKey: [String: HostCaseSummary]], family: ComparisonFamily, timed: [String]
  ) -> [StrategyRanking] {
    var byScope: [CaseScope: [String: [HostCaseSummary]]] = [:]
    for (key, byLabel) in summaries {
      for (label, summary) in byLabel {
        byScope[key.scope, default: [:]][label, default: []].append(summary)
      }
    }
    var rankings: [StrategyRanking] = []
    for scope in byScope.keys.sorted() {
      for label in timed {
        guard let results = byScope[scope]?[label], results.count > 1 else { continue }
        let ordered = results.sorted {
          ($0.median, $0.key.strategy) < ($1.median, $1.key.strategy)
        }
        var entries: [Entry] = []
        for (index, result) in ordered.enumerated() {
          var tied = false
          var untested = false
          if index > 0 {
            let previous = ordered[index - 1].key.strategy
            let comparison = family.strategies(
              result.key.strategy, over: previous, scope: scope, label: label)
            tied = comparison?.verdict.isSignificant != true
            untested = comparison?.isTestable == false
          }
          var entry = Entry(
            strategy: result.key.strategy, median: result.median, tiedWithPrevious: tied)
          entry.untested = untested
          entries.append(entry)
        }
        rankings.append(StrategyRanking(scope: scope, label: label, entries: entries))
      }
    }
    return rankings
  }
}
