/// Word-at-a-time arithmetic on varint bytes: the pieces the fast strategies share.
///
/// Everything here reads through an unchecked pointer. Callers guarantee that `window` bytes
/// are readable from it — that is the tail guard every fast path keeps — and fall back to
/// `VarintDecoder` for the last bytes of a buffer and for any varint that is not `isRegular`.
enum VarintWords {
  /// Bytes a fast path may read from a varint's first byte: one 8-byte load for lengths 1...8,
  /// one more for the 9th and 10th bytes.
  static let window = 16

  /// The continuation bit of each byte of a word.
  static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// Eight bytes from `pointer`, least significant first, at any alignment.
  // Inlined: as a call it costs more than its body (bench/callgrind, see README).
  @inline(__always)
  static func load(_ pointer: UnsafeRawPointer) -> UInt64 {
    UInt64(littleEndian: pointer.loadUnaligned(as: UInt64.self))
  }

  /// The payload bits of every byte of `word`, packed into its low 56 bits.
  ///
  /// Three shift-and-merge rounds, pairs then quads then halves: no loop, no branch, the same
  /// sequence whatever the varint's length (bytes past the varint must already be cleared).
  /// The first round's masks also drop the continuation bits, so they need no pass of their own.
  // Inlined: as a call it costs more than its body (bench/callgrind, see README).
  @inline(__always)
  static func compact(_ word: UInt64) -> UInt64 {
    var bits = (word & 0x007F_007F_007F_007F) | ((word >> 1) & 0x3F80_3F80_3F80_3F80)
    bits = (bits & 0x0000_3FFF_0000_3FFF) | ((bits >> 2) & 0x0FFF_C000_0FFF_C000)
    bits = (bits & 0x0000_0000_0FFF_FFFF) | ((bits >> 4) & 0x00FF_FFFF_F000_0000)
    return bits
  }

  /// `compact` on two words at once, in the two lanes of one vector register (SSE2 on
  /// x86_64, NEON on aarch64): the same masks and shifts, half the instructions per value.
  // Inlined: as a call it costs more than its body (bench/callgrind, see README).
  @inline(__always)
  static func compact(_ words: SIMD2<UInt64>) -> SIMD2<UInt64> {
    var bits = (words & 0x007F_007F_007F_007F) | ((words &>> 1) & 0x3F80_3F80_3F80_3F80)
    bits = (bits & 0x0000_3FFF_0000_3FFF) | ((bits &>> 2) & 0x0FFF_C000_0FFF_C000)
    return (bits & 0x0000_0000_0FFF_FFFF) | ((bits &>> 4) & 0x00FF_FFFF_F000_0000)
  }

  /// The bytes 0...`lastIndex` of a word (`lastIndex` 0...7) as a mask.
  // Inlined: as a call it costs more than its body (bench/callgrind, see README).
  @inline(__always)
  static func keepMask(lastIndex: Int) -> UInt64 {
    UInt64.max &>> UInt64(truncatingIfNeeded: 56 &- 8 &* lastIndex)
  }

  /// The varint at `pointer`, 1...10 bytes long, in two parts and without a branch: its first
  /// eight bytes (`word`) with the mask of those that belong to it (`keep`, to a
  /// `GroupCompaction`), and the value bits of its 9th and 10th bytes (`high`, 0 when it has
  /// none). `overflow` is nonzero when its 10th byte is above 1. Which bytes belong to it comes
  /// from its own continuation bits.
  // Inlined: as a call it costs more than its body (bench/callgrind, see README).
  @inline(__always)
  static func split(
    at pointer: UnsafeRawPointer
  ) -> (word: UInt64, keep: UInt64, high: UInt64, overflow: UInt64) {
    let word = load(pointer)
    let stops = ~word & highBits
    // The 9th byte in bits 0...7, the 10th in bits 8...15.
    let tail = UInt64(
      UInt16(littleEndian: pointer.loadUnaligned(fromByteOffset: 8, as: UInt16.self)))
    // The 9th byte counts when the first eight all continue; the 10th when the 9th does too.
    let wide: UInt64 = stops == 0 ? 0xFFFF : 0
    let kept = tail & (0x7F | (tail & 0x80) &* 0x1FE) & wide
    return (word, stops ^ (stops &- 1), (kept & 0x7F) &<< 56 | (kept &>> 8) &<< 63, kept &>> 9)
  }

  /// Decodes the varint at `pointer` by itself: its length comes from the trailing zeros of the
  /// word's stop-bit mask, with no branch on the data for lengths 1...8.
  ///
  /// `isRegular` is false when the varint is longer than 10 bytes or its 10th byte is above 1;
  /// the caller then lets `VarintDecoder` throw the exact error.
  // Inlined: as a call it costs more than its body (bench/callgrind, see README).
  @inline(__always)
  static func decode<Compaction: GroupCompaction>(
    at pointer: UnsafeRawPointer, using _: Compaction.Type
  ) -> (value: UInt64, length: Int, isRegular: Bool) {
    let low = load(pointer)
    let stops = ~low & highBits
    if stops != 0 {
      // `stops ^ (stops - 1)` keeps every bit up to the first stop bit: the varint's bytes.
      let length = (stops.trailingZeroBitCount + 1) >> 3
      return (Compaction.compact(low, keeping: stops ^ (stops &- 1)), length, true)
    }
    // 9 or 10 bytes: chosen without a branch, since in random data it is a coin toss.
    let ninth = UInt64(pointer.load(fromByteOffset: 8, as: UInt8.self))
    let tenth = UInt64(pointer.load(fromByteOffset: 9, as: UInt8.self))
    let hasTenth = ninth &>> 7
    let value =
      Compaction.compact(low, keeping: .max) | (ninth & 0x7F) &<< 56 | (tenth & hasTenth) &<< 63
    // A 10th byte above 1 (which includes any continuation bit) overflows; more is too long.
    return (value, 9 &+ Int(truncatingIfNeeded: hasTenth), tenth &* hasTenth <= 1)
  }

  /// Decodes the varint at `pointer` whose last byte is `lastIndex` bytes after its first, a
  /// position already found in a stop-bit bitmap.
  ///
  /// The only branch is on `lastIndex` above 7, which comes from the bitmap rather than from
  /// this varint's bytes, so it resolves (and, when it was mispredicted, recovers) before the
  /// loads do. `isRegular` is as in `decode(at:)`, judged from `lastIndex`.
  // Inlined: as a call it costs more than its body (bench/callgrind, see README).
  @inline(__always)
  static func decode<Compaction: GroupCompaction>(
    at pointer: UnsafeRawPointer, lastIndex: Int, using _: Compaction.Type
  ) -> (value: UInt64, isRegular: Bool) {
    let low = load(pointer)
    if lastIndex < 8 {
      return (Compaction.compact(low, keeping: keepMask(lastIndex: lastIndex)), true)
    }
    let ninth = UInt64(pointer.load(fromByteOffset: 8, as: UInt8.self))
    let tenth = UInt64(pointer.load(fromByteOffset: 9, as: UInt8.self))
    // 9 or 10 bytes: chosen without a branch, since in random data it is a coin toss.
    let hasTenth = UInt64(truncatingIfNeeded: lastIndex &- 8)
    let value =
      Compaction.compact(low, keeping: .max) | (ninth & 0x7F) &<< 56 | (tenth & hasTenth) &<< 63
    // A 10th byte above 1 (which includes any continuation bit) overflows; more is too long.
    return (value, hasTenth <= 1 && tenth &* hasTenth <= 1)
  }
}
