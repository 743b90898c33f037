/// A stream of length-delimited messages: each a varint byte count, then that many bytes.
///
/// This is protobuf's `writeDelimitedTo` framing, so message corpora can be read by any
/// protobuf library.
public enum MessageStream {
  /// Frames `messages` into one stream.
  public static func encode(_ messages: [Telemetry]) -> [UInt8] {
    var writer = ByteWriter()
    for message in messages {
      writer.writeVarint(UInt64(TelemetryEncoder.encodedSize(of: message)))
      TelemetryEncoder.write(message, to: &writer)
    }
    return writer.bytes
  }

  /// Decodes every message in `bytes`.
  public static func decodeAll(_ bytes: [UInt8]) throws(DecodeError) -> [Telemetry] {
    try ByteReader.read(bytes) { (reader) throws(DecodeError) in
      var messages: [Telemetry] = []
      while !reader.isAtEnd {
        var body = reader.subReader(for: try reader.readLengthDelimited())
        messages.append(try TelemetryDecoder.decode(from: &body))
      }
      return messages
    }
  }

  /// Decodes every message in `input` into an owned `Telemetry` and sums their digests.
  public static func summarize(
    _ input: UnsafeRawBufferPointer
  ) throws(DecodeError) -> MessageStreamSummary {
    var reader = ByteReader(input)
    var summary = MessageStreamSummary(messageCount: 0, digestSum: 0)
    while !reader.isAtEnd {
      var body = reader.subReader(for: try reader.readLengthDelimited())
      summary.digestSum &+= try TelemetryDecoder.decode(from: &body).digest
      summary.messageCount += 1
    }
    return summary
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
