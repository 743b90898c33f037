import CodecCore

/// `edgebench bench`: every decode strategy side by side on every corpus, with its speed as a
/// ratio to `loop` measured in the same run.
public struct BenchCommand {
  /// Timed rounds per case; the median is reported.
  public var samples = 31
  /// Target milliseconds per sample of every case; each case's repetitions are derived from it.
  public var sampleMilliseconds = 2
  /// The corpora to run, by name.
  public var corpusNames = BuiltInCorpus.names
  /// The strategies to compare with `loop`.
  public var strategies = DecodeStrategy.allCases
  /// The clock that times samples.
  public var clock = SampleClock.threadCPU

  /// The command's usage text.
  public static let usage = """
    usage: edgebench bench [--samples N] [--sample-ms N] [--clock cpu|wall] [--corpus NAME|all]
                           [--strategy NAME|all]
      --samples N      timed rounds per strategy, interleaved; the median is shown (default 31)
      --sample-ms N    about how long one sample of each strategy lasts (default 2)
      --clock cpu|wall thread CPU time (default: time given to other processes left out) or
                       wall-clock time
      --corpus NAME    one corpus, or 'all' (default); see 'edgebench list'
      --strategy NAME  one strategy to compare with loop, or 'all' (default)
    """

  /// Parses the flags after `bench`.
  public init(arguments: [String]) throws(UsageError) {
    var cursor = ArgumentCursor(command: "bench", arguments: arguments)
    while let (flag, inline) = try cursor.nextFlag() {
      switch flag {
      case "--samples": samples = try cursor.integer(of: flag, inline: inline, in: 1...1_001)
      case "--sample-ms":
        sampleMilliseconds = try cursor.integer(of: flag, inline: inline, in: 1...10_000)
      case "--clock":
        let name = try cursor.value(of: flag, inline: inline)
        guard name == "cpu" || name == "wall" else {
          throw .invalidValue(flag: flag, value: name, reason: "must be cpu or wall")
        }
        clock = name == "cpu" ? .threadCPU : .wall
      case "--corpus":
        let name = try cursor.value(of: flag, inline: inline)
        guard name == "all" || BuiltInCorpus.names.contains(name) else {
          throw .invalidValue(
            flag: flag, value: name, reason: "no such corpus; see 'edgebench list'")
        }
        corpusNames = name == "all" ? BuiltInCorpus.names : [name]
      case "--strategy": strategies = try cursor.strategies(of: flag, inline: inline)
      default:
        throw .unknownFlag(command: "bench", flag: flag)
      }
    }
  }

  /// Runs every corpus and prints one table; returns the exit status (1 if a decode was wrong).
  public func run() -> Int32 {
    Console.out(
      "vector path: \(VectorPath.current.name); samples: \(samples) of ~\(sampleMilliseconds) ms, "
        + "\(clock == .threadCPU ? "thread CPU" : "wall") clock, median shown")
    Console.out(
      NumberFormat.pad("corpus", 16, alignRight: false)
        + NumberFormat.pad("strategy", 10, alignRight: false) + NumberFormat.pad("B/value", 8)
        + NumberFormat.pad("ns/value", 10) + NumberFormat.pad("Mvalues/s", 11)
        + NumberFormat.pad("MB/s", 9) + NumberFormat.pad("x loop", 8)
        + NumberFormat.pad("spread", 8))
    var status: Int32 = 0
    for name in corpusNames {
      guard let corpus = BuiltInCorpus.named(name) else { continue }
      let cases = ComparedCase.cases(for: corpus, strategies: strategies)
      let outcome = StrategyComparison.repetitions(
        for: corpus, cases: cases, sampleNanoseconds: Double(sampleMilliseconds) * 1_000_000,
        clock: clock
      ).flatMap { repetitions in
        StrategyComparison.run(
          corpus, cases: cases, samples: samples, repetitions: repetitions, clock: clock)
      }
      switch outcome {
      case .success(let comparison):
        for index in cases.indices { Console.out(row(corpus, comparison, index)) }
      case .failure(let failure):
        Console.error("edgebench: \(corpus.name): \(failure.message)")
        status = 1
      }
    }
    return status
  }

  private func row(
    _ corpus: BuiltInCorpus, _ comparison: StrategyComparison, _ index: Int
  ) -> String {
    let nsPerValue = comparison.medians[index]
    let bytesPerValue = Double(corpus.bytes.count) / Double(max(corpus.valueCount, 1))
    let range = comparison.ranges[index]
    let spread = nsPerValue > 0 ? (range.high - range.low) / nsPerValue * 100 : 0
    return NumberFormat.pad(corpus.name, 16, alignRight: false)
      + NumberFormat.pad(comparison.cases[index].name, 10, alignRight: false)
      + NumberFormat.pad(NumberFormat.fixed(bytesPerValue, decimals: 2), 8)
      + NumberFormat.pad(NumberFormat.fixed(nsPerValue, decimals: 3), 10)
      + NumberFormat.pad(NumberFormat.fixed(1_000 / nsPerValue, decimals: 1), 11)
      + NumberFormat.pad(NumberFormat.fixed(bytesPerValue * 1_000 / nsPerValue, decimals: 1), 9)
      + NumberFormat.pad(NumberFormat.fixed(comparison.speedup(of: index), decimals: 2), 8)
      + NumberFormat.pad(NumberFormat.fixed(spread, decimals: 0) + "%", 8)
  }
}
