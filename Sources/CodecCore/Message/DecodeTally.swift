/// How many values (or messages) one decode of a whole input yielded, and their wrapping sum
/// (of the messages' digests): the two figures every corpus and every case is checked by.
public struct DecodeTally: Equatable, Sendable {
  /// Values (or messages) decoded.
  public var count: Int
  /// Wrapping `UInt64` sum of the values (or of `Telemetry.digest`).
  public var sum: UInt64
  /// Input bytes the decode consumed (a bulk decode stops early when its output is full).
  public var bytesConsumed: Int

  /// Makes a tally from its parts.
  public init(count: Int, sum: UInt64, bytesConsumed: Int) {
    self.count = count
    self.sum = sum
    self.bytesConsumed = bytesConsumed
  }
}

/// The one decode-then-count-and-sum: every check of a decode (a corpus file's reference
/// figures, a case's check before timing, the decoders' cross-checks) goes through these.
extension DecodeStrategy {
  /// Decodes a stream of length-delimited `Telemetry` messages and sums their digests.
  ///
  /// `loop` decodes into owned `Telemetry` values (the reference); the others use the record
  /// fast path, `TelemetryView`, with this strategy's one-at-a-time varint decoder.
  public func decodeMessageStream(
    _ input: UnsafeRawBufferPointer
  ) throws(DecodeError) -> MessageStreamSummary {
    switch self {
    case .loop: return try MessageStream.summarize(input)
    case .word, .bitmap, .simd: return try TelemetryView.summarize(input, varintsOf: self)
    }
  }

  /// Decodes every varint of `input` into `output` with the bulk path, then tallies them.
  public func tallyVarints(
    _ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>
  ) throws(DecodeError) -> DecodeTally {
    try tallyVarints(input, into: output, path: dispatchedPath)
  }

  /// `tallyVarints(_:into:)` on `path`, one of `supportedPaths`.
  package func tallyVarints(
    _ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>,
    path: InstructionPath
  ) throws(DecodeError) -> DecodeTally {
    let result = try decodeAll(input, into: output, path: path)
    var sum: UInt64 = 0
    for value in output[0..<result.valueCount] { sum &+= value }
    return DecodeTally(count: result.valueCount, sum: sum, bytesConsumed: result.bytesConsumed)
  }

  /// Tallies every varint of `input` one at a time, keeping nothing but the running sum, so
  /// an input of any size costs no memory beyond its bytes.
  public func tallyVarints(_ input: UnsafeRawBufferPointer) throws(DecodeError) -> DecodeTally {
    var tally = DecodeTally(count: 0, sum: 0, bytesConsumed: 0)
    while tally.bytesConsumed < input.count {
      let (value, length) = try decode(input, at: tally.bytesConsumed, end: input.count)
      tally.sum &+= value
      tally.count += 1
      tally.bytesConsumed += length
    }
    return tally
  }

  /// Decodes a message stream and tallies its messages and their digests.
  public func tallyMessages(_ input: UnsafeRawBufferPointer) throws(DecodeError) -> DecodeTally {
    let summary = try decodeMessageStream(input)
    return DecodeTally(
      count: summary.messageCount, sum: summary.digestSum, bytesConsumed: input.count)
  }
}
