import CPerf
import CodecCore

/// `edgebench decode`, `encode` and `roundtrip`: check, measure and report every case.
public struct BenchmarkCommand {
  /// What the cases time.
  public let kind: BenchmarkKind
  /// The parsed flags.
  public let options: RunOptions
  private let arguments: [String]

  /// The usage text of `kind`'s command.
  public static func usage(_ kind: BenchmarkKind) -> String {
    let summary: String
    switch kind {
    case .decode:
      summary = "decode corpora with each strategy; report time, counters, count and sum"
    case .encode: summary = "encode each corpus's values back to bytes with the reference writer"
    case .roundtrip: summary = "encode each corpus's values, then decode them with each strategy"
    }
    return "usage: edgebench \(kind.rawValue) [flags]\n  " + summary + "\n"
      + RunOptions.flagHelp(strategies: kind != .encode)
  }

  /// Parses the flags after the command name.
  public init(kind: BenchmarkKind, arguments: [String]) throws(UsageError) {
    self.kind = kind
    self.arguments = arguments
    options = try RunOptions(
      command: kind.rawValue, arguments: arguments, takesStrategy: kind != .encode)
  }

  /// Runs the cases; returns 0, or 1 when a check failed or results could not be written.
  /// Flag values that turn out unusable (an unreadable input, an offline CPU, an unwritable
  /// output) throw before anything is measured.
  public func run() throws(UsageError) -> Int32 {
    let started = cperf_realtime_ns()
    let inputs = try loadInputs()
    try RunPreflight.pin(options.plan.pinnedCPU)
    var output: OutputTarget?
    if let path = options.outputPath {
      output = try RunPreflight.outputTarget(path, flag: "--output")
    }
    let host = HostFingerprint.collect()
    let build = BuildFacts.collect()
    let counters = options.counters ? CounterSet.open() : nil
    let suite = BenchmarkCase.suite(kind: kind, inputs: inputs, strategies: options.strategies)
    let cases = suite.cases
    let sampler = Sampler(plan: options.plan, counters: counters)
    var progress = ProgressLine()
    let results = sampler.run(cases, progress: &progress)
    let context = RunContext(
      command: kind.rawValue, arguments: [kind.rawValue] + arguments, plan: options.plan,
      host: host, build: build, counters: counters,
      corpusBytes: inputs.reduce(0) { $0 + $1.bytes.count }, bufferBytes: suite.bufferBytes,
      startedUnixNanoseconds: started,
      clockOverheadNanoseconds: sampler.clockOverhead)
    var status: Int32 = 0
    for result in results where !result.check.passed {
      Console.error("edgebench: \(result.benchmark.name): \(result.check.failure ?? "failed")")
      status = 1
    }
    if let output {
      // The table is for people; with the results on standard output it goes to stderr.
      let table = ResultTable.render(results, context: context)
      if output == .standardOutput { Console.error(table) } else { Console.out(table) }
      do throws(FileError) {
        try OutputFile.write(render(options.format ?? .json, results, context) + "\n", to: output)
      } catch {
        Console.error("edgebench: " + error.message)
        return 1
      }
    } else {
      Console.out(render(options.format ?? .table, results, context))
    }
    return status
  }

  private func render(
    _ format: OutputFormat, _ results: [CaseResult], _ context: RunContext
  ) -> String {
    switch format {
    case .table: return ResultTable.render(results, context: context)
    case .json:
      var text = ResultRecord.lines(results, context: context)
      if text.hasSuffix("\n") { text.removeLast() }
      return text
    case .gobench: return GoBenchFormat.render(results, context: context)
    }
  }

  private func loadInputs() throws(UsageError) -> [CorpusInput] {
    var inputs: [CorpusInput] = []
    for name in options.corpusNames {
      if let corpus = BuiltInCorpus.named(name) { inputs.append(CorpusInput(builtIn: corpus)) }
    }
    if let path = options.inputPath {
      do throws(InputError) {
        inputs.append(try CorpusInput(file: path, format: options.inputFormat))
      } catch {
        throw .invalidValue(flag: "--input", value: path, reason: error.message)
      }
    }
    return inputs
  }
}
