/// One results record as the aggregation uses it: where it came from, which host label it
/// belongs to, the host and build, the case, and every timed sample.
public struct CaseRecord: Sendable {
  /// File and line.
  public let source: RecordSource
  /// The host label: the name of the folder holding the file (boards/results/<label>/), or
  /// the label given as LABEL=PATH.
  public let label: String
  /// True when the record says it is synthetic (test fixtures); shown in every report.
  public let synthetic: Bool
  /// The schema version.
  public let schemaVersion: Int
  /// The run's id: one run writes each case once, so run and case identify a record.
  public let runID: String?
  /// The instruction path the case ran ("ssse3", "scalar"); nil before schema 2.
  public let isaPath: String?
  /// The machine.
  public let host: HostFacts
  /// The binary.
  public let build: BuildSummary
  /// Command × corpus × strategy.
  public let key: CaseKey
  /// FNV-1a 64 of the corpus bytes, as hex.
  public let checksum: String
  /// The decoder's result matched the corpus's expected count and sum.
  public let checkPassed: Bool
  /// Why the check failed, when it did.
  public let checkFailure: String?
  /// Timed samples, in the order they were taken.
  public let samples: [SampleFacts]
  /// Each counter event's status on the host, by perf's event name.
  public let counterStatus: [String: CounterAvailability]
  /// The tool and file format of a case read from another tool's results (nil for edgebench's).
  public internal(set) var foreign: ForeignOrigin? = nil
}

/// One timed sample, reduced to per-value figures.
public struct SampleFacts: Sendable {
  /// Wall-clock nanoseconds per value.
  public let nanosecondsPerValue: Double
  /// The CPU the sample started on, when recorded.
  public let cpu: Int?
  /// Counter totals divided by the values processed, by event name.
  public let countersPerValue: [String: Double]

  /// Makes a sample.
  public init(nanosecondsPerValue: Double, cpu: Int?, countersPerValue: [String: Double]) {
    self.nanosecondsPerValue = nanosecondsPerValue
    self.cpu = cpu
    self.countersPerValue = countersPerValue
  }
}

/// Whether a counter event counted on a host, and if not, why.
public struct CounterAvailability: Equatable, Sendable {
  /// "counting", "unavailable" or "off".
  public let status: String
  /// The runner's reason key ("no-pmu", "no-syscall", ...), when unavailable.
  public let reason: String?
  /// The errno name, when unavailable.
  public let errno: String?
  /// The runner's explanation, when unavailable.
  public let message: String?

  /// True when the event was counted.
  public var isCounting: Bool { status == "counting" }
}
