/// Two contenders whose order changes with the context: the shape of the motivating claim
/// (one decoder faster on some CPUs, slower on another). Only significant differences count:
/// a side that is within noise on some context is not a flip there.
public struct RankingFlip: Sendable {
  /// What is compared and across what.
  public enum Kind: String, Sendable {
    /// Two strategies on one corpus; the order differs between hosts.
    case strategiesAcrossHosts = "strategies across hosts"
    /// Two strategies on one host; the order differs between corpora.
    case strategiesAcrossCorpora = "strategies across corpora"
    /// One strategy on a host and on the baseline; the order differs between corpora.
    case hostsAcrossCorpora = "host and baseline across corpora"
  }

  /// The kind of flip.
  public let kind: Kind
  /// Contexts where the subject is significantly faster than the reference.
  public let faster: [Comparison]
  /// Contexts where it is significantly slower.
  public let slower: [Comparison]
  /// Counter decompositions of every comparison above, in the same order (faster, then slower).
  public let explanations: [Decomposition]
  /// False when the order rests on single figures (ratios only): `one figure: not testable`.
  public var testable = true

  /// The subject's name: a strategy or a host label.
  public var subject: String { name(faster[0].subject) }
  /// The reference's name.
  public var reference: String { name(faster[0].reference) }

  /// What distinguishes the contexts of `comparison`: the host label or the corpus.
  public func context(_ comparison: Comparison) -> String {
    kind == .strategiesAcrossHosts ? comparison.subject.label : comparison.subject.key.corpus
  }

  /// What stays fixed, e.g. "decode/one-byte" or "decode on rk3588" or "decode with loop".
  public var setting: String {
    let key = faster[0].subject.key
    switch kind {
    case .strategiesAcrossHosts: return key.scope.description
    case .strategiesAcrossCorpora: return key.command + " on " + faster[0].subject.label
    case .hostsAcrossCorpora: return key.command + " with " + key.strategy
    }
  }

  private func name(_ summary: HostCaseSummary) -> String {
    kind == .hostsAcrossCorpora ? summary.label : summary.key.strategy
  }

  /// Finds every flip among the family's comparisons.
  static func all(family: ComparisonFamily, explain: (Comparison) -> Decomposition) -> [RankingFlip]
  {
    var groups: [[String]: (Kind, [Comparison])] = [:]
    for (pair, comparison) in family.strategyPairs {
      let acrossHosts = [
        "h", pair.scope.command, pair.scope.corpus, pair.first, pair.second,
      ]
      groups[acrossHosts, default: (.strategiesAcrossHosts, [])].1.append(comparison)
      let acrossCorpora = ["c", pair.scope.command, pair.label, pair.first, pair.second]
      groups[acrossCorpora, default: (.strategiesAcrossCorpora, [])].1.append(comparison)
    }
    for (key, byLabel) in family.versusBaseline {
      for (label, comparison) in byLabel {
        groups[["b", key.command, key.strategy, label], default: (.hostsAcrossCorpora, [])].1
          .append(comparison)
      }
    }
    // The motivating claim's own shape first (two decoders trading places between hosts), then
    // a host against the baseline across corpora, then strategies across corpora.
    let kindOrder = ["h", "b", "c"]
    let sortedKeys = groups.keys.sorted {
      let (left, right) = (
        kindOrder.firstIndex(of: $0[0]) ?? 3, kindOrder.firstIndex(of: $1[0]) ?? 3
      )
      return left != right ? left < right : $0.lexicographicallyPrecedes($1)
    }
    var flips: [RankingFlip] = []
    for groupKey in sortedKeys {
      guard let (kind, comparisons) = groups[groupKey] else { continue }
      let order: (Comparison, Comparison) -> Bool = {
        ($0.subject.label, $0.subject.key.corpus) < ($1.subject.label, $1.subject.key.corpus)
      }
      var faster = comparisons.filter { $0.verdict == .faster }.sorted(by: order)
      var slower = comparisons.filter { $0.verdict == .slower }.sorted(by: order)
      var testable = true
      if faster.isEmpty || slower.isEmpty {
        // Single figures order by their ratio alone: a flip shown, but marked not testable.
        let untested = comparisons.filter { !$0.isTestable && $0.ratio != 1 }
        guard !untested.isEmpty else { continue }
        faster = (faster + untested.filter { $0.ratio < 1 }).sorted(by: order)
        slower = (slower + untested.filter { $0.ratio > 1 }).sorted(by: order)
        testable = false
      }
      guard !faster.isEmpty, !slower.isEmpty else { continue }
      var flip = RankingFlip(
        kind: kind, faster: faster, slower: slower, explanations: (faster + slower).map(explain))
      flip.testable = testable
      flips.append(flip)
    }
    return flips
  }
}
