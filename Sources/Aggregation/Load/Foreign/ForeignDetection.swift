extension ForeignFormat {
  /// Recognises a file by its contents (and, for criterion, its place in the folder).
  /// nil when it is none of the formats.
  public static func detect(path: String, contents: [UInt8]) -> ForeignFormat? {
    let text = String(decoding: contents.prefix(64 * 1024), as: UTF8.self)
    let lines = text.split(separator: "\n").map { ForeignText.trimmed($0) }.filter { !$0.isEmpty }
    guard let first = lines.first else { return path.hasSuffix(".jsonl") ? .edgebench : nil }
    if first.hasPrefix("{") {
      if first.contains("\"schema\""), first.hasSuffix("}") {
        return first.contains("edgebench.published") ? .published : .edgebench
      }
      if text.contains("\"sampling_mode\"") || text.contains("\"confidence_interval\"")
        || text.contains("\"group_id\"")
      {
        return .criterion
      }
      if text.contains("\"context\""), text.contains("\"benchmarks\"") { return .googleBenchmark }
      if text.contains("\"results\""), text.contains("\"times\"") || text.contains("\"mean\"") {
        return .hyperfine
      }
      if text.contains("edgebench.published") { return .published }
      return path.hasSuffix(".jsonl") ? .edgebench : nil
    }
    // A benchmark line decides; configuration lines alone ("goos: linux", "running 2 tests")
    // also appear in prose, such as a README quoting them.
    if lines.contains(where: { GoBenchParser.isBenchmarkLine($0) }) { return .gobench }
    if lines.contains(where: { LibtestBenchParser.isBenchLine($0) }) { return .libtest }
    return nil
  }
}

/// How foreign files are read: the format (or auto-detection) and the `--map` rules.
public struct ForeignSettings: Equatable, Sendable {
  /// `--input-format`; nil to detect each file's format.
  public var format: ForeignFormat?
  /// `--map` rules, first match wins.
  public var rules: [NameRule]

  /// Auto-detection and no rules.
  public init(format: ForeignFormat? = nil, rules: [NameRule] = []) {
    self.format = format
    self.rules = rules
  }

  /// Parses an `--input-format` value.
  public static func format(named name: String) -> ForeignFormat?? {
    if name == "auto" { return .some(nil) }
    return ForeignFormat(rawValue: name).map { .some($0) }
  }
}

/// What a foreign tool wrote for one benchmark, before it becomes a case.
struct ForeignBenchmark {
  /// The benchmark's name as the tool wrote it (Go's -GOMAXPROCS suffix removed).
  var name: String
  /// Where it was read.
  var source: RecordSource
  /// Nanoseconds per unit of work, one per raw sample (one for a single figure).
  var times: [Double]
  /// The unit of `times`: "ns/op", "ns/iter", "ns/value", "ns/run".
  var unit: String
  /// True when the tool gave one summary figure, not raw samples.
  var singleFigure: Bool
  /// The spread the tool printed beside a single figure ("+/- 5 ns/iter").
  var spread: String?
  /// Further figures the tool recorded, by unit ("B/op", "MB/s", ...): median of samples.
  var metrics: [(unit: String, value: Double)] = []
  /// What the tool says about the machine.
  var host: ForeignHost
  /// A host label the data itself names (the published table), overriding the folder's.
  var label: String?
  /// A command/corpus/strategy the data itself names (the published table).
  var key: CaseKey?
  /// The tool, when more precise than the format's ("cargo bench (libtest)").
  var tool: String?
  /// What the tool does not record, beyond the formats' common gaps.
  var notes: [String] = []
}

/// Host facts a foreign tool records (most record few).
struct ForeignHost {
  var hostname: String?
  var cpuModel: String?
  var machine: String?
  var target: String?
  var cpuCount: Int?
  var caches: String?
  var toolVersion: String?
  var configuration: [(String, String)] = []
}
