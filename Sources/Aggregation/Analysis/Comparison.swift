/// Two results set side by side: the subject's median over the reference's, an interval for
/// that ratio, and whether the difference is real or within noise.
public struct Comparison: Sendable {
  /// The result being judged (numerator).
  public let subject: HostCaseSummary
  /// What it is judged against (denominator): the baseline host, or another strategy.
  public let reference: HostCaseSummary
  /// subject median ÷ reference median: below 1 means the subject is faster.
  public let ratio: Double
  /// Bootstrap 95% interval of the ratio (per comparison), when it could be computed.
  public let interval: RatioBootstrap?
  /// Mann–Whitney U on the raw samples.
  public let test: MannWhitney
  /// The p-value after Holm's correction over every test in the report.
  public internal(set) var adjustedP: Double
  /// The verdict at the report's significance level.
  public internal(set) var verdict: Verdict

  /// Compares `subject` with `reference`; nil when either has no samples. When either is a
  /// single figure (another tool's summary, no raw samples) only the ratio is known: no test,
  /// no interval, no p-value, and the verdict is `one figure: not testable`.
  init?(subject: HostCaseSummary, reference: HostCaseSummary) {
    if subject.singleFigure || reference.singleFigure {
      guard reference.median > 0 else { return nil }
      self.init(
        subject: subject, reference: reference, ratio: subject.median / reference.median,
        interval: nil, test: MannWhitney(u: .nan, pValue: .nan, exact: false), adjustedP: .nan,
        verdict: .notTestable)
      return
    }
    guard let test = MannWhitney(subject.times, reference.times), reference.median > 0 else {
      return nil
    }
    self.init(
      subject: subject, reference: reference, ratio: subject.median / reference.median,
      interval: RatioBootstrap(numerator: subject.times, denominator: reference.times),
      test: test, adjustedP: test.pValue, verdict: .withinNoise)
  }

  private init(
    subject: HostCaseSummary, reference: HostCaseSummary, ratio: Double,
    interval: RatioBootstrap?, test: MannWhitney, adjustedP: Double, verdict: Verdict
  ) {
    self.subject = subject
    self.reference = reference
    self.ratio = ratio
    self.interval = interval
    self.test = test
    self.adjustedP = adjustedP
    self.verdict = verdict
  }

  /// The same comparison the other way round: reference over subject.
  func inverted() -> Comparison {
    let flipped: Verdict
    switch verdict {
    case .faster: flipped = .slower
    case .slower: flipped = .faster
    case .withinNoise: flipped = .withinNoise
    case .notTestable: flipped = .notTestable
    }
    return Comparison(
      subject: reference, reference: subject, ratio: 1 / ratio,
      interval: interval.map {
        RatioBootstrap(low: 1 / $0.high, high: 1 / $0.low, level: $0.level)
      },
      test: MannWhitney(
        u: Double(subject.times.count * reference.times.count) - test.u, pValue: test.pValue,
        exact: test.exact),
      adjustedP: adjustedP, verdict: flipped)
  }

  /// False when a side is a single figure: the comparison has a ratio and nothing else.
  public var isTestable: Bool { verdict != .notTestable }

  /// Sets the adjusted p-value and the verdict it gives at level `alpha`.
  mutating func settle(adjustedP: Double, alpha: Double) {
    guard isTestable else { return }
    self.adjustedP = adjustedP
    if adjustedP >= alpha {
      verdict = .withinNoise
    } else {
      verdict = ratio < 1 ? .faster : .slower
    }
  }
}

/// What a comparison says about its subject.
public enum Verdict: String, Sendable {
  /// Significantly faster than the reference.
  case faster
  /// Significantly slower than the reference.
  case slower
  /// The samples do not show a difference at the chosen level.
  case withinNoise = "within noise"
  /// A side is one figure (another tool's median or mean, no raw samples): nothing to test.
  case notTestable = "one figure: not testable"

  /// True for a significant difference either way.
  public var isSignificant: Bool { self == .faster || self == .slower }
}
