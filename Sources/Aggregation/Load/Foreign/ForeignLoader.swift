import EdgebenchKit
import FoundationEssentials

/// Turns another tool's results file into case records of the same model as edgebench's own:
/// the host label from the folder (or LABEL=PATH, or the data itself for a published table),
/// the benchmark name mapped to command/corpus/strategy, the source tool and what it does not
/// record kept in `CaseRecord.foreign`. Files are only read.
enum ForeignLoader {
  /// What every foreign format lacks that edgebench records.
  static let commonGaps = ["corpus checksum", "counters", "build hash", "check of the result"]

  /// Reads `file` if it is another tool's: nil for edgebench's own JSON Lines (`*.jsonl` are
  /// taken to be edgebench's unless `--input-format` names another format). A file found in
  /// a folder that is no known format is skipped with a note (`counted` false); one named on
  /// the command line is refused.
  static func load(
    _ file: String, label: String?, named: Bool, _ settings: ForeignSettings
  ) throws(AggregateError) -> (records: [CaseRecord], notes: [String], counted: Bool)? {
    if settings.format == nil || settings.format == .edgebench, file.hasSuffix(".jsonl") {
      return nil
    }
    let contents: [UInt8]
    do throws(FileError) {
      contents = try SystemFile.contents(file)  // opened read-only: inputs are never modified
    } catch {
      throw .unreadableFile(error)
    }
    do throws(ForeignError) {
      let format: ForeignFormat
      do throws(ForeignError) {
        format = try self.format(of: file, contents: contents, settings: settings)
      } catch {
        guard named else {
          return ([], [file + ": skipped: not a results file of any format aggregate reads"], false)
        }
        throw error
      }
      if format == .edgebench { return nil }
      let read = try records(
        file, contents: contents, format: format, label: label ?? defaultLabel(file, format),
        settings: settings)
      return (read.records, [read.note], true)
    } catch {
      throw .foreign(error)
    }
  }

  /// The folder name that labels a file's host: for criterion, the folder holding
  /// `criterion/` (or `target/criterion/`); otherwise the file's own folder.
  static func defaultLabel(_ file: String, _ format: ForeignFormat) -> String {
    let url = URL(fileURLWithPath: file).standardizedFileURL
    var parts = url.pathComponents
    if format == .criterion, let index = parts.lastIndex(of: "criterion"), index > 1 {
      parts = Array(parts[..<index])
      if parts.last == "target", parts.count > 1 { parts.removeLast() }
      return parts.last ?? "criterion"
    }
    return url.deletingLastPathComponent().lastPathComponent
  }

  /// The format of `file`: `--input-format` if given, else detected from its contents.
  static func format(
    of file: String, contents: [UInt8], settings: ForeignSettings
  ) throws(ForeignError) -> ForeignFormat {
    if let format = settings.format { return format }
    if let format = ForeignFormat.detect(path: file, contents: contents) { return format }
    let first = ForeignText.lines(contents).map { ForeignText.trimmed($0.text) }.first {
      !$0.isEmpty
    }
    throw .unrecognised(path: file, firstLine: first ?? "an empty file")
  }

  /// The records of one foreign file and a note on what its tool does not record.
  static func records(
    _ file: String, contents: [UInt8], format: ForeignFormat, label: String,
    settings: ForeignSettings
  ) throws(ForeignError) -> (records: [CaseRecord], note: String) {
    let benchmarks: [ForeignBenchmark]
    switch format {
    case .edgebench: return ([], "")
    case .gobench: benchmarks = try GoBenchParser.parse(contents, path: file)
    case .criterion: benchmarks = try CriterionParser.parse(path: file)
    case .libtest: benchmarks = try LibtestBenchParser.parse(contents, path: file)
    case .googleBenchmark: benchmarks = try GoogleBenchmarkParser.parse(contents, path: file)
    case .hyperfine: benchmarks = try HyperfineParser.parse(contents, path: file)
    case .published: benchmarks = try PublishedClaimParser.parse(contents, path: file)
    }
    var records: [CaseRecord] = []
    var labels: [String] = []
    for benchmark in benchmarks {
      let key = try NameMapping.key(benchmark, format: format, rules: settings.rules)
      let record = caseRecord(benchmark, key: key, format: format, label: label)
      if !labels.contains(record.label) { labels.append(record.label) }
      records.append(record)
    }
    let gaps = notRecorded(benchmarks.first, format: format)
    let single = records.filter { $0.foreign?.singleFigure == true }.count
    let note =
      labels.joined(separator: ", ") + ": \(records.count) case(s) from " + format.tool + " ("
      + file + "), not recorded: " + gaps.joined(separator: ", ")
      + (single > 0 ? "; \(single) single figure(s): ratios and ranks only, not testable" : "")
      + (benchmarks.first?.host.configuration.first { $0.0 == "source" }.map { "; source: " + $0.1 }
        ?? "")
    return (records, note)
  }

