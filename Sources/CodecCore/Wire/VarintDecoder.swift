/// The reference varint decoder: one byte at a time, exactly as protobuf specifies.
///
/// Every faster strategy must return the same values and throw the same errors, at the same
/// offsets, as this one. Error precedence: a buffer that ends before a stop byte is `truncated`;
/// a 10th byte with its continuation bit set is `varintTooLong`; a 10th byte above 1 is
/// `varintOverflow`.
public enum VarintDecoder {
  /// Decodes the varint at `offset`, reading no byte at or past `end`.
  ///
  /// Returns the value and the number of bytes it took.
  package static func decode(
    _ buffer: UnsafeRawBufferPointer, at offset: Int, end: Int
  ) throws(DecodeError) -> (value: UInt64, length: Int) {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    var index = offset
    while index < end {
      let byte = buffer[index]
      if shift == 63 {
        // The 10th byte may contribute one bit only, and must end the varint.
        if byte & 0x80 != 0 { throw .varintTooLong(offset: offset) }
        if byte > 1 { throw .varintOverflow(offset: offset) }
        return (result | UInt64(byte) << 63, 10)
      }
      result |= UInt64(byte & 0x7F) << shift
      index += 1
      if byte < 0x80 { return (result, index - offset) }
      shift += 7
    }
    throw .truncated(offset: offset)
  }

  /// Decodes the varint at `offset` of `bytes`.
  public static func decode(
    _ bytes: [UInt8], at offset: Int = 0
  ) throws(DecodeError) -> (value: UInt64, length: Int) {
    guard offset >= 0, offset <= bytes.count else { throw .truncated(offset: offset) }
    return try bytes.withUnsafeRawBuffer { (buffer) throws(DecodeError) in
      try decode(buffer, at: offset, end: buffer.count)
    }
  }

  /// Decodes the varint at `offset` as a 32-bit value; larger values are an error.
  public static func decodeUInt32(
    _ bytes: [UInt8], at offset: Int = 0
  ) throws(DecodeError) -> (value: UInt32, length: Int) {
    let (value, length) = try decode(bytes, at: offset)
    guard let narrow = UInt32(exactly: value) else {
      throw .varint32Overflow(offset: offset, value: value)
    }
    return (narrow, length)
  }

  /// Decodes every varint in `buffer` into `output`, stopping when either runs out.
  ///
  /// The bulk form is what the benchmark times: one call per buffer, no per-value overhead.
  public static func decodeAll(
    _ buffer: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>
  ) throws(DecodeError) -> BulkDecodeResult {
    try decodeAll(buffer, from: 0, into: output, startingAt: 0)
  }

  /// Continues a bulk decode at byte `offset` of `buffer` and value `count` of `output`.
  ///
  /// Faster strategies finish with this: the buffer's tail, and any varint their fast path
  /// does not trust, get the reference's values and errors.
  public static func decodeAll(
    _ buffer: UnsafeRawBufferPointer, from offset: Int,
    into output: UnsafeMutableBufferPointer<UInt64>, startingAt count: Int
  ) throws(DecodeError) -> BulkDecodeResult {
    var offset = offset
    var count = count
    let end = buffer.count
    while offset < end && count < output.count {
      let (value, length) = try decode(buffer, at: offset, end: end)
      output[count] = value
      count += 1
      offset += length
    }
    return BulkDecodeResult(valueCount: count, bytesConsumed: offset)
  }

  /// Decodes every varint in `bytes` into a new array.
  public static func decodeAll(_ bytes: [UInt8]) throws(DecodeError) -> [UInt64] {
    // A varint takes at least one byte, so `bytes.count` values always suffice.
    var values = [UInt64](repeating: 0, count: bytes.count)
    let result = try bytes.withUnsafeRawBuffer { (buffer) throws(DecodeError) in
      try values.withUnsafeMutableOutput { (output) throws(DecodeError) in
        try decodeAll(buffer, into: output)
      }
    }
    values.removeLast(values.count - result.valueCount)
    return values
  }
}

/// What a bulk decode did: how many values it wrote and how many input bytes they took.
public struct BulkDecodeResult: Equatable, Sendable {
  /// Values written to the output.
  public var valueCount: Int
  /// Input bytes those values took.
  public var bytesConsumed: Int

  /// Makes a result from its parts.
  public init(valueCount: Int, bytesConsumed: Int) {
    self.valueCount = valueCount
    self.bytesConsumed = bytesConsumed
  }
}
