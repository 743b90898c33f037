extension WireCursor {
  /// The wrapping sum and the number of the varints packed in the `count` bytes at `start`
  /// (which this cursor has skipped), each checked to fit 32 bits: a packed `uint32`/`sint32`
  /// field folded as it streams past, with the same values and errors as reading each value
  /// with `varint32` from a cursor over the run.
  ///
  /// One value a step, one- and two-byte values inline; the run's bound also guards each
  /// value's first byte, and nothing is written back to a cursor per value. A word-at-a-time
  /// version (up to 8 bytes of one- and two-byte values summed without a branch per value)
  /// was tried and retired more instructions on the corpus's runs of about 8 values: 1,373
  /// per message against 1,273 (callgrind).
  // Inlined: called once per run from the in-order decoders, where a call and its set-up
  // cost about 20 instructions per run (callgrind, messages corpus).
  @inline(__always)
  package func packedSum32<Varints: VarintDecoding>(
    start: Int, count: Int, _ varints: Varints.Type
  ) throws(DecodeError) -> (sum: UInt64, values: Int) {
    var offset = start
    let end = start &+ count
    // `offset < last` is `end - offset >= 2`: room for a second byte.
    let last = end &- 1
    var sum: UInt64 = 0
    // Bytes past each value's first: the run's values are its bytes less these, so a one-byte
    // value costs no count (counted per value, LLVM paired the count with the sum in a vector
    // register, which cost three instructions more per one-byte value; callgrind).
    var extra = 0
    while offset < end {
      let first = base.load(fromByteOffset: offset, as: UInt8.self)
      if first < 0x80 {
        sum &+= UInt64(first)
        offset &+= 1
        continue
      }
      if offset < last {
        let second = base.load(fromByteOffset: offset &+ 1, as: UInt8.self)
        if second < 0x80 {
          sum &+= UInt64(first & 0x7F) | UInt64(second) &<< 7
          offset &+= 2
          extra &+= 1
          continue
        }
      }
      let (value, length) = try Self.longVarint(buffer, base, at: offset, end: end, varints)
      guard value <= UInt64(UInt32.max) else {
        throw .varint32Overflow(offset: offset, value: value)
      }
      sum &+= value
      offset &+= length
      extra &+= length &- 1
    }
    return (sum, count &- extra)
  }
}
