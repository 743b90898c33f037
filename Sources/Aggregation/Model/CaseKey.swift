/// What was measured: command × corpus × strategy. Strategy names are whatever the records
/// say; the aggregation knows no fixed list of them.
public struct CaseKey: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// "decode", "encode" or "roundtrip".
  public let command: String
  /// The corpus's name.
  public let corpus: String
  /// The decode strategy's name ("writer" for encode).
  public let strategy: String

  /// Makes a key.
  public init(command: String, corpus: String, strategy: String) {
    self.command = command
    self.corpus = corpus
    self.strategy = strategy
  }

  /// The command and corpus: the scope in which strategies are ranked against each other.
  public var scope: CaseScope { CaseScope(command: command, corpus: corpus) }

  /// "decode/one-byte/loop", as the runner names cases.
  public var description: String { command + "/" + corpus + "/" + strategy }

  /// Orders by command, corpus, then strategy.
  public static func < (lhs: CaseKey, rhs: CaseKey) -> Bool {
    (lhs.command, lhs.corpus, lhs.strategy) < (rhs.command, rhs.corpus, rhs.strategy)
  }
}

/// A command and corpus: the cases within it differ only by strategy.
public struct CaseScope: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The command.
  public let command: String
  /// The corpus.
  public let corpus: String

  /// Makes a scope.
  public init(command: String, corpus: String) {
    self.command = command
    self.corpus = corpus
  }

  /// "decode/one-byte".
  public var description: String { command + "/" + corpus }

  /// Orders by command, then corpus.
  public static func < (lhs: CaseScope, rhs: CaseScope) -> Bool {
    (lhs.command, lhs.corpus) < (rhs.command, rhs.corpus)
  }
}
