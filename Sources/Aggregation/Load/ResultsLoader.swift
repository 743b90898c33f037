import EdgebenchKit
import FoundationEssentials

/// What the loader read: every record, the files they came from, and warnings about inputs
/// that were read but contribute nothing.
public struct LoadedResults: Sendable {
  /// Every record, in file order.
  public let records: [CaseRecord]
  /// Every file read, in order.
  public let files: [String]
  /// Things worth knowing that do not stop the aggregation.
  public let warnings: [String]
  /// Instruction counts from `edgebench.instructions` files (valgrind), for hosts without a
  /// PMU.
  public let instructionCounts: InstructionCountTable
}

/// Reads results files (JSON Lines of `edgebench.result`) from files and folders, only ever
/// opening them for reading.
///
/// Each argument is a file, a folder (searched recursively for `*.jsonl`), or `LABEL=PATH` to
/// give a file or folder's records a host label. Without one, a record's label is the name of
/// the folder holding its file, as in boards/results/<label>/results-<time>.jsonl.
public enum ResultsLoader {
  /// Loads every record of `arguments`; throws on the first unreadable file or bad line,
  /// and when the inputs mix schema versions.
  public static func load(
    _ arguments: [String], foreign: ForeignSettings = ForeignSettings()
  ) throws(AggregateError) -> LoadedResults {
    var lines: [(data: Data, source: RecordSource, label: String)] = []
    var files: [String] = []
    var warnings: [String] = []
    var foreignRecords: [CaseRecord] = []
    for argument in arguments {
      let (label, path) = splitLabel(argument)
      for file in try resultsFiles(at: path) {
        // Other tools' files (Load/Foreign); nil for edgebench's own JSON Lines.
        if let read = try ForeignLoader.load(file, label: label, named: file == path, foreign) {
          if read.counted { files.append(file) }
          foreignRecords += read.records
          warnings += read.notes
          continue
        }
        files.append(file)
        let fileLines = try readLines(file)
        if fileLines.isEmpty { warnings.append("\(file): no records in it") }
        for (number, data) in fileLines {
          lines.append((data, RecordSource(path: file, line: number), label ?? folderName(file)))
        }
      }
    }
    var records: [CaseRecord] = []
    var counts: [InstructionCount] = []
    for line in lines {
      let header = try RecordParser.header(line.data, source: line.source)
      if header.schema == InstructionCountParser.schemaName {
        counts.append(try InstructionCountParser.count(line.data, source: line.source))
        continue
      }
      guard RecordParser.supportedVersions.contains(header.version) else {
        throw .unsupportedVersion(
          line.source, version: header.version, supported: RecordParser.supportedVersions)
      }
      records.append(
        try RecordParser.record(
          line.data, source: line.source, label: line.label, version: header.version))
    }
    records += foreignRecords
    warnings += ForeignLoader.unitWarnings(records)
    guard !records.isEmpty else { throw .noRecords }
    try refuseMixedUnits(records)
    let (unique, duplicateWarnings) = countedOnce(records)
    return LoadedResults(
      records: unique, files: files, warnings: warnings + duplicateWarnings,
      instructionCounts: try InstructionCountTable(counts))
  }

  /// Refuses a host's case whose records are timed in different units: their samples would
  /// be pooled into one series (the warning about units is for different cases side by side).
  static func refuseMixedUnits(_ records: [CaseRecord]) throws(AggregateError) {
    var units: [String: [String]] = [:]
    for record in records {
      let unit = record.foreign.map { $0.unit + " (" + $0.tool + ")" } ?? "ns/value (edgebench)"
      let group = record.label + "\u{0}" + record.key.description
      if !(units[group]?.contains(unit) ?? false) { units[group, default: []].append(unit) }
    }
    for record in records {
      let group = record.label + "\u{0}" + record.key.description
      guard let found = units[group],
        Set(found.map { $0.prefix { $0 != " " } }).count > 1
      else { continue }
      throw .mixedUnits(label: record.label, case: record.key.description, units: found)
    }
  }

  /// Keeps the first of records with the same run id and case (a results file copied into
  /// two folders, or twice into one), so no sample is pooled twice; one warning per copy.
  static func countedOnce(_ records: [CaseRecord]) -> ([CaseRecord], [String]) {
    var firstSeen: [String: CaseRecord] = [:]
    var unique: [CaseRecord] = []
    var copies: [String: (first: RecordSource, copy: RecordSource, cases: Int)] = [:]
    for record in records {
      guard let run = record.runID else {
        unique.append(record)
        continue
      }
      let identity = run + " " + record.key.description
      guard let first = firstSeen[identity] else {
        firstSeen[identity] = record
        unique.append(record)
        continue
      }
      let pair = first.source.path + "\u{0}" + record.source.path
      copies[pair, default: (first.source, record.source, 0)].cases += 1
    }
    let warnings = copies.values.sorted { $0.copy.description < $1.copy.description }.map {
      "\($0.copy.path): \($0.cases) record(s) repeat a run and case already read from "
        + "\($0.first.path) (line \($0.copy.line) = line \($0.first.line)); counted once"
    }
    return (unique, warnings)
  }

  /// `LABEL=PATH` → (LABEL, PATH); anything else → (nil, argument).
  static func splitLabel(_ argument: String) -> (label: String?, path: String) {
    guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
      return (nil, argument)
    }
    let label = String(argument[..<equals])
    guard !label.contains("/") else { return (nil, argument) }
    return (label, String(argument[argument.index(after: equals)...]))
  }

  /// The name of the folder holding `file`.
  static func folderName(_ file: String) -> String {
    URL(fileURLWithPath: file).standardizedFileURL.deletingLastPathComponent().lastPathComponent
  }

  /// `path` itself if it is a file; its `*.jsonl` files, recursively and sorted, if a folder.
  static func resultsFiles(at path: String) throws(AggregateError) -> [String] {
    var isFolder = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw .unreadable(path: path, reason: "no such file or folder")
    }
    guard isFolder else { return [path] }
    let relatives: [String]
    do {
      relatives = try FileManager.default.subpathsOfDirectory(atPath: path)
    } catch {
      throw .unreadable(path: path, reason: "cannot list the folder")
    }
    var found: [String] = []
    for relative in relatives where relative.hasSuffix(".jsonl") {
      found.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
    }
    found += ForeignLoader.files(under: path, relatives: relatives)
    guard !found.isEmpty else { throw .noResultsFiles(folder: path) }
    return found.sorted()
  }

  /// The non-blank lines of `file` with their 1-based numbers.
  static func readLines(_ file: String) throws(AggregateError) -> [(Int, Data)] {
    let data: [UInt8]
    do throws(FileError) {
      data = try SystemFile.contents(file)  // opened read-only: inputs are never modified
    } catch {
      throw .unreadableFile(error)
    }
    var lines: [(Int, Data)] = []
    var number = 0
    for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
      number += 1
      let blank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
      if !blank { lines.append((number, Data(line))) }
    }
    return lines
  }
}
