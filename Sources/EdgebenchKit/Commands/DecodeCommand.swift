import CodecCore

/// `edgebench decode`: decode built-in corpora, check the result, print time per value.
public struct DecodeCommand {
  /// Decodes per timed sample.
  public var iterations = 20
  /// The corpora to run, by name.
  public var corpusNames = BuiltInCorpus.names

  /// The command's usage text.
  public static let usage = """
    usage: edgebench decode [--iters N] [--corpus NAME|all]
      --iters N        decodes of the whole corpus to time (default 20, 1...1000000)
      --corpus NAME    one corpus, or 'all' (default); see 'edgebench list'
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
      default:
        throw .unknownFlag(command: "decode", flag: flag)
      }
    }
  }

  /// Runs every corpus and prints a table; returns the exit status (1 if a decode was wrong).
  public func run() -> Int32 {
    Console.out(
      NumberFormat.pad("corpus", 16, alignRight: false) + NumberFormat.pad("values", 9)
        + NumberFormat.pad("B/value", 9) + NumberFormat.pad("ns/value", 10)
        + NumberFormat.pad("Mvalues/s", 11) + NumberFormat.pad("MB/s", 9) + "  check")
    var status: Int32 = 0
    for name in corpusNames {
      guard let corpus = BuiltInCorpus.named(name) else { continue }
      switch DecodeTiming.measure(corpus, iterations: iterations) {
      case .success(let timing):
        Console.out(row(corpus, timing))
      case .failure(let failure):
        Console.error("edgebench: \(corpus.name): \(failure.message)")
        status = 1
      }
    }
    return status
  }

  private func row(_ corpus: BuiltInCorpus, _ timing: DecodeTiming) -> String {
    let values = Double(corpus.valueCount)
    let nsPerValue = timing.nanosecondsPerDecode / values
    let bytesPerValue = Double(corpus.bytes.count) / values
    return NumberFormat.pad(corpus.name, 16, alignRight: false)
      + NumberFormat.pad(String(corpus.valueCount), 9)
      + NumberFormat.pad(NumberFormat.fixed(bytesPerValue, decimals: 2), 9)
      + NumberFormat.pad(NumberFormat.fixed(nsPerValue, decimals: 3), 10)
      + NumberFormat.pad(NumberFormat.fixed(1_000 / nsPerValue, decimals: 1), 11)
      + NumberFormat.pad(NumberFormat.fixed(bytesPerValue * 1_000 / nsPerValue, decimals: 1), 9)
      + "  ok"
  }
}
