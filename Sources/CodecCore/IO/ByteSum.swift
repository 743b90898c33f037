/// The wrapping sum of a buffer's bytes, eight at a time: the digest's part for `label` and
/// `payload`.
///
/// A byte loop retires about four instructions per byte; here each 8-byte word is split into
/// four 16-bit lanes of byte pairs and added whole, and the lanes are folded into one sum at
/// the end (a lane gains at most 510 per word, so it is folded every 127 words, before it could
/// overflow). Reads only the buffer's own bytes: the tail is the buffer's last word shifted
/// right, and a buffer under 8 bytes two overlapping loads of 4 or 2 bytes.
enum ByteSum {
  /// Bytes the lanes may take between folds: 127 words and the tail word, 128 × 510 < 65,536.
  private static let foldEvery = 8 * 127

  /// The sum of every byte of `bytes`.
  static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    let count = bytes.count
    guard count > 0, let base = bytes.baseAddress else { return 0 }
    guard count > 8 else { return fold(pairs(short(base, count: count))) }
    var total: UInt64 = 0
    var lanes: UInt64 = 0
    var index = 0
    // Whole words until 1...8 bytes are left, folded every `foldEvery` bytes.
    while count &- index > 8 {
      let stop = min(count &- 8, index &+ foldEvery)
      total &+= fold(lanes)
      lanes = 0
      repeat {
        lanes &+= pairs(load(base, at: index))
        index &+= 8
      } while index < stop
    }
    // The last 1...8 bytes: the buffer's last word, the bytes already summed shifted out.
    let rest = UInt64(truncatingIfNeeded: count &- index)
    lanes &+= pairs(load(base, at: count &- 8) &>> (64 &- 8 &* rest))
    return total &+ fold(lanes)
  }

  /// The 1...8 bytes of a buffer of `count` bytes in one word: two loads of half the width
  /// or less, the second shifted to drop the bytes both cover.
  private static func short(_ base: UnsafeRawPointer, count: Int) -> UInt64 {
    let width = UInt64(truncatingIfNeeded: count)
    if count >= 4 {
      let low = UInt64(UInt32(littleEndian: base.loadUnaligned(as: UInt32.self)))
      let high = UInt64(
        UInt32(littleEndian: base.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)))
      return low | (high &>> (64 &- 8 &* width)) &<< 32
    }
    if count >= 2 {
      let low = UInt64(UInt16(littleEndian: base.loadUnaligned(as: UInt16.self)))
      let high = UInt64(
        UInt16(littleEndian: base.loadUnaligned(fromByteOffset: count &- 2, as: UInt16.self)))
      return low | (high &>> (32 &- 8 &* width)) &<< 16
    }
    return UInt64(base.load(as: UInt8.self))
  }

  /// Eight bytes at `index`, least significant first.
  private static func load(_ base: UnsafeRawPointer, at index: Int) -> UInt64 {
    UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
  }

  /// Adjacent byte pairs of `word` added, in four 16-bit lanes (each at most 510).
  private static func pairs(_ word: UInt64) -> UInt64 {
    (word & 0x00FF_00FF_00FF_00FF) &+ ((word &>> 8) & 0x00FF_00FF_00FF_00FF)
  }

  /// The four 16-bit lanes of `lanes` added.
  private static func fold(_ lanes: UInt64) -> UInt64 {
    let halves = (lanes & 0x0000_FFFF_0000_FFFF) &+ ((lanes &>> 16) & 0x0000_FFFF_0000_FFFF)
    return (halves & 0xFFFF_FFFF) &+ (halves &>> 32)
  }
}
