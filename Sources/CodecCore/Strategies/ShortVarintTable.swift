#if arch(x86_64) || arch(arm64) || (ARMv7Kernels && arch(arm))
  /// The Masked-VByte table of the `simd` strategy: for each continuation-bit pattern of 8 bytes,
  /// the shuffle that gathers the leading 1- and 2-byte varints into 16-bit lanes.
  ///
  /// Entry `m` (bit i of `m` is byte i's continuation bit) covers the longest run of varints of
  /// at most 2 bytes that starts at byte 0 and ends within the 8 bytes: up to 8 varints. Lane k of
  /// the shuffle holds varint k's first byte low and its second byte (or 0) high. An entry with a
  /// count of 0 means the first varint is 3 bytes or longer.
  struct ShortVarintTable {
    /// 256 shuffles of 16 bytes; 0x80 marks a byte the shuffle must zero.
    let shuffles: UnsafeMutablePointer<SIMD16<UInt8>>
    /// 256 steps: varints decoded in the low 4 bits, bytes they take in the high 4 bits.
    let steps: UnsafeMutablePointer<UInt8>

    /// The table every `simd` decode uses, built on first use and kept for the process's life.
    nonisolated(unsafe) static let shared = ShortVarintTable()

    private init() {
      shuffles = UnsafeMutablePointer<SIMD16<UInt8>>.allocate(capacity: 256)
      steps = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
      for pattern in 0..<256 {
        var shuffle = SIMD16<UInt8>(repeating: 0x80)
        var position = 0
        var count = 0
        while position < 8 {
          let continues = pattern >> position & 1 != 0
          if !continues {
            shuffle[2 * count] = UInt8(position)
            position += 1
          } else if position + 1 < 8 && pattern >> (position + 1) & 1 == 0 {
            shuffle[2 * count] = UInt8(position)
            shuffle[2 * count + 1] = UInt8(position + 1)
            position += 2
          } else {
            break
          }
          count += 1
        }
        shuffles[pattern] = shuffle
        steps[pattern] = UInt8(count | position << 4)
      }
    }

    #if arch(x86_64) || arch(arm64)
      /// Decodes the varints that entry `pattern` covers from the 16 bytes `bytes` into 8 values
      /// at `destination` (lanes past the entry's count hold garbage the caller overwrites later).
      // Inlined: as a call it costs more than its body (bench/callgrind, see README).
      @inline(__always)
      func decode(
        _ bytes: SIMD16<UInt8>, pattern: Int, into destination: UnsafeMutablePointer<UInt64>
      ) {
        let gathered = ByteShuffle.shuffle(bytes, by: shuffles[pattern])
        let lanes = unsafeBitCast(gathered, to: SIMD8<UInt16>.self)
        // Low byte's 7 bits, then the high byte's 7 bits moved down one place to follow them.
        let values = (lanes & 0x007F) | ((lanes &>> 1) & 0x3F80)
        VectorOps.storeWidened(values, to: destination)
      }
    #endif
  }
#endif
