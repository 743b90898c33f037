/// The `bitmap` strategy: finds where 64 bytes' worth of varints end in one go (a stop-bit
/// bitmap from four 16-byte vector compares), then extracts each varint from its known length.
///
/// Where it wins: long and mixed varints (`uniform-length`, `random64`). Unlike `word`, the
/// next varint's position comes from the bitmap (clear lowest bit, count trailing zeros: one
/// cycle each), not from the previous varint's load, so many varints are decoded at once
/// instead of one after another; and no branch depends on a varint's length. Short varints
/// gain less: every one still costs a full extraction.
public enum BitmapVarintDecoder {
  /// Bytes the fast loop needs readable from a block's start: the 64-byte block, plus a
  /// 16-byte window for a varint that starts on its last byte.
  static let blockReach = 64 + VarintWords.window

  /// Decodes every varint in `input` into `output`, stopping when either runs out; same result
  /// and errors as `VarintDecoder.decodeAll`.
  public static func decodeAll(
    _ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>
  ) throws(DecodeError) -> BulkDecodeResult {
    var offset = 0
    var count = 0
    if let base = input.baseAddress, let values = output.baseAddress {
      // A block holds at most 64 varints: check the output once per block.
      blocks: while input.count - offset >= blockReach && output.count - count >= 64 {
        let block = base + offset
        var stops = ~VectorOps.continuationBits64(block)
        var start = 0
        while stops != 0 {
          let last = stops.trailingZeroBitCount
          let decoded = VarintWords.decode(at: block + start, lastIndex: last - start)
          guard decoded.isRegular else {
            offset += start
            break blocks
          }
          values[count] = decoded.value
          count &+= 1
          start = last &+ 1
          stops &= stops &- 1
        }
        // No stop byte in 64 bytes: the reference reports the over-long varint.
        if start == 0 { break }
        offset &+= start
      }
    }
    return try VarintDecoder.decodeAll(input, from: offset, into: output, startingAt: count)
  }
}
