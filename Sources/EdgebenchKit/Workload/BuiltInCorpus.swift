import CodecCore

/// The corpora every edgebench build carries: one per varint distribution, and the messages.
public enum BuiltInCorpus {
  /// A varint corpus.
  case varints(VarintCorpus)
  /// The message corpus.
  case messages(MessageCorpus)

  /// Every corpus name, in the order they are run and listed.
  public static let names: [String] =
    VarintDistribution.names + [MessageCorpus.name]

  /// Generates the corpus called `name`, if there is one.
  public static func named(_ name: String) -> BuiltInCorpus? {
    if name == MessageCorpus.name { return .messages(.builtIn()) }
    guard let distribution = VarintDistribution(name: name) else { return nil }
    return .varints(.builtIn(distribution))
  }

  /// The corpus name.
  public var name: String {
    switch self {
    case .varints(let corpus): return corpus.name
    case .messages: return MessageCorpus.name
    }
  }

  /// The encoded bytes.
  public var bytes: [UInt8] {
    switch self {
    case .varints(let corpus): return corpus.bytes
    case .messages(let corpus): return corpus.bytes
    }
  }

  /// Values (varints, or messages) the corpus holds.
  public var valueCount: Int {
    switch self {
    case .varints(let corpus): return corpus.valueCount
    case .messages(let corpus): return corpus.messageCount
    }
  }

  /// The wrapping sum a correct decode must reproduce.
  public var valueSum: UInt64 {
    switch self {
    case .varints(let corpus): return corpus.valueSum
    case .messages(let corpus): return corpus.valueSum
    }
  }

  /// FNV-1a 64 of the bytes.
  public var checksum: UInt64 {
    switch self {
    case .varints(let corpus): return corpus.checksum
    case .messages(let corpus): return corpus.checksum
    }
  }
}
