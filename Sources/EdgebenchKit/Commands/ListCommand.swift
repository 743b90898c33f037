import CodecCore

/// `edgebench list`: the built-in corpora with their sizes and checksums, and the strategies.
///
/// Checksums identify the bytes: a board whose list differs from the workstation's would be
/// benchmarking other data.
public struct ListCommand {
  /// The command's usage text.
  public static let usage = """
    usage: edgebench list
      list the built-in corpora (values, bytes, FNV-1a 64, wrapping value sum) and strategies
      --help    this text
    """

  /// Parses the flags after `list` (there are none).
  public init(arguments: [String]) throws(UsageError) {
    var cursor = ArgumentCursor(command: "list", arguments: arguments)
    if let (flag, _) = try cursor.nextFlag() { throw .unknownFlag(command: "list", flag: flag) }
  }

  /// Prints one line per corpus.
  public func run() -> Int32 {
    Console.out(
      NumberFormat.pad("corpus", 16, alignRight: false) + NumberFormat.pad("values", 9)
        + NumberFormat.pad("bytes", 9) + "  fnv1a64           value-sum")
    for name in BuiltInCorpus.names {
      guard let corpus = BuiltInCorpus.named(name) else { continue }
      Console.out(
        NumberFormat.pad(name, 16, alignRight: false)
          + NumberFormat.pad(String(corpus.valueCount), 9)
          + NumberFormat.pad(String(corpus.bytes.count), 9) + "  "
          + NumberFormat.hex64(corpus.checksum) + "  " + String(corpus.valueSum))
    }
    Console.out("")
    Console.out(NumberFormat.pad("strategy", 10, alignRight: false) + "  where it should win")
    for strategy in DecodeStrategy.allCases {
      Console.out(NumberFormat.pad(strategy.name, 10, alignRight: false) + "  " + strategy.summary)
    }
    return 0
  }
}
