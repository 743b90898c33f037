/// The `bitmap` strategy: finds where 64 bytes' worth of varints end in one go (a stop-bit
/// bitmap from four 16-byte vector compares), then extracts the varints two at a time, each
/// pair compacted in one vector register.
///
/// Where it wins: long and mixed varints (`uniform-length`, `random64`). Unlike `word`, the
/// next varint's position comes from the bitmap (clear lowest bit, count trailing zeros: one
/// cycle each), not from the previous varint's load, so many varints are decoded at once
/// instead of one after another. No branch depends on a single varint's length: each block is
/// classified once (all varints up to 8 bytes, some of 9-10 bytes, or something irregular) and
/// decoded by a loop made for that class.
public enum BitmapVarintDecoder: CompactingDecoder {
  /// Bytes the fast loop needs readable from a block's start: the 64-byte block, plus a
  /// 16-byte window for a varint that starts on its last byte.
  static let blockReach = 64 + VarintWords.window

  /// Decodes every varint in `input` into `output`, stopping when either runs out; same result
  /// and errors as `VarintDecoder.decodeAll`. Uses the dispatcher's path.
  public static func decodeAll(
    _ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>
  ) throws(DecodeError) -> BulkDecodeResult {
    try decodeAll(input, into: output, path: DecodeStrategy.bitmap.dispatchedPath)
  }

  /// Decodes with the compaction `Compaction`.
  static func decodeAll<Compaction: GroupCompaction>(
    _ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>,
    using compaction: Compaction.Type
  ) throws(DecodeError) -> BulkDecodeResult {
    var offset = 0
    var count = 0
    if let base = input.baseAddress, let values = output.baseAddress {
      // A block holds at most 64 varints (plus one pair store): check the output once a block.
      while input.count - offset >= blockReach && output.count - count >= 66 {
        let block = base + offset
        let decoded = decodeBlock(
          block, continuations: VectorOps.continuationBits64(block), into: values, count: &count,
          using: compaction)
        offset &+= decoded.consumed
        // No complete varint in 64 bytes, or an irregular one: the reference takes over.
        if decoded.consumed == 0 || !decoded.isRegular { break }
      }
    }
    return try VarintDecoder.decodeAll(input, from: offset, into: output, startingAt: count)
  }

  /// Decodes the varints that end in the 64-byte block at `block`, whose continuation bits are
  /// `continuations`, with the loop made for their lengths. Returns the bytes they took, and
  /// false when decoding stopped before an irregular varint (over-long, or overflowing).
  // Inlined: one call per block, but it keeps `count` in a register (bench, see README).
  @inline(__always)
  static func decodeBlock<Compaction: GroupCompaction>(
    _ block: UnsafeRawPointer, continuations: UInt64, into values: UnsafeMutablePointer<UInt64>,
    count: inout Int, using compaction: Compaction.Type
  ) -> (consumed: Int, isRegular: Bool) {
    // Runs of continuation bits: 8 in a row start a varint of 9+ bytes, 10 one of 11+.
    let run2 = continuations & continuations &>> 1
    let run4 = run2 & run2 &>> 2
    let run8 = run4 & run4 &>> 4
    let run10 = run8 & run2 &>> 8
    if run10 != 0 {
      return (
        decodeCarefully(
          block, stops: ~continuations, into: values, count: &count, using: compaction), false
      )
    }
    if run8 == 0 {
      return (
        decodeShort(
          block, stops: ~continuations, into: values, count: &count, using: compaction), true
      )
    }
    let blockCount = count
    // The mixed loop keeps the vector compaction on every path: with pext, its two 10-byte
    // splits per step run out of general registers and spill (callgrind: 46 instead of 37.6
    // instructions per value on uniform-length, 52.8 instead of 43.5 on random64).
    let mixed = decodeMixed(
      block, stops: ~continuations, into: values, count: &count, using: ShiftCompaction.self)
    if mixed.isRegular { return (mixed.consumed, true) }
    // A 10th byte above 1 somewhere: decode the block again, stopping before it.
    count = blockCount
    return (
      decodeCarefully(
        block, stops: ~continuations, into: values, count: &count, using: compaction), false
    )
  }

