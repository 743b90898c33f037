import CodecCore

/// `edgebench list`: the built-in corpora with their sizes and checksums, and the strategies.
///
/// Checksums identify the bytes: a board whose list differs from the workstation's would be
/// benchmarking other data.
public struct ListCommand {
  /// The command line.
  public static let syntax = CommandSyntax(
    name: "list",
    summary: "the built-in corpora (sizes, checksums, sums) and the strategies",
    details: "per corpus: values, bytes, FNV-1a 64 and wrapping value sum; per strategy: the "
      + "instruction path it takes on this machine and where it should win",
    flags: [
      Flag(
        "--format", .choice(["table", "json"]),
        help: "table, or json (one object: corpora, strategies) for scripts", default: "table")
    ])

  private let json: Bool

  /// Parses the flags after `list`.
  public init(arguments: [String]) throws(UsageError) {
    json = try Self.syntax.parse(arguments).text("--format") == "json"
  }

  /// Prints the corpora and strategies.
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  public func run() -> Int32 {
    var corpora: [BuiltInCorpus] = []
    for name in BuiltInCorpus.names {
      if let corpus = BuiltInCorpus.named(name) { corpora.append(corpus) }
    }
    Console.out(json ? Self.json(corpora) : Self.table(corpora))
    return 0
  }

  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  private static func table(_ corpora: [BuiltInCorpus]) -> String {
    var lines = [
      NumberFormat.pad("corpus", 16, alignRight: false) + NumberFormat.pad("values", 9)
        + NumberFormat.pad("bytes", 9) + "  fnv1a64           value-sum"
    ]
    for corpus in corpora {
      lines.append(
        NumberFormat.pad(corpus.name, 16, alignRight: false)
          + NumberFormat.pad(String(corpus.valueCount), 9)
          + NumberFormat.pad(String(corpus.bytes.count), 9) + "  "
          + NumberFormat.hex64(corpus.checksum) + "  " + String(corpus.valueSum))
    }
    lines.append("")
    lines.append(
      NumberFormat.pad("strategy", 10, alignRight: false) + "  "
        + NumberFormat.pad("path", 8, alignRight: false) + "  "
        + NumberFormat.pad("forcible", 15, alignRight: false) + "  where it should win")
    for decoder in CaseDecoder.allCases {
      lines.append(
        NumberFormat.pad(decoder.name, 10, alignRight: false) + "  "
          + NumberFormat.pad(decoder.isaPath, 8, alignRight: false) + "  "
          + NumberFormat.pad(forcible(decoder).joined(separator: ","), 15, alignRight: false)
          + "  " + decoder.summary)
    }
    lines.append("")
    lines.append(
      "path: what the dispatcher runs on this CPU; forcible: the paths this CPU runs, which "
        + "--strategy NAME@PATH forces (or all-paths)")
    return lines.joined(separator: "\n")
  }

  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  private static func json(_ corpora: [BuiltInCorpus]) -> String {
    var writer = JSONWriter()
    writer.beginObject()
    writer.field("schema", "edgebench.list")
    writer.field("schema_version", 1)
    writer.key("corpora")
    writer.beginArray()
    for corpus in corpora {
      writer.beginObject()
      writer.field("name", corpus.name)
      writer.field("format", CorpusInput(builtIn: corpus).format.rawValue)
      writer.field("values", corpus.valueCount)
      writer.field("bytes", corpus.bytes.count)
      writer.field("fnv1a64", NumberFormat.hex64(corpus.checksum))
      writer.field("value_sum", String(corpus.valueSum))
      writer.endObject()
    }
    writer.endArray()
    writer.key("strategies")
    writer.beginArray()
    for decoder in CaseDecoder.allCases {
      writer.beginObject()
      writer.field("name", decoder.name)
      writer.field("isa_path", decoder.isaPath)
      writer.key("paths")
      writer.beginArray()
      for path in forcible(decoder) { writer.string(path) }
      writer.endArray()
      writer.field("summary", decoder.summary)
      writer.endObject()
    }
    writer.endArray()
    writer.endObject()
    return writer.text
  }

  /// The paths of `decoder` this CPU runs, by name ("-" for `loop-view`, which has none).
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  private static func forcible(_ decoder: CaseDecoder) -> [String] {
    guard case .strategy(let strategy) = decoder else { return ["-"] }
    return strategy.supportedPaths.map { $0.name }
  }
}
