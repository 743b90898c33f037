import CodecCore

/// `edgebench bench`: every decode strategy side by side on every corpus, with its speed as a
/// ratio to `loop` measured in the same run.
public struct BenchCommand {
  /// Timed rounds per case; the median is reported.
  public var samples = 9
  /// Target milliseconds per sample of `loop`; the repetitions are derived from it.
  public var sampleMilliseconds = 20
  /// The corpora to run, by name.
  public var corpusNames = BuiltInCorpus.names
  /// The strategies to compare with `loop`.
  public var strategies = DecodeStrategy.allCases

  /// The command's usage text.
  public static let usage = """
    usage: edgebench bench [--samples N] [--sample-ms N] [--corpus NAME|all] [--strategy NAME|all]
      --samples N      timed rounds per strategy, interleaved; the median is shown (default 9)
      --sample-ms N    about how long one round of 'loop' takes (default 20)
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
    Console.out("vector path: \(VectorPath.current.name); samples: \(samples), median shown")
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
      let outcome = StrategyComparison.run(
        corpus, cases: cases, samples: samples, repetitions: repetitions(for: corpus))
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

  /// Decodes per sample so that one sample of `loop` takes about `sampleMilliseconds`.
  private func repetitions(for corpus: BuiltInCorpus) -> Int {
    switch StrategyComparison.run(
      corpus, cases: [.strategy(.loop)], samples: 1, repetitions: 1)
    {
    case .success(let probe):
      let nanoseconds = probe.medians[0] * Double(max(corpus.valueCount, 1))
      let wanted = Double(sampleMilliseconds) * 1_000_000 / max(nanoseconds, 1)
      return max(1, min(100_000, Int(wanted)))
    case .failure:
      return 1
    }
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
