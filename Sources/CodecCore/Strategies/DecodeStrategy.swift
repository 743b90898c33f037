/// A way to decode varints and message streams, selectable by name on the command line.
///
/// An enum rather than a protocol existential: Embedded Swift has no `any` of non-class
/// protocols, and a `switch` keeps each strategy's loop specialized. Every strategy must return
/// the same values and throw the same errors, at the same offsets, as `loop`.
public enum DecodeStrategy: CaseIterable, Sendable {
  /// The reference: one byte at a time (`VarintDecoder`), messages into owned `Telemetry` values.
  case loop

  /// The name users type and results record.
  public var name: String {
    switch self {
    case .loop: return "loop"
    }
  }

  /// Where the strategy should win, and why, in one line.
  public var summary: String {
    switch self {
    case .loop: return "reference byte-at-a-time loop; best when nearly every value is 1 byte"
    }
  }

  /// The strategy called `name`, if any.
  public init?(name: String) {
    for candidate in Self.allCases where candidate.name == name {
      self = candidate
      return
    }
    return nil
  }

  /// Decodes every varint in `input` into `output`, stopping when either runs out.
  public func decodeAll(
    _ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>
  ) throws(DecodeError) -> BulkDecodeResult {
    switch self {
    case .loop: return try VarintDecoder.decodeAll(input, into: output)
    }
  }

  /// Decodes a stream of length-delimited `Telemetry` messages and sums their digests.
  public func decodeMessageStream(
    _ input: UnsafeRawBufferPointer
  ) throws(DecodeError) -> MessageStreamSummary {
    switch self {
    case .loop: return try MessageStream.summarize(input)
    }
  }
}

/// What decoding a message stream produced: how many messages and the sum of their digests.
public struct MessageStreamSummary: Equatable, Sendable {
  /// Messages decoded.
  public var messageCount: Int
  /// Wrapping sum of `Telemetry.digest` over them.
  public var digestSum: UInt64

  /// Makes a summary from its parts.
  public init(messageCount: Int, digestSum: UInt64) {
    self.messageCount = messageCount
    self.digestSum = digestSum
  }
}
