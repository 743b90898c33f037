/// The `word` strategy: one varint per step from an unaligned 8-byte load, its length from the
/// trailing zeros of the stop-bit mask (tzcnt on x86_64, rbit+clz on aarch64).
///
/// Where it wins: mixed lengths (`uniform-length`, `protobuf-skew`), because no branch depends
/// on a varint's length for lengths 1...8, so the predictor has nothing to miss. Its limit is
/// latency: the next load's address is this varint's length, so each value waits for
/// load → mask → count → add, one after another.
public enum WordVarintDecoder: VarintDecoding, CompactingDecoder {
  /// Decodes the varint at `offset`, reading no byte at or past `end`; same values and errors
  /// as `VarintDecoder.decode`.
  ///
  /// The fast path may look at bytes past `end` (never past the buffer) but only trusts a
  /// varint that ends before `end`; anything else goes to the reference decoder.
  package static func decode(
    _ buffer: UnsafeRawBufferPointer, at offset: Int, end: Int
  ) throws(DecodeError) -> (value: UInt64, length: Int) {
    if offset >= 0, buffer.count - offset >= VarintWords.window, let base = buffer.baseAddress {
      let decoded = VarintWords.decode(at: base + offset, using: ShiftCompaction.self)
      if decoded.isRegular && decoded.length <= end - offset {
        return (decoded.value, decoded.length)
      }
    }
    return try VarintDecoder.decode(buffer, at: offset, end: end)
  }

  /// Decodes every varint in `input` into `output`, stopping when either runs out; same result
  /// and errors as `VarintDecoder.decodeAll`. Uses the dispatcher's path.
  public static func decodeAll(
    _ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>
  ) throws(DecodeError) -> BulkDecodeResult {
    try decodeAll(input, into: output, path: DecodeStrategy.word.dispatchedPath)
  }

  /// Decodes with the compaction `Compaction`.
  static func decodeAll<Compaction: GroupCompaction>(
    _ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>,
    using compaction: Compaction.Type
  ) throws(DecodeError) -> BulkDecodeResult {
    var offset = 0
    var count = 0
    if let base = input.baseAddress, let values = output.baseAddress {
      // The tail guard: the fast loop stops `window` bytes before the end.
      let fastEnd = input.count - VarintWords.window
      while offset <= fastEnd && count < output.count {
        let decoded = VarintWords.decode(at: base + offset, using: compaction)
        guard decoded.isRegular else { break }
        values[count] = decoded.value
        count &+= 1
        offset &+= decoded.length
      }
    }
    return try VarintDecoder.decodeAll(input, from: offset, into: output, startingAt: count)
  }
}
