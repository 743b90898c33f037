import EdgebenchKit

/// What `edgebench aggregate` prints or writes.
public enum AggregateFormat: String, CaseIterable, Sendable {
  /// Aligned text for a terminal (the default).
  case table
  /// GitHub-flavoured Markdown.
  case markdown
  /// One CSV row per case and host.
  case csv
  /// A bar chart of one command and corpus.
  case svg
}

/// The flags and inputs of `edgebench aggregate`, parsed and checked.
public struct AggregateOptions: Equatable, Sendable {
  /// Files, folders and LABEL=PATH arguments.
  public var inputs: [String] = []
  /// `--baseline`.
  public var baseline: String?
  /// `--format`.
  public var format = AggregateFormat.table
  /// `--output`; nil for standard output.
  public var outputPath: String?
  /// `--command`: only this command's records.
  public var command: String?
  /// `--corpus`: only this corpus's records.
  public var corpus: String?
  /// `--alpha`.
  public var alpha = 0.05
  /// `--time`.
  public var clock = TimeSource.wall
  /// `--input-format` and `--map`: how other tools' results files are read.
  public var foreign = ForeignSettings()

  /// The command line.
  public static let syntax = CommandSyntax(
    name: "aggregate",
    summary: "compare results files from many hosts",
    details: "per-case tables, rankings and ranking flips, significance (Mann-Whitney U, "
      + "Holm-adjusted), counter decomposition of every gap",
    flags: [
      Flag(
        "--baseline", .text, placeholder: "LABEL", help: "the host the others are compared with",
        default: "the first non-emulated"),
      Flag(
        "--format", .choice(AggregateFormat.allCases.map { $0.rawValue }),
        help: "table, markdown, csv, or svg (a bar chart of one corpus)", default: "table"),
      Flag(
        "--command", .text, placeholder: "NAME", help: "only this command's records",
        default: "all; the chart's: the first command"),
      Flag(
        "--corpus", .text, placeholder: "NAME", help: "only this corpus's records",
        default: "all; the chart's: the first corpus"),
      Flag(
        "--alpha", .fraction(above: 0, below: 1), placeholder: "A",
        help: "significance level for Holm-adjusted p-values", default: "0.05"),
      Flag(
        "--time", .choice(TimeSource.allCases.map { $0.rawValue }),
        help: "wall: wall-clock time per value; cpu: task-clock time, which leaves out waiting "
          + "for a CPU on a busy machine (needs task-clock)", default: "wall"),
      Flag(
        "--input-format", .choice(ForeignFormat.names), placeholder: "F",
        help: "how to read the inputs: auto (detected per file), edgebench, go (go test -bench), "
          + "criterion (target/criterion folders), libtest (cargo bench lines), google-benchmark "
          + "(JSON), hyperfine (JSON), published (a table of figures)", default: "auto"),
      Flag(
        "--map", .text, placeholder: "RULE",
        help: "[FORMAT:]GLOB=COMMAND/CORPUS/STRATEGY: the case of benchmarks whose name matches "
          + "GLOB (* any text); repeatable, first match wins"),
      Flag(
        "--output", .text, placeholder: "FILE",
        help: "write there instead of standard output: a file atomically; -, a device or a FIFO "
          + "in place; a symbolic link followed"),
    ],
    positionals: "FILE|DIR...",
    positionalHelp: "results files (JSON Lines), or folders searched for *.jsonl; a record's host "
      + "label is its folder's name (boards/results/<label>/), or give LABEL=PATH",
    footer: "input files are only read; exit status: 0 done, 1 unusable data, 2 a usage error")

  /// The usage text.
  public static var usage: String { syntax.usage }

  /// Parses the arguments after `aggregate`.
  public init(arguments: [String]) throws(UsageError) {
    let parsed = try Self.syntax.parse(arguments)
    inputs = parsed.positionals
    baseline = parsed.text("--baseline")
    format = parsed.text("--format").flatMap { AggregateFormat(rawValue: $0) } ?? .table
    outputPath = parsed.text("--output")
    command = parsed.text("--command")
    corpus = parsed.text("--corpus")
    alpha = parsed.fraction("--alpha") ?? 0.05
    clock = parsed.text("--time").flatMap { TimeSource(rawValue: $0) } ?? .wall
    if let text = parsed.text("--input-format") {
      guard let format = ForeignSettings.format(named: text) else {
        throw .invalidValue(
          flag: "--input-format", value: text,
          reason: "must be " + ForeignFormat.names.joined(separator: ", "))
      }
      foreign.format = format
    }
    for text in parsed.all("--map") {
      switch NameRule.parse(text) {
      case .success(let rule): foreign.rules.append(rule)
      case .failure(let error):
        throw .invalidValue(flag: "--map", value: text, reason: error.reason)
      }
    }
  }
}