  /// Decodes the varints that end in the block when all are 1...8 bytes long: two per step,
  /// with no branch on their lengths. Returns the bytes they took.
  // Inlined: one call per block, but it keeps `count` in a register (bench, see README).
  @inline(__always)
  static func decodeShort<Compaction: GroupCompaction>(
    _ block: UnsafeRawPointer, stops: UInt64, into values: UnsafeMutablePointer<UInt64>,
    count: inout Int, using compaction: Compaction.Type
  ) -> Int {
    var stops = stops
    var start = 0
    while stops & (stops &- 1) != 0 {
      let first = stops.trailingZeroBitCount
      stops &= stops &- 1
      let second = stops.trailingZeroBitCount
      stops &= stops &- 1
      Compaction.storePair(
        (VarintWords.load(block + start), VarintWords.load(block + first + 1)),
        keeping: (
          VarintWords.keepMask(lastIndex: first &- start),
          VarintWords.keepMask(lastIndex: second &- first &- 1)
        ), high: (0, 0), to: values + count)
      count &+= 2
      start = second &+ 1
    }
    if stops != 0 {
      let last = stops.trailingZeroBitCount
      values[count] = Compaction.compact(
        VarintWords.load(block + start), keeping: VarintWords.keepMask(lastIndex: last &- start))
      count &+= 1
      start = last &+ 1
    }
    return start
  }

  /// Decodes the varints that end in the block when all are 1...10 bytes long: two per step,
  /// the 9th and 10th bytes merged under masks rather than behind a branch. Returns the bytes
  /// they took, and whether every 10th byte was 0 or 1 (when not, the values are wrong and
  /// the caller decodes the block again with `decodeCarefully`).
  // Inlined: one call per block, but it keeps `count` in a register (bench, see README).
  @inline(__always)
  static func decodeMixed<Compaction: GroupCompaction>(
    _ block: UnsafeRawPointer, stops: UInt64, into values: UnsafeMutablePointer<UInt64>,
    count: inout Int, using compaction: Compaction.Type
  ) -> (consumed: Int, isRegular: Bool) {
    var stops = stops
    var start = 0
    var overflow: UInt64 = 0
    while stops & (stops &- 1) != 0 {
      let first = stops.trailingZeroBitCount
      stops &= stops &- 1
      let second = stops.trailingZeroBitCount
      stops &= stops &- 1
      let one = VarintWords.split(at: block + start)
      let two = VarintWords.split(at: block + first + 1)
      overflow |= one.overflow | two.overflow
      Compaction.storePair(
        (one.word, two.word), keeping: (one.keep, two.keep), high: (one.high, two.high),
        to: values + count)
      count &+= 2
      start = second &+ 1
    }
    if stops != 0 {
      let last = stops.trailingZeroBitCount
      let one = VarintWords.split(at: block + start)
      overflow |= one.overflow
      values[count] = Compaction.compact(one.word, keeping: one.keep) | one.high
      count &+= 1
      start = last &+ 1
    }
    return (start, overflow == 0)
  }

  /// Decodes the varints that end in the block one at a time, stopping before the first
  /// irregular one (over-long, or a 10th byte above 1). Returns the bytes decoded.
  static func decodeCarefully<Compaction: GroupCompaction>(
    _ block: UnsafeRawPointer, stops: UInt64, into values: UnsafeMutablePointer<UInt64>,
    count: inout Int, using compaction: Compaction.Type
  ) -> Int {
    var stops = stops
    var start = 0
    while stops != 0 {
      let last = stops.trailingZeroBitCount
      let decoded = VarintWords.decode(
        at: block + start, lastIndex: last &- start, using: compaction)
      guard decoded.isRegular else { return start }
      values[count] = decoded.value
      count &+= 1
      start = last &+ 1
      stops &= stops &- 1
    }
    return start
  }
}
