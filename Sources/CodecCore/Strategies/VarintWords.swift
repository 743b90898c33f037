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

  /// The seven payload bits of each byte of a word.
  static let payloadBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

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
  // Inlined: as a call it costs more than its body (bench/callgrind, see README).
  @inline(__always)
  static func compact(_ word: UInt64) -> UInt64 {
    var bits = word & payloadBits
    bits = (bits & 0x007F_007F_007F_007F) | ((bits >> 1) & 0x3F80_3F80_3F80_3F80)
    bits = (bits & 0x0000_3FFF_0000_3FFF) | ((bits >> 2) & 0x0FFF_C000_0FFF_C000)
    bits = (bits & 0x0000_0000_0FFF_FFFF) | ((bits >> 4) & 0x00FF_FFFF_F000_0000)
    return bits
  }

  /// Decodes the varint at `pointer` by itself: its length comes from the trailing zeros of the
  /// word's stop-bit mask, with no branch on the data for lengths 1...8.
  ///
  /// `isRegular` is false when the varint is longer than 10 bytes or its 10th byte is above 1;
  /// the caller then lets `VarintDecoder` throw the exact error.
  // Inlined: as a call it costs more than its body (bench/callgrind, see README).
  @inline(__always)
  static func decode(
    at pointer: UnsafeRawPointer
  ) -> (value: UInt64, length: Int, isRegular: Bool) {
    let low = load(pointer)
    let stops = ~low & highBits
    if stops != 0 {
      // `stops ^ (stops - 1)` keeps every bit up to the first stop bit: the varint's bytes.
      let length = (stops.trailingZeroBitCount + 1) >> 3
      return (compact(low & (stops ^ (stops &- 1))), length, true)
    }
    let ninth = UInt64(pointer.load(fromByteOffset: 8, as: UInt8.self))
    let value = compact(low) | (ninth & 0x7F) << 56
    if ninth < 0x80 { return (value, 9, true) }
    let tenth = UInt64(pointer.load(fromByteOffset: 9, as: UInt8.self))
    return (value | tenth << 63, 10, tenth <= 1)
  }

  /// Decodes the varint at `pointer` whose last byte is `lastIndex` bytes after its first, a
  /// position already found in a stop-bit bitmap.
  ///
  /// No branch on the length: the low word is cut at its first stop byte as in `decode(at:)`,
  /// and the 9th and 10th bytes are merged in under masks that are all ones only when the low
  /// word has no stop byte (and, for the 10th, when the 9th continues). `isRegular` is as in
  /// `decode(at:)`, judged from `lastIndex`.
  // Inlined: as a call it costs more than its body (bench/callgrind, see README).
  @inline(__always)
  static func decode(
    at pointer: UnsafeRawPointer, lastIndex: Int
  ) -> (value: UInt64, isRegular: Bool) {
    let low = load(pointer)
    let stops = ~low & highBits
    // The 9th byte in bits 0...7, the 10th in bits 8...15.
    let high = UInt64(
      UInt16(littleEndian: pointer.loadUnaligned(fromByteOffset: 8, as: UInt16.self)))
    let wide: UInt64 = stops == 0 ? UInt64.max : 0
    let tenthBit = (high &>> 8) & (high &>> 7) & 1
    let tail = ((high & 0x7F) &<< 56 | tenthBit &<< 63) & wide
    let value = compact(low & (stops ^ (stops &- 1))) | tail
    // A 10th byte above 1 (which includes any continuation bit) overflows; more is too long.
    return (value, lastIndex < 9 || (lastIndex == 9 && high &>> 9 == 0))
  }
}
