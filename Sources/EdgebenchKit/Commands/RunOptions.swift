import CPerf
import CodecCore

/// What `decode`, `encode`, `roundtrip` and `bench` print or write.
public enum OutputFormat: String, CaseIterable, Sendable {
  /// A readable table (the default on standard output).
  case table
  /// JSON Lines, one record per case (the default for `--output`).
  case json
  /// The Go benchmark text format, for benchstat.
  case gobench
}

/// The flags of the measuring commands, parsed and checked against one table.
public struct RunOptions {
  /// The measurement protocol.
  public var plan = MeasurementPlan()
  /// Built-in corpora to run, by name.
  public var corpusNames: [String] = BuiltInCorpus.names
  /// A user's file to run, and its format.
  public var inputPath: String?
  /// The format of `inputPath`.
  public var inputFormat = InputFormat.varints
  /// What decodes the cases (every strategy by default).
  public var decoders: [CaseDecoder] = CaseDecoder.allCases
  /// The output format; nil means table on standard output, JSON Lines into `--output`.
  public var format: OutputFormat?
  /// Where results go; nil for standard output.
  public var outputPath: String?
  /// False with `--no-counters`.
  public var counters = true
  /// True when `--clock` was given; false when `plan.clock` is the command's default, which
  /// falls back to the wall clock where there is no CPU-time clock (`RunPreflight.clock`).
  public var clockGiven = false

  /// The flags `command` takes, with its defaults.
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  public static func flags(for command: MeasuringCommand) -> [Flag] {
    let defaults = command.defaults
    var flags = [
      Flag(
        "--iters", .integer(1...Sampler.maximumIterations), placeholder: "N",
        help: "iterations per sample", default: "calibrated to --sample-ms"),
      Flag(
        "--samples", .integer(1...1000), placeholder: "K", help: "timed samples per case",
        default: String(defaults.samples)),
      Flag(
        "--warmup", .integer(0...100), placeholder: "N",
        help: "untimed samples per case before timing", default: "1"),
      Flag(
        "--sample-ms", .integer(1...10_000), placeholder: "MS",
        help: "how long a calibrated sample lasts", default: String(defaults.sampleMilliseconds)),
      Flag(
        "--clock", .choice(["wall", "cpu"]),
        help: "what times samples: wall, the monotonic clock; cpu, the thread's CPU time, "
          + "which leaves out time given to other processes",
        default: defaults.clock.rawValue),
      Flag(
        "--corpus", .text, placeholder: "NAME",
        help: "a built-in corpus, a comma-separated list, or 'all'", default: "all"),
      Flag(
        "--input", .text, placeholder: "FILE",
        help: "run a file instead: concatenated varints, or with --input-format messages, "
          + "length-delimited Telemetry messages"),
      Flag(
        "--input-format", .choice(["varints", "messages"]), help: "what --input holds",
        default: "varints"),
    ]
    if command.kind != .encode {
      flags.append(
        Flag(
          "--strategy", .text, placeholder: "NAME",
          help:
            "a decode strategy (see 'edgebench list'), NAME@PATH to force an instruction path, "
            + "a comma-separated list, 'all', or 'all-paths' (each strategy on every path)",
          default: "all"))
    }
    flags += [
      Flag("--pin", .integer(0...1023), placeholder: "CPU", help: "run on this CPU only"),
      Flag(
        "--seed", .unsigned64, placeholder: "N", help: "seed of the per-round case order",
        default: "from the clock"),
      Flag(
        "--format", .choice(OutputFormat.allCases.map { $0.rawValue }),
        help: "table, json (JSON Lines) or gobench (Go benchmark format)",
        default: "table; json into --output"),
      Flag(
        "--output", .text, placeholder: "FILE",
        help: "write results to FILE: a file atomically; -, a device or a FIFO in place; a "
          + "link followed"),
      Flag("--no-counters", .none, help: "do not open perf counters"),
    ]
    return flags
  }

  /// Parses `arguments` for `command`.
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  public init(command: MeasuringCommand, arguments: [String]) throws(UsageError) {
    let parsed = try command.syntax.parse(arguments)
    let defaults = command.defaults
    plan.samples = parsed.integer("--samples") ?? defaults.samples
    plan.warmupSamples = parsed.integer("--warmup") ?? 1
    plan.fixedIterations = parsed.integer("--iters")
    let sampleMilliseconds = parsed.integer("--sample-ms") ?? defaults.sampleMilliseconds
    plan.targetSampleNanoseconds = UInt64(sampleMilliseconds) * 1_000_000
    plan.clock = parsed.text("--clock").flatMap { SampleClock(rawValue: $0) } ?? defaults.clock
    clockGiven = parsed.has("--clock")
    plan.pinnedCPU = parsed.integer("--pin")
    plan.seed = parsed.unsigned64("--seed") ?? UInt64(truncatingIfNeeded: cperf_realtime_ns())
    if let text = parsed.text("--corpus") {
      corpusNames = try Self.corpora(text, flag: "--corpus")
    } else if parsed.has("--input") {
      corpusNames = []
    }
    inputPath = parsed.text("--input")
    inputFormat = parsed.text("--input-format").flatMap { InputFormat(rawValue: $0) } ?? .varints
    if let text = parsed.text("--strategy") {
      decoders = try CaseDecoder.list(text, flag: "--strategy")
    }
    format = parsed.text("--format").flatMap { OutputFormat(rawValue: $0) }
    outputPath = parsed.text("--output")
    counters = !parsed.has("--no-counters")
  }

  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
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
