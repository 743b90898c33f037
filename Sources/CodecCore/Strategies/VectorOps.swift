import CIntrinsics

/// The one place CodecCore picks vector instructions by architecture: 16-byte loads, the
/// high-bit mask of 16 bytes, and widening stores.
enum VectorOps {
  /// Sixteen bytes from `pointer`, at any alignment.
  // Inlined: as a call it costs more than its body (bench/callgrind, see README).
  @inline(__always)
  static func load(_ pointer: UnsafeRawPointer) -> SIMD16<UInt8> {
    pointer.loadUnaligned(as: SIMD16<UInt8>.self)
  }

  /// Bit i set when byte i of `bytes` has its high (continuation) bit set.
  // Inlined: as a call it costs more than its body (bench/callgrind, see README).
  @inline(__always)
  static func highBits(_ bytes: SIMD16<UInt8>) -> UInt64 {
    #if arch(x86_64) || arch(arm64)
      return UInt64(cintrinsics_high_bits(bytes))
    #else
      let halves = unsafeBitCast(bytes, to: SIMD2<UInt64>.self)
      return highBits(ofWord: halves[0]) | highBits(ofWord: halves[1]) << 8
    #endif
  }

  /// The high bit of each byte of `word` gathered into 8 bits, by one multiply: each byte's bit
  /// lands in its own position of the top byte, so no two partial products carry into it.
  // Inlined: as a call it costs more than its body (bench/callgrind, see README).
  @inline(__always)
  static func highBits(ofWord word: UInt64) -> UInt64 {
    (((word & VarintWords.highBits) >> 7) &* 0x0102_0408_1020_4080) >> 56
  }

  /// Bit i set when byte i of the 64 bytes at `pointer` has its continuation bit set.
  // Inlined: as a call it costs more than its body (bench/callgrind, see README).
  @inline(__always)
  static func continuationBits64(_ pointer: UnsafeRawPointer) -> UInt64 {
    highBits(load(pointer)) | highBits(load(pointer + 16)) << 16
      | highBits(load(pointer + 32)) << 32 | highBits(load(pointer + 48)) << 48
  }

  /// Stores the 16 bytes of `bytes` as 16 `UInt64` values at `destination`.
  // Inlined: as a call it costs more than its body (bench/callgrind, see README).
  @inline(__always)
  static func storeWidened(_ bytes: SIMD16<UInt8>, to destination: UnsafeMutablePointer<UInt64>) {
    let raw = UnsafeMutableRawPointer(destination)
    raw.storeBytes(of: SIMD8<UInt64>(truncatingIfNeeded: bytes.lowHalf), as: SIMD8<UInt64>.self)
    raw.storeBytes(
      of: SIMD8<UInt64>(truncatingIfNeeded: bytes.highHalf), toByteOffset: 64,
      as: SIMD8<UInt64>.self)
  }

  /// Stores the 8 lanes of `lanes` as 8 `UInt64` values at `destination`.
  // Inlined: as a call it costs more than its body (bench/callgrind, see README).
  @inline(__always)
  static func storeWidened(_ lanes: SIMD8<UInt16>, to destination: UnsafeMutablePointer<UInt64>) {
    UnsafeMutableRawPointer(destination).storeBytes(
      of: SIMD8<UInt64>(truncatingIfNeeded: lanes), as: SIMD8<UInt64>.self)
  }
}

#if arch(x86_64) || arch(arm64)
  /// The machine's byte shuffle (pshufb, or NEON tbl): result byte i is `table[index[i]]`, or 0
  /// where `index[i]` is 0x80. Only the `ssse3` and `neon` paths use it.
  enum ByteShuffle {
    // Inlined: as a call it costs more than its body (bench/callgrind, see README).
    @inline(__always)
    static func shuffle(_ table: SIMD16<UInt8>, by index: SIMD16<UInt8>) -> SIMD16<UInt8> {
      #if arch(x86_64)
        return cintrinsics_shuffle_ssse3(table, index)
      #else
        return cintrinsics_shuffle_neon(table, index)
      #endif
    }
  }
#endif
