/// The wrapping sum of a buffer's bytes, eight at a time: the digest's part for `label` and
/// `payload`.
///
/// A byte loop retires about four instructions per byte; here each 8-byte word is split into
/// four 16-bit lanes of byte pairs and added whole, and the lanes are folded into one sum by a
/// multiply (which is exact while the bytes summed add up to less than 65,536, so a long
/// buffer is folded every 256 bytes). Reads only the buffer's own bytes: the tail is the
/// buffer's last word shifted right, and a buffer under 8 bytes two overlapping loads of 4 or 2
/// bytes.
enum ByteSum {
  /// Bytes of whole words summed between folds: with the tail word, 256 bytes, at most 65,280.
  private static let chunk = 8 * 31

  /// The sum of every byte of `bytes`.
  static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    let count = bytes.count
    guard count > 0, let base = bytes.baseAddress else { return 0 }
    guard count > 8 else { return fold(pairs(short(base, count: count))) }
    if count <= 16 {
      // Most labels and payloads: the first word and the last, overlap shifted out, no loop
      // (whose set-up cost about 15 instructions a call; callgrind).
      let rest = UInt64(truncatingIfNeeded: count &- 8)
      return fold(
        pairs(load(base, at: 0)) &+ pairs(load(base, at: count &- 8) &>> (64 &- 8 &* rest)))
    }
    var total: UInt64 = 0
    var index = 0
    // Long buffers: whole chunks, each folded, until at most a chunk and a tail are left.
    while count &- index > chunk &+ 8 {
      var lanes: UInt64 = 0
      let stop = index &+ chunk
      repeat {
        lanes &+= pairs(load(base, at: index))
        index &+= 8
      } while index < stop
      total &+= fold(lanes)
    }
    var lanes: UInt64 = 0
    while count &- index > 8 {
      lanes &+= pairs(load(base, at: index))
      index &+= 8
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

  /// The four 16-bit lanes of `lanes` added, in the top lane of a multiply; exact while their
  /// sum is below 65,536.
  private static func fold(_ lanes: UInt64) -> UInt64 {
    (lanes &* 0x0001_0001_0001_0001) &>> 48
  }
}
