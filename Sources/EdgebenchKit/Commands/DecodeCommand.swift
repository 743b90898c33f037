import CodecCore

/// `edgebench decode`: decode built-in corpora, check the result, print time per value.
public struct DecodeCommand {
  /// Decodes per timed sample.
  public var iterations = 20
  /// The corpora to run, by name.
  public var corpusNames = BuiltInCorpus.names
  /// The strategies to run.
  public var strategies: [DecodeStrategy] = [.loop]

  /// The command's usage text.
  public static let usage = """
    usage: edgebench decode [--iters N] [--corpus NAME|all] [--strategy NAME|all]
      --iters N          decodes of the whole corpus to time (default 20, 1...1000000)
      --corpus NAME      one corpus, or 'all' (default); see 'edgebench list'
      --strategy NAME    one decode strategy (default loop), or 'all'; see 'edgebench list'
    """

  /// Parses the flags after `decode`.
  public init(arguments: [String]) throws(UsageError) {
    var cursor = ArgumentCursor(command: "decode", arguments: arguments)
    while let (flag, inline) = try cursor.nextFlag() {
      switch flag {
      case "--iters":
        iterations = try cursor.integer(of: flag, inline: inline, in: 1...1_000_000)
      case "--corpus":
        let name = try cursor.value(of: flag, inline: inline)
        if name == "all" {
          corpusNames = BuiltInCorpus.names
        } else if BuiltInCorpus.names.contains(name) {
          corpusNames = [name]
        } else {
          throw .invalidValue(
            flag: flag, value: name, reason: "no such corpus; see 'edgebench list'")
        }
      case "--strategy": strategies = try cursor.strategies(of: flag, inline: inline)
      default:
        throw .unknownFlag(command: "decode", flag: flag)
      }
    }
  }

  /// Runs every corpus and prints a table; returns the exit status (1 if a decode was wrong).
  public func run() -> Int32 {
    Console.out(
      NumberFormat.pad("corpus", 16, alignRight: false)
        + NumberFormat.pad("strategy", 10, alignRight: false) + NumberFormat.pad("values", 9)
        + NumberFormat.pad("B/value", 9) + NumberFormat.pad("ns/value", 10)
        + NumberFormat.pad("Mvalues/s", 11) + NumberFormat.pad("MB/s", 9) + "  check")
    var status: Int32 = 0
    for name in corpusNames {
      guard let corpus = BuiltInCorpus.named(name) else { continue }
      for strategy in strategies {
        switch DecodeTiming.measure(corpus, strategy: strategy, iterations: iterations) {
        case .success(let timing):
          Console.out(row(corpus, strategy, timing))
        case .failure(let failure):
          Console.error("edgebench: \(corpus.name) with \(strategy.name): \(failure.message)")
          status = 1
        }
      }
    }
    return status
  }

  private func row(
    _ corpus: BuiltInCorpus, _ strategy: DecodeStrategy, _ timing: DecodeTiming
  ) -> String {
    let values = Double(corpus.valueCount)
    let nsPerValue = timing.nanosecondsPerDecode / values
    let bytesPerValue = Double(corpus.bytes.count) / values
    return NumberFormat.pad(corpus.name, 16, alignRight: false)
      + NumberFormat.pad(strategy.name, 10, alignRight: false)
      + NumberFormat.pad(String(corpus.valueCount), 9)
      + NumberFormat.pad(NumberFormat.fixed(bytesPerValue, decimals: 2), 9)
      + NumberFormat.pad(NumberFormat.fixed(nsPerValue, decimals: 3), 10)
      + NumberFormat.pad(NumberFormat.fixed(1_000 / nsPerValue, decimals: 1), 11)
      + NumberFormat.pad(NumberFormat.fixed(bytesPerValue * 1_000 / nsPerValue, decimals: 1), 9)
      + "  ok"
  }
}
