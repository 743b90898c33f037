import Foundation

@testable import Aggregation

/// Paths of the synthetic fixture files (Tests/Fixtures/aggregate, written by
/// make_fixtures.py) and a report built from them.
enum Fixtures {
  /// Tests/Fixtures/aggregate.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/aggregate").path

  /// The folder of well-formed host results.
  static let hosts = root + "/hosts"

  /// One host's results file.
  static func hostFile(_ label: String) -> String { hosts + "/" + label + "/results.jsonl" }

  /// A broken input under invalid/.
  static func invalid(_ name: String) -> String { root + "/invalid/" + name }

  /// The report of every well-formed host against `baseline` (ryzen-3950x: built once and
  /// shared, as a debug build takes seconds for the bootstraps).
  static func report(baseline: String = "ryzen-3950x") throws -> AggregateReport {
    if baseline == "ryzen-3950x" { return try standard.get() }
    return try build(baseline: baseline)
  }

  private static let standard = Result { try build(baseline: "ryzen-3950x") }

  private static func build(baseline: String) throws -> AggregateReport {
    try ReportBuilder.build(
      ResultsLoader.load([hosts]), settings: ReportBuilder.Settings(baseline: baseline))
  }

  /// A new, empty folder under the temporary directory.
  static func temporaryFolder() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "edgebench-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  /// The repository's root.
  static let repository = URL(fileURLWithPath: root).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
}
