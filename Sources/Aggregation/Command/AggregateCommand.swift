import EdgebenchKit
import FoundationEssentials

/// `edgebench aggregate`: loads results, builds the report, renders it in the chosen format
/// and prints or writes it. Host build only (see Sources/edgebench/main.swift).
public enum AggregateCommand {
  /// The command as the executable registers it.
  public static var registration: ExtraCommand {
    ExtraCommand(
      name: "aggregate",
      summary: "compare results files from many hosts: tables, significance, charts",
      usage: AggregateOptions.usage, run: run)
  }

  /// Runs with the arguments after `aggregate`; returns the exit status.
  public static func run(_ arguments: [String]) -> Int32 {
    if arguments.contains("--help") || arguments.contains("-h") {
      Console.out(AggregateOptions.usage)
      return 0
    }
    let options: AggregateOptions
    do throws(UsageError) {
      options = try AggregateOptions(arguments: arguments)
    } catch {
      Console.error("edgebench aggregate: " + error.message)
      Console.error(AggregateOptions.usage)
      return 2
    }
    guard !options.inputs.isEmpty else {
      Console.error("edgebench aggregate: give at least one results file or folder")
      Console.error(AggregateOptions.usage)
      return 2
    }
    // The output policy's refusals (a directory, a block device) are usage errors, found
    // before any file is read.
    var target: OutputTarget?
    if let path = options.outputPath {
      do throws(FileError) {
        target = try OutputTarget.preflight(path)
      } catch {
        let usage = UsageError.invalidValue(flag: "--output", value: path, reason: error.message)
        Console.error("edgebench aggregate: " + usage.message)
        Console.error(AggregateOptions.usage)
        return 2
      }
    }
    do throws(AggregateError) {
      let output = try produce(options)
      if output.warnToStandardError {
        for warning in output.warnings { Console.error("warning: " + warning) }
      }
      try write(output.text, to: target, options: options, inputs: output.files)
      return 0
    } catch {
      Console.error("edgebench aggregate: " + error.message)
      return error.exitStatus
    }
  }

  /// The rendered text, the files read, and the warnings (shown on standard error for the
  /// formats that cannot carry them).
  public struct Output: Sendable {
    /// The rendered report or chart.
    public let text: String
    /// The input files.
    public let files: [String]
    /// The report's warnings.
    public let warnings: [String]
    /// True for CSV and SVG, which have no place for prose.
    public let warnToStandardError: Bool
  }

  /// Loads, checks, analyses and renders; nothing is written.
  public static func produce(_ options: AggregateOptions) throws(AggregateError) -> Output {
    let loaded = try ResultsLoader.load(options.inputs, foreign: options.foreign)
    let selected = try select(loaded, options: options)
    let report = try ReportBuilder.build(
      selected,
      settings: ReportBuilder.Settings(
        baseline: options.baseline, alpha: options.alpha, clock: options.clock))
    let text: String
    switch options.format {
    case .table: text = TerminalRenderer.render(report)
    case .markdown: text = MarkdownRenderer.render(report)
    case .csv: text = CSVRenderer.render(report)
    case .svg:
      let scope = chartScope(report)
      guard let scope, let layout = ChartLayout(report: report, scope: scope) else {
        throw .nothingToChart(scope?.description ?? "any case")
      }
      text = SVGChartRenderer.render(layout)
    }
    return Output(
      text: text, files: loaded.files, warnings: report.warnings,
      warnToStandardError: options.format == .csv || options.format == .svg)
  }

  /// The records `--command` and `--corpus` keep.
  static func select(
    _ loaded: LoadedResults, options: AggregateOptions
  ) throws(AggregateError) -> LoadedResults {
    guard options.command != nil || options.corpus != nil else { return loaded }
    let records = loaded.records.filter { record in
      (options.command.map { $0 == record.key.command } ?? true)
        && (options.corpus.map { $0 == record.key.corpus } ?? true)
    }
    guard !records.isEmpty else {
      let filters = [
        options.command.map { "--command " + $0 }, options.corpus.map { "--corpus " + $0 },
      ]
      throw .nothingSelected(filters.compactMap { $0 }.joined(separator: " "))
    }
    return LoadedResults(
      records: records, files: loaded.files, warnings: loaded.warnings,
      instructionCounts: loaded.instructionCounts)
  }

  /// The chart's command and corpus: the first a timed host ran (`--command` and `--corpus`
  /// have already narrowed the records).
  static func chartScope(_ report: AggregateReport) -> CaseScope? {
    let timed = Set(report.timedLabels)
    let charted = report.cases.filter { table in
      table.rows.contains { timed.contains($0.summary.label) }
    }
    return charted.first?.key.scope
  }

  /// Prints `text`, or writes it to `--output` by the output policy (`target`, classified
  /// before the run) unless that is one of the inputs.
  static func write(
    _ text: String, to target: OutputTarget?, options: AggregateOptions, inputs: [String]
  ) throws(AggregateError) {
    guard let path = options.outputPath, let target else {
      print(text, terminator: "")
      return
    }
    let resolved = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    for input in inputs
    where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
      == resolved
    {
      throw .outputIsInput(path)
    }
    do throws(FileError) {
      try OutputFile.write(text, to: target)
    } catch {
      guard case .write(_, let system) = error else {
        throw .writeFailed(path: path, reason: error.message)
      }
      throw .writeFailed(path: path, reason: system.description)
    }
  }
}
