/// Every significance test of a report, run together so that Holm's correction covers them
/// all: each timed host against the baseline for every case, and every pair of strategies on
/// every timed host within each command and corpus. Emulated hosts take part in none.
struct ComparisonFamily {
  /// By case, then by host label: the host's result over the baseline's.
  var versusBaseline: [CaseKey: [String: Comparison]] = [:]
  /// By host label, scope and strategy pair: the first strategy's result over the second's.
  var strategyPairs: [StrategyPair: Comparison] = [:]

  /// Runs every test and settles the verdicts at level `alpha`.
  init(
    summaries: [CaseKey: [String: HostCaseSummary]], baseline: String, timed: Set<String>,
    alpha: Double
  ) {
    for (key, byLabel) in summaries {
      guard let reference = byLabel[baseline] else { continue }
      for (label, summary) in byLabel where label != baseline && timed.contains(label) {
        if let comparison = Comparison(subject: summary, reference: reference) {
          versusBaseline[key, default: [:]][label] = comparison
        }
      }
    }
    var byScope: [CaseScope: [String: [HostCaseSummary]]] = [:]
    for (key, byLabel) in summaries {
      for (label, summary) in byLabel where timed.contains(label) {
        byScope[key.scope, default: [:]][label, default: []].append(summary)
      }
    }
    for (scope, byLabel) in byScope {
      for (label, results) in byLabel {
        let sorted = results.sorted { $0.key.strategy < $1.key.strategy }
        for (index, first) in sorted.enumerated() {
          for second in sorted[(index + 1)...] {
            let pair = StrategyPair(
              scope: scope, label: label, first: first.key.strategy, second: second.key.strategy)
            strategyPairs[pair] = Comparison(subject: first, reference: second)
          }
        }
      }
    }
    settle(alpha: alpha)
  }

  /// Tests in the family.
  var count: Int {
    versusBaseline.values.reduce(0) { $0 + $1.values.filter(\.isTestable).count }
      + strategyPairs.values.filter(\.isTestable).count
  }

  /// The comparison of two strategies on a host, with `subject` as numerator, if tested.
  func strategies(_ subject: String, over reference: String, scope: CaseScope, label: String)
    -> Comparison?
  {
    if let forward = strategyPairs[
      StrategyPair(scope: scope, label: label, first: subject, second: reference)]
    {
      return forward
    }
    return strategyPairs[
      StrategyPair(scope: scope, label: label, first: reference, second: subject)
    ]
    .flatMap { $0.inverted() }
  }

  private mutating func settle(alpha: Double) {
    var slots: [(CaseKey, String)] = []
    var pairs: [StrategyPair] = []
    var pValues: [Double] = []
    // Single figures are not tested: they are no part of Holm's family.
    for (key, byLabel) in versusBaseline {
      for (label, comparison) in byLabel where comparison.isTestable {
        slots.append((key, label))
        pValues.append(comparison.test.pValue)
      }
    }
    for (pair, comparison) in strategyPairs where comparison.isTestable {
      pairs.append(pair)
      pValues.append(comparison.test.pValue)
    }
    let adjusted = HolmCorrection.adjust(pValues)
    for (index, (key, label)) in slots.enumerated() {
      versusBaseline[key]?[label]?.settle(adjustedP: adjusted[index], alpha: alpha)
    }
    for (offset, pair) in pairs.enumerated() {
      strategyPairs[pair]?.settle(adjustedP: adjusted[slots.count + offset], alpha: alpha)
    }
  }
}

/// Two strategies on one host within one command and corpus; `first` < `second` by name.
struct StrategyPair: Hashable {
  let scope: CaseScope
  let label: String
  let first: String
  let second: String
}
