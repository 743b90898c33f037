import CPerf
import CodecCore

/// What `decode`, `encode` and `roundtrip` print or write.
public enum OutputFormat: String, CaseIterable, Sendable {
  /// A readable table (the default on standard output).
  case table
  /// JSON Lines, one record per case (the default for `--output`).
  case json
  /// The Go benchmark text format, for benchstat.
  case gobench
}

/// The flags shared by `decode`, `encode` and `roundtrip`, parsed and checked.
public struct RunOptions {
  /// The measurement protocol.
  public var plan = MeasurementPlan()
  /// Built-in corpora to run, by name.
  public var corpusNames: [String] = BuiltInCorpus.names
  /// A user's file to run, and its format.
  public var inputPath: String?
  /// The format of `inputPath`.
  public var inputFormat = InputFormat.varints
  /// Decode strategies to run.
  public var strategies: [DecodeStrategy] = [.loop]
  /// The output format; nil means table on standard output, JSON Lines into `--output`.
  public var format: OutputFormat?
  /// Where results go; nil for standard output.
  public var outputPath: String?
  /// False with `--no-counters`.
  public var counters = true

  /// The flag list for usage texts.
  public static func flagHelp(strategies: Bool) -> String {
    var lines = [
      "  --iters N            iterations per sample (1...1000000; default: calibrated to 10 ms)",
      "  --samples K          timed samples per case (1...1000, default 10)",
      "  --warmup N           untimed samples per case before timing (0...100, default 1)",
      "  --corpus NAME        a built-in corpus, a comma-separated list, or 'all' (default)",
      "  --input FILE         run a file instead: concatenated varints, or with",
      "                       --input-format messages, length-delimited Telemetry messages",
      "  --input-format F     varints (default) or messages",
    ]
    if strategies {
      lines.append("  --strategy NAME      a decode strategy, a comma-separated list, or 'all'")
    }
    lines += [
      "  --pin CPU            run on this CPU only",
      "  --seed N             seed of the per-round case order (default: from the clock)",
      "  --format F           table (default), json (JSON Lines) or gobench (Go benchmark format)",
      "  --output FILE        write results to FILE (JSON Lines unless --format says): a file\n"
        + "                       atomically; -, a device or a FIFO in place; a link followed",
      "  --no-counters        do not open perf counters",
      "  --help               this text",
    ]
    return lines.joined(separator: "\n")
  }

  /// Parses `arguments` for `command`; `takesStrategy` is false for `encode`.
  public init(command: String, arguments: [String], takesStrategy: Bool) throws(UsageError) {
    plan.seed = UInt64(truncatingIfNeeded: cperf_realtime_ns())
    var explicitCorpora = false
    var cursor = ArgumentCursor(command: command, arguments: arguments)
    while let (flag, inline) = try cursor.nextFlag() {
      switch flag {
      case "--iters":
        plan.fixedIterations = try cursor.integer(of: flag, inline: inline, in: 1...1_000_000)
      case "--samples":
        plan.samples = try cursor.integer(of: flag, inline: inline, in: 1...1000)
      case "--warmup":
        plan.warmupSamples = try cursor.integer(of: flag, inline: inline, in: 0...100)
      case "--corpus":
        corpusNames = try Self.corpora(try cursor.value(of: flag, inline: inline), flag: flag)
        explicitCorpora = true
      case "--input":
        inputPath = try cursor.value(of: flag, inline: inline)
      case "--input-format":
        let text = try cursor.value(of: flag, inline: inline)
        guard let format = InputFormat(rawValue: text) else {
          throw .invalidValue(flag: flag, value: text, reason: "must be varints or messages")
        }
        inputFormat = format
      case "--strategy" where takesStrategy:
        strategies = try cursor.strategies(of: flag, inline: inline)
      case "--pin":
        plan.pinnedCPU = try cursor.integer(of: flag, inline: inline, in: 0...1023)
      case "--seed":
        let text = try cursor.value(of: flag, inline: inline)
        guard let seed = UInt64(text) else {
          throw .invalidValue(flag: flag, value: text, reason: "not a whole number 0...2^64-1")
        }
        plan.seed = seed
      case "--format":
        let text = try cursor.value(of: flag, inline: inline)
        guard let format = OutputFormat(rawValue: text) else {
          throw .invalidValue(flag: flag, value: text, reason: "must be table, json or gobench")
        }
        self.format = format
      case "--output":
        outputPath = try cursor.value(of: flag, inline: inline)
      case "--no-counters":
        if let inline { throw .invalidValue(flag: flag, value: inline, reason: "takes no value") }
        counters = false
      default:
        throw .unknownFlag(command: command, flag: flag)
      }
    }
    if inputPath != nil && !explicitCorpora { corpusNames = [] }
  }

  private static func corpora(_ text: String, flag: String) throws(UsageError) -> [String] {
    if text == "all" { return BuiltInCorpus.names }
    var names: [String] = []
    for name in text.split(separator: ",").map({ String($0) }) {
      guard BuiltInCorpus.names.contains(name) else {
        throw .invalidValue(flag: flag, value: name, reason: "no such corpus; see 'edgebench list'")
      }
      names.append(name)
    }
    guard !names.isEmpty else { throw .invalidValue(flag: flag, value: text, reason: "empty") }
    return names
  }

}