  /// The formats' gaps plus what this file's tool left out.
  static func notRecorded(_ benchmark: ForeignBenchmark?, format: ForeignFormat) -> [String] {
    var gaps = commonGaps
    if let benchmark {
      if benchmark.host.cpuModel == nil, !benchmark.notes.contains("the CPU model") {
        gaps.append("CPU model")
      }
      if benchmark.host.hostname == nil { gaps.append("host name") }
      gaps += benchmark.notes
    }
    return gaps
  }

  static func caseRecord(
    _ benchmark: ForeignBenchmark, key: CaseKey, format: ForeignFormat, label: String
  ) -> CaseRecord {
    let host = benchmark.host
    let tool = benchmark.tool ?? format.tool
    let cores =
      host.cpuCount.map { [CoreTypeFacts(name: host.cpuModel ?? "?", cpus: Array(0..<$0))] } ?? []
    var metrics = benchmark.metrics.map { $0.unit + " " + String($0.value) }
    if let spread = benchmark.spread { metrics.append(spread) }
    var record = CaseRecord(
      source: benchmark.source, label: benchmark.label ?? label, synthetic: false,
      schemaVersion: 0, runID: nil, isaPath: nil,
      host: HostFacts(
        hostname: host.hostname ?? "?", machine: host.machine ?? "?", cpuModel: host.cpuModel,
        board: nil, coreTypes: cores, virtualization: "not recorded",
        virtualizationEvidence: tool + " does not record it", perfEventParanoid: nil, cpu: nil,
        caches: host.caches),
      build: BuildSummary(
        mode: "foreign", swift: tool, target: host.target ?? "target not recorded",
        cCompiler: nil, optimization: "options not recorded", binarySHA256: nil,
        sourceRevision: nil),
      key: key, checksum: "not recorded", checkPassed: true, checkFailure: nil,
      samples: benchmark.times.map {
        SampleFacts(nanosecondsPerValue: $0, cpu: nil, countersPerValue: [:])
      },
      counterStatus: [:])
    record.foreign = ForeignOrigin(
      format: format, tool: tool, benchmark: benchmark.name, unit: benchmark.unit,
      singleFigure: benchmark.singleFigure, spread: benchmark.spread,
      notRecorded: notRecorded(benchmark, format: format), metrics: metrics)
    return record
  }

  /// Foreign files under a folder: criterion's `new/sample.json` (its other JSON files are
  /// read with it), and `*.json`, `*.txt`, `*.bench` files elsewhere. `.jsonl` files are
  /// found by the loader as before.
  static func files(under folder: String, relatives: [String]) -> [String] {
    var found: [String] = []
    for relative in relatives {
      let parts = relative.split(separator: "/").map(String.init)
      guard let name = parts.last, parts.count >= 1 else { continue }
      let parent = parts.count >= 2 ? parts[parts.count - 2] : ""
      let inCriterion =
        ["new", "base", "change", "report"].contains(parent)
        || parts.contains("report")
      if inCriterion {
        guard parent == "new", name == "sample.json" else { continue }
      } else {
        guard name.hasSuffix(".json") || name.hasSuffix(".txt") || name.hasSuffix(".bench")
        else { continue }
      }
      found.append(folder.hasSuffix("/") ? folder + relative : folder + "/" + relative)
    }
    return found
  }

  /// One warning per command and corpus whose cases are timed in different units (edgebench's
  /// ns/value beside a tool's ns/op, say): ratios between them compare different work.
  static func unitWarnings(_ records: [CaseRecord]) -> [String] {
    var units: [CaseScope: [String]] = [:]
    var order: [CaseScope] = []
    for record in records {
      let unit =
        record.foreign.map { $0.unit + " (" + $0.tool + ")" } ?? "ns/value (edgebench)"
      if units[record.key.scope] == nil { order.append(record.key.scope) }
      if !(units[record.key.scope]?.contains(unit) ?? false) {
        units[record.key.scope, default: []].append(unit)
      }
    }
    return order.sorted().compactMap { scope in
      guard let list = units[scope], Set(list.map { $0.prefix { $0 != " " } }).count > 1 else {
        return nil
      }
      return "\(scope): times in different units (" + list.joined(separator: ", ")
        + "): an 'op' or 'iter' is whatever that benchmark does per iteration, so ratios "
        + "between them compare different amounts of work"
    }
  }
}
