/// Instructions per value of one case for one build, counted outside the CPU's PMU (valgrind's
/// callgrind): exact and repeatable, the same on every CPU that takes the same code path.
///
/// A host without a PMU (a VM, CI) has no `instructions` counter; with these counts the
/// aggregation can still split a time gap into instructions × time per instruction.
public struct InstructionCount: Sendable {
  /// Where the count came from.
  public let source: RecordSource
  /// How it was counted ("valgrind").
  public let tool: String
  /// The build it counted: mode, target and source revision must match a record's.
  public let build: InstructionCountBuild
  /// The case.
  public let key: CaseKey
  /// Instructions retired per value decoded.
  public let perValue: Double
}

/// The build an instruction count belongs to.
public struct InstructionCountBuild: Hashable, Sendable {
  /// "full" or "embedded".
  public let mode: String
  /// The Swift target triple.
  public let target: String
  /// "release" or "debug".
  public let optimization: String
  /// The source revision (12 hex digits).
  public let sourceRevision: String
}

/// The instruction counts read, looked up by a record's build and case.
///
/// Counts are matched by source revision, mode, target and optimization rather than by the
/// binary's hash: builds are not byte-reproducible across checkouts, but a rebuild of the same
/// revision runs the same code.
public struct InstructionCountTable: Sendable {
  private var counts: [String: InstructionCount] = [:]

  /// No counts.
  public init() {}

  /// Indexes `counts`; two counts of the same build and case more than 0.5% apart are an
  /// error, closer ones are one count (the first).
  init(_ counts: [InstructionCount]) throws(AggregateError) {
    for count in counts {
      let key = Self.key(count.build, count.key)
      if let earlier = self.counts[key] {
        // Counts of one build repeat to within a few thousand of a billion instructions (the
        // runner's start-up reads /proc): more than 0.5% apart, one of them is not this build.
        guard abs(earlier.perValue - count.perValue) <= 0.005 * earlier.perValue else {
          throw .instructionCountsDiffer(
            first: earlier.source, second: count.source, case: count.key.description)
        }
        continue
      }
      self.counts[key] = count
    }
  }

  /// True when no count was read.
  public var isEmpty: Bool { counts.isEmpty }

  /// How many builds × cases are counted.
  public var count: Int { counts.count }

  /// The count for `key` run by `build`, if one was read.
  public func count(for build: BuildSummary, key: CaseKey) -> InstructionCount? {
    guard let revision = build.sourceRevision else { return nil }
    let wanted = InstructionCountBuild(
      mode: build.mode, target: build.target, optimization: build.optimization,
      sourceRevision: revision)
    return counts[Self.key(wanted, key)]
  }

  private static func key(_ build: InstructionCountBuild, _ key: CaseKey) -> String {
    [build.mode, build.target, build.optimization, build.sourceRevision, key.description]
      .joined(separator: "|")
  }
}
