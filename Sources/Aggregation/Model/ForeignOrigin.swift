/// Where a case read from another tool's file came from, and what that tool does not record.
public struct ForeignOrigin: Equatable, Sendable {
  /// The file's format.
  public let format: ForeignFormat
  /// The tool as reports name it ("go test -bench", "criterion.rs", ...).
  public let tool: String
  /// The benchmark's name in the file.
  public let benchmark: String
  /// The unit of the times ("ns/op", "ns/iter", "ns/value", "ns/run").
  public let unit: String
  /// True when the tool gave one figure (a median or a mean), not raw samples: such a case is
  /// shown, ratioed and ranked, but never tested.
  public let singleFigure: Bool
  /// The spread printed beside a single figure, if any ("+/- 5 ns/iter").
  public let spread: String?
  /// What the tool does not record ("corpus checksum", "counters", "build hash", ...).
  public let notRecorded: [String]
  /// Other figures the tool recorded ("B/op 0", "MB/s 68.8").
  public let metrics: [String]
}
