import CPerf
import CodecCore

/// `edgebench decode`, `encode`, `roundtrip` and `bench`: check, measure and report every
/// case, all through the same cases, sampler and results.
public struct BenchmarkCommand {
  /// Which measuring command.
  public let command: MeasuringCommand
  /// What the cases time.
  public var kind: BenchmarkKind { command.kind }
  /// The parsed flags.
  public let options: RunOptions
  private let arguments: [String]

  /// Parses the flags after the command name.
  public init(command: MeasuringCommand, arguments: [String]) throws(UsageError) {
    self.command = command
    self.arguments = arguments
    options = try RunOptions(command: command, arguments: arguments)
  }

  /// Runs the cases; returns 0, or 1 when a check failed or results could not be written.
  /// Flag values that turn out unusable (an unreadable input, an offline CPU, an unwritable
  /// output) throw before anything is measured.
  public func run() throws(UsageError) -> Int32 {
    let started = cperf_realtime_ns()
    var plan = options.plan
    plan.clock = try RunPreflight.clock(plan.clock, given: options.clockGiven)
    let inputs = try loadInputs()
    try RunPreflight.pin(plan.pinnedCPU)
    var output: OutputTarget?
    if let path = options.outputPath {
      output = try RunPreflight.outputTarget(path, flag: "--output")
    }
    let host = HostFingerprint.collect()
    let build = BuildFacts.collect()
    let counters = options.counters ? CounterSet.open() : nil
    let suite = BenchmarkCase.suite(kind: kind, inputs: inputs, decoders: options.decoders)
    let cases = suite.cases
    let sampler = Sampler(plan: plan, counters: counters)
    var progress = ProgressLine()
    let results = sampler.run(cases, progress: &progress)
    let context = RunContext(
      command: command.rawValue, arguments: [command.rawValue] + arguments, plan: plan,
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
      let table = render(.table, results, context)
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
    case .table:
      if command == .bench { return RatioTable.render(results, context: context) }
      return ResultTable.render(results, context: context)
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
