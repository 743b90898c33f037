import EdgebenchKit

/// Where a record came from: a results file and a 1-based line number.
public struct RecordSource: Hashable, Sendable, CustomStringConvertible {
  /// The file's path as given (or as found under a given folder).
  public let path: String
  /// The line, counting from 1.
  public let line: Int

  /// Makes a source.
  public init(path: String, line: Int) {
    self.path = path
    self.line = line
  }

  /// "path:line", the form editors and compilers use.
  public var description: String { path + ":" + String(line) }
}

/// Why the aggregation cannot go on. Every case names the file (and line) at fault, so the
/// user can fix or remove that one file; nothing is printed or written when one is thrown.
public enum AggregateError: Error, Equatable {
  /// A file or folder could not be read.
  case unreadable(path: String, reason: String)
  /// A results file could not be opened or read (the system's reason).
  case unreadableFile(FileError)
  /// A folder holds no `.jsonl` results file.
  case noResultsFiles(folder: String)
  /// A line is not a record of the results schema.
  case malformed(RecordSource, reason: String)
  /// A line is JSON but not an edgebench result.
  case unknownSchema(RecordSource, found: String)
  /// A schema version this edgebench cannot read.
  case unsupportedVersion(RecordSource, version: Int, supported: ClosedRange<Int>)
  /// Two instruction counts for the same build and case disagree.
  case instructionCountsDiffer(first: RecordSource, second: RecordSource, case: String)
  /// The same corpus has different bytes in two records: their timings are not comparable.
  case checksumMismatch(
    corpus: String, first: RecordSource, firstChecksum: String, second: RecordSource,
    secondChecksum: String)
  /// No file held any record.
  case noRecords
  /// `--baseline` names no host label in the inputs.
  case unknownBaseline(String, available: [String])
  /// `--baseline` names a host whose timings are emulated.
  case emulatedBaseline(String)
  /// Every host is emulated: there is no timing to compare.
  case noTimedHost
  /// `--command`/`--corpus` left no record.
  case nothingSelected(String)
  /// No timed host ran the case the chart was asked for.
  case nothingToChart(String)
  /// `--output` names one of the input files, which are never modified.
  case outputIsInput(String)
  /// The output could not be written.
  case writeFailed(path: String, reason: String)
  /// Another tool's results file was refused.
  case foreign(ForeignError)
  /// One host's case has samples in two units (criterion's ns/value beside libtest's ns/iter
  /// of the same benchmark): pooled, they would be counted as one series.
  case mixedUnits(label: String, case: String, units: [String])

  /// One or more lines saying what is wrong and where.
  public var message: String {
    switch self {
    case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
    case .unreadableFile(let error): return error.message
    case .noResultsFiles(let folder): return "\(folder): no results files (*.jsonl) in it"
    case .malformed(let source, let reason): return "\(source): malformed record: \(reason)"
    case .unknownSchema(let source, let found):
      return "\(source): not an edgebench result (schema '\(found)')"
    case .unsupportedVersion(let source, let version, let supported):
      return "\(source): schema_version \(version) is not supported (this edgebench reads "
        + "versions \(supported.lowerBound) to \(supported.upperBound))"
    case .instructionCountsDiffer(let first, let second, let name):
      return "\(second): the instruction count of \(name) differs from \(first) for the same "
        + "build; counts are exact, so one of the files is wrong"
    case .checksumMismatch(let corpus, let first, let firstSum, let second, let secondSum):
      return "corpus '\(corpus)' has checksum \(firstSum) in \(first) but \(secondSum) in "
        + "\(second): the hosts decoded different bytes; refusing to compare them"
    case .noRecords: return "no records in the inputs"
    case .unknownBaseline(let label, let available):
      return "no host labelled '\(label)'; the hosts are: "
        + available.joined(separator: ", ")
    case .emulatedBaseline(let label):
      return "'\(label)' ran under emulation; its timings cannot be a baseline"
    case .noTimedHost: return "every host ran under emulation: there are no timings to compare"
    case .nothingSelected(let filter): return "no records match \(filter)"
    case .nothingToChart(let scope):
      return "nothing to chart: no timed (non-emulated) host ran \(scope)"
    case .outputIsInput(let path):
      return "--output '\(path)' is one of the inputs; input files are never modified"
    case .writeFailed(let path, let reason): return "cannot write '\(path)': \(reason)"
    case .foreign(let error): return error.message
    case .mixedUnits(let label, let name, let units):
      return "\(label): \(name) has samples in " + units.joined(separator: " and ")
        + "; they would be pooled as one series. Give one tool's files another host label "
        + "(LABEL=PATH) or its benchmarks another case (--map)"
    }
  }

  /// The exit status: 2 for command-line mistakes, 1 for problems with the data.
  public var exitStatus: Int32 {
    switch self {
    case .unknownBaseline, .emulatedBaseline, .outputIsInput: return 2
    default: return 1
    }
  }
}
