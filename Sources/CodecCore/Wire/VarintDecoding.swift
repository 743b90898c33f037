/// A one-at-a-time varint decoder as a type, so a message reader can be specialized for each
/// strategy (a generic parameter, never an existential, which Embedded Swift lacks).
package protocol VarintDecoding {
  /// Decodes the varint at `offset`, reading no byte at or past `end`; returns the value and
  /// its length, or the same error `VarintDecoder.decode` throws.
  static func decode(
    _ buffer: UnsafeRawBufferPointer, at offset: Int, end: Int
  ) throws(DecodeError) -> (value: UInt64, length: Int)
}

extension VarintDecoder: VarintDecoding {}
